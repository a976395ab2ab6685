## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Derketina bilez
quick-exit-discreet = Bigire

## Privacy and safety screen

home-privacy = Nepenî û ewlehî
home-privacy-hint = Tiştên ku Harbour diparêze, koda kilîtê û derketina bilez
privacy-title = Nepenî û ewlehî
privacy-kept-title = Tiştên ku Harbour li ser vê telefonê diparêze
privacy-kept-intro = Ev lîste ji tiştên ku niha tomarkirî ne hatiye çêkirin.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = Tu tişt ji van ji tu derê re nayê şandin. Di Harbour de hesab tune. Ew tenê agahiyên nû ji servera xwe dadixe. Ji bo vê, ew navê herêma te dişîne, lê qet navê te an tiştên ku te tomar kirine naşîne.
kept-setting = Mîheng (ziman, navê te di peyaman de, kilît)
kept-question = Pirs ji bo parêzer an karmendê te yê civakî
kept-contact = Mezinên ku tu bawerî pê dikî
kept-plan-item = Rêzên plana ewlehiya te
kept-vault = Tiştên te yên tomarkirî, bi koda te kilîtkirî
kept-audio-pack = Dengên tomarkirî yên nivîsên Harbour, ji bo bişkoja «Guhdarî bike»
kept-damaged = Kopiyên xerabûyî yên tiştên ku te tomar kirine
privacy-damaged = Harbour nekarî van kopiyan bixwîne, ji ber vê yekê bêyî tiştekî tomarkirî ji nû ve dest pê kir. Harbour ew parastin, belkî kesek karibe wan tamîr bike. Dibe ku hîn jî mezinên ku tu bawerî pê dikî, plana te û pirsên te di wan de hebin.
privacy-damaged-delete = Kopiyên xerabûyî jê bibe
privacy-server-sees = Wek her malperê, servera Harbour dikare navnîşana înternetê (IP) ya telefona te bibîne, û dema ku Harbour agahiyên nû dadixe.
privacy-quick-exit-title = Derketina bilez
privacy-quick-exit = Bişkoja «Derketina bilez» li jora her ekranê Harbour di cih de vedişêre û hesabkerekê nîşan dide. Bişkoja Paşve Harbour venagerîne. Her tiştê ku te dinivîsand pêşî tê tomarkirin.

## Discreet mode

privacy-discreet-title = Moda veşartî
privacy-discreet = Di moda veşartî de, Harbour navê «Hesabker» û îkoneke hesabkerê nîşan dide. Di ekrana wê ya yekem de tu peyv li ser alîkarî an ewlehiyê tune ne. Navnîşana webê naguhere. Îkoneke ku te berê li ekrana sereke ya telefona xwe zêde kiribe, navê xwe yê kevn diparêze.
privacy-discreet-on = Moda veşartî bi kar bîne
privacy-discreet-off-code = Harbour xwedî koda kilîtê ye, lewma berî ku tu moda veşartî vemirînî, kodê li vir binivîse.
discreet-name = Hesabker
discreet-open = Veke

## Lock code (PIN)

privacy-pin-title = Koda kilîtê
privacy-pin-intro = Tu dikarî Harbour bi kodeke ji 4 heta 12 reqeman kilît bikî. Kod dema Harbour vedibe tê xwestin, û piştî ku Harbour 2 deqîqe li paşperdeyê mabe.
privacy-pin-protects = Bi kodekê, mezinên ku tu bawerî pê dikî, plana te, pirsên te û mîhengên te li ser telefonê kilîtkirî dimînin. Bêyî kodê kes nikare wan bixwîne, heta ku telefona te di destê wî de be jî.
privacy-pin-limits = Heke kesek bibîne ku tu kodê dinivîsî, an te neçar bike ku tu kodê jê re bibêjî, kod nikare wî rawestîne. Kod venaşêre ku Harbour li ser telefonê heye. Moda veşartî di vê yekê de alîkariyê dike.
privacy-pin-longer = Texmînkirina kodeke ji 6 reqeman an zêdetir pir zehmettir e. Rojbûna xwe bi kar neyne.
privacy-pin-current = Koda te ya niha
privacy-pin-change = Kodê biguherîne
privacy-pin-forget-warning = Heke tu kodê ji bîr bikî, riya tenê ya ketinê jêbirina her tiştî di Harbour de ye. Kes nikare wê ji te re ji nû ve saz bike.
privacy-pin-new = Koda nû
privacy-pin-confirm = Kodê dîsa binivîse
privacy-pin-set = Bi vê kodê kilît bike
privacy-pin-is-set = Harbour bi kodê kilîtkirî ye.
privacy-pin-remove = Kodê rake
privacy-pin-saved = Hat tomarkirin. Harbour dê vê kodê bixwaze.
privacy-pin-removed = Kod hat rakirin.
pin-error-length = Divê kod ji 4 heta 12 reqeman be.
pin-error-common = Ev kod pir bi hêsanî tê texmînkirin. Kodeke din hilbijêre.
pin-error-digits = Tenê reqemên 0 heta 9 bi kar bîne.
pin-error-mismatch = Her du kod ne wek hev in.
pin-error-save = Kod nehat tomarkirin. Ji kerema xwe dîsa biceribîne.

## Lock screen

lock-title = Koda xwe binivîse
lock-code = Kod
lock-open = Veke
lock-wrong = Ev kod ne rast e.
lock-wait = Gelek hewl hatin dayîn. Piştî { $seconds } çirkeyan dîsa biceribîne.
lock-forgot = Te kod ji bîr kir?
lock-forgot-explain = Bêyî kodê, riya tenê ya ketinê jêbirina her tiştê ku di Harbour de hatiye tomarkirin e: mezinên ku tu bawerî pê dikî, plana te, pirsên te û mîheng.

## Delete everything

privacy-wipe-title = Her tiştî jê bibe
privacy-wipe = Ev her tiştê ku Harbour li ser vê telefonê tomar kiriye jê dibe: mezinên ku tu bawerî pê dikî, plana ewlehiya te, pirsên te û mîhengên te. Harbour dê wek nû be. Ev nayê vegerandin.
privacy-wipe-button = Her tiştî jê bibe
privacy-wipe-confirm = Tu bawer î? Her tişt dê were jêbirin.
privacy-wipe-yes = Erê, her tiştî jê bibe
privacy-wipe-no = Na, bihêle
privacy-wipe-failed = Harbour nekarî her tiştî jê bibe. Harbour bigire, dîsa veke, û carekê din biceribîne.
privacy-outside = Harbour nikare tiştên ku li derveyî Harbour hatine tomarkirin jê bibe. Peyam û bangên ku tu ji Harbour dest pê dikî di sepana peyaman (Messages) û di lîsteya bangên telefona te de dimînin. Klavyeya te (keyboard) û dîroka geroka te ya webê (history) jî dikarin hin tiştan bi bîr bînin. Heke hewce be, wan li wir jê bibe.
