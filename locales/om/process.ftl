## The asylum process: list, step screen, search and glossary

process-title = Adeemsa koollifannaa kee
process-intro = Wanta ta'u, tarkaanfii tarkaanfiidhaan. Dubbisuuf tarkaanfii tokko tuqi.
process-home-hint = Itti aansee maaltu ta'a, tarkaanfii tarkaanfiidhaan
process-rules-changed = Seerri bara 2026 jijjiirameera, ammas jijjiiramuu danda'a. Dhimma kee irratti jechi dhumaa kan abukaattoo keetiiti.
process-you-are-here = Asitti argamta
process-mark-here = Ani tarkaanfii kana irran jira
process-home-current = Bakka ati jirtu: { $step }
process-what = Maaltu ta'a
process-who = Eenyutu achitti argama
process-ask = Maal gaafachuu dandeessa
process-next = Itti aansee maaltu dhufa
process-time = Yeroo hammamii fudhachuu danda'a
process-sources = Odeeffannoon kun eessaa dhufe
process-source-verified = Madda mootummaa: { $source }
process-source-secondary = Madda biroo (kan mootummaa miti): { $source }
process-reviewed = Yeroo dhumaaf { $date } mirkanaa'e.
process-previous = Tarkaanfii duraa
process-following = Tarkaanfii itti aanu
process-step-number = Tarkaanfii { $number }
process-search = Jecha xalayaa kee keessaa barbaadi
process-search-results = Bu'aa
process-search-empty = Homtuu hin argamne. Jecha biraa yaali, ykn hojjetaa hawaasummaa kee ykn abukaattoo kee hiika jechichaa gaafadhu.
process-glossary = Jechoota dhaga'uu dandeessu
process-glossary-intro = Jechoota xalayaalee fi walgahiiwwan keessaa, afaan salphaadhaan.
process-questions = Gaaffiiwwan koo abukaattoo ykn hojjetaa hawaasummaatiif
process-questions-private = Ati qofti arguu dandeessa. Bilbila kana irra turu.
process-question-label = Gaaffii barreessi
process-question-save = Gaaffii kuusi
process-question-delete = Haqi
process-question-empty = Jalqaba gaaffii kee barreessi.
process-question-too-long = Gaaffiin kun baay'ee dheeraa dha. Maaloo qubee { $max } gadi godhi.
process-question-saved = Gaaffiin kuufameera.
process-question-none = Ammallee gaaffiin hin jiru.

## Step 1: arrival

process-arrival-title = UK gahuu
process-arrival-what = Dargaggoonni hedduun Kent gahu. Qondaaltonni Humna Daangaa (Border Force) hanga kunuunsa kee qopheessanitti bakka akka Kutaa Simannaa Kent (Kent Intake Unit) Dover keessatti si tursiisuu danda'u. Manni maree naannoo (council) daa'ima as keessatti maatii ykn kunuunsaa hin qabne kamiyyuu kunuunsuu qaba.
process-arrival-who = Qondaaltota Humna Daangaa (Border Force). Hojjetaan hawaasummaa mana maree naannoo irraa ni waamama.
process-arrival-ask = Hiikaa. Akka daa'imaatti akka siif ilaalamu.
process-arrival-next = Manni maree naannoo si kunuunsa. Ministeerri Dhimma Keessoo (Home Office) gaaffii isaa jalqabaa si gaafata (af-gaaffii nagaa).
process-arrival-time = Yeroo kunuunsi kee qophaa'u, sa'aatii hedduu fudhachuu danda'a.

## Step 2: welfare interview

process-welfare-interview-title = Af-gaaffii nagaa (af-gaaffii “xiqqaa”)
process-welfare-interview-what = Ministeerri Dhimma Keessoo (Home Office) gaaffii salphaa gaafata: maqaa kee, guyyaa dhalootaa, biyya fi maatii kee. Maaliif akka dhufte fi akkamitti akka imalte xiqqoo si gaafachuu danda'u. Suuraa fi mallattoo quba kee fudhatu. Unka SEF jedhamu argachuu dandeessa.
process-welfare-interview-who = Hojjetaa Ministeera Dhimma Keessoo (Home Office) fi hiikaa. Umriin kee 16 gadi yoo ta'e, hojjetaan hawaasummaa kee ykn namni ga'eessi itti gaafatamaa biraas ni dhufa. Iskootlaandi keessatti, ga'eessi tokko nama 18 gadi ta'e hunda wajjin dhufa.
process-welfare-interview-ask = Hiikaa. Hiikaa ammaa yoo hin hubanne hiikaa biraa.
process-welfare-interview-next = Ministeerri Dhimma Keessoo umriin kee 18 ol akka ta'e yoo yaade, akka ga'eessaatti si ilaaluu danda'a. Yoo daa'ima taate, ifatti himi. Hojjetaa hawaasummaa fi abukaattoo gaafadhu. Murtee waa'ee umrii keetii falmachuu dandeessa.
process-welfare-interview-time = Erga gahteen booda yeroo gabaabaa keessatti ta'a.

## Step 3: age assessment

process-age-assessment-title = Yoo umrii kee hin amanne
process-age-assessment-what = Namni tokko umrii kee irratti yoo shakke, hojjettoonni hawaasummaa umrii kee murteessuuf si haasofsiisu. Ministeerri Dhimma Keessoo (Home Office) ga'eessa akka taate yoo yaade illee, manni maree naannoo ofii isaatii murteessuu qaba. Gareen biyyaalessaa hojjettoota hawaasummaas umrii kee murteessuu danda'a.
process-age-assessment-who = Yeroo baay'ee hojjettoota hawaasummaa lama, yeroo baay'ee nama ga'eessa biraa si deeggaru wajjin.
process-age-assessment-ask = Hanga murteessanitti akka daa'imaatti akka siif ilaalamu. Gargaarsa abukaattoo. Pirojektiin Falmii Umrii Mana Maree Baqattootaa (Refugee Council’s Age Dispute Project) umriin kee 18 gadi akka ta'e yoo amanan si gargaaruu danda'a.
process-age-assessment-next = Daa'ima akka taate yoo murteessan, manni maree naannoo akka daa'imaatti si kunuunsa. Ga'eessa akka taate yoo murteessan, abukaattoo wajjin murtee kana falmachuu dandeessa. Dafii gargaarsa gaafadhu.
process-age-assessment-time = Yeroon murtaa'e hin jiru. Hojjetaa hawaasummaa kee ykn abukaattoo kee gaafadhu.

## Step 4: being looked after

process-looked-after-title = Kunuunsa mana maree naannoo
process-looked-after-what = Manni maree naannoo si kunuunsa. Ati “daa'ima kunuunsa jala jiru” (looked-after child) dha. Hojjetaa hawaasummaa fi bakka jireenyaa argatta, fakkeenyaaf maatii kunuunsaa. Umriin kee 16 ykn 17 yoo ta'e, mana deeggarsa qabu (supported housing) ta'uus danda'a. Manni maree naannoo fayyaa fi mana barumsaatiinis si gargaara.
process-looked-after-who = Hojjetaa hawaasummaa kee, fi maatii kunuunsaa kee ykn hojjetaa kee itti gaafatamaa (key worker).
process-looked-after-ask = Falmataa (advocate): nama siif dubbatu. Abukaattoo argachuuf gargaarsa.
process-looked-after-next = Gara mana maree naannoo biraatti ce'uu dandeessa (Sagantaa Dabarsaa Biyyaalessaa, National Transfer Scheme). Gaaffii koollifannaa keetiif abukaattoo argatta.
process-looked-after-time = Guyyaa jalqabaaf mana maree naannoo argite irraa kaasee.

## Step 5: National Transfer Scheme

process-transfer-title = Gara mana maree biraatti ce'uu (National Transfer Scheme)
process-transfer-what = Dargaggoonni hedduun bakkeewwan muraasa, kan akka Kent, gahu. Sagantaan Dabarsaa Biyyaalessaa (National Transfer Scheme) isaan keessaa tokko tokko gara mana maree kutaa UK biraatti dabarsa, akka manneen maree hundi kunuunsa qooddataniif. Manni maree hundi hirmaachuu qaba.
process-transfer-who = Mana maree amma keessa jirtu fi mana maree ati itti ce'itu.
process-transfer-ask = Faayidaan kee inni caalu kutaa ijoo murtee akka ta'u. Eessa akka deemtu fi maaliif hojjetaa hawaasummaa kee gaafachuu dandeessa.
process-transfer-next = Manni maree kee haaraan si kunuunsa.
process-transfer-time = Dabarsi guyyoota hojii 10 keessatti raawwatamuu qaba.

## Step 6: getting a lawyer

process-lawyer-title = Abukaattoo argachuu
process-lawyer-what = Abukaattoon (bakka bu'aa seeraa) gaaffii koollifannaa keetiin si gargaara. Gargaarsi seeraa bilisaa (legal aid) abukaattoof kaffala, kanaaf ati homaa hin kaffaltu. Wanti ati abukaattoo keetti himtu iccitii dha: inni of biratti qabata.
process-lawyer-who = Abukaattoo kee, yeroo baay'ee hiikaa wajjin.
process-lawyer-ask = Abukaattoo argachuuf gargaarsa kunuunsaa kee, hojjetaa kee itti gaafatamaa ykn hojjetaa hawaasummaa kee irraa.
process-lawyer-next = Abukaattoon kee Unka Ibsa Ragaa (Statement of Evidence Form, SEF) akka guuttu si gargaara.
process-lawyer-time = Yeroon murtaa'e hin jiru. Kunuunsaan kee, hojjetaan kee itti gaafatamaa ykn hojjetaan hawaasummaa kee abukaattoo akka argattu si gargaaruu qabu.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = Unka Ibsa Ragaa (SEF)
process-sef-what = SEF unka ati eenyu akka taate fi maaliif eegumsa akka barbaaddu itti ibsitu dha. Afaan Ingiliziitiin guutama, yeroo hunda abukaattoo kee wajjin. Ministeerri Dhimma Keessoo (Home Office) SEF eeyyee jechuuf qofa itti fayyadama. Yoo eeyyee jechuu hin dandeenye, yeroo baay'ee dura af-gaaffiif si waama. Amajjii 2026 keessa dargaggoota umrii 16 fi 17 abukaattoo qaban tokko tokkoof yaaliin jalqabe. Yoo walii galan, SEF irra darbanii kallattiin gara af-gaaffiitti deemu. Kun siif ta'uu isaa abukaattoo kee gaafadhu.
process-sef-who = Abukaattoo kee, yoo barbaachise immoo hiikaa.
process-sef-ask = Abukaattoo yoo hin qabne abukaattoo argachuuf gargaarsa. Yeroo dabalataa, yoo si barbaachise.
process-sef-next = Af-gaaffii ijoo (“guddaa”), yoo Ministeerri Dhimma Keessoo isa malee murteessuu hin dandeenye.
process-sef-time = SEF kee guyyaa koollifannaa gaafatte irraa eegalee guyyoota hojii 60 keessatti Ministeera Dhimma Keessoo gahuu qaba. Guyyoonni hojii Wiixata hanga Jimaataa ti, garuu guyyoota ayyaanaa hin dabalatan. Kanaaf kun ji'a 3 naannoo dha. Abukaattoon kee yeroo dabalataa gaafachuu danda'a.

## Step 8: the main interview

process-interview-title = Af-gaaffii ijoo (“guddaa”)
process-interview-what = Dargaggoonni umriin isaanii 12 ol ta'e yeroo baay'ee af-gaaffii kana godhu. Maaliif akka baate, waa'ee imala keetii, jireenya kee duraa, fi maal akka sodaattu si gaafatu.
process-interview-who = Murteessaa Ministeera Dhimma Keessoo (Home Office), abukaattoo kee, hiikaa fi nama ga'eessa itti gaafatamaa (responsible adult): hojjetaa hawaasummaa kee, maatii kunuunsaa kee ykn hojjetaa kee itti gaafatamaa, ykn nama biraa ati amantu.
process-interview-ask = Hiikaa dhiiraa ykn dubartii (abukaattoo kee dursitee gaafadhu). Afaan ykn loqoda yoo dogoggora ta'e hiikaa biraa. Boqonnaa. Yoo baay'ee dhukkubsatte dhaabanii guyyaa biraa akka itti fufan.
process-interview-next = Murtee eegda. Af-gaaffiin dura 18 yoo guutte, nama dhimma daa'immaniif leenji'een ammas ni geggeeffama.
process-interview-time = SEF booda dhufa.

## Step 9: waiting

process-waiting-title = Murtee eeguu
process-waiting-what = Ministeerri Dhimma Keessoo (Home Office) murtee kenna. Eeguun baay'ee ulfaataa ta'uu danda'a. Abukaattoon kee waa'ee harkifannaa ministeericha gaafachuu danda'a, miseensa paarlaamaa kee (MP) wajjinis quunnamuun ni danda'ama.
process-waiting-who = Walgahiin hin jiru. Ministeerichi murtee abukaattoo fi hojjetaa hawaasummaa keetiif erga.
process-waiting-ask = Yoo yeroo dheeraa fudhate, abukaattoon kee ministeericha akka hordofu gaafadhu.
process-waiting-next = Murtee.
process-waiting-time = Ji'oota hedduu, yeroo tokko tokko waggoota.

## Step 10: the decision

process-decision-title = Murtee
process-decision-what = Deebiin kana ta'uu danda'a: haala baqataa (refugee status); eegumsa namoomaa (humanitarian protection); hayyama turtii daa'imman nama malee dhufaniif (UASC leave); gosa hayyama turtii biraa; ykn didamuu. Ministeerri Dhimma Keessoo (Home Office) hojjetaa hawaasummaa fi abukaattoo keetti beeksisa.
process-decision-who = Xalayaan gara abukaattoo fi hojjetaa hawaasummaa keetii deema. Si wajjin akka ibsan gaafadhu.
process-decision-ask = Murtichi siif maal akka jedhu fi hayyamni turtii kee hammam akka turu abukaattoo kee gaafadhu.
process-decision-next = Yoo didamte, yeroo baay'ee oliyyannoo gochuu dandeessa. UASC leave jechuun gaaffiin koollifannaa kee didame jechuu dha. Kanas yeroo baay'ee oliyyannoo gochuu dandeessa. Guyyaa 14 qofa qabda, kanaaf battalumatti abukaattoo kee wajjin haasa'i. UASC leave kee osoo hin xumuramin dura, irra deebiin iyyachuu qabda. Osoo inni hin xumuramin ji'a 3 hanga 6 dura abukaattoo argadhu.
process-decision-time = UASC leave ji'a 30 tura, ykn hanga umrii 17 fi walakkaa guuttutti yoo sun dursee dhufe. Hayyamni turtii biroo kana caalaa dheeraa ykn gabaabaa ta'uu danda'a. Guyyaa ati koollifannaa gaafatte irratti hundaa'a. Kan kee hammam akka turu abukaattoo kee gaafadhu.

## Step 11: appeal

process-appeal-title = Didamuu irratti oliyyannoo
process-appeal-what = Ministeerri Dhimma Keessoo (Home Office) lakki yoo jedhe, yeroo baay'ee oliyyannoo gochuu dandeessa. Achiis abbaan murtii (Mana Murtii Sadarkaa Jalqabaa, First-tier Tribunal) dhimma kee irra deebiin ilaala. Oliyyannoo gochuuf hayyama hin barbaaddu. Oliyyannoo gochuu dandeessu yoo ta'e, xalayaan murtee kee sitti hima.
process-appeal-who = Abbaa murtii, abukaattoo kee, nama ga'eessa itti gaafatamaa fi hiikaa.
process-appeal-ask = Hiikaa afaan fi loqoda keetiin: unki oliyyannoo kee isa kam akka ta'e ibsuu qaba. Dhaggeeffannaa irratti nama ga'eessa itti gaafatamaa si wajjin.
process-appeal-next = Abbaan murtii lakki yoo jedhe, gara mana murtii sadarkaa olii (Upper Tribunal) deemuun danda'amuu danda'a. Umriin kee 18 ol yoo ta'ee fi oliyyannoon kee hundi yoo kufe, manni maree naannoo gargaarsa tokko tokko dhaabuu danda'a. Osoo hin dhaabin dura, sababa isaa barreeffamaan sitti himuu qaba.
process-appeal-time = Oliyyannoon kee erga didamni ergamee guyyaa 14 hin caalle keessatti gahuu qaba. Battalumatti abukaattoo keetti himi. Murteen abbaa murtii yeroo baay'ee dhaggeeffannaa booda torban 3 hanga 4 keessatti dhufa.

## Step 12: turning 18 and leaving care

process-turning-18-title = 18 guutuu fi kunuunsa dhiisuu
process-turning-18-what = Umrii 16 naannoo irraa eegalee, gorsaa dhuunfaa (personal adviser) fi karoora karaa (pathway plan) argatta: karoora kee ga'eessa ta'uuf. Bakka karoora kunuunsa keetii bu'a.
process-turning-18-who = Gorsaa dhuunfaa kee (personal adviser).
process-turning-18-ask = Karoora karaa yoo xiqqaate ji'a 6 tokkoon ilaalamu. Ingilaandi keessatti, hanga umrii 25tti gargaarsa gorsaa dhuunfaa keetii. Waa'ee haala jireenya biyya kanaa keetii gorsa seeraa argachuuf gargaarsa.
process-turning-18-next = Ingilaandi keessatti, manni maree naannoo kee dargaggoota kunuunsa dhiisaniif maal akka dhiyeessu maxxansuu qaba (“dhiyeessa naannoo”, local offer).
process-turning-18-time = Karoorri umrii 16 naannootti jalqaba. Ingilaandi keessatti, gorsaan dhuunfaa kee hanga umrii 25tti si gargaaruu danda'a.

## Step 13: National Referral Mechanism

process-nrm-title = Yoo namni tokko si saame (National Referral Mechanism)
process-nrm-what = Mala Dabarsaa Biyyaalessaa (National Referral Mechanism, NRM) karaa UK itti namoota daldalamanii ykn saamaman argattee eegdu dha: akka hojjetan, yakka akka raawwatan dirqisiifaman, ykn karaa biraan miidhaman. Namni 18 gadi ta'e hundi dabarfamuu qaba. Daa'imman walii galuu hin barbaachisu.
process-nrm-who = “Deebii kennaa jalqabaa” (first responder), kan akka poolisii, mana maree naannoo, ykn dhaabbata gargaarsaa kan akka Barnardo’s, NSPCC ykn Mana Maree Baqattootaa (Refugee Council).
process-nrm-ask = Guddisaa seeraa (guardian): nama si cinaa dhaabatu fi si gorsu. Kutaalee Ingilaandi fi Weelsii hedduu keessatti, kun Guddisaa Walabaa Daa'imman Daldalamaniif (Independent Child Trafficking Guardian) dha. Iskootlaandi keessatti, daa'imni kophaa dhufu hundi Guardianship Scotland irraa guddisaa seeraa argata. Ayerlaandii Kaabaa keessatti, Independent Guardian Service ni gargaara.
process-nrm-next = Jalqaba murtee “sababa ga'aa” (reasonable grounds), itti aansee murtee “sababa xumuraa” (conclusive grounds). Murtee xumuraa dura 18 yoo guutte, NRM keessa turuu akka barbaaddu afaaniin ykn barreeffamaan jechuu dandeessa.
process-nrm-time = Murteen jalqabaa yoo danda'ame guyyoota hojii 5 naannoo fudhata. Murteen xumuraa yoo xiqqaate guyyaa 30 booda dhufa; yeroon murtaa'e hin jiru.

## Glossary

glossary-home-office-term = Home Office (Ministeera Dhimma Keessoo)
glossary-home-office-meaning = Kutaa mootummaa UK kan gaaffii koollifannaa irratti murteessu.
glossary-sef-term = SEF (Unka Ibsa Ragaa, Statement of Evidence Form)
glossary-sef-meaning = Unka ati abukaattoo kee wajjin eenyu akka taate fi maaliif eegumsa akka barbaaddu itti ibsitu.
glossary-interview-term = Substantive interview (af-gaaffii ijoo)
glossary-interview-meaning = Af-gaaffii koollifannaa ijoo (“guddaa”), kan ati maaliif eegumsa akka barbaaddu itti ibsitu.
glossary-responsible-adult-term = Responsible adult (nama ga'eessa itti gaafatamaa)
glossary-responsible-adult-meaning = Nama ga'eessa si deeggaruuf af-gaaffiiwwanitti si wajjin dhufu, kan akka hojjetaa hawaasummaa ykn hojjetaa itti gaafatamaa keetii.
glossary-legal-aid-term = Legal aid (gargaarsa seeraa bilisaa)
glossary-legal-aid-meaning = Maallaqa mootummaa kan abukaattoo keetiif kaffalu, kanaaf ati homaa hin kaffaltu.
glossary-looked-after-term = Looked-after child (daa'ima kunuunsa jala jiru)
glossary-looked-after-meaning = Daa'ima manni maree naannoo kunuunsu, hojjetaa hawaasummaa fi bakka jireenyaa qabu.
glossary-refugee-status-term = Refugee status (haala baqataa)
glossary-refugee-status-meaning = Gaaffii koollifannaa keetiif eeyyee: UK eegumsa akka barbaaddu ni fudhatti.
glossary-humanitarian-protection-term = Humanitarian protection (eegumsa namoomaa)
glossary-humanitarian-protection-meaning = Hayyama turtii, sababni isaas yoo deebite miidhaa cimaa si mudata.
glossary-uasc-leave-term = UASC leave (hayyama turtii daa'imman nama malee dhufaniif)
glossary-uasc-leave-meaning = Hayyama turtii gabaabaa daa'ima gaaffiin koollifannaa isaa didameef. Didamuu sana irratti yeroo baay'ee oliyyannoo gochuu dandeessa. Guyyaa 14 qofa qabda, kanaaf battalumatti abukaattoo kee wajjin haasa'i. UASC leave osoo hin xumuramin dura irra deebiin iyyachuu qabda.
glossary-tribunal-term = Tribunal (mana murtii)
glossary-tribunal-meaning = Mana murtii abbaan murtii erga didamteen booda dhimma kee irra deebiin itti ilaalu.
glossary-pathway-plan-term = Pathway plan (karoora karaa)
glossary-pathway-plan-meaning = Karoora kee ga'eessa ta'uu fi kunuunsa dhiisuuf, gorsaa dhuunfaa kee wajjin qophaa'u.
glossary-personal-adviser-term = Personal adviser (gorsaa dhuunfaa)
glossary-personal-adviser-meaning = Nama yeroo kunuunsa dhiiftu si gargaaru. Ingilaandi keessatti, hanga umrii 25tti si gargaaruu danda'a.
glossary-nrm-term = NRM (Mala Dabarsaa Biyyaalessaa, National Referral Mechanism)
glossary-nrm-meaning = Karaa UK itti namoota daldalamanii ykn saamaman argattee eegdu.
