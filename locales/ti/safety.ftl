## "When I come back" card

card-return-title = ምስ ተመለስካ
card-return-intro = ጠፊእካ ምኻድ ገበን ኣይኮነን። ሰባት ውሑስ ምዃንካ ክፈልጡ ይደልዩ።
card-return-safe-well = ፖሊስ ውሑስን ጽቡቕን ምዃንካ ንምርግጋጽ ክርእዩኻ ክደልዩ እዮም። እዚ «safe and well check» (ውሕስነትካ ምርግጋጽ) ይበሃል።
card-return-interview = ምስ ዘይከናኸነካ ሰብ ክትዘራረብ ዕድል ክወሃበካ እዩ። እዚ «return interview» (ቃለ-መሕትት ምምላስ) ይበሃል። ኣብ ስኮትላንድ «return discussion» ይበሃል። ካብ እትምለሰሉ ኣብ ውሽጢ 72 ሰዓታት (3 መዓልታት) ክኸውን ኣለዎ። ተርጓሚ ክትሓትት ትኽእል ኢኻ።
card-return-why = ኣብቲ ቃለ-መሕትት ምምላስ ስለምንታይ ከም ዝኸድካን ውሕስነት ንኽስምዓካ እንታይ ከም ዝሕግዘካን ክትነግር ትኽእል ኢኻ።
card-return-decline = ነቲ ቃለ-መሕትት ምምላስ ክትኣብዮ ትኽእል ኢኻ።
card-return-info = ደጊምካ እንተ ኸድካ ብኸመይ ውሑስ ከም እትጸንሕን፡ ናብ ኣየኖት ቁጽርታት መስመር ሓገዝ ክትድውል ከም እትኽእልን ክንገረካ ኣለዎ።

## "Staying safe" card

card-safe-title = ውሑስ ምጽናሕ
card-safe-signs-title = ምዝመዛ ከመይ ክመስል ይኽእል
card-safe-signs-what = ምዝመዛ ማለት ሓደ ሰብ ንርእሱ ገንዘብ ወይ ስልጣን ንምርካብ ብኣኻ ይጥቀም ማለት እዩ። ከታልሉኻ፡ ከፍርሑኻ ወይ ከገድዱኻ ይኽእሉ።
card-safe-sign-debt = ሓደ ሰብ ኣብ ልዕሌኻ ገንዘብ ከም ዘለዎ ይብለካ፡ ንኣብነት ንጉዕዞኻ፡ ንስልኪ ወይ ንምግቢ፡ ክትከፍሎ ድማ ክትሰርሕ ይነግረካ።
card-safe-sign-keeping = ሓደ ሰብ ወረቓቕትኻ፡ ገንዘብካ ወይ ስልክኻ ሒዝዎ ኣሎ።
card-safe-sign-moved = ካብ ቦታ ናብ ቦታ ትግዕዝ፡ ወይ ናብ ካልኦት ከተማታት ትውሰድ።
card-safe-sign-distrust = ሓደ ሰብ ፖሊስ ወይ ማሕበራዊ ሰራሕተኛኻ ክጎድኡኻ እዮም፡ ክትኣምኖም የብልካን ይብለካ።
card-safe-sign-drugs = ሓደ ሰብ ኣደንዛዚ ዕጸ-ፋርስ (drugs) ክትሸይጥ፡ ወይ ዕጸ-ፋርስ ወይ ገንዘብ ክትስከመሎም የገድደካ።
card-safe-sign-grow = ሓደ ሰብ ኣብ ገዛ ተኽልታት ካናቢስ (cannabis) ክትከናኸን የገድደካ፡ ክትወጽእ ድማ ኣይትኽእልን። ካናቢስ ኣደንዛዚ ዕጸ-ፋርስ እዩ።
card-safe-sign-sexual = ሓደ ሰብ ጾታዊ ነገራት ክትገብር የገድደካ። ገንዘብ፡ ህያባት፡ ዕጸ-ፋርስ ወይ እትሓድረሉ ቦታ ክህቡኻ ይኽእሉ። እዚ ንኣወዳት እውን የጋጥም እዩ።
card-safe-contact-title = ሓደ ሰብ ናብኡ ክትከይድ ይደሊ
card-safe-contact-arrive = ሓደ ሰብ ኣብዚ ምስ በጻሕካ ክትድውለሉ ወይ መልእኽቲ ክትሰደሉ ነጊሩካ። ካብቶም ዝኣልዩኻ ሰባት ክወስደካ ይደሊ ይኸውን።
card-safe-contact-offer = ሓደ ሰብ ኣብ ካልእ ከተማ ስራሕ፡ ቲከት ወይ እትሓድረሉ ቦታ ክህበካ ይብለካ። ጽቡቕ ክመስል ይኽእል፡ ግን መፈንጠራ ክኸውን ይኽእል።
card-safe-contact-talk = ቅድሚ ምኻድካ፡ ምስ ማሕበራዊ ሰራሕተኛኻ ወይ ምስ ካልእ እትኣምኖ ዓቢ ሰብ ተዛረብ። ሓደ ሰብ ስለ ዝሓተካ ጌጋ ናትካ ኣይኮነን።
card-safe-online-title = ኣብ ኢንተርነት እትፋለጦም ሰባት
card-safe-online-lie = ኣብ ኢንተርነት ዘለዉ ሰባት ብዛዕባ መን ምዃኖም፡ ዕድሚኦምን እንታይ ከም ዝደልዩን ክሕስዉ ይኽእሉ።
card-safe-online-signs = ሓደ ሰብ ኣብ ኢንተርነት ምስጢር ክትሕዝ እንተ ሓተተካ ተጠንቀቕ። ክራኸቡኻ እንተደለዩ፡ ወይ ስእልታትካ እንተደለዩ እውን ተጠንቀቕ።
card-safe-online-help = ኣብ ኢንተርነት ሓደ ሰብ እንተ ኣሻቒሉካ፡ ምምላስ ኣቋርጽ፡ ኣግዶ (block) ድማ። ንእትኣምኖ ዓቢ ሰብ ንገር። ጌጋ ናትካ ኣይኮነን።
card-safe-relationships-title = ውሑሳት ርክባት
card-safe-gifts = ካብ ጽቡቕ ገይርካ ዘይትፈልጦ ሰብ ዝመጽእ ህያብ፡ ገንዘብ ወይ ስልኪ ናብ ንዓኻ ንምቁጽጻር ዝጥቀምሉ «ዕዳ» ክቕየር ይኽእል።
card-safe-talk = ከምዚ ዝኣመሰለ ነገር እንተ ኣጋጢሙካ፡ ጌጋ ናትካ ኣይኮነን። ምስ ማሕበራዊ ሰራሕተኛኻ ክትዛረብ፡ ወይ ናብ መስመር ሓገዝ ንዝሃደሙ 116 000 ክትድውል ትኽእል ኢኻ።
card-safe-stay-away-title = ሓደ ሰብ ርሒቐ ክጸንሕ የገድደኒ ኣሎ
card-safe-stay-away = ሓደ ሰብ ርሒቕካ ክትጸንሕ እንተ ኣገዲዱካ፡ እዚ ከቢድ እዩ። እቲ ከምዚ ዝገብር ዘሎ ሰብ ምናልባት ሕጊ ይጥሕስ ኣሎ። ጌጋ ናትካ ኣይኮነን።
card-safe-stay-away-helpline = መስመር ሓገዝ ንዝሃደሙ ውሑስ ንኽትኮን ክሕግዘካ ይኽእል: ናብ 116 000 ደውል ወይ መልእኽቲ ስደድ። ብነጻ እዩ።
card-safe-stay-away-danger = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።

## "Where I live does not feel safe" card

card-placement-title = ዝነብረሉ ቦታ ውሑስ ኣይመስለንን
card-placement-intro = ኣብ እትነብረሉ ቦታ ውሑስ ክስምዓካ ኣለዎ። እንተዘይተሰሚዑካ፡ ክትነግር ትኽእል ኢኻ። ጌጋ ናትካ ኣይኮነን።
card-placement-why = ምናልባት ኣብኡ ዘሎ ሰብ የፍርሃካ ወይ ይጎድኣካ ይኸውን። ምናልባት ካብ ሃገርካ ዝመጹ ሰባት ውሑስ ከም ዘይኮንካ ክስምዓካ ይገብሩ ይኾኑ። ነዚ እውን ክትነግር ትኽእል ኢኻ።
card-placement-who-title = ንመን ክትነግር ትኽእል
card-placement-social-worker = ማሕበራዊ ሰራሕተኛኻ። ውሑስ እንተዘይተሰሚዑካ፡ ንዝቕጽል ምብጻሖም ኣይትጸበ። ሕጂ ርኸቦም።
card-placement-talk-out = ንማሕበራዊ ሰራሕተኛኻ ኣብ ካልእ ቦታ ክረኽቡኻ ክትሓቶም ትኽእል ኢኻ። ሽዑ ብናጽነት ክትዛረብ ትኽእል።
card-placement-iro = ናጻ ሓላፊ ገምጋምካ (Independent Reviewing Officer, IRO)። ኩሉ ኣብ ትሕቲ ክንክን ዘሎ ቆልዓ ሓደ ኣለዎ። ንዓኻ ዝተገብሩ መደባት ቅኑዓት ምዃኖም ይፍትሹ።
card-placement-iro-contact = ንIRO ኣብ ኣኼባታት ጥራይ ዘይኮነስ፡ ኣብ ዝኾነ እዋን ክትረኽቦም ትኽእል ኢኻ። ስሞምን ብኸመይ ክትረኽቦም ከም እትኽእልን ክንገረካ ኣለዎ።
card-placement-advocate = ተጣበቒ (advocate)። እዚ ንዓኻ ጥራይ ዝወግን ሰብ እዩ። ንኣለይትኻ ወይ ንማሕበራዊ ሰራሕተኛኻ ኣይሰርሑን።
card-placement-advocate-right = ክትጠርዕ ወይ ለውጢ ክትሓትት ምስ ደለኻ፡ ተጣበቒ ክህልወካ መሰል ኣለካ።
card-placement-move-title = ክትግዕዝ ምሕታት
card-placement-move = ናብ ካልእ ገዛ ክትግዕዝ ክትሓትት ትኽእል ኢኻ። ኩሉ ግዜ ኣይከኣልን እዩ። ግን ክሰምዑኻ ኣለዎም።
card-placement-move-list = ዝርዝር ምጽሓፍ ክሕግዝ ይኽእል። እንታይ ጌጋ ከም ዘሎ፡ እንታይ ከም ዘመሓይሾ ድማ ጽሓፍ።
card-placement-move-advocate = ተጣበቒ ዝደለኻዮ ክትዛረብ ክሕግዘካ ይኽእል። ምሳኻ ናብ ኣኼባታት ክመጽእ፡ ወይ ኣብ ክንዳኻ ክዛረብ እውን ይኽእል።
card-placement-get-title = ተጣበቒ ብኸመይ ትረክብ
card-placement-coram-voice = ኣብ ኢንግላንድ (England)፡ ተጣበቒ ንምሕታት ናብ ኮራም ቮይስ (Coram Voice) 0808 800 5792 ደውል። እቲ ጻውዒት ብነጻ እዩ።
card-placement-coram-hours = ካብ ሰኑይ ክሳብ ዓርቢ፡ ካብ 09:30 ክሳብ 18:00 ይምልሱ። ኣብ ካልእ እዋን፡ መልእኽቲ ክትገድፈሎም ትኽእል ኢኻ።
card-placement-other-nations = ካብ ኢንግላንድ ወጻኢ፡ ተጣበቒ ብኸመይ ከም እትረክብ ንማሕበራዊ ሰራሕተኛኻ ወይ ሞግዚትካ ሕተት።
card-placement-danger = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።

## "If you are away" card

card-missing-title = ካብ ገዛ ርሒቕካ እንተሃሊኻ
card-missing-intro = ሓደ ሓደ ግዜ እቶም ዝኣልዩኻ ሰባት ኣበይ ከም ዘለኻ ኣይፈልጡን። ሽዑ «ጠፊኡ» (missing) ትበሃል። ጠፊእካ ምኻድ ገበን ኣይኮነን።
card-missing-reported = ኣላዪኻ ወይ ማሕበራዊ ሰራሕተኛኻ ከም ዝጠፋእካ ንፖሊስ ክሕብሩ እዮም። እዚ «reported missing» (ከም ዝጠፍአ ምሕባር) ይበሃል።
card-missing-search = ፖሊስ ክደልዩኻ እዮም። ምስ ኣዕሩኽትኻ ክዛረቡን ኣብቲ እትኸዶ ቦታታት ክደልዩን ይኽእሉ።
card-missing-why = እዚ ዝገብሩ ብዛዕባኻ ስለ ዝሻቐሉ እዩ። ውሑስ ምዃንካ ክፈልጡ ይደልዩ።
card-missing-until = ፖሊስ ክሳብ ዝርእዩኻ ምድላይ ይቕጽሉ። ውሑስን ጽቡቕን ምዃንካ ከረጋግጹ ኣለዎም።
card-missing-found-title = ክትርከብ ምስ ደለኻ
card-missing-station = ናብ ዝኾነ ጣቢያ ፖሊስ፡ ኣብ ዝኾነ ከተማ ክትከይድ ትኽእል ኢኻ። ወይ ናብ ፖሊስ 101 ክትድውል ትኽእል ኢኻ።
card-missing-unsafe = ዝነበርካሉ ቦታ ውሑስ እንተዘይነበረ፡ ንፖሊስ ንገሮም። ትሕቲ 18 ዓመት እንተኾንካ፡ ብዛዕባ ንዓኻ ዝኸውን ውሑስ ቦታ ምስ ማሕበራውያን ሰራሕተኛታት ክዛረቡ ኣለዎም።
card-missing-helpline = መስመር ሓገዝ ንዝሃደሙ ምስ ፖሊስ ክትዛረብ ክሕግዘካ ይኽእል። ናብ 116 000 ደውል ወይ መልእኽቲ ስደድ። ብነጻ እዩ።
card-missing-interview = ምስ ተመለስካ፡ ቃለ-መሕትት ምምላስ (return interview) ክቐርበልካ እዩ። ተርጓሚ ክትሓትት ትኽእል ኢኻ። ተርጓሚ ቋንቋኻን እንግሊዝኛን ዝዛረብ ሰብ እዩ።
card-missing-danger = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።

## "If they say you are an adult" card

card-age-title = ዓቢ ሰብ ኢኻ እንተበሉኻ
card-age-intro = ሓደ ሓደ ግዜ ሚኒስትሪ ውሽጣዊ ጉዳያት (Home Office) ወይ እቲ ከባቢያዊ ምምሕዳር (council) ዕድሜኻ ኣይኣምንን። ካብ 18 ንላዕሊ ኢኻ ክብሉ ይኽእሉ።
card-age-not-fault = እዚ ንብዙሓት መንእሰያት የጋጥም እዩ። ጌጋ ናትካ ኣይኮነን።
card-age-do-title = እንታይ ክትገብር ትኽእል
card-age-say = ትሕቲ 18 እንተኾንካ፡ ቆልዓ ምዃንካ ብንጹር ንገሮም። ኩሉ ግዜ ንገሮም። ዕድሜኻን ዕለት ልደትካን ንገሮም፡ እንተፈሊጥካዮ።
card-age-ask = ማሕበራዊ ሰራሕተኛን ጠበቓን ሕተት። ጠበቓ ሕጊ ይፈልጥ፡ ክሕግዘካ ድማ ይኽእል።
card-age-council = እቲ ከባቢያዊ ምምሕዳር ዕድሜኻ ባዕሉ ክውስን ኣለዎ። ሚኒስትሪ ውሽጣዊ ጉዳያት ዓቢ ሰብ ኢኻ እንተበለ እኳ፡ ከምኡ እዩ።
card-age-challenge = ብዛዕባ ዕድሜኻ ዝተወሰነ ውሳኔ ክትቃወሞ ትኽእል ኢኻ። እዚ ማለት ደጊሙ ክርአ ትሓትት ማለት እዩ። ጠበቓ ነዚ ክትገብር ክሕግዘካ ይኽእል።
card-age-quick = ንምቅዋም ናይ ግዜ ገደብ ኣሎ። ስለዚ ቀልጢፍካ ሓገዝ ሕተት።
card-age-papers = ዕድሜኻ ዘርእዩ ወረቓቕቲ ክሕግዙ ይኽእሉ። እንተሃለዉኻ ወይ ክትረኽቦም እንተኽኢልካ፡ ንጠበቓኻ ሃቦም።
card-age-help-title = መን ክሕግዘካ ይኽእል
card-age-refugee-council = ፕሮጀክት ክትዕ ዕድሜ ናይ ባይቶ ስደተኛታት (Refugee Council’s Age Dispute Project) ንገሊኦም ከም ዓበይቲ ዝተሓዙ መንእሰያት ይሕግዝ። ዝሕግዙ ትሕቲ 18 ከም ዝኾንካ እንተኣሚኖም ጥራይ እዩ።
card-age-refugee-council-how = ዝሕግዘካ ዓቢ ሰብ፡ ከም ጠበቓኻ ወይ ማሕበራዊ ሰራሕተኛኻ፡ ብዛዕባኻ ክነግሮም ይኽእል።
card-age-unsafe = ምስ ዓበይቲ እትነብር እንተኾንካ ውሑስ ድማ እንተዘይተሰሚዑካ፡ ንጠበቓኻ ወይ ማሕበራዊ ሰራሕተኛኻ ንገር። ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።
