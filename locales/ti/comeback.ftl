## Home: the come-back control and the safety plan

home-come-back = ክምለስ እደሊ እየ
home-come-back-more = ካልኦት መንገድታት: ደውል፡ ዘለኽዎ ቦታ ንገር፡ ወይ ውሑስ ምዃነይ ንገር
home-danger = ኣብ ሓደጋ ዲኻ? ናብ 999 ደውል
home-plan = ውጥን ድሕንነተይ
home-plan-hint = ዝሕግዘካን ብኸመይ ውሑስ ትጸንሕን

## Come-back screen

comeback-title = ክምለስ እደሊ እየ
comeback-welcome = ጠፊእካ ምኻድ ገበን ኣይኮነን። ሰባት ውሑስ ክትኮንን ክትምለስን ይደልዩ።
comeback-will-reach = መልእኽትኻ ናብዚ ክበጽሕ እዩ
comeback-reach-until = { $name } — { $role } — ክሳብ { $until }
comeback-reach-any-time = { $name } — { $role } — ኣብ ዝኾነ እዋን
comeback-reach-out-of-hours = { $name } — { $role } — ካብ ሰዓታት ስራሕ ወጻኢ
comeback-reach-helpline = መስመር ሓገዝ ንዝሃደሙ (Runaway Helpline) — 116 000 — ብነጻ፡ ደውል ወይ መልእኽቲ ስደድ
comeback-why-out-of-hours = እቶም ካልኦት እትኣምኖም ዓበይቲ ኣብዚ እዋን ኣይሰርሑን እዮም።
comeback-why-nobody-now = ካብቶም እትኣምኖም ዓበይቲ ሓደ እኳ ኣብዚ እዋን ኣይሰርሕን፡ ስለዚ መልእኽትኻ ናብ መስመር ሓገዝ ንዝሃደሙ ይኸይድ። ንዓኻ ኢሎም መልእኽቲ ከመሓላልፉ ይኽእሉ።
comeback-why-nobody-added = ገና እትኣምኖ ዓቢ ሰብ ኣይወሰኽካን፡ ስለዚ መልእኽትኻ ናብ መስመር ሓገዝ ንዝሃደሙ ይኸይድ። ንዓኻ ኢሎም መልእኽቲ ከመሓላልፉ ይኽእሉ።
comeback-send = ናብ { $name } መልእኽቲ ስደድ
comeback-send-helpline = ናብ መስመር ሓገዝ ንዝሃደሙ መልእኽቲ ስደድ
comeback-call = ኣብ ክንድኡ ደውል
comeback-safe-title = ክትምለስ ገና ድሉው ኣይኮንካን?
comeback-safe-explain = ውሑስ ምዃንካ ግን ንሰብ ክትነግር ትኽእል ኢኻ። ርክብ ምቕጻልካ ሰባት ደሓን ምዃንካ ንኽፈልጡ ይሕግዝ።
comeback-safe-send = ውሑስ እየ፡ ግን ገና ክምለስ ድሉው ኣይኮንኩን
comeback-call-only = እዚ ቁጽሪ መልእኽቲ ጽሑፍ ክቕበል ኣይክእልን። ናብ { $name } ክትድውል ጠውቕ።
comeback-message-title = መልእኽትኻ
comeback-add-location = ዘለኽዎ ቦታ ወስኽ
comeback-remove-location = ዘለኽዎ ቦታ ኣውጽእ
comeback-location-finding = ዘለኻዮ ቦታ ንደሊ ኣለና…
comeback-location-added = ዘለኻዮ ቦታ ሕጂ ኣብቲ መልእኽቲ ኣሎ። ሃርበር ኣይዕቅቦን፡ ግን ኣፕ መልእኽትታት (Messages) ናይ ስልክኻ ቅዳሕ ናይቲ ዝሰደድካዮ ይዕቅብ።
comeback-location-unavailable = ስልክኻ ዘለኻዮ ቦታ ኣይነገረን። መልእኽትኻ ብዘይኡ ክኸይድ እዩ።
comeback-danger = ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል
comeback-help-now = ሕጂ ሓገዝ እንተደሊኻ፡ ናብ 999 ደውል
comeback-helpline-closed-until = መስመር ሓገዝ ሕጂ ዕጹው እዩ። ኣብ { $time } ይኽፈት።
comeback-helpline-closed = መስመር ሓገዝ ሕጂ ዕጹው እዩ።
comeback-helpline-unknown = መስመር ሓገዝ ሕጂ ከይምልስ ይኽእል። ለይቲ ክሳብ ንግሆ ዕጹው ክኸውን ይኽእል።
comeback-trace = ኣፕ መልእኽትታት (Messages) ናይ ስልክኻ ቅዳሕ ናይቲ ዝሰደድካዮ ይዕቅብ። ስልክኻ ድማ ዝርዝር ጻውዒታትካ ይዕቅብ።
comeback-manage = ዝኣምኖም ዓበይቲ
comeback-manage-hint = ክትረኽቦም እትኽእል ሰባት ወስኽ፡ ቀይር ወይ ኣውጽእ
comeback-when-back = ምስ ተመለስኩ እንታይ ይኸውን
comeback-staying-safe = ውሑስ ምጽናሕ

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = ሰላም { $name }።
sms-greeting-helpline = ሰላም።
sms-body = ክምለስ እደሊ እየ። ክትሕግዙኒ ትኽእሉ ዲኹም?
sms-body-safe = ውሑስ እየ፡ ግን ገና ክምለስ ድሉው ኣይኮንኩን። ርክብና ክቕጽል እደሊ እየ።
sms-signed = ካብ { $name }።
sms-location = ሕጂ ዘለኽዎ ቦታ: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = ማሕበራዊ ሰራሕተኛ
role-personal-adviser = ውልቃዊ ኣማኻሪ (personal adviser)
role-key-worker = ሓላፊ ሰራሕተኛ (key worker)
role-foster-carer = ኣላዪት ስድራ (foster carer)
role-support-worker = ሰራሕተኛ ደገፍ (support worker)
role-guardian = ሞግዚት (guardian)
role-emergency-duty-team = ናይ ህጹጽ ግዜ ጉጅለ ከባቢያዊ ምምሕዳር (council)
role-other = ዝኣምኖ ሰብ
role-your-social-worker = ማሕበራዊ ሰራሕተኛኻ
role-your-personal-adviser = ውልቃዊ ኣማኻሪኻ
role-your-key-worker = ሓላፊ ሰራሕተኛኻ
role-your-foster-carer = ኣላዪት ስድራኻ
role-your-support-worker = ሰራሕተኛ ደገፍካ
role-your-guardian = ሞግዚትካ
role-your-emergency-duty-team = ናይ ህጹጽ ግዜ ጉጅለ ከባቢያዊ ምምሕዳር
role-your-other = እትኣምኖ ሰብ

## Trusted adults screen

adults-title = ዝኣምኖም ዓበይቲ
adults-intro = ክትምለስ ምስ ደለኻ ክትረኽቦም እትኽእል ሰባት። እዚ ዝርዝር ኣብዚ ስልኪ ይጸንሕ።
adults-empty = ገና ዝኾነ ሰብ ኣይወሰኽካን።
adults-add = እትኣምኖ ዓቢ ሰብ ወስኽ
adults-edit = { $name } ቀይር
adults-remove = { $name } ኣውጽእ
adults-remove-confirm = { $name } ካብቶም እትኣምኖም ዓበይቲ ከተውጽኦ ትደሊ ዲኻ?
adults-remove-yes = እወ፡ ኣውጽእ
adults-keep = ኣይፋል፡ ሓዞ
adults-phone = ስልኪ: { $number }
adults-hours-any-time = ኣብ ዝኾነ እዋን ክትረኽቦም ትኽእል ኢኻ።
adults-out-of-hours-badge = ካብ ሰዓታት ስራሕ ወጻኢ ዝርከብ
adults-speaks = ዝዛረቦ: { $languages }
adults-signature-title = ኣብ መልእኽትታት ዘሎ ስምካ
adults-signature-hint = መልእኽትታትካ በዚ ስም ይውድኡ። እንተደሊኻ ባዶ ግደፎ።
adults-signature-save = ስመይ ዓቅብ
adults-saved = ተዓቂቡ።

## Trusted adult form

adult-new-title = እትኣምኖ ዓቢ ሰብ ወስኽ
adult-edit-title = እትኣምኖ ዓቢ ሰብ ቀይር
adult-name = ስም
adult-role = መን እዩ
adult-phone = ቁጽሪ ስልኪ
adult-phone-hint = ከም 07700 900123 ዝበለ ቁጽሪ ብሪጣንያ፡ ወይ ብ + ዝጅምር ቁጽሪ ካልእ ሃገር።
adult-hours = መዓስ ክትረኽቦም ትኽእል (ሰዓት ብሪጣንያ)
adult-hours-hint = ኣብ ዝኾነ እዋን ክትረኽቦም እንተ ኽኢልካ ባዶ ግደፎ።
adult-hours-add = ሰዓታት ወስኽ
adult-hours-remove = ነዚ ሰዓታት ኣውጽእ
adult-hours-from = ካብ
adult-hours-to = ክሳብ
adult-hours-days = መዓልትታት
adult-languages = ዝዛረብዎ ቋንቋታት
adult-languages-hint = መልእኽትኻ ቅድም ብቋንቋኦም፡ ድሕሪኡ ብቋንቋኻ ይጽሓፍ። ዝተመርጸ እንተዘየሎ እንግሊዝኛ ይጥቀም።
adult-out-of-hours = እዚ ካብ ሰዓታት ስራሕ ወጻኢ ዝረኽቦ ሰብ እዩ
adult-out-of-hours-hint = ንምሸት፡ ለይትን ቀዳመ-ሰንበትን፡ ንኣብነት ኣላዪኻ፡ ወይ ናይ ህጹጽ ግዜ ጉጅለ ከባቢያዊ ምምሕዳር። ሓደ ጥራይ ክህልወካ ይኽእል፡ ነዚ ሰብ ምምራጽ ንቕድሚኡ ዝነበረ ይትክኦ።
adult-save = ዓቅብ
adult-cancel = ሰርዝ

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = በጃኻ ስሞም ጽሓፍ።
adult-error-name-too-long = እዚ ስም ኣዝዩ ነዊሕ እዩ። ብዝበዝሐ { $max } ፊደላት ተጠቐም።
adult-error-phone-empty = በጃኻ ቁጽሪ ስልኮም ጽሓፍ።
adult-error-phone-not-a-number = እዚ ቁጽሪ ስልኪ ኣይኮነን። ኣሃዛት፡ ባዶ ቦታን ኣብ መጀመርታ + ጥራይ ተጠቐም።
adult-error-phone-invalid = ናብዚ ቁጽሪ ክድወል ኣይከኣልን። በጃኻ ነቶም ኣሃዛት ፈትሾም። ሞባይል ቁጽሪ ብሪጣንያ 11 ኣሃዛት ኣለዎ፡ ብ 07 ድማ ይጅምር።
adult-error-phone-costly = ናብዚ ቁጽሪ ምድዋል ብዙሕ ገንዘብ የኽፍል፡ ወይ እቲ ጻውዒት ናብ ካልእ ስልኪ ይመሓላለፍ። ሃርበር ከምዚ ዝኣመሰሉ ቁጽርታት ክዕቅብ ኣይክእልን። ሞባይል ቁጽሪ ብሪጣንያ ብ 07 ይጅምር፡ ብ 070 ግን ኣይጅምርን።
hours-error-no-day = እንተወሓደ ሓንቲ መዓልቲ ምረጽ።
hours-error-time = ሰዓት ከምዚ ጽሓፍ: 09:00።
hours-error-same-time = ሰዓት መጀመርታን መወዳእታን ሓደ እዩ።
adults-error-save = ክዕቀብ ኣይከኣለን። በጃኻ ደጊምካ ፈትን።

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = መዓልታዊ
hours-weekdays = ካብ ሰኑይ ክሳብ ዓርቢ
hours-weekend = ቀዳምን ሰንበትን
hours-day-list = { $first }፣ { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = ሃርበር ነቶም ዝዓቀብካዮም እትኣምኖም ዓበይቲ ከንብቦም ኣይከኣለን፡ ስለዚ መልእኽትኻ ናብ መስመር ሓገዝ ንዝሃደሙ ይኸይድ። ንዓኻ ኢሎም መልእኽቲ ከመሓላልፉ ይኽእሉ።
adults-unreadable = ሃርበር ገሊኦም ካብቶም ዝዓቀብካዮም እትኣምኖም ዓበይቲ ከንብቦም ኣይከኣለን። ነቲ ዝርዝር ፈትሾ፡ ዝጎደለ ሰብ እንተሎ ድማ ወስኾ።
