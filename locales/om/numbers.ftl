## Help numbers screen

numbers-title = Lakkoofsota gargaarsaa
numbers-intro = Bilbiluuf lakkoofsa tuqi. Ati ykn namni biraa amma balaa keessa yoo jirtan, 999 bilbili.
numbers-trace = Bilbilli kee tarree lakkoofsota ati itti bilbilte ni kuusa.
numbers-helplines = Sarara gargaarsaa
numbers-call = Bilbili
numbers-text = Ergaa ergi
numbers-badges = Wanta sararri kun kennu
numbers-badge-free = Kaffaltii malee
numbers-badge-always-open = Sa'aatii 24, guyyaa guyyaan
numbers-badge-text = Ergaa (SMS) erguu dandeessa
numbers-badge-interpreters = Hiiktota afaanota biroof
numbers-source-verified = Madda (mootummaa): { $source }
numbers-source-secondary = Madda: { $source }
numbers-reviewed = Lakkoofsonni kun yeroo dhumaaf guyyaa { $date } mirkanaa'an.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Yoo bilbila irratti dubbachuu hin dandeenye
numbers-silent-step-call = { $number } bilbili.
numbers-silent-step-sound = Yeroo namni deebisu, yoo dubbachuu hin dandeenye, qufaa'i ykn bilbila suuta rukuti.
numbers-silent-step-press = Yeroo sagaleen galmaa'e si gaafatu, { $code } tuqi. Kun bilbila harkaa (mobile) irraa qofa hojjeta. Poolisii wajjin si quunnamsiisa. Yoo homaa hin goone, bilbilli cufamuu danda'a.
numbers-silent-step-questions = Poolisiin gaaffiiwwan eeyyee ykn lakki jechuun deebisuu dandeessu si gaafata. Yoo dandeesse, hasaasuudhaan deebisi.
numbers-silent-location = { $code } tuquun bakka ati jirtu poolisiitti hin himu. Garuu bilbilli kee ofuma isaatiin bakka ati jirtu erguu danda'a. Yoo dandeesse, hasaasuudhaan illee ta'u, bakka jirtu itti himi.

## Each line

numbers-emergency-name = Hatattama: poolisii, ibidda dhaamsitoota, ambulaansii
numbers-emergency-about = Yeroo namni tokko amma balaa keessa jiru ykn baay'ee miidhame bilbili. Bilbilli kee SIM kaardii qabaachuu qaba, garuu kireedii (credit) hin barbaachisu. Bilbilli kee cufaa yoo ta'ellee ni hojjeta. Yoo afaan kee barbaadde, maqaa afaan keetii Afaan Ingiliziitiin jedhi, fakkeenyaaf “Oromo”. Achiis bilbila osoo hin kaa'in eegi.
numbers-emergency-112-name = Hatattama (112)
numbers-emergency-112-about = Akkuma 999 ti. Biyyoota biroottis ni hojjeta.
numbers-runaway-name = Sarara gargaarsaa dargaggoota manaa badaniif (Runaway Helpline)
numbers-runaway-about = Yoo mana irraa baqatte, ykn namni tokko akka fagaattee turtu si dirqisiise. Si dhaggeeffatu, ergaa kee gara manaatti siif geessuu danda'u. Ergaa barreeffamaaf (SMS) Afaan Ingiliziitiin deebii kennama. Halkan cufaa ta'uu danda'u. Yoo amma gargaarsa barbaadde, 999 bilbili.
numbers-childline-name = Sarara gargaarsaa ijoollee fi dargaggootaa (Childline)
numbers-childline-about = Nama umriin isaa 19 gadi ta'e kamiifuu, waa'ee waan si yaaddessu kamiiyyuu. Bilbilli kun waraqaa kaffaltii bilbilaa irratti hin mul'atu. Garuu tarree bilbilaalee bilbila kee irratti ni mul'ata.
numbers-modern-slavery-name = Sarara gargaarsaa garbummaa ammayyaa fi saamichaa (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Yoo namni tokko akka hojjettu, yakka raawwattu, ykn waan ati hin barbaanne akka gootu si dirqisiise.
numbers-samaritans-name = Sarara dhaggeeffannaa (Samaritans)
numbers-samaritans-about = Yoo baay'ee gaddite, kophummaan sitti dhaga'ame, ykn of miidhuu barbaadde. Kireedii bilbilaa (credit) yoo hin qabaanne illee bilbiluu dandeessa.
numbers-nhs-111-name = Tajaajila fayyaa (NHS 111)
numbers-nhs-111-about = Yeroo dhukkubsattu ykn waa'ee fayyaa keetii yaaddoftu, haalli hatattamaa yoo hin taane. Bilbilli kun bilisa dha. Hiikaa argachuuf, maqaa afaan keetii Afaan Ingiliziitiin jedhi. Sammuu keetti baay'ee gadhee yoo sitti dhaga'ame, filannoo fayyaa sammuu filadhu.
numbers-police-101-name = Poolisii (hatattama miti)
numbers-police-101-about = Yeroo namni amma balaa keessa hin jirre poolisii wajjin haasa'uuf. Bilbilli kun bilisa dha. Poolisiin hiikaa argachuu danda'a.
numbers-coram-voice-name = Coram Voice (Always Heard)
numbers-coram-voice-about = Daa'imman kunuunsa jala jiran, Ingilaandi keessaaf. Falmataa (advocate) akka argattu si gargaaruu danda'u: nama siif qofa dhaabatu. Falmataan waan ati barbaaddu akka dubbattu si gargaara. Wiixata hanga Jimaataa, sa'aatii 09:30 hanga 18:00 banaa dha. Yeroo biraa, ergaa dhiisuu dandeessa.
