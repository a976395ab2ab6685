## Home: the way into places near the young person

home-places = Vende pranë meje
home-places-hint = Qendra ku shkon pa takim (drop-in), klube të rinjsh dhe ndihmë, me oraret e hapjes

## The list of places

places-title = Vende pranë meje
places-example = Vende shembull: këto ende nuk janë vende të vërteta. Punonjësi yt përgjegjës mund të të thotë kur shtohen vendet e zonës sate.
places-search = Kërko vende
places-category = Lloji i vendit
places-category-all = Të gjitha llojet
places-category-drop-in = Qendër pa takim (drop-in)
places-category-youth-club = Klubi i të rinjve
places-category-cultural-centre = Komuniteti dhe kultura
places-category-worship = Vend lutjeje
places-category-legal-advice = Këshilla ligjore
places-category-health = Shëndeti
places-category-food = Ushqim
places-category-other = Ndihmë tjetër
places-open-now = Hapur tani
places-free = Vetëm falas
places-language = Gjuha që flitet
places-language-any = Çdo gjuhë
places-found = Vende të gjetura: { $count }
places-none = Asnjë vend nuk përputhet. Provo me më pak filtra.
places-show-more = Trego më shumë vende
places-distance = { $km } km larg
places-share-location = Trego sa larg janë vendet
places-share-location-hint = Vendndodhja jote përdoret vetëm në këtë telefon. Nuk ruhet dhe nuk dërgohet askund.
places-location-failed = Vendndodhja jote nuk u gjet dot. Vendet shfaqen pa largësinë.

## When a place is open

places-open-until = Hapur tani, deri në orën { $time }
places-opens-today = Mbyllur. Hapet sot në orën { $time }
places-opens-tomorrow = Mbyllur. Hapet nesër në orën { $time }
places-opens-day = Mbyllur. Hapet ditën { $day } në orën { $time }
places-opens-date = Mbyllur. Hapet më { $date } në orën { $time }
places-closed = Mbyllur
places-hours-unknown = Oraret e hapjes nuk dihen

## One place's page

place-back = Të gjitha vendet
place-not-found = Ky vend nuk është më në listën e Harbour.
place-hours = Oraret e hapjes
place-hours-line = { $when }: nga { $opens } deri në { $closes }
place-when-fortnightly = { $days }, çdo dy javë
place-when-every-weeks = { $days }, çdo { $count } javë
place-when-nth = { $day } e { $nth } e muajit
place-when-month-days = dita { $days } e muajit
place-when-last-day = dita e fundit e muajit
place-nth-1 = parë
place-nth-2 = dytë
place-nth-3 = tretë
place-nth-4 = katërt
place-nth-5 = pestë
place-nth-last = fundit
place-nth-second-last = parafundit
place-hours-from = duke filluar më { $date }
place-hours-to = deri më { $date }
place-address = Adresa
place-directions = Trego rrugën
place-directions-hint = Hap një aplikacion hartash ose një faqe interneti.
place-call = Telefono { $number }
place-website = Faqja e internetit
place-web-address = Faqja e internetit (nuk është lidhje e sigurt, ndaj Harbour nuk e hap): { $address }
place-languages = Gjuhët që fliten
place-free = Falas
place-costs = Mund të kushtojë diçka. Pyet para se të shkosh.
place-ages = Mosha nga { $min } deri në { $max } vjeç
place-age-min = Mosha { $min } vjeç e lart
place-age-max = Deri në moshën { $max } vjeç

## Updating places and numbers

places-updated = Vendet dhe numrat e ndihmës, të datës { $date }
places-update = Kontrollo për vende dhe numra të rinj
places-update-hint = Kjo i kërkon serverit të Harbour listën më të re për zonën tënde. Dërgohet vetëm emri i zonës tënde. Emri yt dhe çfarë ke ruajtur nuk dërgohen kurrë.
places-update-checking = Po kontrollohet…
places-update-done = U përditësua. Numri i vendeve në Harbour tani: { $count }.
places-update-same = I ke tashmë vendet dhe numrat më të rinj.
places-update-offline = Serveri i Harbour nuk u arrit dot. Lista jote e vendeve dhe numrave mbetet siç ishte.
places-update-server = Serveri i Harbour nuk dërgoi përditësim (gabimi { $status }). Lista jote e vendeve dhe numrave mbetet siç ishte.
pack-error-not-pack = Përditësimi nuk ishte një listë e Harbour. Nuk u ndryshua asgjë.
pack-error-signature = Përditësimi nuk ishte i nënshkruar nga Harbour, prandaj u refuzua. Nuk u ndryshua asgjë.
pack-error-damaged = Përditësimi ishte i dëmtuar, prandaj u refuzua. Nuk u ndryshua asgjë.
pack-error-format = Ky përditësim kërkon një version më të ri të Harbour. Nuk u ndryshua asgjë.
pack-error-older = Përditësimi ishte më i vjetër se lista që ke, prandaj u refuzua. Nuk u ndryshua asgjë.
pack-error-area = Përditësimi ishte për një zonë tjetër, prandaj u refuzua. Nuk u ndryshua asgjë.
kept-content-pack = Vendet dhe numrat e ndihmës për zonën tënde
