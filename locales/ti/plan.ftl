## Safety plan screen

plan-title = ውጥን ድሕንነተይ
plan-intro = ውጥንካ፡ ብቓላትካ። ኣብዚ ስልኪ ይጸንሕ፡ ምስ ቀየርካዮ ድማ ብኡብኡ ይዕቀብ።
plan-section-leaving = ክኸይድ ምስ ዝስምዓኒ
plan-section-helps = ዝሕግዙኒ ነገራት
plan-section-safe-places = ውሕስነት ዝስምዓኒ ሰባትን ቦታታትን
plan-section-ask-for-help = ሓገዝ ክሓቶም ዝኽእል ሰባት
plan-section-if-missing = እንተ ጠፋእኩ: ብኸመይ ውሑስ ከም ዝጸንሕ
plan-section-phone-taken = ሓደ ሰብ ስልከይ እንተ ወሲዱ
plan-empty = ገና ኣብዚ ዝኾነ የለን።
plan-add-label = ናብ «{ $section }» ወስኽ
plan-add = ወስኽ
plan-edit = «{ $item }» ቀይር
plan-edit-label = ነዚ መስመር ቀይሮ
plan-save = ዓቅብ
plan-cancel = ሰርዝ
plan-delete = «{ $item }» ደምስስ
plan-move-up = «{ $item }» ናብ ላዕሊ ኣልዕሎ
plan-move-down = «{ $item }» ናብ ታሕቲ ኣውርዶ
plan-saved = ተዓቂቡ።
plan-suggestion = ሓሳብ: ሓዞ፡ ቀይሮ ወይ ደምስሶ።
plan-error-empty = ቅድም ገለ ጽሓፍ።
plan-error-too-long = እዚ ኣዝዩ ነዊሕ እዩ። ብዝበዝሐ { $max } ፊደላት ተጠቐም።
plan-error-save = ክዕቀብ ኣይከኣለን። በጃኻ ደጊምካ ፈትን።

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = ድቃስ ይኣብየኒ፡ ብዛዕባ ጉዳየይ ድማ ኩሉ ግዜ እሓስብ።
plan-starter-leaving-2 = ዘይኣምኖ ሰብ ኩሉ ግዜ መልእኽቲ ይሰደለይ።
plan-starter-helps-1 = ሙዚቃ ምስማዕ።
plan-starter-helps-2 = ምዝዋር ወይ ኩዕሶ እግሪ ምጽዋት።
plan-starter-safe-places-1 = ክለብ መንእሰያት።
plan-starter-ask-for-help-1 = ማሕበራዊ ሰራሕተኛይ።
plan-starter-ask-for-help-2 = Childline፡ 0800 1111: ብነጻ፡ ንዝኾነ ትሕቲ 19 ዓመት።
plan-starter-if-missing-1 = ቅድሚ ምውጻአይ ስልከይ ከሰርዕ።
plan-starter-if-missing-2 = 116 000 ብልበይ ክፈልጦ: መስመር ሓገዝ ንዝሃደሙ፡ ምድዋልን መልእኽትን ብነጻ።
plan-starter-if-missing-3 = ኣብ ሓደጋ እንተሃሊየ፡ ናብ 999 ክድውል።
plan-starter-phone-taken-1 = ቁጽሪ ማሕበራዊ ሰራሕተኛይ ኣብ ወረቐት ጽሒፈ ምሳይ ክሕዞ።
plan-starter-phone-taken-2 = SIM ካርድ ዘለዎ ስልኪ፡ ዋላ እንተ ተዓጽዩ ወይ ክረዲት እንተ ዘይብሉ፡ ናብ 999 ክድውል ይኽእል።
