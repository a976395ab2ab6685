## "When I come back" card

card-return-title = Yommuu deebitu
card-return-intro = Baduun yakka miti. Namoonni akka ati nagaa qabdu beekuu barbaadu.
card-return-safe-well = Poolisiin akka ati nagaa fi fayyaa qabdu mirkaneeffachuuf si arguu barbaada. Kun “safe and well check” (mirkaneessa nagaa fi fayyaa) jedhama.
card-return-interview = Nama warra si kunuunsan keessaa hin taane wajjin akka haasoftu carraan siif kennama. Kun “return interview” (af-gaaffii deebi'uu) jedhama. Iskootlaandi keessatti “return discussion” jedhama. Erga deebitee sa'aatii 72 (guyyaa 3) keessatti ta'uu qaba. Hiikaa gaafachuu dandeessa.
card-return-why = Af-gaaffii deebi'uu keessatti maaliif akka deemte, fi maaltu nageenya akka sitti dhaga'amu si gargaaru himuu dandeessa.
card-return-decline = Af-gaaffii deebi'uu kanaaf lakki jechuu dandeessa.
card-return-info = Yoo irra deebitee deemte akkamitti nagaan turuu akka dandeessuu fi sarara gargaarsaa kamitti bilbiluu akka dandeessu sitti himamuu qaba.

## "Staying safe" card

card-safe-title = Nagaan turuu
card-safe-signs-title = Saamichi maal fakkaachuu danda'a
card-safe-signs-what = Saamichi jechuun namni tokko maallaqa ykn aangoo ofii isaatiif argachuuf si fayyadama jechuu dha. Si gowwoomsuu, si sodaachisuu ykn si dirqisiisuu danda'u.
card-safe-sign-debt = Namni tokko maallaqa liqii isaaf akka qabdu sitti hima, fakkeenyaaf imala keetiif, bilbilaaf ykn nyaataaf, akka ati hojjettee deebistus sitti hima.
card-safe-sign-keeping = Namni tokko waraqaalee kee, maallaqa kee ykn bilbila kee of bira qabata.
card-safe-sign-moved = Bakka tokko irraa bakka biraatti si jijjiiru, ykn magaalota biraatti si geessu.
card-safe-sign-distrust = Namni tokko poolisiin ykn hojjetaan hawaasummaa kee akka si miidhan fi akka isaan hin amanamne sitti hima.
card-safe-sign-drugs = Namni tokko akka ati araada (drugs) gurgurtu, ykn akka ati araada ykn maallaqa isaaf baattu si dirqisiisa.
card-safe-sign-grow = Namni tokko mana tokko keessatti biqiltoota kanaabisii (cannabis) akka kunuunsitu si dirqisiisa, ati immoo ba'uu hin dandeessu. Kanaabisiin araada dha.
card-safe-sign-sexual = Namni tokko akka ati wantoota saalaa raawwattu si dirqisiisa. Maallaqa, kennaa, araada ykn bakka bultii siif kennuu danda'u. Kun ijoollee dhiiraa irrattis ni raawwatama.
card-safe-contact-title = Namni tokko akka ati isa bira deemtu barbaada
card-safe-contact-arrive = Namni tokko yeroo as geessu akka isaaf bilbiltu ykn ergaa ergitu sitti himeera. Namoota si kunuunsan biraa si fudhachuu barbaada ta'a.
card-safe-contact-offer = Namni tokko magaalaa biraa keessatti hojii, tikeetii ykn bakka bultii siif dhiheessa. Gaarii fakkaachuu danda'a, garuu kiyyoo ta'uu danda'a.
card-safe-contact-talk = Osoo hin deemin dura, hojjetaa hawaasummaa kee ykn nama guddaa biraa ati amantu wajjin haasa'i. Namni tokko si gaafachuun isaa balleessaa kee miti.
card-safe-online-title = Namoota interneetii irratti wal barattu
card-safe-online-lie = Namoonni interneetii irra jiran waa'ee eenyummaa isaanii, umrii isaanii fi waan barbaadanii sobuu danda'u.
card-safe-online-signs = Namni tokko interneetii irratti akka ati iccitii eegdu yoo si gaafate, of eeggadhu. Akkasumas yoo si arguu barbaade, ykn suuraa kee barbaade, of eeggadhu.
card-safe-online-help = Namni tokko interneetii irratti yoo si yaaddesse, deebii kennuu dhaabi, isa dhorki (block). Nama guddaa ati amantutti himi. Balleessaa kee miti.
card-safe-relationships-title = Hariiroo nageenya qabu
card-safe-gifts = Kennaan, maallaqni ykn bilbilli nama ati sirriitti hin beekne irraa dhufu gara “liqii” si to'achuuf itti fayyadamanitti jijjiiramuu danda'a.
card-safe-talk = Yoo wanti akkasii sirra ga'aa jiraate, balleessaa kee miti. Hojjetaa hawaasummaa kee wajjin haasa'uu, ykn Runaway Helpline 116 000 irratti bilbiluu dandeessa.
card-safe-stay-away-title = Namni tokko akka ani fagaadhee turu na dirqisiisaa jira
card-safe-stay-away = Yoo namni tokko akka ati fagaattee turtu si dirqisiise, kun waan cimaa dha. Namni kana godhu, carraan guddaan, seera cabsaa jira. Balleessaa kee miti.
card-safe-stay-away-helpline = Runaway Helpline nagaa akka argattu si gargaaruu danda'a: 116 000 bilbili ykn ergaa ergi. Bilisa dha.
card-safe-stay-away-danger = Yoo amma balaa keessa jirta ta'e, 999 bilbili.

## "Where I live does not feel safe" card

card-placement-title = Bakki ani jiraadhu nagaa natti hin fakkaatu
card-placement-intro = Bakka jiraattu keessatti nageenyi sitti dhaga'amuu qaba. Yoo hin dhaga'amne, himuu dandeessa. Balleessaa kee miti.
card-placement-why = Tarii namni achi jiru si sodaachisa ykn si miidha. Tarii namoonni biyya kee irraa dhufan akka nageenyi sitti hin dhaga'amne si godhu. Kanas himuu dandeessa.
card-placement-who-title = Eenyuuf himuu dandeessa
card-placement-social-worker = Hojjetaa hawaasummaa kee. Yoo nageenyi sitti hin dhaga'amne, daawwannaa isaanii itti aanu hin eegin. Amma isaan qunnami.
card-placement-talk-out = Akka bakka biraatti si argu hojjetaa hawaasummaa kee gaafachuu dandeessa. Achiis bilisaan dubbachuu dandeessa.
card-placement-iro = Qondaala Gamaggamaa Walabaa kee (Independent Reviewing Officer, IRO). Daa'imni kunuunsa jala jiru hundi tokko qaba. Karoorri siif qophaa'e sirrii ta'uu isaa ni mirkaneessu.
card-placement-iro-contact = IRO kee yeroo walgahii qofa osoo hin taane, yeroo kamiyyuu qunnamuu dandeessa. Maqaa isaanii fi akkaataa ittiin isaan qunnamtu sitti himamuu qaba.
card-placement-advocate = Falmataa (advocate). Kun nama siif qofa dhaabatu dha. Warra si kunuunsaniif ykn hojjetaa hawaasummaa keetiif hin hojjetu.
card-placement-advocate-right = Yeroo komii dhiyeessuu ykn jijjiirama gaafachuu barbaaddu, falmataa argachuuf mirga qabda.
card-placement-move-title = Bakka biraatti ce'uu gaafachuu
card-placement-move = Gara mana biraatti ce'uu gaafachuu dandeessa. Yeroo hunda hin danda'amu. Garuu si dhaggeeffachuu qabu.
card-placement-move-list = Tarree barreessuun si gargaaruu danda'a. Waan rakkoo ta'e, fi waan fooyyessu barreessi.
card-placement-move-advocate = Falmataan waan ati barbaaddu akka dubbattu si gargaaruu danda'a. Walgahii irratti si waliin dhufuu, ykn siif dubbachuus danda'u.
card-placement-get-title = Akkamitti falmataa argatta
card-placement-coram-voice = Ingilaandi keessatti, falmataa gaafachuuf Coram Voice 0808 800 5792 irratti bilbili. Bilbilli bilisa dha.
card-placement-coram-hours = Wiixata hanga Jimaataa, sa'aatii 09:30 hanga 18:00 deebii kennu. Yeroo biraa, ergaa dhiisuu dandeessa.
card-placement-other-nations = Ingilaandiin alatti, akkamitti falmataa akka argattu hojjetaa hawaasummaa kee ykn guddisaa seeraa kee gaafadhu.
card-placement-danger = Yoo amma balaa keessa jirta ta'e, 999 bilbili.

## "If you are away" card

card-missing-title = Yoo ati mana irraa fagaatte
card-missing-intro = Yeroo tokko tokko namoonni si kunuunsan eessa akka jirtu hin beekan. Yeroo sana “bade” (missing) jedhamta. Baduun yakka miti.
card-missing-reported = Kunuunsaan kee ykn hojjetaan hawaasummaa kee akka ati bade poolisiitti ni himu. Kun “reported missing” (akka bade gabaafamuu) jedhama.
card-missing-search = Poolisiin si barbaada. Michoota kee wajjin haasa'uu fi bakka ati deemtu keessatti si barbaaduu danda'u.
card-missing-why = Kana kan godhan waa'ee kee waan yaaddaa'aniif. Akka ati nagaan jirtu beekuu barbaadu.
card-missing-until = Poolisiin hanga si argutti barbaaduu itti fufa. Akka ati nagaa fi fayyaa qabdu mirkaneeffachuu qabu.
card-missing-found-title = Yeroo argamuu barbaaddu
card-missing-station = Buufata poolisii kamiittuu, magaalaa kamiittuu deemuu dandeessa. Ykn poolisii 101 irratti bilbiluu dandeessa.
card-missing-unsafe = Yoo bakki ati jiraachaa turte nagaa hin qabne, poolisiitti himi. Yoo umriin kee 18 gadi ta'e, waa'ee bakka nagaa siif ta'uu hojjettoota hawaasummaa wajjin haasa'uu qabu.
card-missing-helpline = Runaway Helpline poolisii wajjin akka haasoftu si gargaaruu danda'a. 116 000 bilbili ykn ergaa ergi. Bilisa dha.
card-missing-interview = Yommuu deebitu, af-gaaffiin deebi'uu (return interview) siif dhiyaata. Hiikaa gaafachuu dandeessa. Hiikaan nama afaan kee fi Afaan Ingilizii dubbatu dha.
card-missing-danger = Yoo amma balaa keessa jirta ta'e, 999 bilbili.

## "If they say you are an adult" card

card-age-title = Yoo ga'eessa taate siin jedhan
card-age-intro = Yeroo tokko tokko Ministeerri Dhimma Keessoo (Home Office) ykn manni maree naannoo (council) umrii kee hin amanu. Umriin kee 18 ol akka ta'e jechuu danda'u.
card-age-not-fault = Kun dargaggoota hedduu irra ga'a. Balleessaa kee miti.
card-age-do-title = Maal gochuu dandeessa
card-age-say = Yoo umriin kee 18 gadi ta'e, akka ati daa'ima taate ifatti himi. Yeroo hunda himi. Yoo beekte, umrii kee fi guyyaa dhalootaa kee itti himi.
card-age-ask = Hojjetaa hawaasummaa fi abukaattoo gaafadhu. Abukaattoon seera beeka, si gargaaruus danda'a.
card-age-council = Manni maree naannoo umrii kee ofii isaatii murteessuu qaba. Ministeerri Dhimma Keessoo ga'eessa taate yoo jedhe illee, kun dhugaa dha.
card-age-challenge = Murtee waa'ee umrii keetii falmachuu dandeessa. Kana jechuun akka irra deebi'amee ilaalamu gaafatta jechuu dha. Abukaattoon kana gochuuf si gargaaruu danda'a.
card-age-quick = Falmachuuf daangaa yeroo jira. Kanaaf dafii gargaarsa gaafadhu.
card-age-papers = Waraqaaleen umrii kee agarsiisan gargaaruu danda'u. Yoo qabaatte ykn argachuu dandeessu, abukaattoo keetiif kenni.
card-age-help-title = Eenyutu si gargaaruu danda'a
card-age-refugee-council = Pirojektiin Falmii Umrii Mana Maree Baqattootaa (Refugee Council’s Age Dispute Project) dargaggoota akka ga'eessaatti ilaalaman tokko tokko gargaara. Kan gargaaran umriin kee 18 gadi akka ta'e yoo amanan qofa.
card-age-refugee-council-how = Namni guddaan si gargaaru, kan akka abukaattoo kee ykn hojjetaa hawaasummaa kee, waa'ee kee isaanitti himuu danda'a.
card-age-unsafe = Yoo ga'eessota wajjin jiraattee nageenyi sitti hin dhaga'amne, abukaattoo kee ykn hojjetaa hawaasummaa keetti himi. Yoo amma balaa keessa jirta ta'e, 999 bilbili.
