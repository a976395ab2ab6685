## App shell

app-name = ሃርበር
nav-back = ተመለስ

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = እዚ ገጽ ኣብ ሃርበር የለን
error-not-found = ሃርበር ኣብዚ ኣድራሻ ገጽ የብሉን። ዝዓቀብካዮ ኩሉ ውሑስ እዩ።
error-generic-title = ገለ ጸገም ኣጋጢሙ
error-generic = እዚ ክፋል ሃርበር ኣይሰርሐን። ዝዓቀብካዮ ኩሉ ውሑስ እዩ።
error-go-home = ናብ መጀመርታ ኪድ
error-stopped = ሃርበር ምስራሕ ኣቋሪጹ። ዕጸዎ፡ ደጊምካ ድማ ክፈቶ። ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 999 ደውል።

## Home

home-title = ሃርበር
home-intro = ብቋንቋኻ ሓገዝን ሓበሬታን። ብዘይ ኢንተርነት ይሰርሕ።
home-menu = ክፍልታት
home-numbers = ቁጽርታት ሓገዝ
home-numbers-hint = ንክሕግዘካ ዝኽእል ሰብ ደውል ወይ መልእኽቲ ስደድ
home-language = ቋንቋ
home-language-hint = ቋንቋ ናይዚ ኣፕ ምረጽ

## Language picker

language-title = ቋንቋኻ ምረጽ
language-intro = ኣብ ዝኾነ እዋን ክትቕይሮ ትኽእል ኢኻ።

## Translation status

translation-draft-label = ብዛዕባ እዚ ትርጉም
translation-draft = ረቂቕ ትርጉም — ክሳብ ሕጂ ተርጓሚ ኣይመርመሮን።

## Problems with saved data

store-error-too-new = እዚ ሕታም ሃርበር ካብቲ ኣብዚ ተሌፎን ዝተዓቀበ ሓበሬታ ዝኣረገ እዩ። እቲ ዝተዓቀበ ሓበሬታኻ ውሑስ እዩ፡ ኣይተቐየረን፡ ግን ሃርበር ክሳብ ዝሕደስ ሓድሽ ነገር ክዕቀብ ኣይክእልን።
store-error-corrupt = እቲ ዝተዓቀበ ሓበሬታኻ ክንበብ ኣይከኣለን። ሃርበር ቅዳሑ ኣብ ጎኒ ኣቐሚጡ ብሓድሽ ጀሚሩ። ዝተደምሰሰ ነገር የለን።
store-error-unavailable = ሃርበር ሕጂ ኣብዚ መሳርሒ ዝኾነ ነገር ክዕቅብ ኣይክእልን። ክትጥቀመሉ ትኽእል ኢኻ፡ ግን ምስ ዓጸኻዮ ዝገበርካዮ ለውጢ ክጠፍእ እዩ።
content-error-invalid = እዚ ሓበሬታ ክጽዓን ኣይከኣለን። በጃኻ ነቲ ሓላፊ ሰራሕተኛኻ (key worker) ሃርበር ከሐድሶ ሕተቶ።
home-about = ብዛዕባ ሃርበር
home-about-hint = ብሕትውና፡ ነዚ ትርጉም መን ከም ዝሰርሖ

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = ድሮ ተኸፊቱ ኣሎ
other-tab-text = እዚ ኣፕ ድሮ ኣብ ካልእ ታብ (tab) ወይ መስኮት ተኸፊቱ ኣሎ። ነቲ ተጠቐም፡ ወይ ዕጸዎ እሞ ድሕሪኡ «ደጊምካ ፈትን» ጠውቕ።
other-tab-retry = ደጊምካ ፈትን
wipe-unfinished = እዚ ኣፕ ኣብ ካልእ ታብ (tab) ወይ መስኮት ተኸፊቱ ስለ ዘሎ፡ ገና ኩሉ ኣይተደምሰሰን። ኣብኡ ዕጸዎ እሞ ድሕሪኡ «ደጊምካ ፈትን» ጠውቕ።

## Language picker: search and translation status

language-search = ቋንቋ ድለ
language-no-match = ምስ ዝደለኻዮ ዝሰማማዕ ቋንቋ የለን።
language-your-phone = ቋንቋ ተሌፎንካ
language-status-draft = ረቂቕ ትርጉም — ክሳብ ሕጂ ተርጓሚ ኣይመርመሮን።
language-status-checked = ብተርጓሚ ተመርሚሩ እዩ።
language-status-partly = ብከፊል ብተርጓሚ ተመርሚሩ ኣሎ፡ ክሳብ ሕጂ { $percent }%።
reading-title = ኣብ ስልኪ ምንባብ
reading-large = ዝዓበየ ጽሑፍን ንጹር ሕብርታትን
reading-large-hint = ኣብ ነፍሲ ወከፍ ገጽ ዝዓበዩ ፊደላትን ደመቕቲ ሕብርታትን።
listen-start = ስማዕ
listen-pause = ንቕሩብ ደው ኣብሎ
listen-resume = ቀጽል
listen-stop = ደው ኣብሎ
listen-phone-voice = ብድምጺ ስልክኻ ይንበብ ኣሎ።
listen-no-voice = ንዚ ቋንቋ ({ $language }) ገና ዝተቐድሐ ድምጺ ወይ ድምጺ ስልኪ የለን።
listen-recorded = ሰብ ካብ ዝቐደሖ ድምጺ ይንበብ ኣሎ።
listen-recorded-machine = ብድምጺ ኮምፒተር ካብ ዝተቐድሐ ናይ ፈተነ ድምጺ ይንበብ ኣሎ፡ ሰብ ኣይኮነን።
audio-title = ዝተቐድሑ ድምጽታት
audio-intro = ቃላት ሃርበር ብሰብ ተነቢቦም ተቐዲሖም። ምስ ሓተትካ ጥራይ እዮም ዝወርዱ፡ ስለዚ እንተኽኢልካ Wi-Fi ተጠቐም።
audio-none = ብቋንቋ { $language } ገና ዝተቐድሑ ድምጽታት የለዉን።
audio-size = { $megabytes } MB
audio-offered = ብሰብ ዝተቐድሑ ድምጽታት፡ { $size }
audio-offered-machine = ብድምጺ ኮምፒተር ዝተቐድሑ ናይ ፈተነ ድምጽታት፡ { $size }
audio-download = ዝተቐድሑ ድምጽታት ብቋንቋ { $language } ኣውርድ — { $size }
audio-downloading = ዝተቐድሑ ድምጽታት ይወርዱ ኣለዉ…
audio-kept = ዝተቐድሑ ድምጽታት ብቋንቋ { $language } ኣብዚ ስልኪ ኣለዉ ({ $size })። «ስማዕ» ምስ ጠወቕካ ብዘይ ኢንተርነት ክትሰምዖም ትኽእል።
audio-remove = ዝተቐድሑ ድምጽታት ደምስስ
audio-removed = ዝተቐድሑ ድምጽታት ካብዚ ስልኪ ተደምሲሶም።
audio-error-offline = ምስ ሰርቨር ሃርበር ክራኸብ ኣይከኣለን። ዝተቐየረ ነገር የለን።
audio-error-server = ሰርቨር ሃርበር ነቶም ዝተቐድሑ ድምጽታት ኣይሰደዶምን (ጌጋ { $status })። ዝተቐየረ ነገር የለን።
audio-error-refused = እቶም ዝተቐድሑ ድምጽታት ተበላሺዮም ስለ ዝነበሩ ወይ ብሃርበር ስለ ዘይተፈረሙ ተነጺጎም። ዝተቐየረ ነገር የለን።
audio-error-format = እቶም ዝተቐድሑ ድምጽታት ሓድሽ ሕታም ሃርበር የድልዮም። ዝተቐየረ ነገር የለን።
audio-error-locale = እዞም ዝተቐድሑ ድምጽታት ናይ ካልእ ቋንቋ ስለ ዝኾኑ ተነጺጎም። ዝተቐየረ ነገር የለን።
audio-error-size = እቶም ዝተቐድሑ ድምጽታት ካብቲ ንሃርበር ዝተነግሮ ዝዓበዩ ስለ ዝነበሩ፡ እቲ ምውራድ ደው ኢሉ። ዝተቐየረ ነገር የለን።

## About screen

about-title = ብዛዕባ ሃርበር
about-intro = ሃርበር ብቋንቋኻ ሓገዝን ሓበሬታን ይህበካ። ብዘይ ኢንተርነት ይሰርሕ።
about-privacy-title = ብሕትውናኻ
about-privacy = ሃርበር ኣካውንት የብሉን። ዝዓቀብካዮ ኩሉ ኣብዚ ተሌፎን ይተርፍ። ሃርበር ሓድሽ ሓበሬታ ክደሊ ከሎ፡ ስም ከባቢኻ ጥራይ እዩ ዝሰድድ።
about-facts = ኣብ ሃርበር ዘሎ ሓበሬታ ካብ ወግዓዊ ምንጪታት፡ ግብረ-ሰናይ ትካላትን ሕጋዊ መምርሒታትን እዩ። ነፍሲ ወከፍ ገጽ ሓበሬታኡ ንመወዳእታ ግዜ መዓስ ከም ዝተመርመረ ይነግር። ሕጊ ክቕየር ይኽእል እዩ፡ ናይ መወዳእታ ቃል ናይ ጠበቓኻ ወይ ማሕበራዊ ሰራሕተኛኻ እዩ።
about-translation-title = እዚ ትርጉም
about-translation-language = ቋንቋ፡ { $language }
about-produced-source = እዚ እቲ መበቈላዊ ጽሑፍ እዩ። ትርጉማት ካብዚ እዮም ዝስርሑ።
about-produced-ai-draft = እዚ ትርጉም ብኮምፒተር ፕሮግራም (AI) ከም ረቂቕ ተዳልዩ።
about-produced-translator = እዚ ትርጉም ብተርጓሚ ተሰሪሑ።
about-checked-by = ዝመርመሮ፡ { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = ጥሪ
date-month-2 = ለካቲት
date-month-3 = መጋቢት
date-month-4 = ሚያዝያ
date-month-5 = ግንቦት
date-month-6 = ሰነ
date-month-7 = ሓምለ
date-month-8 = ነሓሰ
date-month-9 = መስከረም
date-month-10 = ጥቅምቲ
date-month-11 = ሕዳር
date-month-12 = ታሕሳስ
date-weekday-1 = ሰኑይ
date-weekday-2 = ሰሉስ
date-weekday-3 = ረቡዕ
date-weekday-4 = ሓሙስ
date-weekday-5 = ዓርቢ
date-weekday-6 = ቀዳም
date-weekday-7 = ሰንበት
