## App shell

app-name = Harbour
nav-back = Vegere

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = Ev rûpel di Harbour de tune
error-not-found = Li vê navnîşanê di Harbour de rûpelek tune. Daneyên te yên tomarkirî ewle ne.
error-generic-title = Pirsgirêkek derket
error-generic = Ev beşa Harbour nexebitî. Daneyên te yên tomarkirî ewle ne.
error-go-home = Here destpêkê
error-stopped = Harbour ji xebatê sekinî. Wê bigire û dîsa veke. Heke tu di xeterê de yî, li 999 bigere.

## Home

home-title = Harbour
home-intro = Alîkarî û agahî bi zimanê te. Bê înternetê dixebite.
home-menu = Beş
home-numbers = Hejmarên alîkariyê
home-numbers-hint = Ji kesekî ku dikare alîkariyê bike re telefon bike an peyam bişîne
home-language = Ziman
home-language-hint = Zimanê vê sepanê hilbijêre

## Language picker

language-title = Zimanê xwe hilbijêre
language-intro = Tu dikarî vê her dem biguherînî.

## Translation status

translation-draft-label = Derbarê vê wergerê de
translation-draft = Wergera pêşnûme — hîn ji aliyê wergêrekî ve nehatiye kontrolkirin.

## Problems with saved data

store-error-too-new = Ev guhertoya Harbour ji daneyên ku li ser vê telefonê hatine tomarkirin kevntir e. Daneyên te ewle ne û nehatine guhertin, lê heta Harbour neyê nûkirin tiştekî nû nayê tomarkirin.
store-error-corrupt = Daneyên te yên tomarkirî nehatin xwendin. Harbour kopiyek ji wan li aliyekî veqetand û ji nû ve dest pê kir. Tiştek nehat jêbirin.
store-error-unavailable = Harbour niha nikare tiştekî li ser vê cîhazê tomar bike. Tu dîsa jî dikarî wê bikar bînî, lê dema ku tu wê bigirî guhertinên te winda dibin.
content-error-invalid = Ev agahî nehat barkirin. Ji kerema xwe ji karmendê xwe yê berpirsiyar (key worker) bixwaze ku Harbour nû bike.
home-about = Derbarê Harbour de
home-about-hint = Nepenî, û kê ev werger çêkiriye

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Jixwe vekirî ye
other-tab-text = Ev sepan jixwe di tabeke din an di pencereyeke din de vekirî ye. Wê bi kar bîne, an wê bigire û paşê li «Dîsa biceribîne» bitikîne.
other-tab-retry = Dîsa biceribîne
wipe-unfinished = Hêj ne her tişt hat jêbirin, ji ber ku ev sepan di tabeke din an di pencereyeke din de vekirî ye. Li wir wê bigire û paşê li «Dîsa biceribîne» bitikîne.

## Language picker: search and translation status

language-search = Li zimanekî bigere
language-no-match = Ti ziman li gorî lêgerîna te nehat dîtin.
language-your-phone = Zimanê telefona te
language-status-draft = Wergera pêşnûme — hîn ji aliyê wergêrekî ve nehatiye kontrolkirin.
language-status-checked = Ji aliyê wergêrekî ve hatiye kontrolkirin.
language-status-partly = Beşek ji aliyê wergêrekî ve hatiye kontrolkirin: heta niha { $percent }%.
reading-title = Xwendina li ser ekranê
reading-large = Nivîsa mezintir û rengên zelaltir
reading-large-hint = Tîpên mezintir û rengên xurttir li ser her ekranê.
listen-start = Guhdarî bike
listen-pause = Navber bide
listen-resume = Bidomîne
listen-stop = Rawestîne
listen-phone-voice = Bi dengê telefona te tê xwendin.
listen-no-voice = Hîn dengekî tomarkirî an dengê telefonê bi { $language } tune.
listen-recorded = Ev dengê mirovekî ye, ku hatiye tomarkirin.
listen-recorded-machine = Ev dengê kompîturê ye, ku ji bo ceribandinê hatiye tomarkirin. Ne dengê mirovekî ye.
audio-title = Dengên tomarkirî
audio-intro = Nivîsên Harbour, ku mirovek bi dengê bilind dixwîne. Ew tenê dema ku tu bixwazî tên daxistin, ji ber vê yekê heke tu dikarî Wi-Fi bi kar bîne.
audio-none = Hîn dengên tomarkirî bi { $language } tune.
audio-size = { $megabytes } MB
audio-offered = Dengên tomarkirî yên mirovan: { $size }
audio-offered-machine = Dengên tomarkirî yên ceribandinê, bi dengê kompîturê: { $size }
audio-download = Dengên tomarkirî yên bi { $language } daxe — { $size }
audio-downloading = Dengên tomarkirî tên daxistin…
audio-kept = Dengên tomarkirî yên bi { $language } li ser vê telefonê ne ({ $size }). Bi «Guhdarî bike» tu dikarî bê înternetê guh bidî wan.
audio-remove = Dengên tomarkirî jê bibe
audio-removed = Dengên tomarkirî ji vê telefonê hatin jêbirin.
audio-error-offline = Negihîşt servera Harbour. Tiştek nehat guhertin.
audio-error-server = Servera Harbour dengên tomarkirî neşandin (çewtî { $status }). Tiştek nehat guhertin.
audio-error-refused = Dengên tomarkirî xera bûbûn an ji aliyê Harbour ve nehatibûn îmzekirin, ji ber vê yekê hatin redkirin. Tiştek nehat guhertin.
audio-error-format = Ji bo van dengên tomarkirî guhertoyeke nûtir a Harbour lazim e. Tiştek nehat guhertin.
audio-error-locale = Ev dengên tomarkirî ji bo zimanekî din in, ji ber vê yekê hatin redkirin. Tiştek nehat guhertin.
audio-error-size = Dengên tomarkirî ji ya ku ji Harbour re hatibû gotin mezintir bûn, ji ber vê yekê daxistin hat rawestandin. Tiştek nehat guhertin.

## About screen

about-title = Derbarê Harbour de
about-intro = Harbour bi zimanê te alîkarî û agahiyan dide te. Bê înternetê dixebite.
about-privacy-title = Nepeniya te
about-privacy = Di Harbour de hesab (account) tune. Tiştê ku tu tomar dikî li ser vê telefonê dimîne. Dema ku Harbour li agahiyên nû digere, ew tenê navê herêma te dişîne.
about-facts = Agahiyên di Harbour de ji çavkaniyên fermî, rêxistinên xêrxwaz û rêberên hiqûqî tên. Her rûpel dibêje ku agahiyên wê cara dawî kengê hatine kontrolkirin. Qaîde dikarin biguherin: gotina dawî ya parêzerê te an karmendê te yê civakî ye.
about-translation-title = Ev werger
about-translation-language = Ziman: { $language }
about-produced-source = Ev nivîsa orîjînal e. Werger ji vê têne çêkirin.
about-produced-ai-draft = Ev werger wek pêşnûme ji hêla bernameyeke kompûterê (zekaya çêkirî) ve hatiye nivîsandin.
about-produced-translator = Ev werger ji hêla wergêrekî ve hatiye çêkirin.
about-checked-by = Ji aliyê { $checker } ve hatiye kontrolkirin.

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = Çile
date-month-2 = Sibat
date-month-3 = Adar
date-month-4 = Nîsan
date-month-5 = Gulan
date-month-6 = Hezîran
date-month-7 = Tîrmeh
date-month-8 = Tebax
date-month-9 = Îlon
date-month-10 = Cotmeh
date-month-11 = Mijdar
date-month-12 = Kanûn
date-weekday-1 = Duşem
date-weekday-2 = Sêşem
date-weekday-3 = Çarşem
date-weekday-4 = Pêncşem
date-weekday-5 = În
date-weekday-6 = Şemî
date-weekday-7 = Yekşem
