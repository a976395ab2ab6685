## The asylum process: list, step screen, search and glossary

process-title = ዑቕባ ምሕታት ስጉምቲ ብስጉምቲ
process-intro = እንታይ ከም ዝኸውን፡ ስጉምቲ ብስጉምቲ። ንምንባብ ኣብ ሓደ ስጉምቲ ጠውቕ።
process-home-hint = ድሕሪኡ እንታይ ከም ዝኸውን፡ ስጉምቲ ብስጉምቲ
process-rules-changed = ሕግታት ኣብ 2026 ተቐይሮም እዮም፡ ደጊም ክቕየሩ ይኽእሉ እዮም። ኣብ ጉዳይካ ናይ መወዳእታ ቃል ናይ ጠበቓኻ እዩ።
process-you-are-here = ኣብዚ ኣለኻ
process-mark-here = ኣብዚ ስጉምቲ እየ ዘለኹ
process-home-current = ኣብዚ ስጉምቲ ኣለኻ፡ { $step }
process-what = እንታይ ይኸውን
process-who = መን ኣብኡ ክህሉ እዩ
process-ask = እንታይ ክትሓትት ትኽእል
process-next = ድሕሪኡ እንታይ ይመጽእ
process-time = ክንደይ ግዜ ክወስድ ይኽእል
process-sources = እዚ ሓበሬታ ካበይ መጺኡ
process-source-verified = ወግዓዊ ምንጪ፡ { $source }
process-source-secondary = ካልእ ምንጪ (ወግዓዊ ዘይኮነ)፡ { $source }
process-reviewed = ንመወዳእታ ግዜ ኣብ { $date } ተመርሚሩ።
process-previous = ዝሓለፈ ስጉምቲ
process-following = ዝቕጽል ስጉምቲ
process-step-number = ስጉምቲ { $number }
process-search = ካብ ደብዳበኻ ሓንቲ ቃል ድለ
process-search-results = ውጽኢት
process-search-empty = ዝተረኽበ የለን። ካልእ ቃል ፈትን፡ ወይ ንማሕበራዊ ሰራሕተኛኻ ወይ ጠበቓኻ ትርጉም እታ ቃል ሕተት።
process-glossary = ክትሰምዐን እትኽእል ቃላት
process-glossary-intro = ካብ ደብዳበታትን ኣኼባታትን ዝመጻ ቃላት፡ ብቐሊል ቋንቋ።
process-questions = ንጠበቓይ ወይ ማሕበራዊ ሰራሕተኛይ ዘለዉኒ ሕቶታት
process-questions-private = ንስኻ ጥራይ ኢኻ ክትርእዮም ትኽእል። ኣብዚ ተሌፎን ይጸንሑ።
process-question-label = ሕቶ ጽሓፍ
process-question-save = ሕቶ ዓቕብ
process-question-delete = ደምስስ
process-question-empty = ቅድም ሕቶኻ ጽሓፍ።
process-question-too-long = እዚ ሕቶ ኣዝዩ ነዊሕ እዩ። በጃኻ ካብ { $max } ፊደላት ኣሕጽሮ።
process-question-saved = ሕቶ ተዓቂቡ።
process-question-none = ክሳብ ሕጂ ሕቶ የለን።

## Step 1: arrival

process-arrival-title = ናብ ዓዲ እንግሊዝ (UK) ምብጻሕ
process-arrival-what = ብዙሓት መንእሰያት ናብ ከንት (Kent) ይበጽሑ። ሓለውቲ ዶብ (Border Force) ክሳብ ዝኣልየካ ሰብ ዘዳልዉ ኣብ ከም ኣሃዱ ምቕባል ከንት (Kent Intake Unit) ኣብ ዶቨር ዝኣመሰለ ቦታ ከጽንሑኻ ይኽእሉ። እቲ ከባቢያዊ ምምሕዳር (council) ነቲ ኣብዚ ወላዲ ወይ ኣላዪ ዘይብሉ ቆልዓ ክኣልዮ ኣለዎ።
process-arrival-who = ሓለውቲ ዶብ (Border Force)። ካብ ከባቢያዊ ምምሕዳር ማሕበራዊ ሰራሕተኛ ይጽዋዕ።
process-arrival-ask = ተርጓሚ። ከም ቆልዓ ክትተሓዝ።
process-arrival-next = እቲ ከባቢያዊ ምምሕዳር ይኣልየካ። ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ቀዳሞት ሕቶታቱ ይሓተካ (ቃለ-መሕትት ድሕንነት)።
process-arrival-time = ክንክንካ ክሳብ ዝዳሎ፡ ብዙሕ ሰዓታት ክወስድ ይኽእል።

## Step 2: welfare interview

process-welfare-interview-title = ቃለ-መሕትት ድሕንነት (“ንእሽቶ” ቃለ-መሕትት)
process-welfare-interview-what = ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ቀለልቲ ሕቶታት ይሓትት፡ ስምካ፡ ዕለት ልደትካ፡ ሃገርካን ስድራኻን። ስለምንታይ ከም ዝመጻእካን ከመይ ከም ዝተጓዓዝካን ቁሩብ ክሓቱ ይኽእሉ። ስእልኻን ኣሰር ኣጻብዕካን ይወስዱ። SEF ዝበሃል ቅጥዒ ክወሃበካ ይኽእል።
process-welfare-interview-who = ሰራሕተኛ ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office)ን ተርጓሚን። ዕድሜኻ ትሕቲ 16 እንተኾይኑ፡ ማሕበራዊ ሰራሕተኛኻ ወይ ካልእ ሓላፍነት ዘለዎ ዓቢ ሰብ እውን ይመጽእ። ኣብ ስኮትላንድ፡ ምስ ኩሉ ትሕቲ 18 ዓቢ ሰብ ይመጽእ።
process-welfare-interview-ask = ተርጓሚ። ነቲ ዘሎ ተርጓሚ እንተዘይተረዲእካዮ ካልእ ተርጓሚ።
process-welfare-interview-next = ሚኒስትሪ ውሽጣዊ ጉዳያት ካብ 18 ንላዕሊ ከም ዝኾንካ እንተሓሰበ፡ ከም ዓቢ ሰብ ክሕዘካ ይኽእል። ቆልዓ እንተኾንካ፡ ብንጹር ንገሮም። ማሕበራዊ ሰራሕተኛን ጠበቓን ሕተት። ብዛዕባ ዕድሜኻ ዝተወሰነ ውሳኔ ክትቃወሞ ትኽእል ኢኻ።
process-welfare-interview-time = ድሕሪ ምብጻሕካ ቀልጢፉ ይኸውን።

## Step 3: age assessment

process-age-assessment-title = ዕድሜኻ እንተዘይኣሚኖም
process-age-assessment-what = ሰብ ብዕድሜኻ እንተተጠራጠረ፡ ማሕበራውያን ሰራሕተኛታት ዕድሜኻ ንምውሳን ምሳኻ ይዛረቡ። ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ዓቢ ሰብ ከም ዝኾንካ እንተሓሰበ እኳ፡ እቲ ከባቢያዊ ምምሕዳር ባዕሉ ክውስን ኣለዎ። ሃገራዊ ጉጅለ ማሕበራውያን ሰራሕተኛታት እውን ዕድሜኻ ክውስን ይኽእል።
process-age-assessment-who = መብዛሕትኡ ግዜ ክልተ ማሕበራውያን ሰራሕተኛታት፡ ብዙሕ ግዜ ምስ ካልእ ዓቢ ሰብ ንኽድግፈካ።
process-age-assessment-ask = ክሳብ ዝውስኑ ከም ቆልዓ ክትተሓዝ። ሓገዝ ካብ ጠበቓ። ፕሮጀክት ክትዕ ዕድሜ ናይ ባይቶ ስደተኛታት (Refugee Council’s Age Dispute Project) ትሕቲ 18 ከም ዝኾንካ እንተኣሚኖም ክሕግዝ ይኽእል።
process-age-assessment-next = ቆልዓ ከም ዝኾንካ እንተወሲኖም፡ እቲ ከባቢያዊ ምምሕዳር ከም ቆልዓ ይኣልየካ። ዓቢ ሰብ ከም ዝኾንካ እንተወሲኖም፡ ምስ ጠበቓ ኮይንካ ክትቃወሞ ትኽእል ኢኻ። ቀልጢፍካ ሓገዝ ሕተት።
process-age-assessment-time = ዝተወሰነ ግዜ የለን። ንማሕበራዊ ሰራሕተኛኻ ወይ ጠበቓኻ ሕተት።

## Step 4: being looked after

process-looked-after-title = ከባቢያዊ ምምሕዳር ክኣልየካ ከሎ
process-looked-after-what = እቲ ከባቢያዊ ምምሕዳር ይኣልየካ። ንስኻ “ኣብ ትሕቲ ክንክን ዘሎ ቆልዓ” (looked-after child) ኢኻ። ማሕበራዊ ሰራሕተኛን መንበሪ ቦታን ትረክብ፡ ንኣብነት ኣላዪት ስድራ። 16 ወይ 17 ዓመት እንተኾንካ፡ ምስ ደገፍ ዘለዎ መንበሪ (supported housing) እውን ክኸውን ይኽእል። እቲ ከባቢያዊ ምምሕዳር ኣብ ጥዕናን ትምህርትን እውን ይሕግዘካ።
process-looked-after-who = ማሕበራዊ ሰራሕተኛኻ፡ ከምኡ እውን ኣላዪት ስድራኻ ወይ ሓላፊ ሰራሕተኛኻ (key worker)።
process-looked-after-ask = ተጣበቒ (advocate)፡ ኣብ ክንዳኻ ዝዛረብ ሰብ። ጠበቓ ንምርካብ ሓገዝ።
process-looked-after-next = ናብ ካልእ ከባቢያዊ ምምሕዳር ክትግዕዝ ትኽእል (ሃገራዊ መደብ ምግዓዝ፡ National Transfer Scheme)። ንሕቶ ዑቕባኻ ጠበቓ ትረክብ።
process-looked-after-time = ካብታ ንመጀመርታ ግዜ ከባቢያዊ ምምሕዳር እትረኽበላ መዓልቲ።

## Step 5: National Transfer Scheme

process-transfer-title = ናብ ካልእ ከባቢያዊ ምምሕዳር ምግዓዝ (National Transfer Scheme)
process-transfer-what = ብዙሓት መንእሰያት ናብ ውሑዳት ቦታታት ከም ከንት (Kent) ይበጽሑ። ሃገራዊ መደብ ምግዓዝ (National Transfer Scheme) ገሊኦም ናብ ኣብ ካልእ ክፋል ዓዲ እንግሊዝ ዘሎ ከባቢያዊ ምምሕዳር የግዕዞም፡ ኩሎም ምምሕዳራት ኣብ ክንክን ክሳተፉ። ነፍሲ ወከፍ ምምሕዳር ክሳተፍ ኣለዎ።
process-transfer-who = ሕጂ ዘለኻዮ ከባቢያዊ ምምሕዳርን ናብኡ እትግዕዞ ምምሕዳርን።
process-transfer-ask = ዝበለጸ ረብሓኻ ቀንዲ ክፋል ናይቲ ውሳኔ ክኸውን። ናበይ ከም እትኸይድን ስለምንታይን ንማሕበራዊ ሰራሕተኛኻ ክትሓትት ትኽእል ኢኻ።
process-transfer-next = ሓድሽ ምምሕዳርካ ይኣልየካ።
process-transfer-time = እቲ ምግዓዝ ኣብ ውሽጢ 10 መዓልታት ስራሕ ክኸውን ኣለዎ።

## Step 6: getting a lawyer

process-lawyer-title = ጠበቓ ምርካብ
process-lawyer-what = ጠበቓ (ሕጋዊ ወኪል) ኣብ ሕቶ ዑቕባኻ ይሕግዘካ። ናይ ነጻ ሕጋዊ ሓገዝ (legal aid) ንጠበቓ ይኸፍል፡ ስለዚ ንስኻ ኣይትኸፍልን። ንጠበቓኻ እትነግሮ ምስጢር እዩ፡ ንባዕሉ ይሕዞ።
process-lawyer-who = ጠበቓኻ፡ ብዙሕ ግዜ ምስ ተርጓሚ።
process-lawyer-ask = ጠበቓ ንምርካብ ካብ ኣላዪት ስድራኻ፡ ሓላፊ ሰራሕተኛኻ ወይ ማሕበራዊ ሰራሕተኛኻ ሓገዝ።
process-lawyer-next = ጠበቓኻ ቅጥዒ መግለጺ መርትዖ (Statement of Evidence Form፡ SEF) ክትመልእ ይሕግዘካ።
process-lawyer-time = ዝተወሰነ ግዜ የለን። ኣላዪት ስድራኻ፡ ሓላፊ ሰራሕተኛኻ ወይ ማሕበራዊ ሰራሕተኛኻ ጠበቓ ክትረክብ ክሕግዙኻ ኣለዎም።

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = ቅጥዒ መግለጺ መርትዖ (SEF)
process-sef-what = SEF መን ምዃንካን ስለምንታይ ሓለዋ ከም ዘድልየካን እትገልጸሉ ቅጥዒ እዩ። ብእንግሊዝኛ ይምላእ፡ ኩሉ ግዜ ምስ ጠበቓኻ። ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) SEF እወ ንምባል ጥራይ እዩ ዝጥቀመሉ። እወ ክብል እንተዘይኪኢሉ፡ መብዛሕትኡ ግዜ ቅድም ናብ ቃለ-መሕትት ይጽውዓካ። ኣብ ጥሪ 2026 ንገሊኦም ጠበቓ ዘለዎም ናይ 16ን 17ን ዓመት መንእሰያት ፈተነ ተጀሚሩ። እንተተሰማሚዖም፡ SEF ሓሊፎም ብቐጥታ ናብ ቃለ-መሕትት ይኸዱ። እዚ ንዓኻ ዝምልከት እንተኾይኑ ንጠበቓኻ ሕተቶ።
process-sef-who = ጠበቓኻ፡ እንተድልዩ ድማ ተርጓሚ።
process-sef-ask = ጠበቓ እንተዘይብልካ ጠበቓ ንምርካብ ሓገዝ። እንተድልዩካ ተወሳኺ ግዜ።
process-sef-next = እቲ ቀንዲ (“ዓብዪ”) ቃለ-መሕትት፡ ሚኒስትሪ ውሽጣዊ ጉዳያት ብዘይኡ ክውስን እንተዘይኪኢሉ።
process-sef-time = SEFካ ካብታ ዑቕባ ዝሓተትካላ መዓልቲ ኣብ ውሽጢ 60 መዓልታት ስራሕ ናብ ሚኒስትሪ ውሽጣዊ ጉዳያት ክበጽሕ ኣለዎ። መዓልታት ስራሕ ካብ ሰኑይ ክሳብ ዓርቢ እየን፡ ህዝባዊ በዓላት ግን ኣይኮናን። ስለዚ እዚ ኣስታት 3 ኣዋርሕ እዩ። ጠበቓኻ ተወሳኺ ግዜ ክሓትት ይኽእል።

## Step 8: the main interview

process-interview-title = እቲ ቀንዲ (“ዓብዪ”) ቃለ-መሕትት
process-interview-what = ካብ 12 ዓመት ንላዕሊ ዝኾኑ መንእሰያት መብዛሕትኡ ግዜ እዚ ቃለ-መሕትት ይገብሩ። ስለምንታይ ከም ዝወጻእካ፡ ብዛዕባ ጉዕዞኻ፡ ቅድሚ ሕጂ ዝነበረ ህይወትካ፡ ከምኡ እውን እንታይ ከም ዘፍርሓካ ይሓቱ።
process-interview-who = ውሳኔ ዝህብ ሰራሕተኛ ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office)። ጠበቓኻ። ተርጓሚ። ሓላፍነት ዘለዎ ዓቢ ሰብ (responsible adult)፡ እዚ ማሕበራዊ ሰራሕተኛኻ፡ ኣላዪት ስድራኻ ወይ ሓላፊ ሰራሕተኛኻ ክኸውን ይኽእል፡ ወይ ካልእ እትኣምኖ ሰብ።
process-interview-ask = ተባዕታይ ወይ ኣንስተይቲ ተርጓሚ (ንጠበቓኻ ኣቐዲምካ ሕተቶ)። ቋንቋ ወይ ላህጃ ጌጋ እንተኾይኑ ካልእ ተርጓሚ። ዕረፍቲ። ኣዝዩ እንተሓሚምካ ደው ኢሉ ብኻልእ መዓልቲ ክቕጽል።
process-interview-next = ውሳኔ ትጽበ። ቅድሚ እቲ ቃለ-መሕትት 18 ዓመት እንተመሊእካ፡ ምስ ንጉዳያት ቆልዑ ዝሰልጠነ ሰብ ይቕጽል እዩ።
process-interview-time = ድሕሪ SEF ይመጽእ።

## Step 9: waiting

process-waiting-title = ውሳኔ ምጽባይ
process-waiting-what = ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ይውስን። ምጽባይ ኣዝዩ ከቢድ ክኸውን ይኽእል። ጠበቓኻ ብዛዕባ ምድንጓይ ነቲ ሚኒስትሪ ክሓትት ይኽእል፡ ምስ ኣባል ባይቶኻ (MP) እውን ክራኸብ ይከኣል።
process-waiting-who = ኣኼባ የለን። ሚኒስትሪ ውሽጣዊ ጉዳያት ነቲ ውሳኔ ናብ ጠበቓኻን ማሕበራዊ ሰራሕተኛኻን ይሰድዶ።
process-waiting-ask = ነዊሕ ግዜ እንተወሲዱ፡ ንጠበቓኻ ምስ ሚኒስትሪ ውሽጣዊ ጉዳያት ክከታተል ሕተቶ።
process-waiting-next = እቲ ውሳኔ።
process-waiting-time = ብዙሕ ኣዋርሕ፡ ሓደ ሓደ ግዜ ዓመታት።

## Step 10: the decision

process-decision-title = እቲ ውሳኔ
process-decision-what = መልሲ እዚ ክኸውን ይኽእል፡ ኩነታት ስደተኛ (refugee status)፡ ሰብኣዊ ሓለዋ (humanitarian protection)፡ ፍቓድ ጽንሓት ንዘይተሰነዩ ቆልዑ (UASC leave)፡ ካልእ ዓይነት ፍቓድ ጽንሓት፡ ወይ ምንጻግ። ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ንማሕበራዊ ሰራሕተኛኻን ጠበቓኻን ይሕብር።
process-decision-who = እቲ ደብዳበ ናብ ጠበቓኻን ማሕበራዊ ሰራሕተኛኻን ይኸይድ። ምሳኻ ክገልጽዎ ሕተቶም።
process-decision-ask = እቲ ውሳኔ ንዓኻ እንታይ ማለት ምዃኑን ፍቓድ ጽንሓትካ ክንደይ ከም ዝጸንሕን ንጠበቓኻ ሕተቶ።
process-decision-next = እንተተነጺግካ፡ መብዛሕትኡ ግዜ ይግባይ ክትብል ትኽእል ኢኻ። UASC leave ማለት ሕቶ ዑቕባኻ ተነጺጉ ማለት እዩ። ኣንጻር እዚ እውን መብዛሕትኡ ግዜ ይግባይ ክትብል ትኽእል ኢኻ። 14 መዓልታት ጥራይ ኣለዉኻ፡ ስለዚ ብቕልጡፍ ምስ ጠበቓኻ ተዛረብ። UASC leave ቅድሚ ምውዳኡ፡ ደጊምካ ክትሓትት ኣለካ። ቅድሚ ምውዳኡ ብ3 ክሳብ 6 ኣዋርሕ ጠበቓ ርአ።
process-decision-time = UASC leave ን30 ኣዋርሕ ይጸንሕ፡ ወይ ክሳብ 17 ዓመትን ፍርቅን ትመልእ፡ እቲ ዝቐደመ። ካልእ ፍቓድ ጽንሓት ካብኡ ዝነውሕ ወይ ዝሓጽር ክኸውን ይኽእል። ኣብታ ዑቕባ ዝሓተትካላ ዕለት ይምርኮስ። ናትካ ክንደይ ከም ዝጸንሕ ንጠበቓኻ ሕተቶ።

## Step 11: appeal

process-appeal-title = ኣንጻር ምንጻግ ይግባይ ምባል
process-appeal-what = ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ኣይፋል እንተበለ፡ መብዛሕትኡ ግዜ ይግባይ ክትብል ትኽእል ኢኻ። ሽዑ ዳኛ (ቀዳማይ ደረጃ ቤት ፍርዲ፡ First-tier Tribunal) ጉዳይካ ደጊሙ ይርእዮ። ይግባይ ንምባል ፍቓድ ኣየድልየካን። ይግባይ ክትብል ምኽኣልካ ደብዳበ ውሳኔኻ ይነግረካ።
process-appeal-who = ዳኛ፡ ጠበቓኻ፡ ሓላፍነት ዘለዎ ዓቢ ሰብን ተርጓሚን።
process-appeal-ask = ብቋንቋኻን ላህጃኻን ተርጓሚ፡ ቅጥዒ ይግባይካ ኣየናይ ምዃኑ ክገልጽ ኣለዎ። ኣብቲ ምስማዕ ምሳኻ ሓላፍነት ዘለዎ ዓቢ ሰብ።
process-appeal-next = ዳኛ ኣይፋል እንተበለ፡ ናብ ዝለዓለ ቤት ፍርዲ (Upper Tribunal) ምኻድ ክከኣል ይኽእል። ካብ 18 ዓመት ንላዕሊ እንተኾንካን ኩሉ ይግባያትካ እንተፈሺሉን፡ እቲ ከባቢያዊ ምምሕዳር ገለ ሓገዝ ከቋርጽ ይኽእል። ቅድሚ ምቁራጹ፡ ምኽንያቱ ብጽሑፍ ክነግረካ ኣለዎ።
process-appeal-time = ይግባይካ ድሕሪ ምስዳድ እቲ ምንጻግ ኣብ ውሽጢ 14 መዓልታት ክበጽሕ ኣለዎ። ብቕልጡፍ ንጠበቓኻ ንገሮ። ውሳኔ ዳኛ መብዛሕትኡ ግዜ ድሕሪ ምስማዕ ብ3 ክሳብ 4 ሰሙናት ይመጽእ።

## Step 12: turning 18 and leaving care

process-turning-18-title = 18 ዓመት ምምላእን ካብ ክንክን ምውጻእን
process-turning-18-what = ካብ ኣስታት 16 ዓመት ጀሚርካ፡ ውልቃዊ ኣማኻሪ (personal adviser)ን መደብ መንገዲ (pathway plan)ን ትረክብ፡ ዓቢ ሰብ ንምዃን ዘለካ መደብ። ኣብ ክንዲ መደብ ክንክንካ ይኣቱ።
process-turning-18-who = ውልቃዊ ኣማኻሪኻ (personal adviser)።
process-turning-18-ask = እንተወሓደ ኣብ ነፍሲ ወከፍ 6 ኣዋርሕ ዝምርመር መደብ መንገዲ። ኣብ ኢንግላንድ (England)፡ ክሳብ 25 ዓመት ካብ ውልቃዊ ኣማኻሪኻ ሓገዝ። ብዛዕባ ኩነታት መንበሪኻ ሕጋዊ ምኽሪ ንምርካብ ሓገዝ።
process-turning-18-next = ኣብ ኢንግላንድ (England)፡ ከባቢያዊ ምምሕዳርካ ነቶም ካብ ክንክን ዝወጹ መንእሰያት እንታይ ከም ዘቕርብ ክሕትም ኣለዎ (“ከባቢያዊ ቕርቦት”፡ local offer)።
process-turning-18-time = እቲ መደብ ኣብ ኣስታት 16 ዓመት ይጅምር። ኣብ ኢንግላንድ (England)፡ ውልቃዊ ኣማኻሪኻ ክሳብ 25 ዓመት ክሕግዘካ ይኽእል።

## Step 13: National Referral Mechanism

process-nrm-title = ሰብ እንተመዝሚዙካ (National Referral Mechanism)
process-nrm-what = ሃገራዊ ኣገባብ ምሕዋል (National Referral Mechanism፡ NRM) ዓዲ እንግሊዝ ነቶም ዝተዘውተሩ ወይ ዝተመዝመዙ ሰባት እትረኽበሉን እትከላኸለሉን መንገዲ እዩ፡ ብግዲ ክሰርሑ፡ ገበን ክፍጽሙ፡ ወይ ብኻልእ መንገዲ ዝተጎድኡ። ኩሉ ትሕቲ 18 ክሕወል ኣለዎ። ቆልዑ ክሰማምዑ ኣየድልዮምን።
process-nrm-who = “ቀዳማይ መላሲ” (first responder)፡ ከም ፖሊስ፡ ከባቢያዊ ምምሕዳር፡ ወይ ግብረ-ሰናይ ትካል ከም Barnardo’s፡ NSPCC ወይ ባይቶ ስደተኛታት (Refugee Council)።
process-nrm-ask = ሞግዚት (guardian)፡ ኣብ ጎንኻ ዝቖምን ምኽሪ ዝህበካን ሰብ። ኣብ ብዙሓት ክፋላት ኢንግላንድን ዌልስን (England and Wales)፡ እዚ ንግዳያት ዝውውር ቆልዑ ናጻ ሞግዚት (Independent Child Trafficking Guardian) እዩ። ኣብ ስኮትላንድ፡ ነፍሲ ወከፍ በይኑ ዝመጸ ቆልዓ ካብ Guardianship Scotland ሞግዚት ይረክብ። ኣብ ሰሜን ኣየርላንድ፡ Independent Guardian Service ይሕግዝ።
process-nrm-next = ቅድም ውሳኔ “ርትዓዊ ምኽንያት” (reasonable grounds)፡ ድሕሪኡ ውሳኔ “ወሳኒ ምኽንያት” (conclusive grounds)። ቅድሚ እቲ ናይ መወዳእታ ውሳኔ 18 ዓመት እንተመሊእካ፡ ኣብ NRM ክትጸንሕ ከም እትደሊ ብቓል ወይ ብጽሑፍ ክትብል ትኽእል ኢኻ።
process-nrm-time = እቲ ቀዳማይ ውሳኔ እንተተኻኢሉ ኣስታት 5 መዓልታት ስራሕ ይወስድ። እቲ ናይ መወዳእታ ውሳኔ እንተወሓደ ድሕሪ 30 መዓልቲ ይመጽእ፡ ዝተወሰነ ግዜ የብሉን።

## Glossary

glossary-home-office-term = Home Office (ሚኒስትሪ ውሽጣዊ ጉዳያት)
glossary-home-office-meaning = ኣብ ሕቶታት ዑቕባ ዝውስን ክፋል መንግስቲ ዓዲ እንግሊዝ።
glossary-sef-term = SEF (ቅጥዒ መግለጺ መርትዖ፡ Statement of Evidence Form)
glossary-sef-meaning = ምስ ጠበቓኻ መን ምዃንካን ስለምንታይ ሓለዋ ከም ዘድልየካን እትገልጸሉ ቅጥዒ።
glossary-interview-term = Substantive interview (ቀንዲ ቃለ-መሕትት)
glossary-interview-meaning = ስለምንታይ ሓለዋ ከም ዘድልየካ እትገልጸሉ ቀንዲ (“ዓብዪ”) ቃለ-መሕትት ዑቕባ።
glossary-responsible-adult-term = Responsible adult (ሓላፍነት ዘለዎ ዓቢ ሰብ)
glossary-responsible-adult-meaning = ንኽድግፈካ ምሳኻ ናብ ቃለ-መሕትታት ዝመጽእ ዓቢ ሰብ፡ ከም ማሕበራዊ ሰራሕተኛኻ ወይ ሓላፊ ሰራሕተኛኻ።
glossary-legal-aid-term = Legal aid (ናይ ነጻ ሕጋዊ ሓገዝ)
glossary-legal-aid-meaning = ንጠበቓኻ ዝኸፍል ገንዘብ መንግስቲ፡ ስለዚ ንስኻ ኣይትኸፍልን።
glossary-looked-after-term = Looked-after child (ኣብ ትሕቲ ክንክን ዘሎ ቆልዓ)
glossary-looked-after-meaning = ከባቢያዊ ምምሕዳር ዝኣልዮ ቆልዓ፡ ምስ ማሕበራዊ ሰራሕተኛን መንበሪ ቦታን።
glossary-refugee-status-term = Refugee status (ኩነታት ስደተኛ)
glossary-refugee-status-meaning = ንሕቶ ዑቕባኻ እወ፡ ዓዲ እንግሊዝ ሓለዋ ከም ዘድልየካ ትቕበል።
glossary-humanitarian-protection-term = Humanitarian protection (ሰብኣዊ ሓለዋ)
glossary-humanitarian-protection-meaning = እንተተመሊስካ ከቢድ ጉድኣት ስለ ዘጋጥመካ ናይ ምጽናሕ ፍቓድ።
glossary-uasc-leave-term = UASC leave (ፍቓድ ጽንሓት ንዘይተሰነዩ ቆልዑ)
glossary-uasc-leave-meaning = ሕቶ ዑቕባኡ ንዝተነጸገ ቆልዓ ሓጺር ፍቓድ ጽንሓት። ኣንጻር እቲ ምንጻግ መብዛሕትኡ ግዜ ይግባይ ክትብል ትኽእል ኢኻ። 14 መዓልታት ጥራይ ኣለዉኻ፡ ስለዚ ብቕልጡፍ ምስ ጠበቓኻ ተዛረብ። UASC leave ቅድሚ ምውዳኡ ደጊምካ ክትሓትት ኣለካ።
glossary-tribunal-term = Tribunal (ቤት ፍርዲ)
glossary-tribunal-meaning = ድሕሪ ምንጻግ ዳኛ ጉዳይካ ደጊሙ ዝርእየሉ ቤት ፍርዲ።
glossary-pathway-plan-term = Pathway plan (መደብ መንገዲ)
glossary-pathway-plan-meaning = ዓቢ ሰብ ንምዃንን ካብ ክንክን ንምውጻእን ዘለካ መደብ፡ ምስ ውልቃዊ ኣማኻሪኻ ዝዳሎ።
glossary-personal-adviser-term = Personal adviser (ውልቃዊ ኣማኻሪ)
glossary-personal-adviser-meaning = ካብ ክንክን ክትወጽእ ከለኻ ዝሕግዘካ ሰብ። ኣብ ኢንግላንድ (England)፡ ክሳብ 25 ዓመት ክሕግዘካ ይኽእል።
glossary-nrm-term = NRM (ሃገራዊ ኣገባብ ምሕዋል፡ National Referral Mechanism)
glossary-nrm-meaning = ዓዲ እንግሊዝ ነቶም ዝተዘውተሩ ወይ ዝተመዝመዙ ሰባት እትረኽበሉን እትከላኸለሉን መንገዲ።
