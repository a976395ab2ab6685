## Home: the come-back control and the safety plan

home-come-back = መመለስ እፈልጋለሁ
home-come-back-more = ሌሎች መንገዶች: ደውል፣ ያለሁበትን ቦታ ንገር፣ ወይም ደህና መሆኔን ንገር
home-danger = አደጋ ላይ ነህ? ወደ 999 ደውል
home-plan = የደህንነት እቅዴ
home-plan-hint = የሚረዳህ ነገር፣ እና እንዴት ደህና እንደምትሆን

## Come-back screen

comeback-title = መመለስ እፈልጋለሁ
comeback-welcome = መጥፋት ወንጀል አይደለም። ሰዎች ደህና እንድትሆን እና እንድትመለስ ይፈልጋሉ።
comeback-will-reach = መልእክትህ የሚደርሰው ለ
comeback-reach-until = { $name } — { $role } — እስከ { $until }
comeback-reach-any-time = { $name } — { $role } — በማንኛውም ጊዜ
comeback-reach-out-of-hours = { $name } — { $role } — ከሥራ ሰዓት ውጭ
comeback-reach-helpline = ለሸሹ ወጣቶች የእርዳታ መስመር (Runaway Helpline) — 116 000 — ነጻ፣ ደውል ወይም መልእክት ላክ
comeback-why-out-of-hours = የምታምናቸው ሌሎች አዋቂዎች በዚህ ሰዓት አይሠሩም።
comeback-why-nobody-now = ከምታምናቸው አዋቂዎች አንዳቸውም በዚህ ሰዓት አይሠሩም፤ ስለዚህ መልእክትህ ወደ Runaway Helpline (ለሸሹ ወጣቶች የእርዳታ መስመር) ይሄዳል። መልእክት ሊያደርሱልህ ይችላሉ።
comeback-why-nobody-added = እስካሁን የምታምነውን አዋቂ አልጨመርክም፤ ስለዚህ መልእክትህ ወደ Runaway Helpline (ለሸሹ ወጣቶች የእርዳታ መስመር) ይሄዳል። መልእክት ሊያደርሱልህ ይችላሉ።
comeback-send = ለ{ $name } መልእክት ላክ
comeback-send-helpline = ለሸሹ ወጣቶች የእርዳታ መስመር መልእክት ላክ
comeback-call = በምትኩ ደውል
comeback-safe-title = ለመመለስ ገና ዝግጁ አይደለህም?
comeback-safe-explain = ቢሆንም ደህና መሆንህን ለአንድ ሰው መንገር ትችላለህ። ግንኙነት መቀጠልህ ሰዎች ደህና መሆንህን እንዲያውቁ ይረዳል።
comeback-safe-send = ደህና ነኝ፣ ግን ለመመለስ ገና ዝግጁ አይደለሁም
comeback-call-only = ይህ ቁጥር የጽሑፍ መልእክት መቀበል አይችልም። ለ{ $name } ለመደወል ንካ።
comeback-message-title = መልእክትህ
comeback-add-location = ያለሁበትን ቦታ ጨምር
comeback-remove-location = ያለሁበትን ቦታ አውጣ
comeback-location-finding = ያለህበትን ቦታ እየፈለግን ነው…
comeback-location-added = ያለህበት ቦታ አሁን በመልእክቱ ውስጥ አለ። ሃርበር አያስቀምጠውም፤ ነገር ግን የስልክህ የመልእክቶች መተግበሪያ (Messages) የላክኸውን ቅጂ ያስቀምጣል።
comeback-location-unavailable = ስልክህ ያለህበትን ቦታ አልነገረም። መልእክትህ ያለ እሱ ይላካል።
comeback-danger = አደጋ ላይ ከሆንክ ወደ 999 ደውል
comeback-help-now = አሁን እርዳታ ከፈለግክ ወደ 999 ደውል
comeback-helpline-closed-until = የእርዳታ መስመሩ አሁን ዝግ ነው። በ{ $time } ይከፈታል።
comeback-helpline-closed = የእርዳታ መስመሩ አሁን ዝግ ነው።
comeback-helpline-unknown = የእርዳታ መስመሩ አሁን ላይመልስ ይችላል። በሌሊት እስከ ጠዋት ድረስ ዝግ ሊሆን ይችላል።
comeback-trace = የስልክህ የመልእክቶች መተግበሪያ (Messages) የላክኸውን ቅጂ ያስቀምጣል። ስልክህም የጥሪዎችህን ዝርዝር ያስቀምጣል።
comeback-manage = የማምናቸው አዋቂዎች
comeback-manage-hint = ልታገኛቸው የምትችላቸውን ሰዎች ጨምር፣ ቀይር ወይም አስወግድ
comeback-when-back = ስመለስ ምን ይሆናል
comeback-staying-safe = ደህና መሆን

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = ሰላም { $name }።
sms-greeting-helpline = ሰላም።
sms-body = መመለስ እፈልጋለሁ። ሊረዱኝ ይችላሉ?
sms-body-safe = ደህና ነኝ፣ ግን ለመመለስ ገና ዝግጁ አይደለሁም። መገናኘታችንን መቀጠል እፈልጋለሁ።
sms-signed = ከ{ $name }።
sms-location = አሁን ያለሁበት ቦታ: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = ማህበራዊ ሰራተኛ
role-personal-adviser = የግል አማካሪ (personal adviser)
role-key-worker = ኃላፊ ሰራተኛ (key worker)
role-foster-carer = ተንከባካቢ ቤተሰብ (foster carer)
role-support-worker = የድጋፍ ሰራተኛ (support worker)
role-guardian = ሞግዚት (guardian)
role-emergency-duty-team = የምክር ቤቱ የአደጋ ጊዜ ቡድን
role-other = የማምነው ሰው
role-your-social-worker = ማህበራዊ ሰራተኛህ
role-your-personal-adviser = የግል አማካሪህ
role-your-key-worker = ኃላፊ ሰራተኛህ
role-your-foster-carer = ተንከባካቢ ቤተሰብህ
role-your-support-worker = የድጋፍ ሰራተኛህ
role-your-guardian = ሞግዚትህ
role-your-emergency-duty-team = የምክር ቤቱ የአደጋ ጊዜ ቡድን
role-your-other = የምታምነው ሰው

## Trusted adults screen

adults-title = የማምናቸው አዋቂዎች
adults-intro = መመለስ ስትፈልግ ልታገኛቸው የምትችላቸው ሰዎች። ይህ ዝርዝር በዚህ ስልክ ላይ ይቆያል።
adults-empty = እስካሁን ማንንም አልጨመርክም።
adults-add = የምታምነውን አዋቂ ጨምር
adults-edit = { $name }ን ቀይር
adults-remove = { $name }ን አስወግድ
adults-remove-confirm = { $name }ን ከምታምናቸው አዋቂዎች ማስወገድ ትፈልጋለህ?
adults-remove-yes = አዎ፣ አስወግድ
adults-keep = አይ፣ ይቆይ
adults-phone = ስልክ: { $number }
adults-hours-any-time = በማንኛውም ጊዜ ልታገኛቸው ትችላለህ።
adults-out-of-hours-badge = ከሥራ ሰዓት ውጭ የሚገኝ
adults-speaks = የሚናገሩት: { $languages }
adults-signature-title = በመልእክቶች ውስጥ ያለ ስምህ
adults-signature-hint = መልእክቶችህ በዚህ ስም ያበቃሉ። ከፈለግክ ባዶ ተወው።
adults-signature-save = ስሜን አስቀምጥ
adults-saved = ተቀምጧል።

## Trusted adult form

adult-new-title = የምታምነውን አዋቂ ጨምር
adult-edit-title = የምታምነውን አዋቂ ቀይር
adult-name = ስም
adult-role = ማን ናቸው
adult-phone = ስልክ ቁጥር
adult-phone-hint = እንደ 07700 900123 ያለ የዩናይትድ ኪንግደም ቁጥር፣ ወይም በ + የሚጀምር የሌላ ሀገር ቁጥር።
adult-hours = መቼ ልታገኛቸው ትችላለህ (የዩናይትድ ኪንግደም ሰዓት)
adult-hours-hint = በማንኛውም ጊዜ ልታገኛቸው ከቻልክ ይህን ባዶ ተወው።
adult-hours-add = ሰዓቶች ጨምር
adult-hours-remove = እነዚህን ሰዓቶች አስወግድ
adult-hours-from = ከ
adult-hours-to = እስከ
adult-hours-days = ቀኖች
adult-languages = የሚናገሯቸው ቋንቋዎች
adult-languages-hint = መልእክትህ መጀመሪያ በቋንቋቸው፣ ከዚያም በቋንቋህ ይጻፋል። ምንም ካልተመረጠ እንግሊዝኛ ጥቅም ላይ ይውላል።
adult-out-of-hours = ይህ ከሥራ ሰዓት ውጭ የማገኘው ሰው ነው
adult-out-of-hours-hint = ለምሽት፣ ለሌሊት እና ለሳምንቱ መጨረሻ፤ ለምሳሌ ተንከባካቢህ፣ ወይም የምክር ቤቱ የአደጋ ጊዜ ቡድን። አንድ ብቻ ሊኖርህ ይችላል፤ ይህን ሰው መምረጥ የቀድሞውን ይተካል።
adult-save = አስቀምጥ
adult-cancel = ይቅር

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = እባክህ ስማቸውን ጻፍ።
adult-error-name-too-long = ይህ ስም በጣም ረጅም ነው። ቢበዛ { $max } ፊደላት ተጠቀም።
adult-error-phone-empty = እባክህ የስልክ ቁጥራቸውን ጻፍ።
adult-error-phone-not-a-number = ይህ የስልክ ቁጥር አይደለም። አሃዞችን፣ ክፍተቶችን እና በመጀመሪያ + ብቻ ተጠቀም።
adult-error-phone-invalid = ወደዚህ ቁጥር መደወል አይቻልም። እባክህ አሃዞቹን አረጋግጥ። የዩናይትድ ኪንግደም ሞባይል ቁጥር 11 አሃዞች አሉት፣ በ 07 ይጀምራል።
adult-error-phone-costly = ወደዚህ ቁጥር መደወል በጣም ውድ ነው፣ ወይም ጥሪው ወደ ሌላ ስልክ ይተላለፋል። ሃርበር እንደዚህ ያሉ ቁጥሮችን ማስቀመጥ አይችልም። የዩናይትድ ኪንግደም ሞባይል ቁጥር በ 07 ይጀምራል፤ በ 070 ግን አይጀምርም።
hours-error-no-day = ቢያንስ አንድ ቀን ምረጥ።
hours-error-time = ሰዓቱን እንዲህ ጻፍ: 09:00።
hours-error-same-time = የመጀመሪያው እና የመጨረሻው ሰዓት አንድ ነው።
adults-error-save = ሊቀመጥ አልቻለም። እባክህ እንደገና ሞክር።

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = በየቀኑ
hours-weekdays = ከሰኞ እስከ አርብ
hours-weekend = ቅዳሜ እና እሁድ
hours-day-list = { $first }፣ { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = ሃርበር ያስቀመጥካቸውን የምታምናቸውን አዋቂዎች ማንበብ አልቻለም፤ ስለዚህ መልእክትህ ወደ Runaway Helpline (ለሸሹ ወጣቶች የእርዳታ መስመር) ይሄዳል። መልእክት ሊያደርሱልህ ይችላሉ።
adults-unreadable = ሃርበር ካስቀመጥካቸው የምታምናቸው አዋቂዎች አንዳንዶቹን ማንበብ አልቻለም። ዝርዝሩን ተመልከት፣ የጎደለ ሰው ካለም ጨምር።
