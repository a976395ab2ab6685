## "When I come back" card

card-return-title = ስትመለስ
card-return-intro = መጥፋት ወንጀል አይደለም። ሰዎች ደህና መሆንህን ማወቅ ይፈልጋሉ።
card-return-safe-well = ፖሊስ ደህና እና ጤነኛ መሆንህን ለማረጋገጥ ሊያይህ ይፈልጋል። ይህ «safe and well check» ይባላል።
card-return-interview = የሚንከባከቡህ ሰዎች አካል ካልሆነ ሰው ጋር እንድትነጋገር ይቀርብልሃል። ይህ «return interview» (የመመለሻ ቃለ መጠይቅ) ይባላል። በስኮትላንድ «return discussion» ይባላል። ከተመለስክ በ72 ሰዓታት (3 ቀናት) ውስጥ ሊሆን ይገባል። አስተርጓሚ መጠየቅ ትችላለህ።
card-return-why = በመመለሻ ቃለ መጠይቁ ለምን እንደሄድክ፣ እና ደህንነት እንዲሰማህ ምን እንደሚረዳህ መናገር ትችላለህ።
card-return-decline = የመመለሻ ቃለ መጠይቁን እምቢ ማለት ትችላለህ።
card-return-info = እንደገና ከሄድክ እንዴት ደህና መሆን እንደምትችል፣ እና የትኞቹን የእርዳታ መስመሮች መደወል እንደምትችል ሊነገርህ ይገባል።

## "Staying safe" card

card-safe-title = ደህና መሆን
card-safe-signs-title = ብዝበዛ ምን ሊመስል ይችላል
card-safe-signs-what = ብዝበዛ ማለት አንድ ሰው ለራሱ ገንዘብ ወይም ስልጣን ለማግኘት አንተን ሲጠቀምብህ ነው። ሊያታልልህ፣ ሊያስፈራራህ ወይም ሊያስገድድህ ይችላል።
card-safe-sign-debt = አንድ ሰው ገንዘብ እንዳለብህ ይነግርሃል፣ ለምሳሌ ለጉዞህ፣ ለስልክ ወይም ለምግብ፣ እና ለመክፈል እንድትሠራ ይነግርሃል።
card-safe-sign-keeping = አንድ ሰው ወረቀቶችህን፣ ገንዘብህን ወይም ስልክህን ይዞብሃል።
card-safe-sign-moved = ከቦታ ወደ ቦታ ትዘዋወራለህ፣ ወይም ወደ ሌሎች ከተሞች ትወሰዳለህ።
card-safe-sign-distrust = አንድ ሰው ፖሊስ ወይም ማህበራዊ ሰራተኛህ እንደሚጎዱህ እና ልታምናቸው እንደማይገባ ይነግርሃል።
card-safe-sign-drugs = አንድ ሰው አደንዛዥ ዕፅ (drugs) እንድትሸጥ፣ ወይም ዕፅ ወይም ገንዘብ እንድታጓጉዝለት ያስገድድሃል።
card-safe-sign-grow = አንድ ሰው በአንድ ቤት ውስጥ የካናቢስ (cannabis) ተክሎችን እንድትንከባከብ ያስገድድሃል፤ ከዚያ መውጣትም አትችልም። ካናቢስ አደንዛዥ ዕፅ ነው።
card-safe-sign-sexual = አንድ ሰው ወሲባዊ ነገሮችን እንድታደርግ ያስገድድሃል። ገንዘብ፣ ስጦታ፣ ዕፅ ወይም የምታድርበት ቦታ ሊሰጥህ ይችላል። ይህ በወንዶች ልጆች ላይም ይደርሳል።
card-safe-contact-title = አንድ ሰው ወደ እሱ እንድትሄድ ይፈልጋል
card-safe-contact-arrive = አንድ ሰው እዚህ ስትደርስ እንድትደውልለት ወይም መልእክት እንድትልክለት ነግሮሃል። ከሚንከባከቡህ ሰዎች ሊወስድህ ይፈልግ ይሆናል።
card-safe-contact-offer = አንድ ሰው በሌላ ከተማ ሥራ፣ ትኬት ወይም የምታድርበት ቦታ ያቀርብልሃል። ጥሩ ሊመስል ይችላል፤ ግን ወጥመድ ሊሆን ይችላል።
card-safe-contact-talk = ከመሄድህ በፊት ከማህበራዊ ሰራተኛህ ወይም ከሌላ የምታምነው አዋቂ ጋር ተነጋገር። አንድ ሰው እንዲህ መጠየቁ ያንተ ጥፋት አይደለም።
card-safe-online-title = በኢንተርኔት የምታገኛቸው ሰዎች
card-safe-online-lie = በኢንተርኔት ያሉ ሰዎች ማን እንደሆኑ፣ ዕድሜያቸውን እና ምን እንደሚፈልጉ ሊዋሹ ይችላሉ።
card-safe-online-signs = በኢንተርኔት አንድ ሰው ሚስጥር እንድትጠብቅ ከጠየቀህ ተጠንቀቅ። ሊያገኝህ ከፈለገ፣ ወይም ፎቶዎችህን ከፈለገም ተጠንቀቅ።
card-safe-online-help = በኢንተርኔት አንድ ሰው ካሳሰበህ፣ መመለስ አቁም እና አግደው (block)። ለምታምነው አዋቂ ንገር። ጥፋቱ ያንተ አይደለም።
card-safe-relationships-title = ደህንነቱ የተጠበቀ ግንኙነት
card-safe-gifts = በደንብ ከማታውቀው ሰው የሚመጣ ስጦታ፣ ገንዘብ ወይም ስልክ አንተን ለመቆጣጠር የሚያገለግል «ዕዳ» ሊሆን ይችላል።
card-safe-talk = እንደዚህ ያለ ነገር እየደረሰብህ ከሆነ ጥፋቱ ያንተ አይደለም። ከማህበራዊ ሰራተኛህ ጋር መነጋገር፣ ወይም ለሸሹ ወጣቶች የእርዳታ መስመር በ116 000 መደወል ትችላለህ።
card-safe-stay-away-title = አንድ ሰው ርቄ እንድቆይ እያስገደደኝ ነው
card-safe-stay-away = አንድ ሰው ርቀህ እንድትቆይ እያስገደደህ ከሆነ፣ ይህ ከባድ ነው። ይህን የሚያደርገው ሰው ምናልባት ሕግ እየጣሰ ነው። ጥፋቱ ያንተ አይደለም።
card-safe-stay-away-helpline = ለሸሹ ወጣቶች የእርዳታ መስመር ደህና እንድትሆን ሊረዳህ ይችላል: ወደ 116 000 ደውል ወይም መልእክት ላክ። ነጻ ነው።
card-safe-stay-away-danger = አሁን አደጋ ላይ ከሆንክ ወደ 999 ደውል።

## "Where I live does not feel safe" card

card-placement-title = በምኖርበት ቦታ ደህንነት አይሰማኝም
card-placement-intro = በምትኖርበት ቦታ ደህንነት ሊሰማህ ይገባል። ካልተሰማህ መናገር ትችላለህ። ጥፋቱ ያንተ አይደለም።
card-placement-why = ምናልባት እዚያ ያለ አንድ ሰው ያስፈራሃል ወይም ይጎዳሃል። ምናልባት ከአገርህ የመጡ ሰዎች ደህንነት እንዳይሰማህ ያደርጉሃል። ይህንንም መናገር ትችላለህ።
card-placement-who-title = ለማን መንገር ትችላለህ
card-placement-social-worker = ማህበራዊ ሰራተኛህ። ደህንነት ካልተሰማህ የሚቀጥለውን ጉብኝታቸውን አትጠብቅ። አሁኑኑ አግኛቸው።
card-placement-talk-out = ማህበራዊ ሰራተኛህ በሌላ ቦታ እንዲያገኙህ መጠየቅ ትችላለህ። ከዚያ በነጻነት መናገር ትችላለህ።
card-placement-iro = ገለልተኛ የግምገማ ኃላፊህ (Independent Reviewing Officer, IRO)። በእንክብካቤ ስር ያለ እያንዳንዱ ልጅ አንድ አለው። ለአንተ የተያዙት እቅዶች ትክክል መሆናቸውን ያረጋግጣሉ።
card-placement-iro-contact = IROህን በስብሰባዎች ላይ ብቻ ሳይሆን በማንኛውም ጊዜ ማግኘት ትችላለህ። ስማቸውን እና እንዴት እንደምታገኛቸው ሊነገርህ ይገባል።
card-placement-advocate = ተሟጋች (advocate)። ይህ ከአንተ ወገን ብቻ የሆነ ሰው ነው። ለተንከባካቢዎችህ ወይም ለማህበራዊ ሰራተኛህ አይሠሩም።
card-placement-advocate-right = ቅሬታ ማቅረብ ወይም ለውጥ መጠየቅ ስትፈልግ ተሟጋች የማግኘት መብት አለህ።
card-placement-move-title = ወደ ሌላ ቦታ ለመዛወር መጠየቅ
card-placement-move = ወደ ሌላ ቤት ለመዛወር መጠየቅ ትችላለህ። ሁልጊዜ የሚቻል አይደለም። ግን ሊያዳምጡህ ይገባል።
card-placement-move-list = ዝርዝር መጻፍ ሊረዳ ይችላል። ምን ችግር እንዳለ፣ እና ምን ነገሩን እንደሚያሻሽል ጻፍ።
card-placement-move-advocate = ተሟጋች የምትፈልገውን እንድትናገር ሊረዳህ ይችላል። ከአንተ ጋር ወደ ስብሰባዎች ሊመጡ፣ ወይም አንተን ወክለው ሊናገሩልህ ይችላሉ።
card-placement-get-title = ተሟጋች እንዴት ማግኘት ይቻላል
card-placement-coram-voice = በእንግሊዝ (England)፣ ተሟጋች ለመጠየቅ ወደ ኮራም ቮይስ (Coram Voice) በ0808 800 5792 ደውል። ጥሪው ነጻ ነው።
card-placement-coram-hours = ከሰኞ እስከ አርብ፣ ከ09:30 እስከ 18:00 ይመልሳሉ። በሌላ ጊዜ መልእክት ልትተውላቸው ትችላለህ።
card-placement-other-nations = ከእንግሊዝ (England) ውጭ፣ ተሟጋች እንዴት እንደምታገኝ ማህበራዊ ሰራተኛህን ወይም ሞግዚትህን ጠይቅ።
card-placement-danger = አሁን አደጋ ላይ ከሆንክ ወደ 999 ደውል።

## "If you are away" card

card-missing-title = ከቤት ርቀህ ከሆነ
card-missing-intro = አንዳንድ ጊዜ የሚንከባከቡህ ሰዎች የት እንዳለህ አያውቁም። ያኔ «የጠፋ» (missing) ትባላለህ። መጥፋት ወንጀል አይደለም።
card-missing-reported = ተንከባካቢህ ወይም ማህበራዊ ሰራተኛህ እንደጠፋህ ለፖሊስ ያሳውቃሉ። ይህ «reported missing» (እንደጠፋ ሪፖርት መደረግ) ይባላል።
card-missing-search = ፖሊስ ይፈልግሃል። ጓደኞችህን ሊያነጋግሩ እና በምትሄድባቸው ቦታዎች ሊፈልጉ ይችላሉ።
card-missing-why = ይህን የሚያደርጉት ስለ አንተ ስለሚጨነቁ ነው። ደህና መሆንህን ማወቅ ይፈልጋሉ።
card-missing-until = ፖሊስ እስኪያይህ ድረስ መፈለጉን ይቀጥላል። ደህና እና ጤነኛ መሆንህን ማረጋገጥ አለባቸው።
card-missing-found-title = መገኘት ስትፈልግ
card-missing-station = በማንኛውም ከተማ ወደሚገኝ ማንኛውም ፖሊስ ጣቢያ መሄድ ትችላለህ። ወይም ለፖሊስ በ101 መደወል ትችላለህ።
card-missing-unsafe = ትኖርበት የነበረው ቦታ ደህና ካልነበረ ለፖሊስ ንገር። ከ18 ዓመት በታች ከሆንክ፣ ለአንተ ስለሚሆን ደህና ቦታ ከማህበራዊ ሰራተኞች ጋር መነጋገር ይገባቸዋል።
card-missing-helpline = ለሸሹ ወጣቶች የእርዳታ መስመር ከፖሊስ ጋር እንድትነጋገር ሊረዳህ ይችላል። ወደ 116 000 ደውል ወይም መልእክት ላክ። ነጻ ነው።
card-missing-interview = ስትመለስ የመመለሻ ቃለ መጠይቅ (return interview) ይቀርብልሃል። አስተርጓሚ መጠየቅ ትችላለህ። አስተርጓሚ ቋንቋህን እና እንግሊዝኛን የሚናገር ሰው ነው።
card-missing-danger = አሁን አደጋ ላይ ከሆንክ ወደ 999 ደውል።

## "If they say you are an adult" card

card-age-title = አዋቂ ነህ ቢሉህ
card-age-intro = አንዳንድ ጊዜ የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) ወይም የአካባቢው ምክር ቤት (council) ዕድሜህን አያምኑም። ከ18 በላይ ነህ ሊሉ ይችላሉ።
card-age-not-fault = ይህ በብዙ ወጣቶች ላይ ይደርሳል። ጥፋቱ ያንተ አይደለም።
card-age-do-title = ምን ማድረግ ትችላለህ
card-age-say = ከ18 በታች ከሆንክ ልጅ መሆንህን በግልጽ ተናገር። ሁልጊዜም ተናገር። ዕድሜህን እና የልደት ቀንህን ንገራቸው፣ የምታውቀው ከሆነ።
card-age-ask = ማህበራዊ ሰራተኛ እና ጠበቃ ጠይቅ። ጠበቃ ህጉን ያውቃል፤ ሊረዳህም ይችላል።
card-age-council = የአካባቢው ምክር ቤት ዕድሜህን በራሱ መወሰን አለበት። የአገር ውስጥ ጉዳይ ሚኒስቴር አዋቂ ነህ ቢልም እንኳ ይህ እውነት ነው።
card-age-challenge = ስለ ዕድሜህ በተሰጠ ውሳኔ ላይ መቃወም ትችላለህ። ይህ ማለት ውሳኔው እንደገና እንዲታይ ትጠይቃለህ ማለት ነው። ጠበቃ ይህን እንድታደርግ ሊረዳህ ይችላል።
card-age-quick = ለመቃወም የጊዜ ገደብ አለ። ስለዚህ ቶሎ እርዳታ ጠይቅ።
card-age-papers = ዕድሜህን የሚያሳዩ ወረቀቶች ሊረዱ ይችላሉ። ካሉህ ወይም ልታገኛቸው ከቻልክ ለጠበቃህ ስጣቸው።
card-age-help-title = ማን ሊረዳህ ይችላል
card-age-refugee-council = የስደተኞች ምክር ቤት የዕድሜ ክርክር ፕሮጀክት (Refugee Council’s Age Dispute Project) እንደ አዋቂ የተያዙ አንዳንድ ወጣቶችን ይረዳል። የሚረዱት ከ18 በታች እንደሆንክ ካመኑ ብቻ ነው።
card-age-refugee-council-how = የሚረዳህ አዋቂ፣ ለምሳሌ ጠበቃህ ወይም ማህበራዊ ሰራተኛህ፣ ስለ አንተ ሊነግራቸው ይችላል።
card-age-unsafe = ከአዋቂዎች ጋር የምትኖር ከሆነ እና ደህንነት ካልተሰማህ ለጠበቃህ ወይም ለማህበራዊ ሰራተኛህ ንገር። አሁን አደጋ ላይ ከሆንክ ወደ 999 ደውል።
