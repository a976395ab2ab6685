## Home: the two ways into setting a phone up

home-setup-import = Koodii hojjetaa kee itti gaafatamaa irraa qindeessi
home-setup-import-hint = Koodii walgahii simannaa irratti argatte iskaanii godhi ykn maxxansi
home-key-worker = Bilbila dargaggoo tokkoo qindeessaa
home-key-worker-hint = Hojjettoota itti gaafatamoo fi hojjettoota hawaasummaatiif

## Key-worker mode: building a setup at the welcome meeting

kw-title = Bilbila dargaggoo tokkoo qindeessaa
kw-intro = Kana dargaggoo sana wajjin waliin guutaa. Wanti isin as barreessitan kamiyyuu bilbila kana irratti hin kuufamu, bakka kamittis hin ergamu: hundi isaa koodii bilbilli isaa dubbisu keessa seena.
kw-language = Afaan isaa
kw-name = Maqaa isaa jalqabaa (dirqama miti)
kw-name-hint = Maqaan kun dhuma ergaa inni ergu irratti barreeffama. Booda jijjiiruu ni danda'a.
kw-adults = Namoota gurguddoo inni amanu
kw-adults-none = Ammallee namni guddaan inni amanu hin dabalamne.
kw-adult-add = Nama guddaa inni amanu dabalaa
kw-adult-change = { $name } jijjiiraa
kw-adult-remove = { $name } haqaa
kw-area = Naannoo bakkeewwan isatti dhiyoo jiraniif (dirqama miti)
kw-area-hint = Magaalaa ykn mana maree naannoo (council), fakkeenyaaf Bristol.
kw-plan = Karoora nageenyaa, kan waliin irratti walii galtan
kw-plan-hint = Sararoota jechoota irratti walii galtaniin barreessaa, yoo danda'ame afaan isaatiin.
kw-plan-section = Kutaa karooraa
kw-plan-line = Sarara
kw-plan-add = Sarara dabalaa
kw-plan-remove = «{ $line }» haqaa
kw-sign = Koodiiwwan maqaa dhaabbata keessaniitiin mallatteessaa (dirqama miti)
kw-sign-hint = Faayilii furtuu dhaabbata keessanii filadhaa. Meeshaa kana irratti hafa, bakka kamittis hin ergamu.
kw-sign-as = Koodiiwwan maqaa { $organisation } jedhuun mallatteeffamu.
kw-sign-unknown = Furtuun kun naannoo kanaaf tarree keessa hin jiru, kanaaf koodiiwwan isaan mallatteeffaman akka hin mallatteeffamneetti mul'atu. Nama odeeffannoo Harbour naannoo keessaniif qopheessu akka isa dabalu gaafadhaa.
kw-sign-bad = Kun faayilii furtuu miti. Faayilii dhaabbanni keessan isinii kenne filadhaa.
kw-make = Koodii uumaa
kw-code-title = Koodii qindaa'inaa
kw-code-alt = Koodii QR kan Harbour bilbila dargaggoo sanaa irratti qindeessu
kw-code-how = Bilbila dargaggoo sanaa irratti kaameraa banaatii gara koodii kanaatti qajeelchaa, achiis liinkii inni agarsiisu banaa. Ykn, Harbour bilbila isaa irratti banaatii «Koodii hojjetaa kee itti gaafatamaa irraa qindeessi» filadhaa.
kw-numbers = Lakkoofsota { $count } kana dargaggoo sanaaf sagaleedhaan himaa. Bilbilli isaa erga koodii dubbisee booda lakkoofsota kana isa gaafata. Lakkoofsonni kun koodii keessas kaardii irras hin jiran; kanaaf koodiin qofti nama biraa kamiifuu homaa hin agarsiisu.
kw-code-text = Koodii akka barreeffamaatti, yoo kaameraan dubbisuu dadhabe maxxansuuf
kw-code-size = QR versiinii { $version }, qubee { $chars }.
kw-expires = Koodiin kun guyyaa { $days }f, hanga { $date }, ni hojjeta. Sana booda koodii haaraa uumaa.
kw-print = Kaardii maxxansaa
kw-changed = Erga koodiin uumamee booda waan tokko jijjiirtaniirtu. Koodii irra deebi'aa uumaa.
kw-error-name-too-long = Maqaan kun baay'ee dheeraa dha. Qubee { $max } hin caalle fayyadamaa.
kw-error-area-too-long = Kun baay'ee dheeraa dha. Qubee { $max } hin caalle fayyadamaa.
kw-error-too-many-adults = Qindaa'inni tokko namoota gurguddoo amanaman { $max } hin caalle qabachuu danda'a.
kw-error-too-many-lines = Qindaa'inni tokko sararoota karooraa { $max } hin caalle qabachuu danda'a.
kw-error-too-large = Kun koodii tokkoof baay'ee dha. Sararoota karooraa muraasa haqaa ykn gabaabsaa, achiis irra deebi'aa yaalaa.
kw-error-tools = Koodiin uumamuu hin dandeenye. Walqunnamtii keessan al tokko mirkaneeffadhaa, irra deebi'aas yaalaa.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = Harbour qindeessuuf koodii kana kaameraa bilbila keetiitiin iskaanii godhi. Sana booda lakkoofsota hojjetaan kee itti gaafatamaa sitti himu barreessi.
card-setup-adults = Namoota ati qunnamuu dandeessu
card-setup-emergency = Balaa hatattamaa (poolisii, ambulaansii, ibidda): 999
card-setup-runaway = Runaway Helpline (sarara gargaarsaa dargaggoota manaa badaniif), bilisa, bilbili ykn ergaa ergi: 116 000

## Importing a setup on the young person's phone

import-title = Koodii hojjetaa kee itti gaafatamaa irraa qindeessi
import-intro = Hojjetaan kee itti gaafatamaa (key worker) si wajjin koodii tokko uumeera. Harbour bilbila kana irratti isa dubbisa, gara sarvara kamiittuu hin ergu. Lakkoofsota hojjetaan kee itti gaafatamaa sitti himu malee koodiin homaa hin agarsiisu, yoo liinkiin sun seenaa (history) biraawzara interneetii kee (web browser) keessatti hafe illee.
import-scan = Koodii iskaanii godhi
import-scan-stop = Kaameraa dhaabi
import-scan-looking = Kaameraa gara koodiitti qajeelchi…
import-camera-denied = Harbour kaameraa fayyadamuu hin danda'u. Kanaa mannaa koodii maxxansuu dandeessa.
import-paste = Ykn koodii maxxansi
import-read = Koodii dubbisi
import-checking = Koodiin dubbifamaa jira…
import-numbers-intro = Harbour koodii dubbiseera. Isa banuuf, lakkoofsota { $count } hojjetaan kee itti gaafatamaa sitti himu barreessi.
import-numbers = Lakkoofsota { $count } hojjetaa kee itti gaafatamaa irraa
import-open = Koodii bani
import-tools-error = Koodiin mirkanaa'uu hin dandeenye. Irra deebi'ii yaali.
import-preview-title = Kun Harbour irratti ni dabalama
import-preview-hint = Hojjetaa kee itti gaafatamaa wajjin mirkaneeffadhu. Hanga «Harbour irratti dabali» tuqxutti homtuu hin kuufamu.
import-made-by = Kan uume: { $organisation }
import-unsigned = Koodiin kun dhaabbata Harbour beekuun hin mallatteeffamne. Yoo hojjetaan itti gaafatamaa tokko amma si wajjin jiraate qofa dabali.
import-language = Afaan: { $language }
import-language-missing = Qindaa'inni kun afaan Harbour ammallee hin qabne gaafata ({ $code }). Harbour { $language } irratti hafa.
import-name = Maqaa kee ergaa keessatti: { $name }
import-name-kept = Maqaan kee ergaa keessatti { $name } ta'ee hafa.
import-adults = Namoota gurguddoo ani amanu
import-adult-saved = Duraan kuufameera: akkuma jirutti hafa
import-out-of-hours-kept = Qunnamtiin kee sa'aatii hojii alaa { $old } ta'ee hafa. Booda namoota gurguddoo ati amantu keessatti kana jijjiiruu dandeessa.
import-area = Naannoo bakkeewwanii: { $area }
import-routing-title = «Deebi'uu barbaada» eenyu bira ga'a
import-when-weekday-morning = Wiixata hanga Jimaataa, sa'aatii 11:00tti
import-when-weekday-night = Wiixata hanga Jimaataa, sa'aatii 22:00tti
import-when-saturday = Sanbata, sa'aatii 14:00tti
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. Hanga ammaatti ergaan kee gara { $before } deema.
import-any-time = { $name } sa'aatii murtaa'e hin qaban. Kanaaf { $name } ergaa kee yeroo kamiyyuu ni argatu, galgala fi dhuma torbaanii dabalatee.
import-routing-changes = Qindaa'inni kun eenyu ergaa kee akka argatu jijjiira. Yoo hojjetaan kee itti gaafatamaa amma si wajjin jiraate qofa dabali.
import-code = Koodii cufaa kee
import-plan = Karoora nageenya kee
import-confirm = Harbour irratti dabali
import-cancel = Amma miti
import-cancelled = Homtuu hin dabalamne.
import-done = Harbour qindaa'eera.
import-storage-refused = Yoo bilbilli bakka gahaa hin qabaanne, biraawzarri interneetii kun (web browser) waan Harbour kuusu haquu danda'a. Garagalcha lakkoofsota bilbilaa namoota gurguddoo ati amantuu bakka nagaa qabutti kuusi.
import-done-pin = Akka ati qofti Harbour banattuuf koodii cufaa kaa'i
import-done-home = Gara jalqabaatti deemi
import-save-error = Kuufamuu hin dandeenye. Homtuu hin jijjiiramne. Irra deebi'ii yaali.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = Kun koodii qindaa'ina Harbour miti.
setup-error-malformed = Koodiin kun sirrii miti. Hojjetaa kee itti gaafatamaa akka irra deebi'ee uumu gaafadhu.
setup-error-truncated = Koodii keessaa kutaan qofti dubbifame. Irra deebi'ii yaali, ykn guutummaa isaa maxxansi.
setup-error-too-large = Koodiin kun qindaa'ina Harbour ta'uuf baay'ee guddaa dha.
setup-error-newer = Koodiin kun versiinii Harbour haaraa ta'een uumame. Harbour haaromsi, achiis irra deebi'ii yaali.
setup-error-damaged = Koodiin kun miidhameera. Irra deebi'ii yaali, ykn hojjetaa kee itti gaafatamaa akka irra deebi'ee uumu gaafadhu.
setup-error-expired = Koodiin qindaa'inaa kun yeroon isaa darbeera. Hojjetaa kee itti gaafatamaa akka koodii haaraa uumu gaafadhu.
setup-error-numbers = Lakkoofsonni kun koodii kana hin banan. Hojjetaa kee itti gaafatamaa wajjin mirkaneeffadhuutii irra deebi'ii barreessi.
setup-error-numbers-incomplete = Lakkoofsota { $count } hojjetaan kee itti gaafatamaa sitti himu hunda barreessi.
setup-error-adult = Lakkoofsa { $name } kan qindaa'ina kana keessa jiru bilbiluun hin danda'amu. Hojjetaa kee itti gaafatamaa akka koodii irra deebi'ee uumu gaafadhu.
