## Home: the way into places near the young person

home-places = ኣብ ጥቓይ ዘለዉ ቦታታት
home-places-hint = ብዘይ ቆጸራ እትኣትወሎም ማእከላት (drop-in)፡ ክለባት መንእሰያትን ሓገዝን፡ ምስ ሰዓታት ስራሕ

## The list of places

places-title = ኣብ ጥቓይ ዘለዉ ቦታታት
places-example = እዚኣቶም ኣብነታት ጥራይ እዮም፡ ገና ሓቀኛ ቦታታት ኣይኮኑን። ኣብ ከባቢኻ ዘለዉ ቦታታት መዓስ ከም ዝውሰኹ ሓላፊ ሰራሕተኛኻ (key worker) ክነግረካ ይኽእል።
places-search = ቦታታት ድለ
places-category = ዓይነት ቦታ
places-category-all = ኩሉ ዓይነት
places-category-drop-in = ብዘይ ቆጸራ እትኣትወሉ ማእከል (drop-in)
places-category-youth-club = ክለብ መንእሰያት
places-category-cultural-centre = ማሕበረሰብን ባህልን
places-category-worship = ቦታ ኣምልኾ
places-category-legal-advice = ሕጋዊ ምኽሪ
places-category-health = ጥዕና
places-category-food = መግቢ
places-category-other = ካልእ ሓገዝ
places-open-now = ሕጂ ክፉት
places-free = ብነጻ ዝኾኑ ጥራይ
places-language = ዝዝረብ ቋንቋ
places-language-any = ዝኾነ ቋንቋ
places-found = ዝተረኽቡ ቦታታት፡ { $count }
places-none = ምስ ዝደለኻዮ ዝሰማማዕ ቦታ የለን። ገለ ምርጫታት ኣልግስ እሞ ደጊምካ ፈትን።
places-show-more = ተወሳኺ ቦታታት ኣርኢ
places-distance = { $km } ኪሎሜተር ርሒቑ
places-share-location = ቦታታት ክንደይ ከም ዝርሕቁ ኣርኢ
places-share-location-hint = ሃርበር ዘለኻዮ ቦታ ኣብዚ ስልኪ ጥራይ ይጥቀመሉ። ኣይዕቅቦን፡ ናብ ዝኾነ ቦታ ድማ ኣይሰድዶን።
places-location-failed = ዘለኻዮ ቦታ ክፍለጥ ኣይከኣለን። ቦታታት ብዘይ ርሕቀት እዮም ዝርኣዩ።

## When a place is open

places-open-until = ሕጂ ክፉት እዩ፡ ክሳብ { $time }
places-opens-today = ዕጹው እዩ። ሎሚ ኣብ { $time } ይኽፈት
places-opens-tomorrow = ዕጹው እዩ። ጽባሕ ኣብ { $time } ይኽፈት
places-opens-day = ዕጹው እዩ። ብ{ $day } ኣብ { $time } ይኽፈት
places-opens-date = ዕጹው እዩ። ብ{ $date } ኣብ { $time } ይኽፈት
places-closed = ዕጹው እዩ
places-hours-unknown = ሰዓታት ስራሕ ኣይፍለጥን

## One place's page

place-back = ኩሎም ቦታታት
place-not-found = እዚ ቦታ ሕጂ ኣብ ዝርዝር ሃርበር የለን።
place-hours = ሰዓታት ስራሕ
place-hours-line = { $when }: ካብ { $opens } ክሳብ { $closes }
place-when-fortnightly = { $days }፡ ኣብ ክልተ ሰሙን ሓንሳብ
place-when-every-weeks = { $days }፡ ኣብ { $count } ሰሙን ሓንሳብ
place-when-nth = { $nth } { $day } ናይ ወርሒ
place-when-month-days = ዕለት { $days } ናይ ወርሒ
place-when-last-day = ናይ መወዳእታ መዓልቲ ናይ ወርሒ
place-nth-1 = ቀዳማይ
place-nth-2 = ካልኣይ
place-nth-3 = ሳልሳይ
place-nth-4 = ራብዓይ
place-nth-5 = ሓሙሻይ
place-nth-last = ናይ መወዳእታ
place-nth-second-last = ቅድሚ መወዳእታ ዘሎ
place-hours-from = ካብ { $date }
place-hours-to = ክሳብ { $date }
place-address = ኣድራሻ
place-directions = ብኸመይ ከም እትበጽሖ ርአ
place-directions-hint = ናይ ካርታ ኣፕ ወይ ወብሳይት ይኸፍት።
place-call = ናብ { $number } ደውል
place-website = ወብሳይት
place-web-address = ወብሳይት (ውሑስ ሊንክ ስለ ዘይኮነ ሃርበር ኣይኸፍቶን)፡ { $address }
place-languages = ዝዝረቡ ቋንቋታት
place-free = ብነጻ
place-costs = ክፍሊት ክህሉ ይኽእል እዩ። ቅድሚ ምኻድካ ሕተት።
place-ages = ዕድሜ ካብ { $min } ክሳብ { $max } ዓመት
place-age-min = ዕድሜ ካብ { $min } ዓመት ንላዕሊ
place-age-max = ዕድሜ ክሳብ { $max } ዓመት

## Updating places and numbers

places-updated = ቦታታትን ቁጽርታት ሓገዝን ናይ { $date }
places-update = ሓደሽቲ ቦታታትን ቁጽርታትን እንተሃለዉ ርአ
places-update-hint = ሃርበር ካብ ሰርቨሩ እቲ ዝሓደሰ ዝርዝር ናይ ከባቢኻ ይሓትት። ስም ከባቢኻ ጥራይ እዩ ዝለኣኽ። ስምካን ዝዓቀብካዮን ፈጺሙ ኣይለኣኽን።
places-update-checking = ይፍተሽ ኣሎ…
places-update-done = ተሓዲሱ። ሕጂ ኣብ ሃርበር ዘለዉ ቦታታት፡ { $count }።
places-update-same = እቶም ዝሓደሱ ቦታታትን ቁጽርታትን ድሮ ኣለዉኻ።
places-update-offline = ምስ ሰርቨር ሃርበር ክራኸብ ኣይከኣለን። ቦታታትካን ቁጽርታትካን ከም ዝነበሩ ይጸንሑ።
places-update-server = ሰርቨር ሃርበር ሓድሽ ዝርዝር ኣይሰደደን (ጌጋ { $status })። ቦታታትካን ቁጽርታትካን ከም ዝነበሩ ይጸንሑ።
pack-error-not-pack = እቲ ዝመጸ ምሕዳስ ዝርዝር ሃርበር ኣይነበረን። ዝተቐየረ ነገር የለን።
pack-error-signature = እቲ ዝመጸ ምሕዳስ ብሃርበር ስለ ዘይተፈርመ ተነጺጉ። ዝተቐየረ ነገር የለን።
pack-error-damaged = እቲ ዝመጸ ምሕዳስ ተበላሺዩ ስለ ዝነበረ ተነጺጉ። ዝተቐየረ ነገር የለን።
pack-error-format = እቲ ዝመጸ ምሕዳስ ሓድሽ ሕታም ሃርበር የድልዮ። ዝተቐየረ ነገር የለን።
pack-error-older = እቲ ዝመጸ ምሕዳስ ካብቲ ዘለካ ዝርዝር ዝኣረገ ስለ ዝነበረ ተነጺጉ። ዝተቐየረ ነገር የለን።
pack-error-area = እቲ ዝመጸ ምሕዳስ ናይ ካልእ ከባቢ ስለ ዝነበረ ተነጺጉ። ዝተቐየረ ነገር የለን።
kept-content-pack = ናይ ከባቢኻ ቦታታትን ቁጽርታት ሓገዝን
