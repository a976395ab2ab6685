## Home: the two ways into setting a phone up

home-setup-import = Ku diyaari koodhka shaqaalahaaga masuulka ah
home-setup-import-hint = Iskaan garee ama dhaji koodhka kulanka soo dhaweynta
home-key-worker = Diyaari taleefanka qof dhallinyaro ah
home-key-worker-hint = Loogu talagalay shaqaalaha masuulka ah (key workers) iyo shaqaalaha bulshada (social workers)

## Key-worker mode: building a setup at the welcome meeting

kw-title = Diyaari taleefanka qof dhallinyaro ah
kw-intro = Foomkan la buuxi qofka dhallinyarada ah. Waxa aad halkan ku qorto midna laguma kaydiyo taleefankan, meelna looma diro: dhammaan waxay galaan koodh uu taleefankiisu akhriyo.
kw-language = Luqaddiisa
kw-name = Magaciisa koowaad (ikhtiyaari)
kw-name-hint = Magacani wuxuu ku qornaanayaa dhammaadka fariimaha uu diro. Hadhow wuu beddeli karaa.
kw-adults = Dadka waaweyn ee uu aamino
kw-adults-none = Weli lama darin qof weyn oo uu aamino.
kw-adult-add = Ku dar qof weyn oo uu aamino
kw-adult-change = Beddel { $name }
kw-adult-remove = Ka saar { $name }
kw-area = Deegaanka meelaha u dhow (ikhtiyaari)
kw-area-hint = Magaalo ama gole deegaan, tusaale ahaan Bristol.
kw-plan = Qorshaha badbaadada, oo wada jir lagu ansixiyay
kw-plan-hint = Sadarrada ku qor ereyada aad isku raacdaan, luqaddiisa haddii ay suurtagal tahay.
kw-plan-section = Qaybta qorshaha
kw-plan-line = Sadar
kw-plan-add = Ku dar sadarka
kw-plan-remove = Ka saar «{ $line }»
kw-sign = Ku saxiix koodhadhka magaca hay'addaada (ikhtiyaari)
kw-sign-hint = Dooro faylka furaha ee hay'addaada. Wuxuu ku jiraa qalabkan oo keliya, meelna looma diro.
kw-sign-as = Koodhadhka waxaa lagu saxiixayaa magaca { $organisation }.
kw-sign-unknown = Furahan kuma jiro liiska deegaankan, sidaa darteed koodhadhka lagu saxiixo waxay u muuqdaan kuwo aan la saxiixin. Weydii cidda Harbour ku faafisa deegaankaaga inay ku daraan.
kw-sign-bad = Kani maaha fayl fure. Dooro faylka ay hay'addaadu ku siisay.
kw-make = Samee koodhka
kw-code-title = Koodhka diyaarinta
kw-code-alt = Koodh QR ah oo Harbour ku diyaariya taleefanka qofka dhallinyarada ah
kw-code-how = Taleefanka qofka dhallinyarada ah, fur kamaradda oo u jihee koodhkan, kadibna fur xiriiriyaha (link) uu muujiyo. Ama, Harbour-ka ku jira taleefankiisa, dooro «Ku diyaari koodhka shaqaalahaaga masuulka ah».
kw-numbers = Qofka dhallinyarada ah afka ugu sheeg { $count }-da god ee halkan ku qoran. Taleefankiisu wuxuu weydiinayaa godadkan kadib marka uu akhriyo koodhka. Godadkan kuma jiraan koodhka ama kaarka, sidaas darteed koodhka oo kaliya waxba uma muujiyo qof kale.
kw-code-text = Koodhka oo qoraal ah, in la dhejiyo haddii kamaraddu akhrin weydo
kw-code-size = QR nooca { $version }, { $chars } xaraf.
kw-expires = Koodhkani wuxuu shaqaynayaa { $days } maalmood, ilaa { $date }. Kadib samee koodh cusub.
kw-print = Daabac kaarka
kw-changed = Wax baad beddeshay kadib markii koodhka la sameeyay. Koodhka mar kale samee.
kw-error-name-too-long = Magacani aad buu u dheer yahay. Isticmaal ugu badnaan { $max } xaraf.
kw-error-area-too-long = Tani aad bay u dheer tahay. Isticmaal ugu badnaan { $max } xaraf.
kw-error-too-many-adults = Hal diyaarin waxaa ku jiri kara ugu badnaan { $max } qof oo waaweyn oo uu aamino.
kw-error-too-many-lines = Hal diyaarin waxaa ku jiri kara ugu badnaan { $max } sadar oo qorshaha ah.
kw-error-too-large = Tani way ka badan tahay hal koodh. Ka saar qaar ka mid ah sadarrada qorshaha ama soo gaabi, kadib mar kale isku day.
kw-error-tools = Koodhka lama samayn karin. Hal mar hubi xiriirkaaga oo mar kale isku day.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = Si aad u diyaariso Harbour, koodhkan ku iskaan garee kamaradda taleefankaaga. Kadib qor godadka shaqaalahaaga masuulka ah uu kuu sheego.
card-setup-adults = Dadka aad la xiriiri karto
card-setup-emergency = Xaalad degdeg ah (booliis, ambalaas, dab-damis): 999
card-setup-runaway = Runaway Helpline, bilaash, wac ama fariin dir: 116 000

## Importing a setup on the young person's phone

import-title = Ku diyaari koodhka shaqaalahaaga masuulka ah
import-intro = Shaqaalahaaga masuulka ah ayaa koodh kula sameeyay. Harbour wuxuu ku akhriyaa taleefankan, uma dirona wax server ah. Haddii aadan haysan godadka shaqaalahaaga masuulka ah uu kuu sheego, koodhku waxba ma muujiyo, xitaa haddii xiriiriyaha (link) uu ku haro taariikhda (history) biraawsarkaaga (web browser).
import-scan = Iskaan garee koodhka
import-scan-stop = Jooji kamaradda
import-scan-looking = Kamaradda u jihee koodhka…
import-camera-denied = Harbour ma isticmaali karo kamaradda. Taa beddelkeeda koodhka waad dhejin kartaa.
import-paste = Ama dhaji koodhka
import-read = Akhri koodhka
import-checking = Koodhka ayaa la akhrinayaa…
import-numbers-intro = Harbour wuu akhriyay koodhka. Si aad u furto, qor { $count }-da god ee shaqaalahaaga masuulka ah uu kuu sheego.
import-numbers = { $count }-da god ee shaqaalahaaga masuulka ah
import-open = Fur koodhka
import-tools-error = Koodhka lama hubin karin. Mar kale isku day.
import-preview-title = Tan ayaa lagu dari doonaa Harbour
import-preview-hint = La hubi shaqaalahaaga masuulka ah. Waxba lama kaydinayo ilaa aad taabato «Ku dar Harbour».
import-made-by = Waxaa sameeyay { $organisation }
import-unsigned = Koodhkan ma aha mid ay saxiixday hay'ad uu Harbour yaqaan. Ku dar oo keliya haddii shaqaale masuul ahi uu hadda kula joogo.
import-language = Luqadda: { $language }
import-language-missing = Diyaarintan waxay weydiinaysaa luqad uusan Harbour weli lahayn ({ $code }). Harbour wuxuu ku sii jirayaa { $language }.
import-name = Magacaaga fariimaha: { $name }
import-name-kept = Magacaaga fariimaha wuxuu sii ahaanayaa { $name }.
import-adults = Dadka waaweyn ee aad aaminto
import-adult-saved = Hore ayaa loo kaydiyay: sidiisa ayuu ahaanayaa
import-out-of-hours-kept = Xiriirkaaga saacadaha shaqada ka baxsan wuxuu sii ahaanayaa { $old }. Hadhow waad ku beddeli kartaa dadka waaweyn ee aad aaminto.
import-area = Deegaanka meelaha: { $area }
import-routing-title = Cidda uu gaari doono «Waxaan rabaa inaan soo laabto»
import-when-weekday-morning = Isniin ilaa Jimce, saacadda 11:00
import-when-weekday-night = Isniin ilaa Jimce, saacadda 22:00
import-when-saturday = Sabti, saacadda 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. Ilaa hadda fariintaadu waxay gaartaa { $before }.
import-any-time = { $name } ma laha saacado go'an. Sidaa darteed fariintaadu waxay gaari doontaa { $name } wakhti kasta, xitaa fiidka iyo dhammaadka toddobaadka.
import-routing-changes = Diyaarintan waxay beddeshaa cidda helaysa fariintaada. Ku dar oo keliya haddii shaqaalahaaga masuulka ahi uu hadda kula joogo.
import-code = Lambarkaaga qufulka
import-plan = Qorshahaaga badbaadada
import-confirm = Ku dar Harbour
import-cancel = Hadda maya
import-cancelled = Waxba laguma darin.
import-done = Harbour waa diyaar.
import-storage-refused = Haddii uusan taleefanku haysan meel ku filan, biraawsarkan (web browser) wuxuu tirtiri karaa waxa Harbour kaydiyo. Nuqul ka samee lambarrada taleefanka ee dadka waaweyn ee aad aaminto, oo meel ammaan ah ku hay.
import-done-pin = Dhig lambar quful si adiga keliya aad u furi karto Harbour
import-done-home = Tag bilowga
import-save-error = Lama kaydin karin. Waxba lama beddelin. Mar kale isku day.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = Kani ma aha koodhka diyaarinta Harbour.
setup-error-malformed = Koodhkani sax ma aha. Shaqaalahaaga masuulka ah ka codso inuu mar kale sameeyo.
setup-error-truncated = Koodhka qayb keliya ayaa la akhriyay. Mar kale isku day, ama dhammaantiis dhaji.
setup-error-too-large = Koodhkani aad buu ugu weyn yahay inuu noqdo diyaarinta Harbour.
setup-error-newer = Koodhkan waxaa sameeyay Harbour ka cusub. Cusboonaysii Harbour, kadib mar kale isku day.
setup-error-damaged = Koodhkani wuu xumaaday. Mar kale isku day, ama shaqaalahaaga masuulka ah ka codso inuu mar kale sameeyo.
setup-error-expired = Koodhkan diyaarinta wakhtigiisii wuu dhammaaday. Shaqaalahaaga masuulka ah ka codso inuu sameeyo koodh cusub.
setup-error-numbers = Godadkani ma furaan koodhkan. La hubi shaqaalahaaga masuulka ah, kadibna mar kale qor.
setup-error-numbers-incomplete = Qor dhammaan { $count }-da god ee shaqaalahaaga masuulka ah uu kuu sheego.
setup-error-adult = Lambarka { $name } ee diyaarintan ku jira lama wici karo. Shaqaalahaaga masuulka ah ka codso inuu koodhka mar kale sameeyo.
