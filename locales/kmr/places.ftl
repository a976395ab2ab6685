## Home: the way into places near the young person

home-places = Cihên nêzîkî min
home-places-hint = Navendên bê randevû, klûbên ciwanan û alîkarî, bi demên vebûnê

## The list of places

places-title = Cihên nêzîkî min
places-example = Ev cihên mînak in: hîn ne cihên rastîn in. Karmendê te yê berpirsiyar (key worker) dikare ji te re bibêje kengî cihên li herêma te tên zêdekirin.
places-search = Li cihan bigere
places-category = Cureyê cih
places-category-all = Hemû cure
places-category-drop-in = Navenda bê randevû (drop-in)
places-category-youth-club = Klûba ciwanan
places-category-cultural-centre = Civak û çand
places-category-worship = Cihê îbadetê
places-category-legal-advice = Şêwira hiqûqî
places-category-health = Tenduristî
places-category-food = Xwarin
places-category-other = Alîkariyên din
places-open-now = Niha vekirî
places-free = Tenê yên belaş
places-language = Zimanê ku tê axaftin
places-language-any = Her ziman
places-found = Cihên hatine dîtin: { $count }
places-none = Ti cih nehat dîtin. Kêmtir fîltreyan bi kar bîne.
places-show-more = Zêdetir cih nîşan bide
places-distance = { $km } km dûr
places-share-location = Nîşan bide ka cih çiqas dûr in
places-share-location-hint = Cihê ku tu lê yî tenê li ser vê telefonê tê bikaranîn. Ew nayê tomarkirin û ji tu derê re nayê şandin.
places-location-failed = Nehat dîtin ku tu li ku yî. Cih bêyî dûrahiyê tên nîşandan.

## When a place is open

places-open-until = Niha vekirî ye, heta saet { $time }
places-opens-today = Girtî ye. Îro saet { $time } vedibe
places-opens-tomorrow = Girtî ye. Sibê saet { $time } vedibe
places-opens-day = Girtî ye. Roja { $day } saet { $time } vedibe
places-opens-date = Girtî ye. Di { $date } de saet { $time } vedibe
places-closed = Girtî ye
places-hours-unknown = Demên vebûnê nayên zanîn

## One place's page

place-back = Hemû cih
place-not-found = Ev cih êdî ne di lîsteya Harbour de ye.
place-hours = Demên vebûnê
place-hours-line = { $when }: ji { $opens } heta { $closes }
place-when-fortnightly = { $days }, her du hefteyan carekê
place-when-every-weeks = { $days }, her { $count } hefteyan carekê
place-when-nth = { $nth } { $day } di her mehê de
place-when-month-days = roja { $days } di her mehê de
place-when-last-day = roja dawî ya her mehê
place-nth-1 = yekemîn
place-nth-2 = duyemîn
place-nth-3 = sêyemîn
place-nth-4 = çaremîn
place-nth-5 = pêncemîn
place-nth-last = dawîn
place-nth-second-last = berî dawîn
place-hours-from = ji { $date } û pê ve
place-hours-to = heta { $date }
place-address = Navnîşan
place-directions = Rêyê nîşan bide
place-directions-hint = Sepaneke nexşeyê an malperekê vedike.
place-call = Ji { $number } re telefon bike
place-website = Malper
place-web-address = Malper (ne lînkeke ewle ye, ji ber vê yekê Harbour wê venake): { $address }
place-languages = Zimanên ku tên axaftin
place-free = Belaş
place-costs = Dibe ku pere lê bikeve. Berî ku tu biçî bipirse.
place-ages = Temen: { $min } heta { $max } salî
place-age-min = Temen: { $min } salî û mezintir
place-age-max = Heta { $max } salî

## Updating places and numbers

places-updated = Cih û hejmarên alîkariyê (nûkirina { $date })
places-update = Li cih û hejmarên nû kontrol bike
places-update-hint = Ev lîsteya herî nû ya herêma te ji servera Harbour dixwaze. Tenê navê herêma te tê şandin. Navê te û tiştên ku te tomar kirine qet nayên şandin.
places-update-checking = Tê kontrolkirin…
places-update-done = Hat nûkirin. Niha di Harbour de { $count } cih hene.
places-update-same = Cih û hejmarên herî nû jixwe li cem te ne.
places-update-offline = Negihîşt servera Harbour. Cih û hejmarên te wek xwe dimînin.
places-update-server = Servera Harbour nûkirin neşand (çewtî { $status }). Cih û hejmarên te wek xwe dimînin.
pack-error-not-pack = Nûkirin ne lîsteyeke Harbour bû. Tiştek nehat guhertin.
pack-error-signature = Nûkirin ji aliyê Harbour ve nehatibû îmzekirin, ji ber vê yekê hat redkirin. Tiştek nehat guhertin.
pack-error-damaged = Nûkirin xera bûbû, ji ber vê yekê hat redkirin. Tiştek nehat guhertin.
pack-error-format = Ji bo vê nûkirinê guhertoyeke nûtir a Harbour lazim e. Tiştek nehat guhertin.
pack-error-older = Nûkirin ji lîsteya ku li cem te ye kevntir bû, ji ber vê yekê hat redkirin. Tiştek nehat guhertin.
pack-error-area = Nûkirin ji bo herêmeke din bû, ji ber vê yekê hat redkirin. Tiştek nehat guhertin.
kept-content-pack = Cih û hejmarên alîkariyê ji bo herêma te
