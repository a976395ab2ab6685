## App shell

app-name = ሃርበር
nav-back = ተመለስ

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = ይህ ገጽ በሃርበር ውስጥ የለም
error-not-found = ሃርበር በዚህ አድራሻ ምንም ገጽ የለውም። ያስቀመጥካቸው ነገሮች ደህና ናቸው።
error-generic-title = የሆነ ችግር ተፈጥሯል
error-generic = ይህ የሃርበር ክፍል አልሰራም። ያስቀመጥካቸው ነገሮች ደህና ናቸው።
error-go-home = ወደ መጀመሪያው ሂድ
error-stopped = ሃርበር መስራት አቁሟል። ዝጋው፣ ከዚያም እንደገና ክፈተው። አደጋ ላይ ከሆንክ ወደ 999 ደውል።

## Home

home-title = ሃርበር
home-intro = በቋንቋህ እርዳታ እና መረጃ። ያለ ኢንተርኔት ይሰራል።
home-menu = ክፍሎች
home-numbers = የእርዳታ ቁጥሮች
home-numbers-hint = ሊረዳህ ለሚችል ሰው ደውል ወይም መልእክት ላክ
home-language = ቋንቋ
home-language-hint = የዚህን መተግበሪያ ቋንቋ ምረጥ

## Language picker

language-title = ቋንቋህን ምረጥ
language-intro = ይህንን በማንኛውም ጊዜ መቀየር ትችላለህ።

## Translation status

translation-draft-label = ስለዚህ ትርጉም
translation-draft = ረቂቅ ትርጉም — እስካሁን በተርጓሚ አልተረጋገጠም።

## Problems with saved data

store-error-too-new = ይህ የሃርበር ስሪት በዚህ ስልክ ላይ ከተቀመጠው መረጃ ያረጀ ነው። የተቀመጠው መረጃህ ደህና ነው፣ አልተቀየረም፣ ነገር ግን ሃርበር እስኪዘመን ድረስ አዲስ ነገር ሊቀመጥ አይችልም።
store-error-corrupt = የተቀመጠው መረጃህ ሊነበብ አልቻለም። ሃርበር ቅጂውን ወደ ጎን አስቀምጦ እንደገና ጀምሯል። ምንም ነገር አልተሰረዘም።
store-error-unavailable = ሃርበር አሁን በዚህ መሳሪያ ላይ ምንም ነገር ማስቀመጥ አይችልም። መጠቀም ትችላለህ፣ ነገር ግን ስትዘጋው ለውጦችህ ይጠፋሉ።
content-error-invalid = ይህ መረጃ ሊጫን አልቻለም። እባክህ ኃላፊ ሰራተኛህን (key worker) ሃርበርን እንዲያዘምን ጠይቅ።
home-about = ስለ ሃርበር
home-about-hint = ግላዊነት፣ እና ይህን ትርጉም ማን እንደሰራው

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = አስቀድሞ ተከፍቷል
other-tab-text = ይህ መተግበሪያ አስቀድሞ በሌላ ታብ (tab) ወይም መስኮት ተከፍቷል። ያንን ተጠቀም፣ ወይም ዝጋውና ከዚያ «እንደገና ሞክር» የሚለውን ንካ።
other-tab-retry = እንደገና ሞክር
wipe-unfinished = ይህ መተግበሪያ በሌላ ታብ (tab) ወይም መስኮት ስለተከፈተ ገና ሁሉም ነገር አልተሰረዘም። እዚያ ዝጋውና ከዚያ «እንደገና ሞክር» የሚለውን ንካ።

## Language picker: search and translation status

language-search = ቋንቋ ፈልግ
language-no-match = ከፍለጋህ ጋር የሚዛመድ ቋንቋ የለም።
language-your-phone = የስልክህ ቋንቋ
language-status-draft = ረቂቅ ትርጉም — እስካሁን በተርጓሚ አልተረጋገጠም።
language-status-checked = በተርጓሚ ተረጋግጧል።
language-status-partly = በከፊል በተርጓሚ ተረጋግጧል፦ እስካሁን { $percent }%።
reading-title = በስልክህ ላይ ማንበብ
reading-large = ትልቅ ጽሑፍ እና ግልጽ ቀለሞች
reading-large-hint = በእያንዳንዱ ገጽ ላይ ትልልቅ ፊደላት እና ደማቅ ቀለሞች።
listen-start = አዳምጥ
listen-pause = ለአፍታ አቁም
listen-resume = ቀጥል
listen-stop = አቁም
listen-phone-voice = የሚያነበው የስልክህ ድምጽ ነው።
listen-no-voice = ለዚህ ቋንቋ ({ $language }) እስካሁን የተቀዳ ድምጽ ወይም የስልክ ድምጽ የለም።
listen-recorded = የሚያነበው በሰው የተቀዳ ድምጽ ነው።
listen-recorded-machine = የሚያነበው በኮምፒውተር ድምጽ የተቀዳ የሙከራ ድምጽ ነው፤ ሰው አይደለም።
audio-title = የተቀዱ ድምጾች
audio-intro = የሃርበር ጽሑፎች በሰው ድምጽ ተነበው ተቀድተዋል። የሚወርዱት ስትጠይቅ ብቻ ነው፤ ስለዚህ ከቻልክ Wi-Fi ተጠቀም።
audio-none = ለዚህ ቋንቋ ({ $language }) እስካሁን የተቀዱ ድምጾች የሉም።
audio-size = { $megabytes } MB
audio-offered = በሰዎች የተቀዱ ድምጾች፦ { $size }
audio-offered-machine = በኮምፒውተር ድምጽ የተቀዱ የሙከራ ድምጾች፦ { $size }
audio-download = የተቀዱ ድምጾችን አውርድ (ቋንቋ፦ { $language }) — { $size }
audio-downloading = የተቀዱ ድምጾችን በማውረድ ላይ…
audio-kept = የተቀዱ ድምጾች (ቋንቋ፦ { $language }) በዚህ ስልክ ላይ አሉ ({ $size })። «አዳምጥ»ን ስትጫን ያለ ኢንተርኔት ትሰማቸዋለህ።
audio-remove = የተቀዱ ድምጾችን ሰርዝ
audio-removed = የተቀዱ ድምጾች ከዚህ ስልክ ተሰርዘዋል።
audio-error-offline = የሃርበር ሰርቨር ሊገኝ አልቻለም። ምንም ነገር አልተቀየረም።
audio-error-server = የሃርበር ሰርቨር የተቀዱ ድምጾችን አልላከም (ስህተት { $status })። ምንም ነገር አልተቀየረም።
audio-error-refused = የተቀዱ ድምጾች የተበላሹ ስለነበሩ ወይም በሃርበር ስላልተፈረሙ ተቀባይነት አላገኙም። ምንም ነገር አልተቀየረም።
audio-error-format = እነዚህ የተቀዱ ድምጾች አዲስ የሃርበር ስሪት ያስፈልጋቸዋል። ምንም ነገር አልተቀየረም።
audio-error-locale = እነዚህ የተቀዱ ድምጾች ለሌላ ቋንቋ ስለሆኑ ተቀባይነት አላገኙም። ምንም ነገር አልተቀየረም።
audio-error-size = የተቀዱ ድምጾች ሃርበር ከተነገረው በላይ ትልቅ ስለነበሩ ማውረዱ ቆሟል። ምንም ነገር አልተቀየረም።

## About screen

about-title = ስለ ሃርበር
about-intro = ሃርበር በቋንቋህ እርዳታ እና መረጃ ይሰጥሃል። ያለ ኢንተርኔት ይሰራል።
about-privacy-title = ግላዊነትህ
about-privacy = ሃርበር መለያ (አካውንት) የለውም። የምታስቀምጠው ሁሉ በዚህ ስልክ ላይ ይቆያል። ሃርበር አዲስ መረጃ ሲፈልግ የሚልከው የአካባቢህን ስም ብቻ ነው።
about-facts = በሃርበር ውስጥ ያለው መረጃ ከይፋዊ ምንጮች፣ ከበጎ አድራጎት ድርጅቶች እና ከህግ መመሪያዎች የመጣ ነው። እያንዳንዱ ገጽ መረጃው ለመጨረሻ ጊዜ መቼ እንደተረጋገጠ ይናገራል። ህጎች ሊቀየሩ ይችላሉ፦ የመጨረሻው ቃል የጠበቃህ ወይም የማህበራዊ ሰራተኛህ ነው።
about-translation-title = ይህ ትርጉም
about-translation-language = ቋንቋ፦ { $language }
about-produced-source = ይህ ዋናው ጽሑፍ ነው። ትርጉሞች ከዚህ ይሰራሉ።
about-produced-ai-draft = ይህ ትርጉም በኮምፒውተር ፕሮግራም (AI) እንደ ረቂቅ ተጽፏል።
about-produced-translator = ይህ ትርጉም በተርጓሚ ተሰርቷል።
about-checked-by = ያረጋገጠው፦ { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $month } { $day } ቀን { $year }
date-month-1 = ጃንዩዌሪ
date-month-2 = ፌብሩዌሪ
date-month-3 = ማርች
date-month-4 = ኤፕሪል
date-month-5 = ሜይ
date-month-6 = ጁን
date-month-7 = ጁላይ
date-month-8 = ኦገስት
date-month-9 = ሴፕቴምበር
date-month-10 = ኦክቶበር
date-month-11 = ኖቬምበር
date-month-12 = ዲሴምበር
date-weekday-1 = ሰኞ
date-weekday-2 = ማክሰኞ
date-weekday-3 = ረቡዕ
date-weekday-4 = ሐሙስ
date-weekday-5 = ዓርብ
date-weekday-6 = ቅዳሜ
date-weekday-7 = እሑድ
