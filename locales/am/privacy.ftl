## Quick exit (always on screen; Escape also works on a computer)

quick-exit = በፍጥነት ውጣ
quick-exit-discreet = ዝጋ

## Privacy and safety screen

home-privacy = ግላዊነት እና ደህንነት
home-privacy-hint = ሃርበር የሚያስቀምጠው፣ የመቆለፊያ ኮድ እና በፍጥነት መውጫ
privacy-title = ግላዊነት እና ደህንነት
privacy-kept-title = ሃርበር በዚህ ስልክ ላይ የሚያስቀምጠው
privacy-kept-intro = ይህ ዝርዝር አሁን ከተቀመጠው ነገር የተሰራ ነው።
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = ከዚህ ውስጥ ምንም ነገር ወደ የትም አይላክም። ሃርበር መለያ (account) የለውም። የሚያወርደው ከራሱ ሰርቨር አዲስ መረጃ ብቻ ነው። ለዚህም የአካባቢህን ስም ይልካል፤ ስምህን ወይም ያስቀመጥካቸውን ነገሮች ግን በፍጹም አይልክም።
kept-setting = ቅንብሮች (ቋንቋ፣ በመልእክቶች ውስጥ ያለ ስምህ፣ መቆለፊያ)
kept-question = ለጠበቃህ ወይም ለማህበራዊ ሰራተኛህ ያሉ ጥያቄዎች
kept-contact = የምታምናቸው አዋቂዎች
kept-plan-item = በደህንነት እቅድህ ውስጥ ያሉ መስመሮች
kept-vault = ያስቀመጥካቸው ነገሮች፣ በኮድህ የተቆለፉ
kept-audio-pack = የሃርበርን ጽሑፎች የሚያነቡ የተቀዱ ድምጾች፣ ለ«አዳምጥ» ቁልፍ
kept-damaged = ያስቀመጥካቸው ነገሮች የተበላሹ ቅጂዎች
privacy-damaged = ሃርበር እነዚህን ቅጂዎች ማንበብ አልቻለም፤ ስለዚህ ምንም ነገር ሳይቀመጥ እንደገና ጀምሯል። ሃርበር አንድ ሰው ሊጠግናቸው ቢችል ብሎ አስቀምጧቸዋል። አሁንም የምታምናቸው አዋቂዎች፣ እቅድህ እና ጥያቄዎችህ በውስጣቸው ሊኖሩ ይችላሉ።
privacy-damaged-delete = የተበላሹትን ቅጂዎች ሰርዝ
privacy-server-sees = እንደ ማንኛውም ድረ-ገጽ፣ የሃርበር ሰርቨር የስልክህን የኢንተርኔት አድራሻ እና ሃርበር መቼ አዲስ መረጃ እንደሚያወርድ ማየት ይችላል።
privacy-quick-exit-title = በፍጥነት ውጣ
privacy-quick-exit = በእያንዳንዱ ገጽ ላይ ያለው «በፍጥነት ውጣ» ቁልፍ ሃርበርን ወዲያውኑ ደብቆ ካልኩሌተር ያሳያል። የመመለሻ ቁልፍ ሃርበርን አይመልስም። ስትጽፍ የነበርከው ሁሉ መጀመሪያ ይቀመጣል።

## Discreet mode

privacy-discreet-title = የተደበቀ ሁኔታ
privacy-discreet = በተደበቀ ሁኔታ፣ ሃርበር «ካልኩሌተር» የሚል ስም እና የካልኩሌተር ምልክት (icon) ያሳያል። የመጀመሪያው ገጹ ስለ እርዳታ ወይም ደህንነት ምንም ቃል የለውም። የድረ-ገጹ አድራሻ (web address) አይቀየርም። ከዚህ በፊት በስልክህ መነሻ ገጽ (home screen) ላይ የጨመርከው ምልክት የድሮ ስሙን ይዞ ይቆያል።
privacy-discreet-on = የተደበቀ ሁኔታ ተጠቀም
privacy-discreet-off-code = ሃርበር የመቆለፊያ ኮድ አለው፤ ስለዚህ የተደበቀ ሁኔታን ከማጥፋትህ በፊት ኮዱን እዚህ ጻፍ።
discreet-name = ካልኩሌተር
discreet-open = ክፈት

## Lock code (PIN)

privacy-pin-title = የመቆለፊያ ኮድ
privacy-pin-intro = ሃርበርን ከ4 እስከ 12 አሃዝ ባለው ኮድ መቆለፍ ትችላለህ። ኮዱ ሃርበር ሲከፈት እና ሃርበር ለ2 ደቂቃ ከበስተጀርባ ከቆየ በኋላ ይጠየቃል።
privacy-pin-protects = ኮድ ካለህ፣ የምታምናቸው አዋቂዎች፣ እቅድህ፣ ጥያቄዎችህ እና ቅንብሮችህ በስልኩ ላይ ተቆልፈው ይቀመጣሉ። ያለ ኮዱ ማንም ሊያነባቸው አይችልም፣ ስልክህ በእጁ ቢሆንም እንኳ።
privacy-pin-limits = ኮዱ ስትጽፈው የሚያይህን ሰው፣ ወይም እንድትነግረው የሚያስገድድህን ሰው ሊያስቆም አይችልም። ሃርበር በስልኩ ላይ መኖሩንም አይደብቅም። ለዚህ የተደበቀ ሁኔታ ይረዳል።
privacy-pin-longer = 6 ወይም ከዚያ በላይ አሃዝ ያለው ኮድ ከአጭር ኮድ ይልቅ ለመገመት በጣም ይከብዳል። የልደት ቀንህን አትጠቀም።
privacy-pin-current = አሁን የምትጠቀምበት ኮድ
privacy-pin-change = ኮዱን ቀይር
privacy-pin-forget-warning = ኮዱን ከረሳህ፣ ተመልሰህ ለመግባት ብቸኛው መንገድ በሃርበር ውስጥ ያለውን ሁሉ መሰረዝ ነው። ማንም ሊመልስልህ አይችልም።
privacy-pin-new = አዲስ ኮድ
privacy-pin-confirm = ኮዱን እንደገና ጻፍ
privacy-pin-set = በዚህ ኮድ ቆልፍ
privacy-pin-is-set = ሃርበር በኮድ ተቆልፏል።
privacy-pin-remove = ኮዱን አስወግድ
privacy-pin-saved = ተቀምጧል። ሃርበር ይህን ኮድ ይጠይቃል።
privacy-pin-removed = ኮዱ ተወግዷል።
pin-error-length = ኮዱ ከ4 እስከ 12 አሃዞች ሊኖሩት ይገባል።
pin-error-common = ይህ ኮድ ለመገመት በጣም ቀላል ነው። ሌላ ምረጥ።
pin-error-digits = ከ0 እስከ 9 ያሉ አሃዞችን ብቻ ተጠቀም።
pin-error-mismatch = ሁለቱ ኮዶች አንድ አይደሉም።
pin-error-save = ኮዱ ሊቀመጥ አልቻለም። እባክህ እንደገና ሞክር።

## Lock screen

lock-title = ኮድህን አስገባ
lock-code = ኮድ
lock-open = ክፈት
lock-wrong = ይህ ኮድ ትክክል አይደለም።
lock-wait = በጣም ብዙ ሙከራዎች። ከ{ $seconds } ሰከንድ በኋላ እንደገና ሞክር።
lock-forgot = ኮዱን ረሳኸው?
lock-forgot-explain = ያለ ኮዱ፣ ለመግባት ብቸኛው መንገድ በሃርበር የተቀመጠውን ሁሉ መሰረዝ ነው፤ የምታምናቸው አዋቂዎች፣ እቅድህ፣ ጥያቄዎችህ እና ቅንብሮች።

## Delete everything

privacy-wipe-title = ሁሉንም ሰርዝ
privacy-wipe = ይህ ሃርበር በዚህ ስልክ ላይ ያስቀመጠውን ሁሉ ይሰርዛል፤ የምታምናቸው አዋቂዎች፣ የደህንነት እቅድህ፣ ጥያቄዎችህ እና ቅንብሮችህ። ሃርበር እንደ አዲስ ይሆናል። ይህ ሊቀለበስ አይችልም።
privacy-wipe-button = ሁሉንም ሰርዝ
privacy-wipe-confirm = እርግጠኛ ነህ? ሁሉም ነገር ይሰረዛል።
privacy-wipe-yes = አዎ፣ ሁሉንም ሰርዝ
privacy-wipe-no = አይ፣ ይቆይ
privacy-wipe-failed = ሃርበር ሁሉንም ነገር መሰረዝ አልቻለም። ሃርበርን ዝጋው፣ ከዚያም እንደገና ክፈተው፣ እና አንድ ጊዜ ደግመህ ሞክር።
privacy-outside = ሃርበር ከራሱ ውጭ የተቀመጠውን መሰረዝ አይችልም። ከሃርበር የምትጀምራቸው መልእክቶች እና ጥሪዎች በስልክህ የመልእክቶች መተግበሪያ (Messages) እና በጥሪዎችህ ዝርዝር ውስጥ ይቀራሉ። የኢንተርኔት ማሰሻህ (web browser) ታሪክ (history) እና የስልክህ ኪቦርድ (keyboard) ደግሞ አንዳንድ ነገሮችን ሊያስታውሱ ይችላሉ። ካስፈለገህ እዚያ ሰርዛቸው።
