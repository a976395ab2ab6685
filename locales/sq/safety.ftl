## "When I come back" card

card-return-title = Kur të kthehesh
card-return-intro = Të zhdukesh nuk është krim. Njerëzit duan të dinë që je i sigurt.
card-return-safe-well = Policia do të dojë të të shohë, për të kontrolluar që je i sigurt dhe mirë. Kjo quhet «safe and well check».
card-return-interview = Do të të ofrohet një bisedë me dikë që nuk është nga njerëzit që kujdesen për ty. Kjo quhet «return interview» (intervista e kthimit). Në Skoci quhet «return discussion». Duhet të bëhet brenda 72 orëve (3 ditëve) pasi të kthehesh. Mund të kërkosh një përkthyes.
card-return-why = Në intervistën e kthimit mund të thuash pse ike, dhe çfarë do të të ndihmonte të ndihesh i sigurt.
card-return-decline = Mund ta refuzosh intervistën e kthimit.
card-return-info = Duhet të të thuhet si të qëndrosh i sigurt nëse ikën përsëri, dhe cilat linja ndihme mund të telefonosh.

## "Staying safe" card

card-safe-title = Të qëndrosh i sigurt
card-safe-signs-title = Si mund të duket shfrytëzimi
card-safe-signs-what = Shfrytëzim do të thotë që dikush të përdor për të fituar para ose pushtet për vete. Mund të të mashtrojë, të të frikësojë ose të të detyrojë.
card-safe-sign-debt = Dikush thotë se i ke borxh para, për shembull për udhëtimin tënd, një telefon ose ushqim, dhe të thotë të punosh për t’i shlyer.
card-safe-sign-keeping = Dikush mban dokumentet, paratë ose telefonin tënd.
card-safe-sign-moved = Të lëvizin nga një vend në tjetrin, ose të çojnë në qytete të tjera.
card-safe-sign-distrust = Dikush të thotë se policia ose punonjësi yt social do të të dëmtojnë dhe nuk mund t’u besosh.
card-safe-sign-drugs = Dikush të detyron të shesësh drogë, ose të mbartësh drogë apo para për të.
card-safe-sign-grow = Dikush të detyron të kujdesesh për bimë kanabisi në një shtëpi, dhe nuk mund të largohesh. Kanabisi është drogë.
card-safe-sign-sexual = Dikush të detyron të bësh gjëra seksuale. Mund të të japë para, dhurata, drogë ose një vend për të qëndruar. Kjo u ndodh edhe djemve.
card-safe-contact-title = Dikush do që të shkosh te ai
card-safe-contact-arrive = Dikush të tha ta telefonosh ose t’i dërgosh mesazh kur të mbërrish këtu. Mund të duan të të largojnë nga njerëzit që kujdesen për ty.
card-safe-contact-offer = Dikush të ofron një punë, një biletë ose një vend për të qëndruar në një qytet tjetër. Mund të duket mirë, por mund të jetë një kurth.
card-safe-contact-talk = Para se të shkosh, fol me punonjësin tënd social ose me një të rritur tjetër që i beson. Nuk është faji yt që dikush ta kërkoi këtë.
card-safe-online-title = Njerëzit që njeh në internet
card-safe-online-lie = Njerëzit në internet mund të gënjejnë se kush janë, sa vjeç janë dhe çfarë duan.
card-safe-online-signs = Ki kujdes nëse dikush në internet të kërkon të mbash një sekret. Ki kujdes edhe nëse do të takohet me ty, ose do foto të tuat.
card-safe-online-help = Nëse dikush në internet të shqetëson, mos iu përgjigj më dhe bllokoje. Tregoji një të rrituri që i beson. Nuk është faji yt.
card-safe-relationships-title = Marrëdhënie të sigurta
card-safe-gifts = Dhuratat, paratë ose një telefon nga dikush që nuk e njeh mirë mund të kthehen në një «borxh» që përdoret për të të kontrolluar.
card-safe-talk = Nëse po ndodh diçka e tillë, nuk është faji yt. Mund të flasësh me punonjësin tënd social, ose të telefonosh Runaway Helpline në 116 000.
card-safe-stay-away-title = Dikush po më detyron të rri larg
card-safe-stay-away = Nëse dikush po të detyron të rrish larg, kjo është e rëndë. Ka shumë gjasa që personi që e bën këtë po shkel ligjin. Nuk është faji yt.
card-safe-stay-away-helpline = Runaway Helpline mund të të ndihmojë të jesh i sigurt: telefono ose dërgo mesazh në 116 000. Është falas.
card-safe-stay-away-danger = Nëse je në rrezik tani, telefono 999.

## "Where I live does not feel safe" card

card-placement-title = Nuk ndihem i sigurt aty ku jetoj
card-placement-intro = Duhet të ndihesh i sigurt aty ku jeton. Nëse nuk ndihesh, mund ta thuash. Nuk është faji yt.
card-placement-why = Ndoshta dikush atje të frikëson ose të lëndon. Ndoshta njerëz nga i njëjti vend si ti të bëjnë të mos ndihesh i sigurt. Mund ta thuash edhe këtë.
card-placement-who-title = Kujt mund t’i tregosh
card-placement-social-worker = Punonjësi yt social. Nëse nuk ndihesh i sigurt, mos prit vizitën e radhës. Lidhu me të tani.
card-placement-talk-out = Mund t’i kërkosh punonjësit tënd social të takoheni diku tjetër. Kështu mund të flasësh lirshëm.
card-placement-iro = Zyrtari yt i pavarur i rishikimit (Independent Reviewing Officer, IRO). Çdo fëmijë nën kujdes ka një të tillë. Ky person kontrollon që planet për ty janë të duhurat.
card-placement-iro-contact = Mund të lidhesh me IRO-n tënd në çdo kohë, jo vetëm në mbledhje. Duhet të të thonë si quhet dhe si të lidhesh me të.
card-placement-advocate = Një mbrojtës (advocate). Ky është dikush që është vetëm në anën tënde. Nuk punon për njerëzit që kujdesen për ty, as për punonjësin tënd social.
card-placement-advocate-right = Ke të drejtë të kesh një mbrojtës kur do të ankohesh ose të kërkosh një ndryshim.
card-placement-move-title = Të kërkosh të ndërrosh shtëpi
card-placement-move = Mund të kërkosh të shkosh të jetosh në një shtëpi tjetër. Nuk është gjithmonë e mundur. Por ata duhet të të dëgjojnë.
card-placement-move-list = Mund të ndihmojë të shkruash një listë. Shkruaj çfarë nuk shkon, dhe çfarë do ta bënte më mirë.
card-placement-move-advocate = Një mbrojtës mund të të ndihmojë të thuash çfarë do. Mund të vijë edhe në mbledhje me ty, ose të flasë për ty.
card-placement-get-title = Si të marrësh një mbrojtës
card-placement-coram-voice = Në Angli, telefono Coram Voice në 0808 800 5792 për të kërkuar një mbrojtës. Telefonata është falas.
card-placement-coram-hours = Përgjigjen nga e hëna në të premte, nga ora 9:30 deri në 18:00. Në orë të tjera, mund të lësh një mesazh.
card-placement-other-nations = Jashtë Anglisë, pyet punonjësin tënd social ose kujdestarin tënd (guardian) si të marrësh një mbrojtës.
card-placement-danger = Nëse je në rrezik tani, telefono 999.

## "If you are away" card

card-missing-title = Nëse je larg
card-missing-intro = Ndonjëherë njerëzit që kujdesen për ty nuk e dinë ku je. Atëherë thuhet se je «i zhdukur» (missing). Të zhdukesh nuk është krim.
card-missing-reported = Ata që kujdesen për ty ose punonjësi yt social do t’i thonë policisë që je zhdukur. Kjo quhet «i raportuar si i zhdukur» (reported missing).
card-missing-search = Policia do të të kërkojë. Mund të flasë me shokët e tu dhe të kërkojë në vendet ku shkon.
card-missing-why = E bëjnë këtë sepse shqetësohen për ty. Duan të dinë që je i sigurt.
card-missing-until = Policia vazhdon të kërkojë derisa të të shohë. Duhet të kontrollojë që je i sigurt dhe mirë.
card-missing-found-title = Kur do që të të gjejnë
card-missing-station = Mund të shkosh në çdo stacion policie, në çdo qytet. Ose mund të telefonosh policinë në 101.
card-missing-unsafe = Nëse nuk ishte e sigurt aty ku jetoje, thuaja policisë. Nëse je nën 18 vjeç, ata duhet të flasin me punonjësit socialë për një vend të sigurt për ty.
card-missing-helpline = Runaway Helpline mund të të ndihmojë të flasësh me policinë. Telefono ose dërgo mesazh në 116 000. Është falas.
card-missing-interview = Kur të kthehesh, do të të ofrohet një «return interview» (intervista e kthimit). Mund të kërkosh një përkthyes. Përkthyesi flet gjuhën tënde dhe anglisht.
card-missing-danger = Nëse je në rrezik tani, telefono 999.

## "If they say you are an adult" card

card-age-title = Nëse thonë që je i rritur
card-age-intro = Ndonjëherë Ministria e Brendshme (Home Office) ose këshilli vendor nuk e besojnë moshën tënde. Mund të thonë që je mbi 18 vjeç.
card-age-not-fault = Kjo u ndodh shumë të rinjve. Nuk është faji yt.
card-age-do-title = Çfarë mund të bësh
card-age-say = Nëse je nën 18 vjeç, thuaj qartë që je fëmijë. Thuaje çdo herë. Tregoju moshën dhe datëlindjen tënde, nëse e di.
card-age-ask = Kërko një punonjës social dhe një avokat. Avokati e njeh ligjin dhe mund të të ndihmojë.
card-age-council = Këshilli vendor duhet ta vendosë vetë moshën tënde. Kjo vlen edhe nëse Ministria e Brendshme thotë që je i rritur.
card-age-challenge = Mund ta kundërshtosh një vendim për moshën. Kjo do të thotë që kërkon që vendimi të shikohet përsëri. Një avokat mund të të ndihmojë ta bësh këtë.
card-age-quick = Ka një afat kohor për ta kundërshtuar. Prandaj kërko ndihmë shpejt.
card-age-papers = Dokumentet që tregojnë moshën tënde mund të ndihmojnë. Nëse i ke ose mund t’i marrësh, jepja avokatit tënd.
card-age-help-title = Kush mund të ndihmojë
card-age-refugee-council = Projekti i Mosmarrëveshjeve për Moshën i Këshillit të Refugjatëve (Refugee Council’s Age Dispute Project) ndihmon disa të rinj që trajtohen si të rritur. Ndihmojnë vetëm nëse besojnë se je nën 18 vjeç.
card-age-refugee-council-how = Një i rritur që të ndihmon, si avokati yt ose punonjësi yt social, mund t’u tregojë për ty.
card-age-unsafe = Nëse jeton me të rritur dhe nuk ndihesh i sigurt, thuaji avokatit ose punonjësit tënd social. Nëse je në rrezik tani, telefono 999.
