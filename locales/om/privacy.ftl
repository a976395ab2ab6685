## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Ariitii ba'i
quick-exit-discreet = Cufi

## Privacy and safety screen

home-privacy = Iccitii fi nageenya
home-privacy-hint = Waan Harbour kuusu, koodii cufaa, fi ariitii ba'uu
privacy-title = Iccitii fi nageenya
privacy-kept-title = Waan Harbour bilbila kana irratti kuusu
privacy-kept-intro = Tarreen kun waan amma kuufame irraa hojjetame.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = Kana keessaa homtuu bakka kamittuu hin ergamu. Harbour herrega hin qabu. Sarvara mataa isaa irraa odeeffannoo haaraa qofa buusa. Kanaaf maqaa naannoo keetii erga, garuu maqaa kee ykn waan ati kuufatte gonkumaa hin ergu.
kept-setting = Qindaa'ina (afaan, maqaa kee ergaa keessatti, cufaa)
kept-question = Gaaffilee abukaattoo kee ykn hojjetaa hawaasummaa keetiif
kept-contact = Namoota gurguddoo ati amantu
kept-plan-item = Sarara karoora nageenya keetii
kept-vault = Wantoota ati kuufatte, koodii keetiin cufaman
kept-audio-pack = Sagaleewwan galmaa'an kan jechoota Harbour dubbisan, qabduun «Dhaggeeffadhu» kan itti fayyadamu
kept-damaged = Garagalchoota manca'an kan waan ati kuufatte
privacy-damaged = Harbour garagalchoota kana dubbisuu hin dandeenye, kanaaf wanti tokkollee osoo hin kuufamin haaraatti jalqabe. Tarii namni tokko isaan suphuu danda'a jedhee isaan kuuse. Ammallee namoota gurguddoo ati amantu, karoora kee fi gaaffilee kee qabaachuu danda'u.
privacy-damaged-delete = Garagalchoota manca'an haqi
privacy-server-sees = Akkuma marsariitii kamiyyuu, sarvarri Harbour teessoo interneetii (IP) bilbila keetii fi yeroo Harbour odeeffannoo haaraa buusu arguu danda'a.
privacy-quick-exit-title = Ariitii ba'i
privacy-quick-exit = Qabduun «Ariitii ba'i» kan fuula hunda irratti argamu Harbour yeroo sana dhoksee shallagduu agarsiisa. Qabduun Duubatti Harbour hin deebisu. Wanti ati barreessaa turte hundi dursee ni kuufama.

## Discreet mode

privacy-discreet-title = Haala dhokataa
privacy-discreet = Haala dhokataa keessatti, Harbour maqaa «Shallagduu» fi mallattoo (icon) shallagduu agarsiisa. Fuulli isaa jalqabaa jecha gargaarsa ykn nageenya ilaalu tokkollee hin qabu. Teessoon marsariitii (web address) hin jijjiiramu. Mallattoon ati duraan fuula jalqabaa bilbila keetii (home screen) irratti dabalte maqaa isaa moofaa qabatee hafa.
privacy-discreet-on = Haala dhokataa fayyadami
privacy-discreet-off-code = Harbour koodii cufaa qaba, kanaaf osoo haala dhokataa hin dhaamsin dura koodii as barreessi.
discreet-name = Shallagduu
discreet-open = Bani

## Lock code (PIN)

privacy-pin-title = Koodii cufaa
privacy-pin-intro = Harbour koodii lakkoofsota 4 hanga 12 qabuun cufuu dandeessa. Koodiin yeroo Harbour banamu, akkasumas erga Harbour daqiiqaa 2 duubatti ture booda ni gaafatama.
privacy-pin-protects = Koodii yoo qabaatte, namoonni gurguddoon ati amantu, karoorri kee, gaaffileen kee fi qindaa'inni kee bilbila irratti cufamanii kuufamu. Koodii malee namni tokkollee isaan dubbisuu hin danda'u, bilbilli kee harka isaa jiraatus.
privacy-pin-limits = Koodiin nama yeroo ati barreessitu si argu, ykn nama akka itti himtu si dirqisiisu dhorkuu hin danda'u. Akka Harbour bilbila irra jiru hin dhoksu. Kanaaf haalli dhokataa si gargaara.
privacy-pin-longer = Koodii lakkoofsota 6 ykn isaa ol qabu koodii gabaabaa caalaa tilmaamuun baay'ee ulfaataa dha. Guyyaa dhalootaa kee hin fayyadamin.
privacy-pin-current = Koodii ati amma fayyadamtu
privacy-pin-change = Koodii jijjiiri
privacy-pin-forget-warning = Yoo koodii irraanfatte, karaan deebitee itti seentu qofti waan Harbour keessa jiru hunda haquu dha. Namni siif deebisee qindeessu hin jiru.
privacy-pin-new = Koodii haaraa
privacy-pin-confirm = Koodii irra deebi'ii barreessi
privacy-pin-set = Koodii kanaan cufi
privacy-pin-is-set = Harbour koodiin cufameera.
privacy-pin-remove = Koodii haqi
privacy-pin-saved = Kuufameera. Harbour koodii kana ni gaafata.
privacy-pin-removed = Koodiin haqameera.
pin-error-length = Koodiin lakkoofsota 4 hanga 12 qabaachuu qaba.
pin-error-common = Koodii kana tilmaamuun baay'ee salphaa dha. Kan biraa filadhu.
pin-error-digits = Lakkoofsota 0 hanga 9 qofa fayyadami.
pin-error-mismatch = Koodiiwwan lamaan walfakkaataa miti.
pin-error-save = Koodiin kuufamuu hin dandeenye. Maaloo irra deebi'ii yaali.

## Lock screen

lock-title = Koodii kee galchi
lock-code = Koodii
lock-open = Bani
lock-wrong = Koodiin sun sirrii miti.
lock-wait = Yaaliin baay'ateera. Sekondii { $seconds } booda irra deebi'ii yaali.
lock-forgot = Koodii irraanfattee?
lock-forgot-explain = Koodii malee, karaan itti seenamu qofti waan Harbour keessatti kuufame hunda haquu dha: namoota gurguddoo ati amantu, karoora kee, gaaffilee kee fi qindaa'ina.

## Delete everything

privacy-wipe-title = Hunda haqi
privacy-wipe = Kun waan Harbour bilbila kana irratti kuuse hunda haqa: namoota gurguddoo ati amantu, karoora nageenya keetii, gaaffilee kee fi qindaa'ina kee. Harbour akka haaraa ta'a. Kun deebi'uu hin danda'u.
privacy-wipe-button = Hunda haqi
privacy-wipe-confirm = Mirkaneeffattee? Wanti hundi ni haqama.
privacy-wipe-yes = Eeyyee, hunda haqi
privacy-wipe-no = Lakki, haa turu
privacy-wipe-failed = Harbour hunda haquu hin dandeenye. Harbour cufiitii irra deebi'ii bani, achiis ammas yeroo tokko yaali.
privacy-outside = Harbour waan Harbour alatti kuufame haquu hin danda'u. Ergaan ati ergituu fi bilbilli ati Harbour irraa bilbiltu appii ergaa (Messages) fi tarree bilbilaalee bilbila keetii keessatti hafu. Kiiboordiin kee (keyboard) fi seenaan (history) biraawzara interneetii kee wantoota tokko tokko yaadachuu danda'u. Yoo si barbaachise achitti isaan haqi.
