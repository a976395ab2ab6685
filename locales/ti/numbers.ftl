## Help numbers screen

numbers-title = ቁጽርታት ሓገዝ
numbers-intro = ንምድዋል ኣብቲ ቁጽሪ ጠውቕ። ንስኻ ወይ ካልእ ሰብ ሕጂ ኣብ ሓደጋ እንተሃሊኹም፡ ናብ 999 ደውል።
numbers-trace = ተሌፎንካ ዝርዝር ናይቶም ዝደወልካሎም ቁጽርታት ይዕቅብ።
numbers-helplines = መስመራት ሓገዝ
numbers-call = ደውል
numbers-text = መልእኽቲ
numbers-badges = እዚ መስመር እንታይ ይህብ
numbers-badge-free = ብነጻ
numbers-badge-always-open = 24 ሰዓት፡ መዓልቲ መዓልቲ
numbers-badge-text = መልእኽቲ (SMS) ክትሰድድ ትኽእል ኢኻ
numbers-badge-interpreters = ንካልኦት ቋንቋታት ተርጐምቲ
numbers-source-verified = ምንጪ (ወግዓዊ)፡ { $source }
numbers-source-secondary = ምንጪ፡ { $source }
numbers-reviewed = እዞም ቁጽርታት ንመወዳእታ ግዜ ኣብ { $date } ተመርሚሮም።

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = ብተሌፎን ክትዛረብ እንተዘይኪኢልካ
numbers-silent-step-call = ናብ { $number } ደውል።
numbers-silent-step-sound = ሰብ ምስ መለሰ፡ ክትዛረብ እንተዘይኪኢልካ ሰዓል ወይ ንተሌፎን ኳሕኩሖ።
numbers-silent-step-press = ዝተቐድሐ ድምጺ ምስ ሓተተካ፡ { $code } ጠውቕ። እዚ ካብ ሞባይል ተሌፎን ጥራይ እዩ ዝሰርሕ። ምስ ፖሊስ የራኽበካ። ዋላ ሓንቲ እንተዘይገቢርካ፡ እቲ ጻውዒት ክቋረጽ ይኽእል።
numbers-silent-step-questions = ፖሊስ ብእወ ወይ ኣይፋል ክትምልሶ እትኽእል ሕቶታት ክሓቱ እዮም። እንተኸኢልካ፡ ሕሹኽ ኢልካ መልስ።
numbers-silent-location = { $code } ምጥዋቕ ኣበይ ከም ዘለኻ ንፖሊስ ኣይነግርን። ግን ተሌፎንካ ባዕሉ ኣበይ ከም ዘለኻ ክሰድድ ይኽእል። እንተኸኢልካ፡ ዋላ ሕሹኽ ኢልካ፡ ኣበይ ከም ዘለኻ ንገሮም።

## Each line

numbers-emergency-name = ህጹጽ ሓገዝ፡ ፖሊስ፡ ሓዊ ጠፋእቲ፡ ኣምቡላንስ
numbers-emergency-about = ሰብ ሕጂ ኣብ ሓደጋ ምስ ዝህሉ ወይ ብኽቱር ምስ ዝጉዳእ ደውል። ተሌፎንካ SIM ካርድ የድልዮ፡ ክረዲት ግን ኣየድልዮን። ተሌፎንካ ተቖሊፉ እኳ እንተሃለወ ይሰርሕ። ብቋንቋኻ ክትዛረብ እንተደሊኻ፡ ስም ቋንቋኻ ብእንግሊዝኛ በል፡ ንኣብነት «Tigrinya»። ድሕሪኡ ኣብ መስመር ተጸበ።
numbers-emergency-112-name = ህጹጽ ሓገዝ (112)
numbers-emergency-112-about = ልክዕ ከም 999 እዩ። ኣብ ካልኦት ሃገራት እውን ይሰርሕ።
numbers-runaway-name = መስመር ሓገዝ ንዝሃደሙ (Runaway Helpline)
numbers-runaway-about = እንተሃዲምካ፡ ወይ ሰብ ርሒቕካ ክትጸንሕ እንተገዲዱካ። ይሰምዑኻ፡ ከምኡ እውን መልእኽትኻ ናብ ገዛ ከብጽሑልካ ይኽእሉ። ንመልእኽትታት ብእንግሊዝኛ ይምለሰሎም። ለይቲ ዕጹዋት ክኾኑ ይኽእሉ። ሕጂ ሓገዝ እንተደሊኻ፡ ናብ 999 ደውል።
numbers-childline-name = ቻይልድላይን (Childline)
numbers-childline-about = ንዝኾነ ትሕቲ 19 ዓመት ዕድሜ ዘለዎ፡ ብዛዕባ ዘሻቕለካ ዝኾነ ነገር። እቲ ጻውዒት ኣብ ሕሳብ ተሌፎን ኣይርአን። ግን ኣብ ተሌፎንካ ኣብ ዝርዝር ጻውዒታት ይርአ እዩ።
numbers-modern-slavery-name = መስመር ሓገዝ ዘመናዊ ባርነትን ምዝማዝን (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = ሰብ ክትሰርሕ፡ ገበን ክትፍጽም፡ ወይ ዘይትደልዮ ነገር ክትገብር እንተገዲዱካ።
numbers-samaritans-name = ሳማሪታንስ (Samaritans)
numbers-samaritans-about = ብጣዕሚ እንተጒሂኻ፡ በይንኻ እንተኾንካ ወይ ንርእስኻ ክትጎድእ እንተደሊኻ። ብዘይ ክረዲት እውን ክትድውል ትኽእል ኢኻ።
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = ክትሓምም ወይ ብዛዕባ ጥዕናኻ ክትሻቐል ከለኻ፡ ህጹጽ ኩነታት ድማ ምስ ዘይከውን። እቲ ጻውዒት ብነጻ እዩ። ተርጓሚ ንምርካብ፡ ስም ቋንቋኻ ብእንግሊዝኛ በል። ኣብ ኣእምሮኻ ብጣዕሚ ሕማቕ እንተተሰሚዑካ፡ ናይ ኣእምሮ ጥዕና ምርጫ ምረጽ።
numbers-police-101-name = ፖሊስ (ህጹጽ ዘይኮነ)
numbers-police-101-about = ሕጂ ዋላ ሓደ ሰብ ኣብ ሓደጋ ኣብ ዘይህልወሉ እዋን፡ ምስ ፖሊስ ንምዝራብ። እቲ ጻውዒት ብነጻ እዩ። ፖሊስ ተርጓሚ ከምጽኡ ይኽእሉ።
numbers-coram-voice-name = ኮራም ቮይስ (Coram Voice, Always Heard)
numbers-coram-voice-about = ኣብ ኢንግላንድ (England) ኣብ ትሕቲ ክንክን ንዘለዉ ቆልዑ። ተጣበቒ (advocate) ክትረክብ ክሕግዙኻ ይኽእሉ: ንዓኻ ጥራይ ዝወግን ሰብ። ተጣበቒ ዝደለኻዮ ክትዛረብ ይሕግዘካ። ካብ ሰኑይ ክሳብ ዓርቢ፡ ካብ 09:30 ክሳብ 18:00 ክፉት እዩ። ኣብ ካልእ እዋን፡ መልእኽቲ ክትገድፈሎም ትኽእል ኢኻ።
