## Home: the two ways into setting a phone up

home-setup-import = Bi koda karmendê berpirsiyar saz bike
home-setup-import-hint = Koda ji civîna pêşwaziyê skan bike an pêve bike
home-key-worker = Telefona ciwanekî saz bike
home-key-worker-hint = Ji bo karmendên berpirsiyar û karmendên civakî

## Key-worker mode: building a setup at the welcome meeting

kw-title = Telefona ciwanekî saz bike
kw-intro = Vê formê bi hev re, digel ciwan tije bike. Tiştên ku tu li vir dinivîsî ne li ser vê telefonê tên tomarkirin, ne jî ji tu derê re tên şandin: hemû dikevin nav kodekê ku telefona ciwan wê dixwîne.
kw-language = Zimanê ciwan
kw-name = Navê ciwan ê pêşîn (ne mecbûrî)
kw-name-hint = Peyamên ku ciwan dişîne bi vî navî diqedin. Ew dikare paşê wî biguherîne.
kw-adults = Mezinên ku ciwan bawerî pê dike
kw-adults-none = Hîn tu mezinê ku ciwan bawerî pê dike lê nehatiye zêdekirin.
kw-adult-add = Mezinekî ku ciwan bawerî pê dike lê zêde bike
kw-adult-change = { $name } biguherîne
kw-adult-remove = { $name } jê bibe
kw-area = Herêm ji bo cihên nêzîk (ne mecbûrî)
kw-area-hint = Bajarek an şaredariyek, wek mînak Bristol.
kw-plan = Plana ewlehiyê, bi hev re lihevkirî
kw-plan-hint = Rêzan bi wan gotinên ku hûn li ser li hev dikin binivîse, heke dibe bi zimanê ciwan.
kw-plan-section = Beşa planê
kw-plan-line = Rêz
kw-plan-add = Rêzê lê zêde bike
kw-plan-remove = «{ $line }» jê bibe
kw-sign = Kodan bi navê rêxistina xwe îmze bike (ne mecbûrî)
kw-sign-hint = Pelê miftê yê rêxistina xwe hilbijêre. Ew li ser vê amûrê dimîne û ji tu derê re nayê şandin.
kw-sign-as = Kod bi navê { $organisation } tên îmzekirin.
kw-sign-unknown = Ev mifte ji bo vê herêmê di lîsteyê de tune ye, ji ber vê yekê kodên ku bi wê tên îmzekirin wek neîmzekirî xuya dikin. Ji kesê ku Harbour li herêma te diweşîne bixwaze ku wê lê zêde bike.
kw-sign-bad = Ev ne pelê miftê ye. Wî pelî hilbijêre ku rêxistina te daye te.
kw-make = Kodê çêke
kw-code-title = Koda sazkirinê
kw-code-alt = Koda QR ku Harbour li ser telefona ciwan saz dike
kw-code-how = Li ser telefona ciwan kamerayê veke û ber bi vê kodê ve bigire, paşê lînka ku ew nîşan dide veke. An jî, li ser telefona ciwan Harbour veke û «Bi koda karmendê berpirsiyar saz bike» hilbijêre.
kw-numbers = Van { $count } reqeman ji ciwan re bibêje. Telefona ciwan piştî ku kodê bixwîne van reqeman dixwaze. Ev reqem ne di kodê de ne, ne jî li ser kartê ne, ji ber vê yekê kod bi tena serê xwe tiştekî nîşanî kesekî din nade.
kw-code-text = Kod wek nivîs, ji bo pêvekirinê heke kamera nikaribe wê bixwîne
kw-code-size = Guhertoya QR { $version }, { $chars } tîp.
kw-expires = Ev kod { $days } rojan dixebite, heta { $date }. Piştî wê, kodeke nû çêke.
kw-print = Kartê çap bike
kw-changed = Te piştî çêkirina kodê tiştek guhert. Kodê dîsa çêke.
kw-error-name-too-long = Ev nav pir dirêj e. Herî zêde { $max } tîpan bi kar bîne.
kw-error-area-too-long = Ev pir dirêj e. Herî zêde { $max } tîpan bi kar bîne.
kw-error-too-many-adults = Sazkirinek herî zêde dikare { $max } mezinên ku ciwan bawerî pê dike bigire.
kw-error-too-many-lines = Sazkirinek herî zêde dikare { $max } rêzên planê bigire.
kw-error-too-large = Ev ji bo kodekê pir zêde ye. Hin rêzên planê jê bibe an wan kurttir bike, paşê dîsa biceribîne.
kw-error-tools = Kod nehat çêkirin. Carekê girêdana xwe ya înternetê kontrol bike û dîsa biceribîne.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = Ji bo sazkirina Harbour vê kodê bi kameraya telefona xwe skan bike. Paşê wan reqeman binivîse ku karmendê te yê berpirsiyar ji te re dibêje.
card-setup-adults = Kesên ku tu dikarî bigihîjî wan
card-setup-emergency = Acîl (polîs, ambulans, agirkujî): 999
card-setup-runaway = Runaway Helpline (xeta alîkariyê ji bo yên ku winda bûne), belaş, telefon an peyam: 116 000

## Importing a setup on the young person's phone

import-title = Bi koda karmendê berpirsiyar saz bike
import-intro = Karmendê te yê berpirsiyar (key worker) bi te re kodek çêkiriye. Harbour wê li ser vê telefonê dixwîne û wê ji tu serverê re naşîne. Bêyî wan reqemên ku karmendê te yê berpirsiyar ji te re dibêje, kod tiştekî nîşan nade, heke lînk di dîroka geroka te ya webê de (history) bimîne jî.
import-scan = Kodê skan bike
import-scan-stop = Kamerayê rawestîne
import-scan-looking = Kamerayê ber bi kodê ve bigire…
import-camera-denied = Harbour nikare kamerayê bi kar bîne. Li şûna wê tu dikarî kodê pêve bikî.
import-paste = An kodê pêve bike
import-read = Kodê bixwîne
import-checking = Kod tê xwendin…
import-numbers-intro = Harbour kod xwend. Ji bo ku tu wê vekî, wan { $count } reqeman binivîse ku karmendê te yê berpirsiyar ji te re dibêje.
import-numbers = { $count } reqemên ji karmendê te yê berpirsiyar
import-open = Kodê veke
import-tools-error = Kod nehat kontrolkirin. Dîsa biceribîne.
import-preview-title = Ev dê li Harbour were zêdekirin
import-preview-hint = Bi karmendê xwe yê berpirsiyar re kontrol bike. Heta ku tu li «Li Harbour zêde bike» nedî, tiştek nayê tomarkirin.
import-made-by = Ji aliyê { $organisation } ve hatiye çêkirin
import-unsigned = Ev kod ji aliyê rêxistineke ku Harbour nas dike ve nehatiye îmzekirin. Tenê heke karmendekî berpirsiyar niha bi te re be, wê zêde bike.
import-language = Ziman: { $language }
import-language-missing = Ev sazkirin zimanekî dixwaze ku hîn di Harbour de tune ({ $code }). Harbour bi { $language } dimîne.
import-name = Navê te di peyaman de: { $name }
import-name-kept = Navê te di peyaman de { $name } dimîne.
import-adults = Mezinên ku tu bawerî pê dikî
import-adult-saved = Berê hatiye tomarkirin: wek xwe dimîne
import-out-of-hours-kept = { $old } wek têkiliya te ya derveyî demên kar dimîne. Tu dikarî vê paşê di nav mezinên ku tu bawerî pê dikî de biguherînî.
import-area = Herêm ji bo cihan: { $area }
import-routing-title = «Ez dixwazim vegerim» dê bigihîje kê
import-when-weekday-morning = Di rojeke kar de, saet 11:00
import-when-weekday-night = Di rojeke kar de, saet 22:00
import-when-saturday = Roja Şemiyê, saet 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. Niha peyama te digihîje { $before }.
import-any-time = Ji bo { $name } demên diyar tune ne. Ji ber vê yekê { $name } dê peyama te her dem bistîne, bi êvaran û di dawiya hefteyê de jî.
import-routing-changes = Ev sazkirin diguherîne ka kî peyama te distîne. Tenê heke karmendê te yê berpirsiyar niha bi te re be, wê zêde bike.
import-code = Koda te ya kilîtê
import-plan = Plana te ya ewlehiyê
import-confirm = Li Harbour zêde bike
import-cancel = Ne niha
import-cancelled = Tiştek nehat zêdekirin.
import-done = Harbour hat sazkirin.
import-storage-refused = Heke li ser telefonê cih kêm bibe, dibe ku ev geroka webê tiştên ku Harbour tomar dike jê bibe. Kopiyeke hejmarên mezinên ku tu bawerî pê dikî li cihekî ewle bihêle.
import-done-pin = Kodeke kilîtê deyne da ku tenê tu bikaribî Harbour vekî
import-done-home = Here destpêkê
import-save-error = Nehat tomarkirin. Tiştek nehat guhertin. Dîsa biceribîne.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = Ev ne koda sazkirinê ya Harbour e.
setup-error-malformed = Ev kod ne rast e. Ji karmendê xwe yê berpirsiyar bixwaze ku wê dîsa çêke.
setup-error-truncated = Tenê beşek ji kodê hat xwendin. Dîsa biceribîne, an tevahiya kodê pêve bike.
setup-error-too-large = Ev kod ji bo sazkirina Harbour pir mezin e.
setup-error-newer = Ev kod bi guhertoyeke nûtir a Harbour hatiye çêkirin. Harbour nû bike, paşê dîsa biceribîne.
setup-error-damaged = Ev kod xera bûye. Dîsa biceribîne, an ji karmendê xwe yê berpirsiyar bixwaze ku wê dîsa çêke.
setup-error-expired = Ev koda sazkirinê pir kevn e. Ji karmendê xwe yê berpirsiyar bixwaze ku kodeke nû çêke.
setup-error-numbers = Ev reqem vê kodê venakin. Bi karmendê xwe yê berpirsiyar re wan kontrol bike û dîsa binivîse.
setup-error-numbers-incomplete = Hemû { $count } reqemên ku karmendê te yê berpirsiyar ji te re dibêje binivîse.
setup-error-adult = Hejmara { $name } di vê sazkirinê de nayê telefonkirin. Ji karmendê xwe yê berpirsiyar bixwaze ku kodê dîsa çêke.
