## Home: the two ways into setting a phone up

home-setup-import = ብኮድ ሓላፊ ሰራሕተኛኻ ኣዳሉ
home-setup-import-hint = ካብ ኣኼባ ምቕባል ዝረኸብካዮ ኮድ ስካን ግበር ወይ ለጥፍ
home-key-worker = ስልኪ ናይ ሓደ መንእሰይ ኣዳልዉ
home-key-worker-hint = ንሓለፍቲ ሰራሕተኛታትን ማሕበራውያን ሰራሕተኛታትን

## Key-worker mode: building a setup at the welcome meeting

kw-title = ስልኪ ናይ ሓደ መንእሰይ ኣዳልዉ
kw-intro = ነዚ ምስቲ መንእሰይ ብሓባር ምልእዎ። ኣብዚ እትጽሕፍዎ ዝኾነ ነገር ኣብዚ ስልኪ ኣይዕቀብን፡ ናብ ዝኾነ ቦታ ድማ ኣይለኣኽን፡ ኩሉ ናብቲ ስልኩ ዘንብቦ ኮድ ይኣቱ።
kw-language = ቋንቋ እቲ መንእሰይ
kw-name = ቀዳማይ ስሙ (ግዴታ ኣይኮነን)
kw-name-hint = እዚ ስም ኣብ መወዳእታ ናይቶም ዝሰዶም መልእኽትታት ይጸሓፍ። ጸኒሑ ክቕይሮ ይኽእል።
kw-adults = ዝኣምኖም ዓበይቲ
kw-adults-none = ገና ዝኣምኖ ዓቢ ሰብ ኣይተወሰኸን።
kw-adult-add = ዝኣምኖ ዓቢ ሰብ ወስኹ
kw-adult-change = { $name } ቀይሩ
kw-adult-remove = { $name } ኣውጽኡ
kw-area = ንጥቓኡ ዘለዉ ቦታታት ዝኸውን ከባቢ (ግዴታ ኣይኮነን)
kw-area-hint = ከተማ ወይ ቤት ምኽሪ (council)፡ ንኣብነት ብሪስቶል።
kw-plan = ውጥን ድሕንነት፡ ብሓባር ዝተሰማማዕኩምሉ
kw-plan-hint = ነቶም መስመራት ብዝተሰማማዕኩምሎም ቃላት ጽሓፍዎም፡ እንተተኻኢሉ ድማ ብቋንቋኡ።
kw-plan-section = ክፋል ናይቲ ውጥን
kw-plan-line = መስመር
kw-plan-add = ነቲ መስመር ወስኹ
kw-plan-remove = «{ $line }» ኣውጽኡ
kw-sign = ነቶም ኮዳት ብስም ትካልኩም ፈርምዎም (ግዴታ ኣይኮነን)
kw-sign-hint = ናይ ትካልኩም ፋይል መፍትሕ ምረጹ። ኣብዚ መሳርሒ ይተርፍ፡ ናብ ዝኾነ ቦታ ድማ ኣይለኣኽን።
kw-sign-as = ኮዳት ብስም { $organisation } ይፍረሙ።
kw-sign-unknown = እዚ መፍትሕ ነዚ ከባቢ ኣብ ዝርዝር የለን፡ ስለዚ ብእኡ ዝተፈረሙ ኮዳት ከም ዘይተፈረሙ ኮይኖም ይርኣዩ። ነቲ ኣብ ከባቢኹም ሃርበር ዝሕትም ኣካል ክውስኾ ሕተትዎ።
kw-sign-bad = እዚ ፋይል መፍትሕ ኣይኮነን። ትካልኩም ዝሃበኩም ፋይል ምረጹ።
kw-make = ነቲ ኮድ ስርሕዎ
kw-code-title = ኮድ ምድላው
kw-code-alt = ኣብ ስልኪ እቲ መንእሰይ ሃርበር ዘዳሉ QR ኮድ
kw-code-how = ኣብ ስልኪ እቲ መንእሰይ ካሜራ ከፊትኩም ናብዚ ኮድ ኣቕንዕዎ፡ ድሕሪኡ ዘርእዮ ሊንክ ክፈትዎ። ወይ ድማ ኣብ ስልኩ ሃርበር ከፊትኩም «ብኮድ ሓላፊ ሰራሕተኛኻ ኣዳሉ» ምረጹ።
kw-numbers = ነዞም { $count } ኣሃዛት ነቲ መንእሰይ ብድምጺ ንገርዎ። ስልኩ ነቲ ኮድ ምስ ኣንበበ ነዞም ኣሃዛት ይሓቶ። ኣብቲ ኮድ ኮነ ኣብቲ ካርድ የለዉን፡ ስለዚ እቲ ኮድ ንበይኑ ንዝኾነ ካልእ ሰብ ዋላ ሓንቲ ኣየርእን።
kw-code-text = ካሜራ ነቲ ኮድ ከንብቦ እንተዘይከኣለ ንምልጣፍ፡ እቲ ኮድ ከም ጽሑፍ
kw-code-size = QR ሕታም { $version }፡ { $chars } ፊደላት።
kw-expires = እዚ ኮድ ን{ $days } መዓልታት፡ ክሳብ { $date } ይሰርሕ። ድሕሪኡ ሓድሽ ኮድ ስርሑ።
kw-print = ነቲ ካርድ ሕተምዎ
kw-changed = እቲ ኮድ ምስ ተሰርሐ ገለ ነገር ቀይርኩም ኢኹም። ነቲ ኮድ ደጊምኩም ስርሕዎ።
kw-error-name-too-long = እዚ ስም ኣዝዩ ነዊሕ እዩ። ብዝበዝሐ { $max } ፊደላት ተጠቐሙ።
kw-error-area-too-long = እዚ ኣዝዩ ነዊሕ እዩ። ብዝበዝሐ { $max } ፊደላት ተጠቐሙ።
kw-error-too-many-adults = ሓደ ምድላው ብዝበዝሐ { $max } ዝኣምኖም ዓበይቲ ክሕዝ ይኽእል።
kw-error-too-many-lines = ሓደ ምድላው ብዝበዝሐ { $max } መስመራት ውጥን ክሕዝ ይኽእል።
kw-error-too-large = እዚ ንሓደ ኮድ ኣዝዩ ብዙሕ እዩ። ገለ መስመራት ውጥን ኣውጽኡ ወይ ኣሕጽርዎም፡ ድሕሪኡ ደጊምኩም ፈትኑ።
kw-error-tools = እቲ ኮድ ክስራሕ ኣይከኣለን። ምትእስሳርኩም ሓንሳብ ፈትሹ፡ ደጊምኩም ድማ ፈትኑ።

## The printed card (in the young person's language, then in English)

card-setup-title = ሃርበር
card-setup-scan = ሃርበር ንምድላው ነዚ ኮድ ብካሜራ ስልክኻ ስካን ግበሮ። ድሕሪኡ ሓላፊ ሰራሕተኛኻ ዝነግረካ ኣሃዛት ጽሓፍ።
card-setup-adults = ክትረኽቦም እትኽእል ሰባት
card-setup-emergency = ህጹጽ (ፖሊስ፡ ኣምቡላንስ፡ መጥፋእቲ ሓዊ): 999
card-setup-runaway = መስመር ሓገዝ ንዝሃደሙ (Runaway Helpline)፡ ብነጻ፡ ደውል ወይ መልእኽቲ ስደድ: 116 000

## Importing a setup on the young person's phone

import-title = ብኮድ ሓላፊ ሰራሕተኛኻ ኣዳሉ
import-intro = ሓላፊ ሰራሕተኛኻ (key worker) ምሳኻ ሓደ ኮድ ሰሪሑ ኣሎ። ሃርበር ኣብዚ ስልኪ የንብቦ፡ ናብ ዝኾነ ሰርቨር ድማ ኣይሰድዶን። ብዘይ እቶም ሓላፊ ሰራሕተኛኻ ዝነግረካ ኣሃዛት፡ እቲ ኮድ ዋላ ሓንቲ ኣየርእን፡ እቲ ሊንክ ኣብ ታሪኽ (history) ብራውዘርካ (web browser) እንተ ተረፈ'ውን።
import-scan = ነቲ ኮድ ስካን ግበሮ
import-scan-stop = ካሜራ ደው ኣብሎ
import-scan-looking = ካሜራ ናብቲ ኮድ ኣቕንዖ…
import-camera-denied = ሃርበር ነቲ ካሜራ ክጥቀመሉ ኣይክእልን። ኣብ ክንድኡ ነቲ ኮድ ክትለጥፎ ትኽእል ኢኻ።
import-paste = ወይ ነቲ ኮድ ለጥፎ
import-read = ነቲ ኮድ ኣንብቦ
import-checking = እቲ ኮድ ይንበብ ኣሎ…
import-numbers-intro = ሃርበር ነቲ ኮድ ኣንቢብዎ ኣሎ። ንምኽፋቱ፡ ሓላፊ ሰራሕተኛኻ ዝነግረካ { $count } ኣሃዛት ጽሓፍ።
import-numbers = ካብ ሓላፊ ሰራሕተኛኻ ዝረኸብካዮም { $count } ኣሃዛት
import-open = ነቲ ኮድ ክፈቶ
import-tools-error = እቲ ኮድ ክምርመር ኣይከኣለን። ደጊምካ ፈትን።
import-preview-title = እዚ ናብ ሃርበር ክውሰኽ እዩ
import-preview-hint = ምስ ሓላፊ ሰራሕተኛኻ ፈትሾ። «ናብ ሃርበር ወስኽ» ክሳብ እትጠውቕ ዝኾነ ነገር ኣይዕቀብን።
import-made-by = ብ{ $organisation } ዝተሰርሐ
import-unsigned = እዚ ኮድ ሃርበር ብዝፈልጦ ትካል ኣይተፈርመን። ሓደ ሓላፊ ሰራሕተኛ ሕጂ ምሳኻ እንተሃልዩ ጥራይ ወስኾ።
import-language = ቋንቋ: { $language }
import-language-missing = እዚ ምድላው ሃርበር ገና ዘይብሉ ቋንቋ ይሓትት ({ $code })። ሃርበር ብ{ $language } ክቕጽል እዩ።
import-name = ኣብ መልእኽትታት ዘሎ ስምካ: { $name }
import-name-kept = ኣብ መልእኽትታት ዘሎ ስምካ { $name } ኮይኑ ይጸንሕ።
import-adults = ዝኣምኖም ዓበይቲ
import-adult-saved = ድሮ ተዓቂቡ ኣሎ፡ ከምዘሎ ይጸንሕ
import-out-of-hours-kept = ካብ ሰዓታት ስራሕ ወጻኢ እትረኽቦ ሰብ { $old } ኮይኑ ይጸንሕ። ጸኒሕካ ኣብቶም እትኣምኖም ዓበይቲ ክትቕይሮ ትኽእል ኢኻ።
import-area = ከባቢ ንቦታታት: { $area }
import-routing-title = «ክምለስ እደሊ እየ» ናብ መን ክበጽሕ እዩ
import-when-weekday-morning = ካብ ሰኑይ ክሳብ ዓርቢ፡ ሰዓት 11:00
import-when-weekday-night = ካብ ሰኑይ ክሳብ ዓርቢ፡ ሰዓት 22:00
import-when-saturday = ቀዳም፡ ሰዓት 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }። ክሳብ ሕጂ ናብ { $before } እዩ ዝበጽሕ ነይሩ።
import-any-time = { $name } ዝተወሰነ ሰዓታት የብሎምን። ስለዚ መልእኽትኻ ኣብ ዝኾነ እዋን፡ ምሸትን ቀዳመ-ሰንበትን እውን፡ ናብ { $name } ክበጽሕ እዩ።
import-routing-changes = እዚ ምድላው መልእኽትኻ መን ከም ዝቕበሎ ይቕይር። ሓላፊ ሰራሕተኛኻ ሕጂ ምሳኻ እንተሃልዩ ጥራይ ወስኾ።
import-code = ኮድ መዕጸዊኻ
import-plan = ውጥን ድሕንነትካ
import-confirm = ናብ ሃርበር ወስኽ
import-cancel = ሕጂ ኣይኮነን
import-cancelled = ዝተወሰኸ ነገር የለን።
import-done = ሃርበር ተዳልዩ ኣሎ።
import-storage-refused = እቲ ስልኪ ቦታ እንተ ወሓዶ፡ እዚ ብራውዘር (web browser) ሃርበር ዝዕቅቦ ክድምስሶ ይኽእል። ቅዳሕ ቁጽርታት ስልኪ ናይቶም እትኣምኖም ዓበይቲ ኣብ ውሑስ ቦታ ሓዝ።
import-done-pin = ንስኻ ጥራይ ንሃርበር ክትከፍቶ ምእንቲ ኮድ መዕጸዊ ኣቐምጥ
import-done-home = ናብ መጀመርታ ኪድ
import-save-error = ክዕቀብ ኣይከኣለን። ዝተቐየረ ነገር የለን። ደጊምካ ፈትን።

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = እዚ ናይ ሃርበር ኮድ ምድላው ኣይኮነን።
setup-error-malformed = እዚ ኮድ ቅኑዕ ኣይኮነን። ሓላፊ ሰራሕተኛኻ ደጊሙ ክሰርሖ ሕተቶ።
setup-error-truncated = ካብቲ ኮድ ገለ ክፋል ጥራይ እዩ ተነቢቡ። ደጊምካ ፈትን፡ ወይ ንኹሉ ለጥፎ።
setup-error-too-large = እዚ ኮድ ናይ ሃርበር ምድላው ንምዃን ኣዝዩ ዓቢ እዩ።
setup-error-newer = እዚ ኮድ ብሓድሽ ሕታም ሃርበር እዩ ተሰሪሑ። ንሃርበር ኣሐድሶ፡ ድሕሪኡ ደጊምካ ፈትን።
setup-error-damaged = እዚ ኮድ ተበላሺዩ እዩ። ደጊምካ ፈትን፡ ወይ ሓላፊ ሰራሕተኛኻ ደጊሙ ክሰርሖ ሕተቶ።
setup-error-expired = እዚ ኮድ ምድላው ግዜኡ ሓሊፉ እዩ። ሓላፊ ሰራሕተኛኻ ሓድሽ ኮድ ክሰርሕ ሕተቶ።
setup-error-numbers = እዞም ኣሃዛት ነዚ ኮድ ኣይከፍትዎን። ምስ ሓላፊ ሰራሕተኛኻ ፈትሾም፡ ደጊምካ ድማ ጽሓፎም።
setup-error-numbers-incomplete = ሓላፊ ሰራሕተኛኻ ዝነግረካ { $count } ኣሃዛት ኩሎም ጽሓፎም።
setup-error-adult = ኣብዚ ምድላው ዘሎ ቁጽሪ { $name } ክድወለሉ ኣይክእልን። ሓላፊ ሰራሕተኛኻ ነቲ ኮድ ደጊሙ ክሰርሖ ሕተቶ።
