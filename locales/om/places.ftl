## Home: the way into places near the young person

home-places = Bakkeewwan natti dhiyoo jiran
home-places-hint = Giddugaloota beellama malee (drop-in), kilaboota dargaggootaa fi gargaarsa, sa'aatii banamuu isaanii wajjin

## The list of places

places-title = Bakkeewwan natti dhiyoo jiran
places-example = Bakkeewwan fakkeenyaa: kunneen ammallee bakkeewwan dhugaa miti. Yeroo bakkeewwan naannoo keetii dabalaman hojjetaan kee itti gaafatamaa sitti himuu danda'a.
places-search = Bakkeewwan barbaadi
places-category = Gosa bakkichaa
places-category-all = Gosa hunda
places-category-drop-in = Giddugala beellama malee (drop-in)
places-category-youth-club = Kilaba dargaggootaa
places-category-cultural-centre = Hawaasaa fi aadaa
places-category-worship = Bakka sagadaa
places-category-legal-advice = Gorsa seeraa
places-category-health = Fayyaa
places-category-food = Nyaata
places-category-other = Gargaarsa biroo
places-open-now = Amma banaa
places-free = Kan kaffaltii malee qofa
places-language = Afaan dubbatamu
places-language-any = Afaan kamiyyuu
places-found = Bakkeewwan argaman: { $count }
places-none = Bakki walsimu hin jiru. Filannoowwan muraasa haqiitii irra deebi'ii yaali.
places-show-more = Bakkeewwan dabalataa agarsiisi
places-distance = Fageenya: { $km } km
places-share-location = Bakkeewwan hammam akka sirraa fagaatan agarsiisi
places-share-location-hint = Bakki ati jirtu bilbila kana irratti qofa itti fayyadamama. Hin kuufamu, bakka kamittis hin ergamu.
places-location-failed = Bakki ati jirtu argamuu hin dandeenye. Bakkeewwan fageenya malee agarsiifamu.

## When a place is open

places-open-until = Amma banaa, hanga { $time }
places-opens-today = Cufaa. Har'a sa'aatii { $time } irratti banama
places-opens-tomorrow = Cufaa. Boru sa'aatii { $time } irratti banama
places-opens-day = Cufaa. { $day } sa'aatii { $time } irratti banama
places-opens-date = Cufaa. Guyyaa { $date } sa'aatii { $time } irratti banama
places-closed = Cufaa
places-hours-unknown = Sa'aatiin banamuu hin beekamu

## One place's page

place-back = Bakkeewwan hunda
place-not-found = Bakki kun kana booda tarree Harbour keessa hin jiru.
place-hours = Sa'aatii banamuu
place-hours-line = { $when }: { $opens } hanga { $closes }
place-when-fortnightly = { $days }, torban lamaan al tokko
place-when-every-weeks = { $days }, torban { $count } keessatti al tokko
place-when-nth = { $day } { $nth } ji'aa
place-when-month-days = guyyaa { $days } ji'aa
place-when-last-day = guyyaa dhumaa ji'aa
place-nth-1 = tokkoffaa
place-nth-2 = lammaffaa
place-nth-3 = sadaffaa
place-nth-4 = afraffaa
place-nth-5 = shanaffaa
place-nth-last = dhumaa
place-nth-second-last = dhumaa irraa lammaffaa
place-hours-from = { $date } irraa jalqabee
place-hours-to = hanga { $date }
place-address = Teessoo
place-directions = Karaa agarsiisi
place-directions-hint = Appii kaartaa ykn weebsaayitii bana.
place-call = { $number } bilbili
place-website = Weebsaayitii
place-web-address = Weebsaayitii (liinkii nagaa miti, kanaaf Harbour hin banu): { $address }
place-languages = Afaanota dubbataman
place-free = Kaffaltii malee
place-costs = Kaffaltiin jiraachuu danda'a. Osoo hin deemin dura gaafadhu.
place-ages = Umrii { $min } hanga { $max }
place-age-min = Umrii { $min } fi isaa ol
place-age-max = Hanga umrii { $max }

## Updating places and numbers

places-updated = Bakkeewwanii fi lakkoofsota gargaarsaa, guyyaa { $date }
places-update = Bakkeewwanii fi lakkoofsota haaraa barbaadi
places-update-hint = Kun sarvara Harbour irraa tarree naannoo keetii isa haaraa gaafata. Maqaa naannoo keetii qofatu ergama. Maqaan kee fi wanti ati kuufatte gonkumaa hin ergaman.
places-update-checking = Mirkaneeffamaa jira…
places-update-done = Haaromfameera. Baay'inni bakkeewwan Harbour amma qabu: { $count }.
places-update-same = Bakkeewwanii fi lakkoofsota haaraa duraanuu qabda.
places-update-offline = Sarvara Harbour bira ga'uun hin danda'amne. Bakkeewwanii fi lakkoofsonni kee akkuma turanitti hafu.
places-update-server = Sarvarri Harbour haaromsa hin erganne (dogoggora { $status }). Bakkeewwanii fi lakkoofsonni kee akkuma turanitti hafu.
pack-error-not-pack = Haaromsi kun tarree Harbour hin turre. Homtuu hin jijjiiramne.
pack-error-signature = Haaromsa kana Harbour hin mallatteessine, kanaaf didameera. Homtuu hin jijjiiramne.
pack-error-damaged = Haaromsi kun miidhameera, kanaaf didameera. Homtuu hin jijjiiramne.
pack-error-format = Haaromsi kun versiinii Harbour haaraa barbaada. Homtuu hin jijjiiramne.
pack-error-older = Haaromsi kun tarree ati qabdu caalaa moofaa ture, kanaaf didameera. Homtuu hin jijjiiramne.
pack-error-area = Haaromsi kun naannoo biraatiif ture, kanaaf didameera. Homtuu hin jijjiiramne.
kept-content-pack = Bakkeewwanii fi lakkoofsota gargaarsaa naannoo keetii
