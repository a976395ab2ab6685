## Home: the way into places near the young person

home-places = በአቅራቢያዬ ያሉ ቦታዎች
home-places-hint = ያለ ቀጠሮ የሚገባባቸው ማዕከላት (drop-in)፣ የወጣቶች ክበቦች እና እርዳታ፣ ከሥራ ሰዓታቸው ጋር

## The list of places

places-title = በአቅራቢያዬ ያሉ ቦታዎች
places-example = እነዚህ የምሳሌ ቦታዎች ብቻ ናቸው፤ እስካሁን እውነተኛ ቦታዎች አይደሉም። በአካባቢህ ያሉ ቦታዎች መቼ እንደሚጨመሩ ኃላፊ ሰራተኛህ (key worker) ሊነግርህ ይችላል።
places-search = ቦታዎችን ፈልግ
places-category = የቦታው ዓይነት
places-category-all = ሁሉም ዓይነቶች
places-category-drop-in = ያለ ቀጠሮ የሚገባበት ማዕከል (drop-in)
places-category-youth-club = የወጣቶች ክበብ
places-category-cultural-centre = ማህበረሰብ እና ባህል
places-category-worship = የአምልኮ ቦታ
places-category-legal-advice = የህግ ምክር
places-category-health = ጤና
places-category-food = ምግብ
places-category-other = ሌላ እርዳታ
places-open-now = አሁን ክፍት
places-free = ነጻ የሆኑትን ብቻ
places-language = የሚነገር ቋንቋ
places-language-any = ማንኛውም ቋንቋ
places-found = የተገኙ ቦታዎች፦ { $count }
places-none = ከፍለጋህ ጋር የሚዛመድ ቦታ የለም። አንዳንድ ምርጫዎችን አስወግደህ እንደገና ሞክር።
places-show-more = ተጨማሪ ቦታዎችን አሳይ
places-distance = { $km } ኪሎ ሜትር ርቀት ላይ
places-share-location = ቦታዎቹ ምን ያህል እንደሚርቁ አሳይ
places-share-location-hint = ሃርበር ያለህበትን ቦታ የሚጠቀመው በዚህ ስልክ ላይ ብቻ ነው። አያስቀምጠውም፣ ወደ የትም አይልከውም።
places-location-failed = ያለህበት ቦታ ሊገኝ አልቻለም። ቦታዎቹ ያለ ርቀት ይታያሉ።

## When a place is open

places-open-until = አሁን ክፍት ነው፣ እስከ { $time }
places-opens-today = ዝግ ነው። ዛሬ በ{ $time } ይከፈታል
places-opens-tomorrow = ዝግ ነው። ነገ በ{ $time } ይከፈታል
places-opens-day = ዝግ ነው። { $day } በ{ $time } ይከፈታል
places-opens-date = ዝግ ነው። { $date } በ{ $time } ይከፈታል
places-closed = ዝግ ነው
places-hours-unknown = የሥራ ሰዓቱ አይታወቅም

## One place's page

place-back = ሁሉም ቦታዎች
place-not-found = ይህ ቦታ ከእንግዲህ በሃርበር ዝርዝር ውስጥ የለም።
place-hours = የሥራ ሰዓት
place-hours-line = { $when }: ከ{ $opens } እስከ { $closes }
place-when-fortnightly = { $days }፣ በየሁለት ሳምንቱ
place-when-every-weeks = { $days }፣ በየ{ $count } ሳምንቱ
place-when-nth = የወሩ { $nth } { $day }
place-when-month-days = የወሩ { $days } ቀን
place-when-last-day = የወሩ የመጨረሻው ቀን
place-nth-1 = የመጀመሪያው
place-nth-2 = ሁለተኛው
place-nth-3 = ሦስተኛው
place-nth-4 = አራተኛው
place-nth-5 = አምስተኛው
place-nth-last = የመጨረሻው
place-nth-second-last = ከመጨረሻው በፊት ያለው
place-hours-from = ከ{ $date } ጀምሮ
place-hours-to = እስከ { $date } ድረስ
place-address = አድራሻ
place-directions = የመሄጃ መንገድ አሳይ
place-directions-hint = የካርታ መተግበሪያ ወይም ድረ-ገጽ ይከፍታል።
place-call = ወደ { $number } ደውል
place-website = ድረ-ገጽ
place-web-address = ድረ-ገጽ (ደህንነቱ የተጠበቀ ሊንክ ስላልሆነ ሃርበር አይከፍተውም)፦ { $address }
place-languages = የሚነገሩ ቋንቋዎች
place-free = ነጻ
place-costs = ክፍያ ሊኖር ይችላል። ከመሄድህ በፊት ጠይቅ።
place-ages = ዕድሜ ከ{ $min } እስከ { $max } ዓመት
place-age-min = ዕድሜ { $min } ዓመት እና ከዚያ በላይ
place-age-max = ዕድሜ እስከ { $max } ዓመት

## Updating places and numbers

places-updated = የ{ $date } ቦታዎች እና የእርዳታ ቁጥሮች
places-update = አዲስ ቦታዎችን እና ቁጥሮችን ፈልግ
places-update-hint = ይህ ለአካባቢህ የቅርብ ጊዜውን ዝርዝር ከሃርበር ሰርቨር ይጠይቃል። የሚላከው የአካባቢህ ስም ብቻ ነው። ስምህ እና ያስቀመጥካቸው ነገሮች በፍጹም አይላኩም።
places-update-checking = በመፈለግ ላይ…
places-update-done = ተዘምኗል። አሁን በሃርበር ውስጥ ያሉ ቦታዎች፦ { $count }።
places-update-same = የቅርብ ጊዜዎቹ ቦታዎች እና ቁጥሮች ቀድሞውኑ አሉህ።
places-update-offline = የሃርበር ሰርቨር ሊገኝ አልቻለም። ቦታዎችህ እና ቁጥሮችህ እንደነበሩ ይቆያሉ።
places-update-server = የሃርበር ሰርቨር ማሻሻያ አልላከም (ስህተት { $status })። ቦታዎችህ እና ቁጥሮችህ እንደነበሩ ይቆያሉ።
pack-error-not-pack = የመጣው ማሻሻያ የሃርበር ዝርዝር አልነበረም። ምንም ነገር አልተቀየረም።
pack-error-signature = የመጣው ማሻሻያ በሃርበር ስላልተፈረመ ተቀባይነት አላገኘም። ምንም ነገር አልተቀየረም።
pack-error-damaged = የመጣው ማሻሻያ የተበላሸ ስለነበረ ተቀባይነት አላገኘም። ምንም ነገር አልተቀየረም።
pack-error-format = ይህ ማሻሻያ አዲስ የሃርበር ስሪት ያስፈልገዋል። ምንም ነገር አልተቀየረም።
pack-error-older = የመጣው ማሻሻያ ካለህ ዝርዝር የቆየ ስለነበረ ተቀባይነት አላገኘም። ምንም ነገር አልተቀየረም።
pack-error-area = የመጣው ማሻሻያ ለሌላ አካባቢ ስለነበረ ተቀባይነት አላገኘም። ምንም ነገር አልተቀየረም።
kept-content-pack = የአካባቢህ ቦታዎች እና የእርዳታ ቁጥሮች
