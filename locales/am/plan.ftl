## Safety plan screen

plan-title = የደህንነት እቅዴ
plan-intro = እቅድህ፣ በራስህ ቃላት። በዚህ ስልክ ላይ ይቆያል፤ እንደቀየርከውም ወዲያውኑ ይቀመጣል።
plan-section-leaving = መሄድ ሲሰማኝ
plan-section-helps = የሚረዱኝ ነገሮች
plan-section-safe-places = ደህንነት የሚሰማኝ ሰዎች እና ቦታዎች
plan-section-ask-for-help = እርዳታ ልጠይቃቸው የምችላቸው
plan-section-if-missing = ከጠፋሁ: እንዴት ደህና እሆናለሁ
plan-section-phone-taken = አንድ ሰው ስልኬን ከወሰደ
plan-empty = እስካሁን እዚህ ምንም የለም።
plan-add-label = ወደ «{ $section }» ጨምር
plan-add = ጨምር
plan-edit = «{ $item }»ን ቀይር
plan-edit-label = ይህን መስመር ቀይር
plan-save = አስቀምጥ
plan-cancel = ይቅር
plan-delete = «{ $item }»ን ሰርዝ
plan-move-up = «{ $item }»ን ወደ ላይ አንሳ
plan-move-down = «{ $item }»ን ወደ ታች አውርድ
plan-saved = ተቀምጧል።
plan-suggestion = ሀሳብ: አቆየው፣ ቀይረው ወይም ሰርዘው።
plan-error-empty = መጀመሪያ አንድ ነገር ጻፍ።
plan-error-too-long = ይህ በጣም ረጅም ነው። ቢበዛ { $max } ፊደላት ተጠቀም።
plan-error-save = ሊቀመጥ አልቻለም። እባክህ እንደገና ሞክር።

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = መተኛት አልችልም፤ ስለ ጉዳዬም ሁልጊዜ አስባለሁ።
plan-starter-leaving-2 = የማላምነው ሰው ሁልጊዜ መልእክት ይልክልኛል።
plan-starter-helps-1 = ሙዚቃ ማዳመጥ።
plan-starter-helps-2 = በእግር መጓዝ ወይም እግር ኳስ መጫወት።
plan-starter-safe-places-1 = የወጣቶች ክበብ።
plan-starter-ask-for-help-1 = ማህበራዊ ሰራተኛዬ።
plan-starter-ask-for-help-2 = Childline፣ 0800 1111: ነጻ፣ ከ19 ዓመት በታች ለሆነ ለማንኛውም ሰው።
plan-starter-if-missing-1 = ከመውጣቴ በፊት ስልኬን ቻርጅ ማድረግ።
plan-starter-if-missing-2 = 116 000ን በቃሌ ማወቅ: ለሸሹ ወጣቶች የእርዳታ መስመር፣ መደወልም መልእክትም ነጻ።
plan-starter-if-missing-3 = አደጋ ላይ ከሆንኩ ወደ 999 መደወል።
plan-starter-phone-taken-1 = የማህበራዊ ሰራተኛዬን ቁጥር በወረቀት ላይ ጽፌ ከእኔ ጋር መያዝ።
plan-starter-phone-taken-2 = ሲም ካርድ ያለው ስልክ፣ የተቆለፈ ቢሆንም ወይም ክሬዲት ባይኖረውም፣ ወደ 999 መደወል ይችላል።
