## The asylum process: list, step screen, search and glossary

process-title = የጥገኝነት ሂደትህ
process-intro = ምን እንደሚሆን፣ ደረጃ በደረጃ። ለማንበብ አንድ ደረጃ ንካ።
process-home-hint = ቀጥሎ ምን እንደሚሆን፣ ደረጃ በደረጃ
process-rules-changed = ህጎቹ በ2026 ተቀይረዋል፣ እንደገናም ሊቀየሩ ይችላሉ። በጉዳይህ ላይ የመጨረሻው ቃል የጠበቃህ ነው።
process-you-are-here = እዚህ ነህ
process-mark-here = እኔ በዚህ ደረጃ ላይ ነኝ
process-home-current = ያለህበት ደረጃ፦ { $step }
process-what = ምን ይሆናል
process-who = እዚያ ማን ይኖራል
process-ask = ምን መጠየቅ ትችላለህ
process-next = ቀጥሎ ምን ይመጣል
process-time = ምን ያህል ጊዜ ሊወስድ ይችላል
process-sources = ይህ መረጃ ከየት መጣ
process-source-verified = ይፋዊ ምንጭ፦ { $source }
process-source-secondary = ሌላ ምንጭ (ይፋዊ ያልሆነ)፦ { $source }
process-reviewed = ለመጨረሻ ጊዜ የተረጋገጠው በ{ $date } ነው።
process-previous = ያለፈው ደረጃ
process-following = የሚቀጥለው ደረጃ
process-step-number = ደረጃ { $number }
process-search = ከደብዳቤህ ላይ አንድ ቃል ፈልግ
process-search-results = ውጤቶች
process-search-empty = ምንም አልተገኘም። ሌላ ቃል ሞክር፣ ወይም የቃሉን ትርጉም ማህበራዊ ሰራተኛህን ወይም ጠበቃህን ጠይቅ።
process-glossary = ልትሰማቸው የምትችላቸው ቃላት
process-glossary-intro = ከደብዳቤዎች እና ከስብሰባዎች የመጡ ቃላት፣ በቀላል ቋንቋ።
process-questions = ለጠበቃዬ ወይም ለማህበራዊ ሰራተኛዬ ያሉኝ ጥያቄዎች
process-questions-private = ማየት የምትችለው አንተ ብቻ ነህ። በዚህ ስልክ ላይ ይቆያሉ።
process-question-label = ጥያቄ ጻፍ
process-question-save = ጥያቄውን አስቀምጥ
process-question-delete = ሰርዝ
process-question-empty = መጀመሪያ ጥያቄህን ጻፍ።
process-question-too-long = ይህ ጥያቄ በጣም ረጅም ነው። እባክህ ከ{ $max } ፊደላት በታች አድርገው።
process-question-saved = ጥያቄው ተቀምጧል።
process-question-none = እስካሁን ምንም ጥያቄ የለም።

## Step 1: arrival

process-arrival-title = ዩናይትድ ኪንግደም መድረስ
process-arrival-what = ብዙ ወጣቶች ኬንት (Kent) ይደርሳሉ። የድንበር ኃይል (Border Force) ባለስልጣናት እንክብካቤ እስኪያዘጋጁልህ ድረስ በዶቨር እንደ ኬንት የመቀበያ ክፍል (Kent Intake Unit) ባለ ቦታ ሊያቆዩህ ይችላሉ። የአካባቢው ምክር ቤት (council) እዚህ ወላጅ ወይም ተንከባካቢ የሌለውን ማንኛውንም ልጅ መንከባከብ አለበት።
process-arrival-who = የድንበር ኃይል (Border Force) ባለስልጣናት። ከአካባቢው ምክር ቤት ማህበራዊ ሰራተኛ ይጠራል።
process-arrival-ask = አስተርጓሚ። እና እንደ ልጅ እንድትያዝ።
process-arrival-next = የአካባቢው ምክር ቤት ይንከባከብሃል። የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) የመጀመሪያ ጥያቄዎቹን ይጠይቅሃል (የደህንነት ቃለ መጠይቅ)።
process-arrival-time = እንክብካቤህ እስኪዘጋጅ ድረስ ብዙ ሰዓታት ሊወስድ ይችላል።

## Step 2: welfare interview

process-welfare-interview-title = የደህንነት ቃለ መጠይቅ (“ትንሹ” ቃለ መጠይቅ)
process-welfare-interview-what = የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) ቀላል ጥያቄዎችን ይጠይቃል፦ ስምህን፣ የትውልድ ቀንህን፣ አገርህን እና ቤተሰብህን። ለምን እንደመጣህ እና እንዴት እንደተጓዝክ ትንሽ ሊጠይቁ ይችላሉ። ፎቶህን እና የጣት አሻራህን ይወስዳሉ። SEF የሚባል ቅጽ ሊሰጥህ ይችላል።
process-welfare-interview-who = የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) ሰራተኛ እና አስተርጓሚ። ዕድሜህ ከ16 በታች ከሆነ፣ ማህበራዊ ሰራተኛህ ወይም ሌላ ኃላፊነት ያለበት አዋቂም ይመጣል። በስኮትላንድ፣ ከ18 ዓመት በታች ለሆኑ ሁሉ አዋቂ አብሮ ይመጣል።
process-welfare-interview-ask = አስተርጓሚ። ያለውን አስተርጓሚ ካልተረዳኸው ሌላ አስተርጓሚ።
process-welfare-interview-next = የአገር ውስጥ ጉዳይ ሚኒስቴር ዕድሜህ ከ18 በላይ ነው ብሎ ካሰበ፣ እንደ አዋቂ ሊይዝህ ይችላል። ልጅ ከሆንክ በግልጽ ተናገር። ማህበራዊ ሰራተኛ እና ጠበቃ ጠይቅ። ስለ ዕድሜህ በተሰጠ ውሳኔ ላይ መቃወም ትችላለህ።
process-welfare-interview-time = ከደረስክ በኋላ ብዙም ሳይቆይ ይደረጋል።

## Step 3: age assessment

process-age-assessment-title = ዕድሜህን ካላመኑ
process-age-assessment-what = አንድ ሰው ዕድሜህን ከተጠራጠረ፣ ማህበራዊ ሰራተኞች ዕድሜህን ለመወሰን ያነጋግሩሃል። የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) አዋቂ ነህ ብሎ ቢያስብም እንኳ፣ የአካባቢው ምክር ቤት በራሱ መወሰን አለበት። የማህበራዊ ሰራተኞች ብሔራዊ ቡድንም ዕድሜህን ሊወስን ይችላል።
process-age-assessment-who = ብዙውን ጊዜ ሁለት ማህበራዊ ሰራተኞች፣ ብዙ ጊዜ አንተን ለመደገፍ ከሌላ አዋቂ ጋር።
process-age-assessment-ask = እስኪወስኑ ድረስ እንደ ልጅ እንድትያዝ። ከጠበቃ እርዳታ። የስደተኞች ምክር ቤት የዕድሜ ክርክር ፕሮጀክት (Refugee Council’s Age Dispute Project) ከ18 በታች እንደሆንክ ካመኑ ሊረዳህ ይችላል።
process-age-assessment-next = ልጅ እንደሆንክ ከወሰኑ፣ የአካባቢው ምክር ቤት እንደ ልጅ ይንከባከብሃል። አዋቂ እንደሆንክ ከወሰኑ፣ ከጠበቃ ጋር ሆነህ መቃወም ትችላለህ። ቶሎ እርዳታ ጠይቅ።
process-age-assessment-time = የተወሰነ ጊዜ የለም። ማህበራዊ ሰራተኛህን ወይም ጠበቃህን ጠይቅ።

## Step 4: being looked after

process-looked-after-title = የአካባቢው ምክር ቤት እንክብካቤ
process-looked-after-what = የአካባቢው ምክር ቤት ይንከባከብሃል። አንተ “በእንክብካቤ ስር ያለ ልጅ” (looked-after child) ነህ። ማህበራዊ ሰራተኛ እና የምትኖርበት ቦታ ታገኛለህ፤ ለምሳሌ ተንከባካቢ ቤተሰብ። 16 ወይም 17 ዓመት ከሆንክ ድጋፍ ያለው መኖሪያ (supported housing) ሊሆንም ይችላል። የአካባቢው ምክር ቤት በጤና እና በትምህርት ቤትም ይረዳሃል።
process-looked-after-who = ማህበራዊ ሰራተኛህ፣ እና ተንከባካቢ ቤተሰብህ ወይም ኃላፊ ሰራተኛህ (key worker)።
process-looked-after-ask = ተሟጋች (advocate)፦ አንተን ወክሎ የሚናገርልህ ሰው። ጠበቃ ለማግኘት እርዳታ።
process-looked-after-next = ወደ ሌላ የአካባቢ ምክር ቤት ልትዛወር ትችላለህ (ብሔራዊ የዝውውር መርሃ ግብር፣ National Transfer Scheme)። ለጥገኝነት ጥያቄህ ጠበቃ ታገኛለህ።
process-looked-after-time = የአካባቢውን ምክር ቤት ለመጀመሪያ ጊዜ ካገኘህበት ቀን ጀምሮ።

## Step 5: National Transfer Scheme

process-transfer-title = ወደ ሌላ ምክር ቤት መዛወር (National Transfer Scheme)
process-transfer-what = ብዙ ወጣቶች እንደ ኬንት (Kent) ባሉ ጥቂት ቦታዎች ይደርሳሉ። ብሔራዊ የዝውውር መርሃ ግብር (National Transfer Scheme) ሁሉም ምክር ቤቶች እንክብካቤውን እንዲጋሩ አንዳንዶቹን በሌላ የዩናይትድ ኪንግደም ክፍል ወዳለ ምክር ቤት ያዛውራል። እያንዳንዱ ምክር ቤት መሳተፍ አለበት።
process-transfer-who = አሁን ያለህበት ምክር ቤት እና የምትዛወርበት ምክር ቤት።
process-transfer-ask = የአንተ የተሻለ ጥቅም የውሳኔው ዋና ክፍል እንዲሆን። ወዴት እንደምትሄድ እና ለምን ማህበራዊ ሰራተኛህን መጠየቅ ትችላለህ።
process-transfer-next = አዲሱ ምክር ቤትህ ይንከባከብሃል።
process-transfer-time = ዝውውሩ በ10 የስራ ቀናት ውስጥ ሊፈጸም ይገባል።

## Step 6: getting a lawyer

process-lawyer-title = ጠበቃ ማግኘት
process-lawyer-what = ጠበቃ (የህግ ተወካይ) በጥገኝነት ጥያቄህ ይረዳሃል። ነጻ የህግ ድጋፍ (legal aid) ለጠበቃው ይከፍላል፣ ስለዚህ አንተ አትከፍልም። ለጠበቃህ የምትነግረው ሚስጥር ነው፦ ለራሱ ይይዘዋል።
process-lawyer-who = ጠበቃህ፣ ብዙ ጊዜ ከአስተርጓሚ ጋር።
process-lawyer-ask = ጠበቃ ለማግኘት ከተንከባካቢህ፣ ከኃላፊ ሰራተኛህ ወይም ከማህበራዊ ሰራተኛህ እርዳታ።
process-lawyer-next = ጠበቃህ የማስረጃ መግለጫ ቅጽ (Statement of Evidence Form፣ SEF) እንድትሞላ ይረዳሃል።
process-lawyer-time = የተወሰነ ጊዜ የለም። ተንከባካቢህ፣ ኃላፊ ሰራተኛህ ወይም ማህበራዊ ሰራተኛህ ጠበቃ እንድታገኝ ሊረዱህ ይገባል።

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = የማስረጃ መግለጫ ቅጽ (SEF)
process-sef-what = SEF ማን እንደሆንክ እና ለምን ጥበቃ እንደሚያስፈልግህ የምታብራራበት ቅጽ ነው። በእንግሊዝኛ ይሞላል፣ ሁልጊዜ ከጠበቃህ ጋር። የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) SEFን የሚጠቀምበት አዎ ለማለት ብቻ ነው። አዎ ማለት ካልቻለ፣ ብዙውን ጊዜ መጀመሪያ ለቃለ መጠይቅ ይጠራሃል። በጃንዩዌሪ 2026 ጠበቃ ላላቸው ለአንዳንድ የ16 እና የ17 ዓመት ወጣቶች ሙከራ ተጀመረ። ከተስማሙ SEFን ዘለው በቀጥታ ወደ ቃለ መጠይቁ ይሄዳሉ። ይህ አንተን የሚመለከት መሆኑን ጠበቃህን ጠይቅ።
process-sef-who = ጠበቃህ፣ ካስፈለገህም አስተርጓሚ።
process-sef-ask = ጠበቃ ከሌለህ ጠበቃ ለማግኘት እርዳታ። ካስፈለገህ ተጨማሪ ጊዜ።
process-sef-next = ዋናው (“ትልቁ”) ቃለ መጠይቅ፣ የአገር ውስጥ ጉዳይ ሚኒስቴር ያለ እሱ መወሰን ከቻለ በስተቀር።
process-sef-time = SEFህ ጥገኝነት ከጠየቅክበት ቀን ጀምሮ በ60 የስራ ቀናት ውስጥ የአገር ውስጥ ጉዳይ ሚኒስቴር መድረስ አለበት። የስራ ቀናት ከሰኞ እስከ አርብ ናቸው፤ ህዝባዊ በዓላት ግን አይቆጠሩም። ስለዚህ ይህ ወደ 3 ወር ያህል ነው። ጠበቃህ ተጨማሪ ጊዜ ሊጠይቅ ይችላል።

## Step 8: the main interview

process-interview-title = ዋናው (“ትልቁ”) ቃለ መጠይቅ
process-interview-what = ከ12 ዓመት በላይ የሆኑ ወጣቶች ብዙውን ጊዜ ይህን ቃለ መጠይቅ ያደርጋሉ። ለምን እንደወጣህ፣ ስለ ጉዞህ፣ ቀደም ሲል ስለነበረህ ሕይወት እና ምን እንደሚያስፈራህ ይጠይቃሉ።
process-interview-who = የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) ውሳኔ ሰጪ፣ ጠበቃህ፣ አስተርጓሚ እና ኃላፊነት ያለበት አዋቂ (responsible adult)፦ ማህበራዊ ሰራተኛህ፣ ተንከባካቢ ቤተሰብህ ወይም ኃላፊ ሰራተኛህ፣ ወይም ሌላ የምታምነው ሰው።
process-interview-ask = ወንድ ወይም ሴት አስተርጓሚ (ጠበቃህን ቀደም ብለህ ጠይቅ)። ቋንቋው ወይም ዘዬው የተሳሳተ ከሆነ ሌላ አስተርጓሚ። እረፍቶች። በጣም ከታመምክ አቁመው በሌላ ቀን እንዲያደርጉት።
process-interview-next = ውሳኔውን ትጠብቃለህ። ከቃለ መጠይቁ በፊት 18 ዓመት ከሞላህ፣ ለልጆች ጉዳይ በሰለጠነ ሰው አሁንም ይካሄዳል።
process-interview-time = ከSEF በኋላ ይመጣል።

## Step 9: waiting

process-waiting-title = ውሳኔውን መጠበቅ
process-waiting-what = የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) ውሳኔውን ይሰጣል። መጠበቅ በጣም ከባድ ሊሆን ይችላል። ጠበቃህ ስለ መዘግየቱ ሚኒስቴሩን ሊጠይቅ ይችላል፣ የፓርላማ አባልህንም (MP) ማግኘት ይቻላል።
process-waiting-who = ምንም ስብሰባ የለም። ሚኒስቴሩ ውሳኔውን ለጠበቃህ እና ለማህበራዊ ሰራተኛህ ይልካል።
process-waiting-ask = ረጅም ጊዜ ከወሰደ ጠበቃህ ሚኒስቴሩን እንዲከታተል ጠይቅ።
process-waiting-next = ውሳኔው።
process-waiting-time = ብዙ ወራት፣ አንዳንድ ጊዜ ዓመታት።

## Step 10: the decision

process-decision-title = ውሳኔው
process-decision-what = መልሱ ሊሆን የሚችለው፦ የስደተኛ ደረጃ (refugee status)፤ ሰብዓዊ ጥበቃ (humanitarian protection)፤ ላልታጀቡ ልጆች የመቆያ ፈቃድ (UASC leave)፤ ሌላ ዓይነት የመቆያ ፈቃድ፤ ወይም ውድቅ። የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) ለማህበራዊ ሰራተኛህ እና ለጠበቃህ ያሳውቃል።
process-decision-who = ደብዳቤው ወደ ጠበቃህ እና ማህበራዊ ሰራተኛህ ይሄዳል። ካንተ ጋር እንዲያብራሩት ጠይቃቸው።
process-decision-ask = ውሳኔው ለአንተ ምን ማለት እንደሆነ እና የመቆያ ፈቃድህ ምን ያህል እንደሚቆይ ጠበቃህን ጠይቅ።
process-decision-next = ውድቅ ከተደረግክ ብዙውን ጊዜ ይግባኝ ማለት ትችላለህ። UASC leave ማለት የጥገኝነት ጥያቄህ ውድቅ ተደርጓል ማለት ነው። በዚህም ላይ ብዙውን ጊዜ ይግባኝ ማለት ትችላለህ። ያለህ 14 ቀናት ብቻ ነው፤ ስለዚህ ወዲያውኑ ጠበቃህን አነጋግር። UASC leave ከማለቁ በፊት እንደገና ማመልከት አለብህ። ከማለቁ ከ3 እስከ 6 ወራት ቀደም ብለህ ጠበቃ አግኝ።
process-decision-time = UASC leave ለ30 ወራት ይቆያል፣ ወይም 17 ዓመት ተኩል እስኪሞላህ ድረስ ያ ቀድሞ ከመጣ። ሌላ የመቆያ ፈቃድ ከዚህ ሊረዝም ወይም ሊያጥር ይችላል። ጥገኝነት በጠየቅክበት ቀን ይወሰናል። ያንተ ምን ያህል እንደሚቆይ ጠበቃህን ጠይቅ።

## Step 11: appeal

process-appeal-title = በውድቅ ላይ ይግባኝ ማለት
process-appeal-what = የአገር ውስጥ ጉዳይ ሚኒስቴር (Home Office) አይ ካለ፣ ብዙውን ጊዜ ይግባኝ ማለት ትችላለህ። ከዚያም ዳኛ (የመጀመሪያ ደረጃ ፍርድ ቤት፣ First-tier Tribunal) ጉዳይህን እንደገና ያያል። ይግባኝ ለማለት ፈቃድ አያስፈልግህም። ይግባኝ ማለት ትችል እንደሆነ የውሳኔ ደብዳቤህ ይነግርሃል።
process-appeal-who = ዳኛ፣ ጠበቃህ፣ ኃላፊነት ያለበት አዋቂ እና አስተርጓሚ።
process-appeal-ask = በቋንቋህ እና በዘዬህ አስተርጓሚ፦ የይግባኝ ቅጽህ የትኛው እንደሆነ መግለጽ አለበት። በችሎቱ ላይ ከአንተ ጋር ኃላፊነት ያለበት አዋቂ።
process-appeal-next = ዳኛው አይ ካለ፣ ከፍ ወዳለ ፍርድ ቤት (የላይኛው ፍርድ ቤት፣ Upper Tribunal) መሄድ ትችል ይሆናል። ዕድሜህ ከ18 በላይ ከሆነ እና ይግባኞችህ ሁሉ ካልተሳኩ፣ የአካባቢው ምክር ቤት አንዳንድ እርዳታዎችን ሊያቆም ይችላል። ከማቆሙ በፊት ምክንያቱን በጽሑፍ ሊነግርህ ይገባል።
process-appeal-time = ይግባኝህ ውድቁ ከተላከ በኋላ ከ14 ቀናት ባልበለጠ ጊዜ መድረስ አለበት። ወዲያውኑ ለጠበቃህ ንገር። የዳኛው ውሳኔ ብዙውን ጊዜ ከችሎቱ ከ3 እስከ 4 ሳምንታት በኋላ ይመጣል።

## Step 12: turning 18 and leaving care

process-turning-18-title = 18 ዓመት መሙላት እና እንክብካቤን መልቀቅ
process-turning-18-what = ከ16 ዓመት አካባቢ ጀምሮ፣ የግል አማካሪ (personal adviser) እና የመንገድ እቅድ (pathway plan) ታገኛለህ፦ አዋቂ ለመሆን ያለህ እቅድ። የእንክብካቤ እቅድህን ቦታ ይወስዳል።
process-turning-18-who = የግል አማካሪህ (personal adviser)።
process-turning-18-ask = ቢያንስ በየ6 ወሩ የሚገመገም የመንገድ እቅድ። በእንግሊዝ (England)፣ እስከ 25 ዓመትህ ድረስ ከግል አማካሪህ እርዳታ። ስለ ኢሚግሬሽን ሁኔታህ (በዩናይትድ ኪንግደም የመቆየት መብትህ) የህግ ምክር ለማግኘት እርዳታ።
process-turning-18-next = በእንግሊዝ (England)፣ የአካባቢህ ምክር ቤት እንክብካቤን ለሚለቁ ወጣቶች ምን እንደሚያቀርብ ማሳተም አለበት (“የአካባቢ አቅርቦት”፣ local offer)።
process-turning-18-time = እቅዱ በ16 ዓመት አካባቢ ይጀምራል። በእንግሊዝ (England)፣ የግል አማካሪህ እስከ 25 ዓመትህ ድረስ ሊረዳህ ይችላል።

## Step 13: National Referral Mechanism

process-nrm-title = አንድ ሰው ከበዘበዘህ (National Referral Mechanism)
process-nrm-what = ብሔራዊ የማስተላለፊያ ዘዴ (National Referral Mechanism፣ NRM) ዩናይትድ ኪንግደም በሕገወጥ መንገድ የተዘዋወሩ ወይም የተበዘበዙ ሰዎችን የምታገኝበት እና የምትጠብቅበት መንገድ ነው፦ እንዲሰሩ፣ ወንጀል እንዲፈጽሙ የተገደዱ፣ ወይም በሌላ መንገድ የተጎዱ። ከ18 በታች የሆነ ሁሉ ሊተላለፍ ይገባል። ልጆች መስማማት አያስፈልጋቸውም።
process-nrm-who = “የመጀመሪያ ምላሽ ሰጪ” (first responder)፣ እንደ ፖሊስ፣ የአካባቢው ምክር ቤት፣ ወይም እንደ Barnardo’s፣ NSPCC ወይም የስደተኞች ምክር ቤት (Refugee Council) ያለ የበጎ አድራጎት ድርጅት።
process-nrm-ask = ሞግዚት (guardian)፦ ከጎንህ የሚቆም እና ምክር የሚሰጥህ ሰው። በብዙ የእንግሊዝ እና የዌልስ (England and Wales) አካባቢዎች፣ ይህ ለሕገወጥ ዝውውር ሰለባ ልጆች ገለልተኛ ሞግዚት (Independent Child Trafficking Guardian) ነው። በስኮትላንድ፣ ብቻውን የሚመጣ እያንዳንዱ ልጅ ከGuardianship Scotland ሞግዚት ያገኛል። በሰሜን አየርላንድ፣ Independent Guardian Service ይረዳል።
process-nrm-next = መጀመሪያ “ምክንያታዊ ምክንያቶች” (reasonable grounds) ውሳኔ፣ ከዚያም “ወሳኝ ምክንያቶች” (conclusive grounds) ውሳኔ። ከመጨረሻው ውሳኔ በፊት 18 ዓመት ከሞላህ፣ በNRM ውስጥ መቆየት እንደምትፈልግ በቃል ወይም በጽሑፍ መናገር ትችላለህ።
process-nrm-time = የመጀመሪያው ውሳኔ ከተቻለ ወደ 5 የስራ ቀናት ያህል ይወስዳል። የመጨረሻው ውሳኔ ቢያንስ ከ30 ቀናት በኋላ ይመጣል፤ የተወሰነ ጊዜ የለውም።

## Glossary

glossary-home-office-term = Home Office (የአገር ውስጥ ጉዳይ ሚኒስቴር)
glossary-home-office-meaning = በጥገኝነት ጥያቄዎች ላይ የሚወስነው የዩናይትድ ኪንግደም መንግስት ክፍል።
glossary-sef-term = SEF (የማስረጃ መግለጫ ቅጽ፣ Statement of Evidence Form)
glossary-sef-meaning = ከጠበቃህ ጋር ማን እንደሆንክ እና ለምን ጥበቃ እንደሚያስፈልግህ የምታብራራበት ቅጽ።
glossary-interview-term = Substantive interview (ዋናው ቃለ መጠይቅ)
glossary-interview-meaning = ለምን ጥበቃ እንደሚያስፈልግህ የምታብራራበት ዋናው (“ትልቁ”) የጥገኝነት ቃለ መጠይቅ።
glossary-responsible-adult-term = Responsible adult (ኃላፊነት ያለበት አዋቂ)
glossary-responsible-adult-meaning = አንተን ለመደገፍ ከአንተ ጋር ወደ ቃለ መጠይቆች የሚመጣ አዋቂ፣ እንደ ማህበራዊ ሰራተኛህ ወይም ኃላፊ ሰራተኛህ።
glossary-legal-aid-term = Legal aid (ነጻ የህግ ድጋፍ)
glossary-legal-aid-meaning = ለጠበቃህ የሚከፍል የመንግስት ገንዘብ፣ ስለዚህ አንተ አትከፍልም።
glossary-looked-after-term = Looked-after child (በእንክብካቤ ስር ያለ ልጅ)
glossary-looked-after-meaning = የአካባቢው ምክር ቤት የሚንከባከበው ልጅ፣ ማህበራዊ ሰራተኛ እና የሚኖርበት ቦታ ያለው።
glossary-refugee-status-term = Refugee status (የስደተኛ ደረጃ)
glossary-refugee-status-meaning = ለጥገኝነት ጥያቄህ አዎ፦ ዩናይትድ ኪንግደም ጥበቃ እንደሚያስፈልግህ ትቀበላለች።
glossary-humanitarian-protection-term = Humanitarian protection (ሰብዓዊ ጥበቃ)
glossary-humanitarian-protection-meaning = ብትመለስ ከባድ ጉዳት ስለሚደርስብህ የመቆየት ፈቃድ።
glossary-uasc-leave-term = UASC leave (ላልታጀቡ ልጆች የመቆያ ፈቃድ)
glossary-uasc-leave-meaning = የጥገኝነት ጥያቄው ውድቅ ለተደረገ ልጅ አጭር የመቆያ ፈቃድ። በውድቁ ላይ ብዙውን ጊዜ ይግባኝ ማለት ትችላለህ። ያለህ 14 ቀናት ብቻ ነው፤ ስለዚህ ወዲያውኑ ጠበቃህን አነጋግር። UASC leave ከማለቁ በፊት እንደገና ማመልከት አለብህ።
glossary-tribunal-term = Tribunal (ፍርድ ቤት)
glossary-tribunal-meaning = ከውድቅ በኋላ ዳኛ ጉዳይህን እንደገና የሚያይበት ፍርድ ቤት።
glossary-pathway-plan-term = Pathway plan (የመንገድ እቅድ)
glossary-pathway-plan-meaning = አዋቂ ለመሆን እና እንክብካቤን ለመልቀቅ ያለህ እቅድ፣ ከግል አማካሪህ ጋር የሚዘጋጅ።
glossary-personal-adviser-term = Personal adviser (የግል አማካሪ)
glossary-personal-adviser-meaning = እንክብካቤን ስትለቅ የሚረዳህ ሰው። በእንግሊዝ (England)፣ እስከ 25 ዓመትህ ድረስ ሊረዳህ ይችላል።
glossary-nrm-term = NRM (ብሔራዊ የማስተላለፊያ ዘዴ፣ National Referral Mechanism)
glossary-nrm-meaning = በሕገወጥ መንገድ የተዘዋወሩ ወይም የተበዘበዙ ሰዎችን ለማግኘት እና ለመጠበቅ የዩናይትድ ኪንግደም መንገድ።
