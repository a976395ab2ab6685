## "When I come back" card

card-return-title = ምስ ተመለስካ
card-return-intro = ጠፊእካ ምኻድ ገበን ኣይኮነን። ሰባት ውሑስ ምዃንካ ክፈልጡ ይደልዩ።
card-return-safe-well = ፖሊስ ውሑስን ጽቡቕን ምዃንካ ንምርግጋጽ ክርእዩኻ ክደልዩ እዮም። እዚ «safe and well check» (ምርመራ ድሕንነት) ይበሃል።
card-return-interview = ምስ ዘይከናኸነካ ሰብ ክትዘራረብ ዕድል ክወሃበካ እዩ። እዚ «return interview» (ቃለ-መሕትት ምምላስ) ይበሃል። ኣብ ስኮትላንድ «return discussion» ይበሃል። ካብ እትምለሰሉ ኣብ ውሽጢ 72 ሰዓታት (3 መዓልታት) ክኸውን ኣለዎ። ተርጓሚ ክትሓትት ትኽእል ኢኻ።
card-return-why = ኣብቲ ቃለ-መሕትት ምምላስ ስለምንታይ ከም ዝኸድካን ውሕስነት ንኽስምዓካ እንታይ ከም ዝሕግዘካን ክትነግር ትኽእል ኢኻ።
card-return-decline = ነቲ ቃለ-መሕትት ምምላስ ክትኣብዮ ትኽእል ኢኻ።
card-return-info = ደጊምካ እንተ ኸድካ ብኸመይ ውሑስ ከም እትጸንሕን፡ ናብ ኣየኖት ቁጽርታት መስመር ሓገዝ ክትድውል ከም እትኽእልን ክንገረካ ኣለዎ።

## "Staying safe" card

card-safe-title = ውሑስ ምጽናሕ
card-safe-signs-title = ምዝመዛ ከመይ ክመስል ይኽእል
card-safe-sign-debt = ሓደ ሰብ ገንዘብ ከም ዘለዎ ይብለካ፡ ንኣብነት ንጉዕዞኻ፡ ንስልኪ ወይ ንምግቢ፡ ክትከፍሎ ድማ ክትሰርሕ ይነግረካ።
card-safe-sign-keeping = ሓደ ሰብ ወረቓቕትኻ፡ ገንዘብካ ወይ ስልክኻ ሒዝዎ ኣሎ።
card-safe-sign-moved = ካብ ቦታ ናብ ቦታ ትግዕዝ፡ ወይ ናብ ካልኦት ከተማታት ትውሰድ።
card-safe-sign-distrust = ሓደ ሰብ ፖሊስ ወይ ማሕበራዊ ሰራሕተኛኻ ክጎድኡኻ እዮም፡ ክትኣምኖም የብልካን ይብለካ።
card-safe-relationships-title = ውሑሳት ርክባት
card-safe-gifts = ካብ ጽቡቕ ገይርካ ዘይትፈልጦ ሰብ ዝመጽእ ህያብ፡ ገንዘብ ወይ ስልኪ ናብ ንዓኻ ንምቁጽጻር ዝጥቀምሉ «ዕዳ» ክቕየር ይኽእል።
card-safe-talk = ከምዚ ዝኣመሰለ ነገር እንተ ኣጋጢሙካ፡ ጌጋ ናትካ ኣይኮነን። ምስ ማሕበራዊ ሰራሕተኛኻ ክትዛረብ፡ ወይ ናብ መስመር ሓገዝ ንዝሃደሙ 116 000 ክትድውል ትኽእል ኢኻ።
card-safe-stay-away-title = ሓደ ሰብ ርሒቐ ክጸንሕ የገድደኒ ኣሎ
card-safe-stay-away = ሓደ ሰብ ርሒቕካ ክትጸንሕ እንተ ኣገዲዱካ፡ እዚ ከቢድ እዩ። እቲ ከምዚ ዝገብር ዘሎ ሰብ ምናልባት ሕጊ ይጥሕስ ኣሎ። ጌጋ ናትካ ኣይኮነን።
card-safe-stay-away-helpline = መስመር ሓገዝ ንዝሃደሙ ውሑስ ንኽትኮን ክሕግዘካ ይኽእል: ናብ 116 000 ደውል ወይ መልእኽቲ ስደድ። ብነጻ እዩ።
card-safe-stay-away-danger = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።
