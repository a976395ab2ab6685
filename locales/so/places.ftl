## Home: the way into places near the young person

home-places = Meelaha iga dhow
home-places-hint = Xarumaha ballan la'aanta ah (drop-in), naadiyada dhalinyarada iyo caawimaad, iyo saacadaha ay furan yihiin

## The list of places

places-title = Meelaha iga dhow
places-example = Meelo tusaale ah: kuwani weli ma aha meelo dhab ah. Shaqaalahaaga masuulka ah ayaa kuu sheegi kara marka meelaha deegaankaaga lagu daro.
places-search = Raadi meelo
places-category = Nooca meesha
places-category-all = Dhammaan noocyada
places-category-drop-in = Xarun ballan la'aan ah (drop-in)
places-category-youth-club = Naadiga dhalinyarada
places-category-cultural-centre = Bulshada iyo dhaqanka
places-category-worship = Goobta cibaadada
places-category-legal-advice = Talo sharci
places-category-health = Caafimaad
places-category-food = Cunto
places-category-other = Caawimaad kale
places-open-now = Hadda furan
places-free = Kaliya kuwa bilaashka ah
places-language = Luqadda lagu hadlo
places-language-any = Luqad kasta
places-found = Meelaha la helay: { $count }
places-none = Ma jirto meel ku habboon. Ka saar qaar ka mid ah doorashooyinka oo mar kale isku day.
places-show-more = Tus meelo dheeraad ah
places-distance = Masaafada: { $km } km
places-share-location = Tus inta meeluhu kaa fog yihiin
places-share-location-hint = Meesha aad joogto waxaa lagu isticmaalaa taleefankan oo keliya. Lama kaydiyo, meelna looma diro.
places-location-failed = Meesha aad joogto lama helin. Meelaha waxaa lagu muujinayaa masaafo la'aan.

## When a place is open

places-open-until = Hadda furan, ilaa { $time }
places-opens-today = Xiran. Maanta ayay furmaysaa saacadda { $time }
places-opens-tomorrow = Xiran. Berri ayay furmaysaa saacadda { $time }
places-opens-day = Xiran. Waxay furmaysaa maalinta { $day } saacadda { $time }
places-opens-date = Xiran. Waxay furmaysaa { $date } saacadda { $time }
places-closed = Xiran
places-hours-unknown = Saacadaha furitaanka lama yaqaan

## One place's page

place-back = Dhammaan meelaha
place-not-found = Meeshan hadda kuma jirto liiska Harbour.
place-hours = Saacadaha furitaanka
place-hours-line = { $when }: { $opens } ilaa { $closes }
place-when-fortnightly = { $days }, labadii toddobaadba mar
place-when-every-weeks = { $days }, { $count } toddobaadba mar
place-when-nth = maalinta { $day } ee { $nth } ee bisha
place-when-month-days = maalinta { $days } ee bisha
place-when-last-day = maalinta ugu dambaysa ee bisha
place-nth-1 = koowaad
place-nth-2 = labaad
place-nth-3 = saddexaad
place-nth-4 = afraad
place-nth-5 = shanaad
place-nth-last = ugu dambaysa
place-nth-second-last = ka horraysa tan ugu dambaysa
place-hours-from = laga bilaabo { $date }
place-hours-to = ilaa { $date }
place-address = Cinwaanka
place-directions = Tus jidka
place-directions-hint = Wuxuu furaa app khariidad ah ama bog internet.
place-call = Wac { $number }
place-website = Bogga internetka
place-web-address = Bogga internetka (xiriiriye aan badbaadsanayn, sidaa darteed Harbour ma furo): { $address }
place-languages = Luqadaha lagu hadlo
place-free = Bilaash
place-costs = Waxaa laga yaabaa inay lacag ku baxdo. Weydii ka hor intaadan tegin.
place-ages = Da'da { $min } ilaa { $max }
place-age-min = Da'da { $min } iyo ka weyn
place-age-max = Ilaa da'da { $max }

## Updating places and numbers

places-updated = Meelaha iyo lambarrada caawimaadda, taariikhda { $date }
places-update = Hubi meelo iyo lambarro cusub
places-update-hint = Tani waxay server-ka Harbour ka codsanaysaa liiska ugu cusub ee deegaankaaga. Waxaa la diraa oo keliya magaca deegaankaaga. Magacaaga iyo waxa aad kaydisay weligood lama diro.
places-update-checking = Waa la hubinayaa…
places-update-done = Waa la cusbooneysiiyay. Tirada meelaha Harbour hadda haysto: { $count }.
places-update-same = Horey ayaad u haysataa meelaha iyo lambarrada ugu cusub.
places-update-offline = Server-ka Harbour lama gaari karin. Meelahaaga iyo lambarradaadu sidoodii ayay ku harayaan.
places-update-server = Server-ka Harbour ma soo dirin cusbooneysiin (khalad { $status }). Meelahaaga iyo lambarradaadu sidoodii ayay ku harayaan.
pack-error-not-pack = Cusbooneysiintu ma ahayn liis Harbour. Waxba lama beddelin.
pack-error-signature = Cusbooneysiinta Harbour ma saxiixin, sidaa darteed waa la diiday. Waxba lama beddelin.
pack-error-damaged = Cusbooneysiintu way xumaatay, sidaa darteed waa la diiday. Waxba lama beddelin.
pack-error-format = Cusbooneysiintu waxay u baahan tahay nooc ka cusub oo Harbour ah. Waxba lama beddelin.
pack-error-older = Cusbooneysiintu way ka duugsanayd liiska aad haysato, sidaa darteed waa la diiday. Waxba lama beddelin.
pack-error-area = Cusbooneysiintu waxay u ahayd deegaan kale, sidaa darteed waa la diiday. Waxba lama beddelin.
kept-content-pack = Meelaha iyo lambarrada caawimaadda ee deegaankaaga
