## Help numbers screen

numbers-title = የእርዳታ ቁጥሮች
numbers-intro = ለመደወል ቁጥሩን ንካ። አንተ ወይም ሌላ ሰው አሁን አደጋ ላይ ከሆናችሁ ወደ 999 ደውል።
numbers-trace = ስልክህ የደወልክላቸውን ቁጥሮች ዝርዝር ያስቀምጣል።
numbers-helplines = የእርዳታ መስመሮች
numbers-call = ደውል
numbers-text = መልእክት
numbers-badges = ይህ መስመር የሚሰጣቸው አገልግሎቶች
numbers-badge-free = ነጻ
numbers-badge-always-open = 24 ሰዓት፣ በየቀኑ
numbers-badge-text = መልእክት (SMS) መላክ ትችላለህ
numbers-badge-interpreters = ለሌሎች ቋንቋዎች አስተርጓሚዎች
numbers-source-verified = ምንጭ (ይፋዊ)፦ { $source }
numbers-source-secondary = ምንጭ፦ { $source }
numbers-reviewed = እነዚህ ቁጥሮች ለመጨረሻ ጊዜ የተረጋገጡት በ{ $date } ነው።

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = በስልክ መናገር ካልቻልክ
numbers-silent-step-call = ወደ { $number } ደውል።
numbers-silent-step-sound = አንድ ሰው ሲመልስ፣ መናገር ካልቻልክ ሳል ወይም ስልኩን መታ መታ አድርግ።
numbers-silent-step-press = የተቀዳ ድምጽ ሲጠይቅህ { $code } ተጫን። ይህ የሚሰራው ከሞባይል ስልክ ብቻ ነው። ከፖሊስ ጋር ያገናኝሃል። ምንም ካላደረግክ ጥሪው ሊቋረጥ ይችላል።
numbers-silent-step-questions = ፖሊስ በአዎ ወይም በአይ ልትመልሳቸው የምትችላቸውን ጥያቄዎች ይጠይቃል። ከቻልክ መልሶችህን በሹክሹክታ ተናገር።
numbers-silent-location = { $code } መጫን የት እንዳለህ ለፖሊስ አይናገርም። ነገር ግን ስልክህ ራሱ ያለህበትን ቦታ ሊልክ ይችላል። ከቻልክ፣ በሹክሹክታም ቢሆን፣ የት እንዳለህ ንገራቸው።

## Each line

numbers-emergency-name = የአደጋ ጊዜ፦ ፖሊስ፣ እሳት አደጋ፣ አምቡላንስ
numbers-emergency-about = አንድ ሰው አሁን አደጋ ላይ ሲሆን ወይም ክፉኛ ሲጎዳ ደውል። ስልክህ ሲም ካርድ (SIM card) ሊኖረው ይገባል፤ ክሬዲት ግን አያስፈልገውም። ስልክህ ተቆልፎ እንኳን ይሰራል። በቋንቋህ መነጋገር ከፈለግክ የቋንቋህን ስም በእንግሊዝኛ ተናገር፤ ለምሳሌ «Amharic»። ከዚያም ስልኩን ሳትዘጋ ጠብቅ።
numbers-emergency-112-name = የአደጋ ጊዜ (112)
numbers-emergency-112-about = ልክ እንደ 999 ነው። በሌሎች አገሮችም ይሰራል።
numbers-runaway-name = ለሸሹ ወጣቶች የእርዳታ መስመር (Runaway Helpline)
numbers-runaway-about = ከሸሸህ፣ ወይም አንድ ሰው ርቀህ እንድትቆይ እያስገደደህ ከሆነ። ያዳምጡሃል፣ መልእክትህንም ወደ ቤት ሊያደርሱልህ ይችላሉ። ለመልእክቶች መልስ የሚሰጠው በእንግሊዝኛ ነው። በሌሊት ዝግ ሊሆኑ ይችላሉ። አሁን እርዳታ ከፈለግክ ወደ 999 ደውል።
numbers-childline-name = ቻይልድላይን (Childline)
numbers-childline-about = ከ19 ዓመት በታች ለሆነ ማንኛውም ሰው፣ ስለሚያስጨንቅህ ማንኛውም ነገር። ጥሪው በስልክ ሂሳብ ላይ አይታይም። ነገር ግን በስልክህ ላይ ባለው የጥሪዎች ዝርዝር ውስጥ ይታያል።
numbers-modern-slavery-name = የዘመናዊ ባርነት እና ብዝበዛ የእርዳታ መስመር (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = አንድ ሰው እንድትሰራ፣ ወንጀል እንድትፈጽም ወይም የማትፈልገውን ነገር እንድታደርግ እያስገደደህ ከሆነ።
numbers-samaritans-name = ሳማሪታንስ (Samaritans)
numbers-samaritans-about = በጣም ካዘንክ፣ ብቸኝነት ከተሰማህ ወይም ራስህን መጉዳት ከፈለግክ። የስልክ ካርድ (ክሬዲት) ባይኖርህም እንኳን መደወል ትችላለህ።
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = ስትታመም ወይም ስለ ጤናህ ስትጨነቅ፣ እና የአደጋ ጊዜ ጉዳይ ካልሆነ። ጥሪው ነጻ ነው። አስተርጓሚ ለማግኘት የቋንቋህን ስም በእንግሊዝኛ ተናገር። በአእምሮህ በጣም መጥፎ ስሜት ከተሰማህ የአእምሮ ጤና አማራጭን ምረጥ።
numbers-police-101-name = ፖሊስ (የአደጋ ጊዜ ያልሆነ)
numbers-police-101-about = አሁን ማንም አደጋ ላይ በሌለበት ጊዜ ከፖሊስ ጋር ለመነጋገር። ጥሪው ነጻ ነው። ፖሊስ አስተርጓሚ ማምጣት ይችላል።
numbers-coram-voice-name = ኮራም ቮይስ (Coram Voice, Always Heard)
numbers-coram-voice-about = በእንግሊዝ (England) በእንክብካቤ ስር ላሉ ልጆች። ተሟጋች (advocate) እንድታገኝ ሊረዱህ ይችላሉ፦ ከአንተ ወገን ብቻ የሆነ ሰው። ተሟጋች የምትፈልገውን እንድትናገር ይረዳሃል። ከሰኞ እስከ አርብ፣ ከ09:30 እስከ 18:00 ክፍት ነው። በሌላ ጊዜ መልእክት ልትተውላቸው ትችላለህ።
