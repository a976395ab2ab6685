## Home: the two ways into setting a phone up

home-setup-import = በኃላፊ ሰራተኛህ ኮድ አዘጋጅ
home-setup-import-hint = በአቀባበል ስብሰባው የተሰጠህን ኮድ ስካን አድርግ ወይም ለጥፍ
home-key-worker = የአንድ ወጣት ስልክ ያዘጋጁ
home-key-worker-hint = ለኃላፊ ሰራተኞች እና ለማህበራዊ ሰራተኞች

## Key-worker mode: building a setup at the welcome meeting

kw-title = የአንድ ወጣት ስልክ ያዘጋጁ
kw-intro = ይህንን ከወጣቱ ጋር አብረው ይሙሉ። እዚህ የሚጽፉት ምንም ነገር በዚህ ስልክ ላይ አይቀመጥም፣ ወደ የትም አይላክም፤ ሁሉም የወጣቱ ስልክ ወደሚያነበው ኮድ ይገባል።
kw-language = የወጣቱ ቋንቋ
kw-name = የወጣቱ የመጀመሪያ ስም (አማራጭ)
kw-name-hint = ይህ ስም በሚልካቸው መልእክቶች መጨረሻ ላይ ይጻፋል። በኋላ ሊቀይረው ይችላል።
kw-adults = የሚያምናቸው አዋቂዎች
kw-adults-none = እስካሁን የሚያምነው አዋቂ አልተጨመረም።
kw-adult-add = የሚያምነውን አዋቂ ይጨምሩ
kw-adult-change = { $name }ን ይቀይሩ
kw-adult-remove = { $name }ን ያስወግዱ
kw-area = በአቅራቢያው ላሉ ቦታዎች አካባቢ (አማራጭ)
kw-area-hint = ከተማ ወይም ምክር ቤት (council)፣ ለምሳሌ ብሪስቶል።
kw-plan = የደህንነት እቅድ፣ በጋራ የተስማማችሁበት
kw-plan-hint = መስመሮቹን በተስማማችሁባቸው ቃላት ይጻፉ፤ ከተቻለ በወጣቱ ቋንቋ።
kw-plan-section = የእቅዱ ክፍል
kw-plan-line = መስመር
kw-plan-add = መስመሩን ይጨምሩ
kw-plan-remove = «{ $line }»ን ያስወግዱ
kw-sign = ኮዶቹን በድርጅትዎ ስም ይፈርሙ (አማራጭ)
kw-sign-hint = የድርጅትዎን የፊርማ ቁልፍ ፋይል ይምረጡ። ፋይሉ በዚህ መሳሪያ ላይ ይቆያል፤ ወደ የትም አይላክም።
kw-sign-as = ኮዶቹ በ{ $organisation } ስም ይፈረማሉ።
kw-sign-unknown = ይህ የፊርማ ቁልፍ ለዚህ አካባቢ በዝርዝሩ ውስጥ የለም፤ ስለዚህ በእሱ የተፈረሙ ኮዶች እንዳልተፈረሙ ሆነው ይታያሉ። በአካባቢዎ ሃርበርን የሚያትመውን አካል እንዲጨምረው ይጠይቁ።
kw-sign-bad = ይህ የፊርማ ቁልፍ ፋይል አይደለም። ድርጅትዎ የሰጠዎትን ፋይል ይምረጡ።
kw-make = ኮዱን ይፍጠሩ
kw-code-title = የማዘጋጃ ኮድ
kw-code-alt = በወጣቱ ስልክ ላይ ሃርበርን የሚያዘጋጅ QR ኮድ
kw-code-how = በወጣቱ ስልክ ላይ ካሜራውን ከፍተው ወደዚህ ኮድ ያቅኑት፣ ከዚያም የሚያሳየውን ሊንክ ይክፈቱ። ወይም በስልኩ ላይ ባለው ሃርበር ውስጥ «በኃላፊ ሰራተኛህ ኮድ አዘጋጅ» የሚለውን ይምረጡ።
kw-numbers = እነዚህን { $count } አሃዞች ለወጣቱ ጮክ ብለው ይንገሩት። ስልኩ ኮዱን ካነበበ በኋላ እነዚህን አሃዞች ይጠይቀዋል። አሃዞቹ በኮዱ ውስጥም ሆነ በካርዱ ላይ የሉም፤ ስለዚህ ኮዱ ብቻውን ለሌላ ለማንም ምንም አያሳይም።
kw-code-text = ካሜራው ኮዱን ማንበብ ካልቻለ ለመለጠፍ፣ ኮዱ በጽሑፍ
kw-code-size = QR ስሪት { $version }፣ { $chars } ፊደላት።
kw-expires = ይህ ኮድ ለ{ $days } ቀናት፣ እስከ { $date } ድረስ ይሰራል። ከዚያ በኋላ አዲስ ኮድ ይፍጠሩ።
kw-print = ካርዱን ያትሙ
kw-changed = ኮዱ ከተፈጠረ በኋላ አንድ ነገር ቀይረዋል። ኮዱን እንደገና ይፍጠሩ።
kw-error-name-too-long = ይህ ስም በጣም ረጅም ነው። ቢበዛ { $max } ፊደላት ይጠቀሙ።
kw-error-area-too-long = ይህ በጣም ረጅም ነው። ቢበዛ { $max } ፊደላት ይጠቀሙ።
kw-error-too-many-adults = አንድ ማዘጋጃ ቢበዛ { $max } የሚያምናቸውን አዋቂዎች መያዝ ይችላል።
kw-error-too-many-lines = አንድ ማዘጋጃ ቢበዛ { $max } የእቅድ መስመሮችን መያዝ ይችላል።
kw-error-too-large = ይህ ለአንድ ኮድ በጣም ብዙ ነው። አንዳንድ የእቅድ መስመሮችን ያስወግዱ ወይም ያሳጥሩ፣ ከዚያም እንደገና ይሞክሩ።
kw-error-tools = ኮዱ ሊፈጠር አልቻለም። ግንኙነትዎን አንድ ጊዜ ያረጋግጡ እና እንደገና ይሞክሩ።

## The printed card (in the young person's language, then in English)

card-setup-title = ሃርበር
card-setup-scan = ሃርበርን ለማዘጋጀት ይህን ኮድ በስልክህ ካሜራ ስካን አድርግ። ከዚያም ኃላፊ ሰራተኛህ የሚነግርህን አሃዞች ጻፍ።
card-setup-adults = ልታገኛቸው የምትችላቸው ሰዎች
card-setup-emergency = ድንገተኛ አደጋ (ፖሊስ፣ አምቡላንስ፣ የእሳት አደጋ): 999
card-setup-runaway = ለሸሹ ወጣቶች የእርዳታ መስመር (Runaway Helpline)፣ ነጻ፣ ደውል ወይም መልእክት ላክ: 116 000

## Importing a setup on the young person's phone

import-title = በኃላፊ ሰራተኛህ ኮድ አዘጋጅ
import-intro = ኃላፊ ሰራተኛህ (key worker) ካንተ ጋር አንድ ኮድ ሰርቷል። ሃርበር በዚህ ስልክ ላይ ያነበዋል፤ ወደ የትኛውም ሰርቨር አይልከውም። ሊንኩ በኢንተርኔት ማሰሻህ (web browser) ታሪክ (history) ውስጥ ቢቀርም እንኳ፣ ኃላፊ ሰራተኛህ የሚነግርህ አሃዞች ከሌሉ ኮዱ ምንም አያሳይም።
import-scan = ኮዱን ስካን አድርግ
import-scan-stop = ካሜራውን አቁም
import-scan-looking = ካሜራውን ወደ ኮዱ አቅና…
import-camera-denied = ሃርበር ካሜራውን መጠቀም አይችልም። በምትኩ ኮዱን መለጠፍ ትችላለህ።
import-paste = ወይም ኮዱን ለጥፍ
import-read = ኮዱን አንብብ
import-checking = ኮዱ እየተነበበ ነው…
import-numbers-intro = ሃርበር ኮዱን አንብቦታል። ኮዱን ለመክፈት ኃላፊ ሰራተኛህ የሚነግርህን { $count } አሃዞች ጻፍ።
import-numbers = ከኃላፊ ሰራተኛህ ያገኘሃቸው { $count } አሃዞች
import-open = ኮዱን ክፈት
import-tools-error = ኮዱ ሊረጋገጥ አልቻለም። እንደገና ሞክር።
import-preview-title = ይህ ወደ ሃርበር ይጨመራል
import-preview-hint = ከኃላፊ ሰራተኛህ ጋር አረጋግጠው። «ወደ ሃርበር ጨምር» እስክትነካ ድረስ ምንም ነገር አይቀመጥም።
import-made-by = በ{ $organisation } የተሰራ
import-unsigned = ይህ ኮድ ሃርበር በሚያውቀው ድርጅት አልተፈረመም። አንድ ኃላፊ ሰራተኛ አሁን ካንተ ጋር ካለ ብቻ ጨምረው።
import-language = ቋንቋ: { $language }
import-language-missing = ይህ ማዘጋጃ ሃርበር እስካሁን የሌለውን ቋንቋ ይጠይቃል ({ $code })። ሃርበር በ{ $language } ይቀጥላል።
import-name = በመልእክቶች ውስጥ ያለ ስምህ: { $name }
import-name-kept = በመልእክቶች ውስጥ ያለ ስምህ { $name } ሆኖ ይቆያል።
import-adults = የማምናቸው አዋቂዎች
import-adult-saved = ቀድሞ ተቀምጧል፤ እንዳለ ይቆያል
import-out-of-hours-kept = ከሥራ ሰዓት ውጭ የምታገኘው ሰው { $old } ሆኖ ይቆያል። ይህንን በኋላ በምታምናቸው አዋቂዎች ውስጥ መቀየር ትችላለህ።
import-area = የቦታዎች አካባቢ: { $area }
import-routing-title = «መመለስ እፈልጋለሁ» የሚደርሰው ለማን ነው
import-when-weekday-morning = ከሰኞ እስከ አርብ፣ በ11:00
import-when-weekday-night = ከሰኞ እስከ አርብ፣ በ22:00
import-when-saturday = ቅዳሜ፣ በ14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }። እስካሁን መልእክትህን የሚቀበለው { $before } ነው።
import-any-time = { $name } የተወሰነ ሰዓት የላቸውም። ስለዚህ { $name } መልእክትህን በማንኛውም ጊዜ ይቀበላሉ፤ በምሽት እና በሳምንቱ መጨረሻም ጭምር።
import-routing-changes = ይህ ማዘጋጃ መልእክትህን ማን እንደሚቀበል ይቀይራል። ኃላፊ ሰራተኛህ አሁን ካንተ ጋር ካለ ብቻ ጨምረው።
import-code = የመቆለፊያ ኮድህ
import-plan = የደህንነት እቅድህ
import-confirm = ወደ ሃርበር ጨምር
import-cancel = አሁን አይደለም
import-cancelled = ምንም ነገር አልተጨመረም።
import-done = ሃርበር ተዘጋጅቷል።
import-storage-refused = ስልኩ በቂ ቦታ ከሌለው፣ ይህ የኢንተርኔት ማሰሻ (web browser) ሃርበር የሚያስቀምጠውን ሊሰርዝ ይችላል። የምታምናቸውን አዋቂዎች ስልክ ቁጥሮች ቅጂ ደህንነቱ በተጠበቀ ቦታ አስቀምጥ።
import-done-pin = ሃርበርን አንተ ብቻ እንድትከፍተው የመቆለፊያ ኮድ አስቀምጥ
import-done-home = ወደ መጀመሪያው ሂድ
import-save-error = ሊቀመጥ አልቻለም። ምንም ነገር አልተቀየረም። እንደገና ሞክር።

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = ይህ የሃርበር ማዘጋጃ ኮድ አይደለም።
setup-error-malformed = ይህ ኮድ ትክክል አይደለም። ኃላፊ ሰራተኛህን እንደገና እንዲሰራው ጠይቅ።
setup-error-truncated = የኮዱ ከፊሉ ብቻ ነው የተነበበው። እንደገና ሞክር፣ ወይም ሙሉውን ለጥፍ።
setup-error-too-large = ይህ ኮድ የሃርበር ማዘጋጃ ለመሆን በጣም ትልቅ ነው።
setup-error-newer = ይህ ኮድ የተሰራው በአዲስ የሃርበር ስሪት ነው። ሃርበርን አዘምን፣ ከዚያም እንደገና ሞክር።
setup-error-damaged = ይህ ኮድ ተበላሽቷል። እንደገና ሞክር፣ ወይም ኃላፊ ሰራተኛህን እንደገና እንዲሰራው ጠይቅ።
setup-error-expired = ይህ የማዘጋጃ ኮድ ጊዜው አልፎበታል። ኃላፊ ሰራተኛህን አዲስ ኮድ እንዲሰራ ጠይቅ።
setup-error-numbers = እነዚህ አሃዞች ይህን ኮድ አይከፍቱትም። ከኃላፊ ሰራተኛህ ጋር አረጋግጣቸው፣ ከዚያም እንደገና ጻፋቸው።
setup-error-numbers-incomplete = ኃላፊ ሰራተኛህ የሚነግርህን { $count } አሃዞች በሙሉ ጻፍ።
setup-error-adult = በዚህ ማዘጋጃ ውስጥ ወዳለው የ{ $name } ቁጥር መደወል አይቻልም። ኃላፊ ሰራተኛህን ኮዱን እንደገና እንዲሰራው ጠይቅ።
