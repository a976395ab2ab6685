## Home: the two ways into setting a phone up

home-setup-import = Përgatit me kodin e punonjësit përgjegjës
home-setup-import-hint = Skano ose ngjit kodin nga takimi i mirëseardhjes
home-key-worker = Përgatit telefonin e një të riu
home-key-worker-hint = Për punonjësit përgjegjës (key workers) dhe punonjësit socialë (social workers)

## Key-worker mode: building a setup at the welcome meeting

kw-title = Përgatit telefonin e një të riu
kw-intro = Plotësojeni këtë së bashku me të riun. Asgjë që shkruani këtu nuk ruhet në këtë telefon dhe nuk dërgohet askund: gjithçka shkon në një kod që e lexon telefoni i tij.
kw-language = Gjuha e tij
kw-name = Emri i tij (nuk është i detyrueshëm)
kw-name-hint = Ky emër shfaqet në fund të mesazheve që dërgon. Mund ta ndryshojë më vonë.
kw-adults = Të rritur të besuar
kw-adults-none = Ende nuk është shtuar asnjë i rritur i besuar.
kw-adult-add = Shto një të rritur të besuar
kw-adult-change = Ndrysho { $name }
kw-adult-remove = Hiq { $name }
kw-area = Zona për vendet pranë tij (nuk është e detyrueshme)
kw-area-hint = Një qytet ose këshill vendor, për shembull Bristol.
kw-plan = Plani i sigurisë, i rënë dakord së bashku
kw-plan-hint = Shkruajini rreshtat me fjalët për të cilat bini dakord, në gjuhën e tij nëse mundeni.
kw-plan-section = Pjesa e planit
kw-plan-line = Rreshti
kw-plan-add = Shto rreshtin
kw-plan-remove = Hiq «{ $line }»
kw-sign = Nënshkruani kodet në emër të organizatës suaj (nuk është e detyrueshme)
kw-sign-hint = Zgjidhni skedarin e çelësit të organizatës suaj. Ai mbetet në këtë pajisje dhe nuk ngarkohet askund.
kw-sign-as = Kodet nënshkruhen nga { $organisation }.
kw-sign-unknown = Ky çelës nuk është në listë për këtë zonë, prandaj kodet e nënshkruara me të shfaqen si të panënshkruara. Kërkojini atij që publikon Harbour në zonën tuaj ta shtojë.
kw-sign-bad = Ky nuk është skedar çelësi. Zgjidhni skedarin që ju dha organizata juaj.
kw-make = Krijo kodin
kw-code-title = Kodi i përgatitjes
kw-code-alt = Kod QR që përgatit Harbour në telefonin e të riut
kw-code-how = Në telefonin e të riut, hapni kamerën dhe drejtojeni te ky kod, pastaj hapni lidhjen që shfaq. Ose, në Harbour në telefonin e tij, zgjidhni «Përgatit me kodin e punonjësit përgjegjës».
kw-numbers = Thuajini të riut me zë këto { $count } shifra. Telefoni i tij do t’i kërkojë pasi të lexojë kodin. Ato nuk janë në kod dhe as në kartë, prandaj kodi vetëm nuk i tregon asgjë askujt tjetër.
kw-code-text = Kodi si tekst, për ta ngjitur nëse kamera nuk e lexon dot
kw-code-size = QR versioni { $version }, { $chars } karaktere.
kw-expires = Ky kod funksionon për { $days } ditë, deri më { $date }. Pas kësaj, krijoni një kod të ri.
kw-print = Printo kartën
kw-changed = Keni ndryshuar diçka pasi u krijua kodi. Krijojeni kodin përsëri.
kw-error-name-too-long = Ky emër është shumë i gjatë. Përdorni të shumtën { $max } karaktere.
kw-error-area-too-long = Kjo është shumë e gjatë. Përdorni të shumtën { $max } karaktere.
kw-error-too-many-adults = Një përgatitje mund të ketë të shumtën { $max } të rritur të besuar.
kw-error-too-many-lines = Një përgatitje mund të ketë të shumtën { $max } rreshta plani.
kw-error-too-large = Kjo është shumë për një kod të vetëm. Hiqni disa rreshta të planit ose shkurtojini, pastaj provoni përsëri.
kw-error-tools = Kodi nuk u krijua dot. Kontrolloni lidhjen një herë dhe provoni përsëri.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = Për të përgatitur Harbour, skanoje këtë kod me kamerën e telefonit tënd. Pastaj shkruaj shifrat që të thotë punonjësi yt përgjegjës.
card-setup-adults = Njerëzit me të cilët mund të lidhesh
card-setup-emergency = Urgjenca (policia, ambulanca, zjarrfikësit): 999
card-setup-runaway = Runaway Helpline, falas, telefono ose dërgo mesazh: 116 000

## Importing a setup on the young person's phone

import-title = Përgatit me kodin e punonjësit përgjegjës
import-intro = Punonjësi yt përgjegjës ka krijuar një kod bashkë me ty. Harbour e lexon në këtë telefon dhe nuk ia dërgon asnjë serveri. Pa shifrat që të thotë punonjësi yt përgjegjës, kodi nuk tregon asgjë, edhe nëse lidhja (link) mbetet në historikun e shfletuesit tënd të internetit.
import-scan = Skano kodin
import-scan-stop = Ndalo kamerën
import-scan-looking = Drejtoje kamerën te kodi…
import-camera-denied = Harbour nuk mund ta përdorë kamerën. Mund ta ngjitësh kodin në vend të kësaj.
import-paste = Ose ngjit kodin
import-read = Lexo kodin
import-checking = Po lexohet kodi…
import-numbers-intro = Harbour e lexoi kodin. Për ta hapur, shkruaj { $count } shifrat që të thotë punonjësi yt përgjegjës.
import-numbers = { $count } shifrat nga punonjësi yt përgjegjës
import-open = Hap kodin
import-tools-error = Kodi nuk u kontrollua dot. Provo përsëri.
import-preview-title = Kjo do t’i shtohet Harbour
import-preview-hint = Kontrolloje me punonjësin tënd përgjegjës. Asgjë nuk ruhet derisa të prekësh «Shto në Harbour».
import-made-by = Krijuar nga { $organisation }
import-unsigned = Ky kod nuk është i nënshkruar nga një organizatë që Harbour e njeh. Shtoje vetëm nëse një punonjës përgjegjës është me ty tani.
import-language = Gjuha: { $language }
import-language-missing = Kjo përgatitje kërkon një gjuhë që Harbour nuk e ka ende ({ $code }). Harbour mbetet në { $language }.
import-name = Emri yt në mesazhe: { $name }
import-name-kept = Emri yt në mesazhe mbetet { $name }.
import-adults = Të rriturit që u beson
import-adult-saved = I ruajtur më parë: mbetet siç është
import-out-of-hours-kept = { $old } mbetet kontakti yt jashtë orarit të punës. Këtë mund ta ndryshosh më vonë te të rriturit që u beson.
import-area = Zona për vendet: { $area }
import-routing-title = Kujt do t’i shkojë «Dua të kthehem»
import-when-weekday-morning = Në një ditë pune, në orën 11:00
import-when-weekday-night = Në një ditë pune, në orën 22:00
import-when-saturday = Të shtunën, në orën 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. Tani për tani mesazhi yt shkon te { $before }.
import-any-time = { $name } nuk ka orar të caktuar. Prandaj { $name } do ta marrë mesazhin tënd në çdo kohë, edhe në mbrëmje dhe në fundjavë.
import-routing-changes = Kjo përgatitje ndryshon se kush e merr mesazhin tënd. Shtoje vetëm nëse punonjësi yt përgjegjës është me ty tani.
import-code = Kodi yt i kyçjes
import-plan = Plani yt i sigurisë
import-confirm = Shto në Harbour
import-cancel = Jo tani
import-cancelled = Nuk u shtua asgjë.
import-done = Harbour është gati.
import-storage-refused = Ky shfletues i internetit mund të fshijë gjërat që ruan Harbour, nëse telefoni ka pak hapësirë të lirë. Mbaj një kopje të numrave të të rriturve që u beson në një vend të sigurt.
import-done-pin = Vendos një kod kyçjeje që vetëm ti të mund ta hapësh Harbour
import-done-home = Shko në fillim
import-save-error = Nuk u ruajt. Nuk ndryshoi asgjë. Provo përsëri.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = Ky nuk është kod përgatitjeje i Harbour.
setup-error-malformed = Ky kod nuk është në rregull. Kërkoji punonjësit tënd përgjegjës ta krijojë përsëri.
setup-error-truncated = U lexua vetëm një pjesë e kodit. Provo përsëri, ose ngjite të gjithë.
setup-error-too-large = Ky kod është shumë i madh për të qenë një përgatitje e Harbour.
setup-error-newer = Ky kod është krijuar nga një version më i ri i Harbour. Përditëso Harbour, pastaj provo përsëri.
setup-error-damaged = Ky kod është i dëmtuar. Provo përsëri, ose kërkoji punonjësit tënd përgjegjës ta krijojë përsëri.
setup-error-expired = Ky kod përgatitjeje është shumë i vjetër. Kërkoji punonjësit tënd përgjegjës të krijojë një kod të ri.
setup-error-numbers = Këto shifra nuk e hapin këtë kod. Kontrolloji me punonjësin tënd përgjegjës dhe shkruaji përsëri.
setup-error-numbers-incomplete = Shkruaj të gjitha { $count } shifrat që të thotë punonjësi yt përgjegjës.
setup-error-adult = Numri i { $name } në këtë përgatitje nuk mund të telefonohet. Kërkoji punonjësit tënd përgjegjës ta krijojë kodin përsëri.
