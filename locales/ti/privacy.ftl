## Quick exit (always on screen; Escape also works on a computer)

quick-exit = ቅልጡፍ ውጻእ
quick-exit-discreet = ዕጸው

## Privacy and safety screen

home-privacy = ብሕትውና ድሕንነትን
home-privacy-hint = ሃርበር ዝዕቅቦ፡ ኮድ መዕጸዊ፡ «ቅልጡፍ ውጻእ» ዝብል መጠወቒን
privacy-title = ብሕትውና ድሕንነትን
privacy-kept-title = ሃርበር ኣብዚ ስልኪ ዝዕቅቦ
privacy-kept-intro = እዚ ዝርዝር ካብቲ ሕጂ ተዓቂቡ ዘሎ እዩ ዝተሰርሐ።
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = ካብዚ ሓደ እኳ ናብ ዝኾነ ቦታ ኣይለኣኽን። ሃርበር ሕሳብ (account) የብሉን። ካብ ናይ ገዛእ ርእሱ ሰርቨር ሓድሽ ሓበሬታ ጥራይ የውርድ። ንእዚ ስም ከባቢኻ ይሰድድ፡ ግን ስምካ ወይ ዝዓቀብካዮ ፈጺሙ ኣይሰድድን።
kept-setting = ምድላዋት (ቋንቋ፡ ኣብ መልእኽትታት ዘሎ ስምካ፡ መዕጸዊ)
kept-question = ንጠበቓኻ ወይ ማሕበራዊ ሰራሕተኛኻ ዝኾኑ ሕቶታት
kept-contact = እትኣምኖም ዓበይቲ
kept-plan-item = መስመራት ናይ ውጥን ድሕንነትካ
kept-vault = ዝዓቀብካዮም ነገራት፡ ብኮድካ ዝተዓጸዉ
kept-audio-pack = ዝተቐድሑ ድምጽታት ናይ ቃላት ሃርበር፡ ንመጠወቒ «ስማዕ»
kept-damaged = ዝተበላሸዉ ቅዳሓት ናይቲ ዝዓቀብካዮ
privacy-damaged = ሃርበር ነዞም ቅዳሓት ከንብቦም ኣይከኣለን፡ ስለዚ ዋላ ሓንቲ ከይተዓቀበ ብሓድሽ ጀሚሩ። ሓደ ሰብ ክጽግኖም ይኽእል ይኸውን ኢሉ ዓቂቡዎም ኣሎ። ሕጂ'ውን እትኣምኖም ዓበይቲ፡ ውጥንካን ሕቶታትካን ኣብኦም ክህልዉ ይኽእሉ እዮም።
privacy-damaged-delete = ነቶም ዝተበላሸዉ ቅዳሓት ደምስስ
privacy-server-sees = ከም ዝኾነ ወብሳይት፡ ሰርቨር ሃርበር ኣድራሻ ኢንተርነት ናይ ስልክኻ፡ ከምኡ'ውን ሃርበር መዓስ ሓድሽ ሓበሬታ ከም ዘውርድ ክርኢ ይኽእል።
privacy-quick-exit-title = ቅልጡፍ ውጻእ
privacy-quick-exit = ኣብ ላዕሊ ነፍሲ ወከፍ ገጽ ዘሎ «ቅልጡፍ ውጻእ» ዝብል መጠወቒ ንሃርበር ብቕጽበት ይሓብኦ እሞ ካልኩሌተር የርኢ። መጠወቒ ንድሕሪት ንሃርበር ኣይመልሶን። እትጽሕፎ ዝነበርካ ኩሉ ቅድም ይዕቀብ።

## Discreet mode

privacy-discreet-title = ስውር ኩነታት
privacy-discreet = ኣብ ስውር ኩነታት፡ ሃርበር «ካልኩሌተር» ዝብል ስምን ናይ ካልኩሌተር ምልክትን (icon) የርኢ። ቀዳማይ ገጹ ብዛዕባ ሓገዝ ወይ ድሕንነት ዋላ ሓንቲ ቃል የብሉን። ኣድራሻ መርበብ (web address) ኣይቕየርን። ቅድሚ ሕጂ ኣብ ቀዳማይ ገጽ ስልክኻ (home screen) ዝወሰኽካዮ ምልክት ነቲ ናይ ቀደም ስሙ ሒዙ ይጸንሕ።
privacy-discreet-on = ስውር ኩነታት ተጠቐም
privacy-discreet-off-code = ሃርበር ኮድ መዕጸዊ ኣለዎ፡ ስለዚ ቅድሚ ስውር ኩነታት ምጥፋእካ ነቲ ኮድ ኣብዚ ጽሓፎ።
discreet-name = ካልኩሌተር
discreet-open = ክፈት

## Lock code (PIN)

privacy-pin-title = ኮድ መዕጸዊ
privacy-pin-intro = ንሃርበር ካብ 4 ክሳብ 12 ኣሃዛት ብዘለዎ ኮድ ክትዓጽዎ ትኽእል ኢኻ። እቲ ኮድ ሃርበር ክኽፈት ከሎ፡ ከምኡ'ውን ሃርበር ን 2 ደቓይቕ ኣብ ድሕሪት ምስ ጸንሐ ይሕተት።
privacy-pin-protects = ኮድ እንተሃልዩካ፡ እትኣምኖም ዓበይቲ፡ ውጥንካ፡ ሕቶታትካን ምድላዋትካን ኣብቲ ስልኪ ተዓጽዮም ይዕቀቡ። ብዘይ እቲ ኮድ፡ ዝኾነ ሰብ ከንብቦም ኣይክእልን፡ ስልኪኻ ኣብ ኢዱ እንተሃለወ እኳ።
privacy-pin-limits = እቲ ኮድ፡ ክትጽሕፎ ከለኻ ዝርእየካ ሰብ፡ ወይ ክትነግሮ ዘገድደካ ሰብ ክዓግት ኣይክእልን። ሃርበር ኣብቲ ስልኪ ከም ዘሎ ኣይሓብእን። ንእኡ ስውር ኩነታት ይሕግዝ።
privacy-pin-longer = 6 ኣሃዛት ወይ ካብኡ ንላዕሊ ዘለዎ ኮድ ካብ ሓጺር ኮድ ንምግማቱ ብዙሕ ዝያዳ ይኸብድ። ዕለት ልደትካ ኣይትጠቐም።
privacy-pin-current = ሕጂ እትጥቀመሉ ኮድ
privacy-pin-change = ነቲ ኮድ ቀይሮ
privacy-pin-forget-warning = ነቲ ኮድ እንተ ረሲዕካዮ፡ ተመሊስካ ንምእታው እንኮ መገዲ ኣብ ሃርበር ዘሎ ኩሉ ምድምሳስ እዩ። ዝኾነ ሰብ ክመልሰልካ ኣይክእልን።
privacy-pin-new = ሓድሽ ኮድ
privacy-pin-confirm = ነቲ ኮድ ደጊምካ ጽሓፎ
privacy-pin-set = በዚ ኮድ ዕጸዎ
privacy-pin-is-set = ሃርበር ብኮድ ተዓጽዩ ኣሎ።
privacy-pin-remove = ነቲ ኮድ ኣልግሶ
privacy-pin-saved = ተዓቂቡ። ሃርበር ነዚ ኮድ ክሓትት እዩ።
privacy-pin-removed = እቲ ኮድ ተኣልዩ።
pin-error-length = እቲ ኮድ ካብ 4 ክሳብ 12 ኣሃዛት ክህልዎ ኣለዎ።
pin-error-common = እዚ ኮድ ንምግማቱ ኣዝዩ ቀሊል እዩ። ካልእ ምረጽ።
pin-error-digits = ኣሃዛት 0 ክሳብ 9 ጥራይ ተጠቐም።
pin-error-mismatch = እቶም ክልተ ኮዳት ሓደ ኣይኮኑን።
pin-error-save = እቲ ኮድ ክዕቀብ ኣይከኣለን። በጃኻ ደጊምካ ፈትን።

## Lock screen

lock-title = ኮድካ ኣእቱ
lock-code = ኮድ
lock-open = ክፈት
lock-wrong = እዚ ኮድ ቅኑዕ ኣይኮነን።
lock-wait = ብዙሕ ፈተነታት። ድሕሪ { $seconds } ካልኢት ደጊምካ ፈትን።
lock-forgot = ነቲ ኮድ ረሲዕካዮ ዲኻ?
lock-forgot-explain = ብዘይ ኮድ፡ ንምእታው እንኮ መገዲ ኣብ ሃርበር ዝተዓቀበ ኩሉ ምድምሳስ እዩ፡ እትኣምኖም ዓበይቲ፡ ውጥንካ፡ ሕቶታትካን ምድላዋትን።

## Delete everything

privacy-wipe-title = ኩሉ ደምስስ
privacy-wipe = እዚ ሃርበር ኣብዚ ስልኪ ዝዓቀቦ ኩሉ ይድምስስ፡ እትኣምኖም ዓበይቲ፡ ውጥን ድሕንነትካ፡ ሕቶታትካን ምድላዋትካን። ሃርበር ከም ሓድሽ ክኸውን እዩ። እዚ ክምለስ ኣይክእልን።
privacy-wipe-button = ኩሉ ደምስስ
privacy-wipe-confirm = ርግጸኛ ዲኻ? ኩሉ ክድምሰስ እዩ።
privacy-wipe-yes = እወ፡ ኩሉ ደምስስ
privacy-wipe-no = ኣይፋል፡ ሓዞ
privacy-wipe-failed = ሃርበር ንኹሉ ክድምስስ ኣይከኣለን። ንሃርበር ዕጸዎ፡ ደጊምካ ክፈቶ፡ ሓንሳብ ድማ ደጊምካ ፈትን።
privacy-outside = ሃርበር ካብኡ ወጻኢ ዝተዓቀበ ክድምስስ ኣይክእልን። ካብ ሃርበር እትጅምሮም መልእኽትታትን ጻውዒታትን ኣብ ኣፕ መልእኽትታት (Messages) ናይ ስልክኻን ኣብ ዝርዝር ጻውዒታትካን ይተርፉ። ታሪኽ (history) ናይ ብራውዘርካ (web browser)፡ ከምኡ'ውን ኪቦርድ (keyboard) ናይ ስልክኻ፡ ገለ ነገራት ክዝክሩ ይኽእሉ እዮም። እንተ ኣድለየካ፡ ኣብኡ ደምስሶም።
