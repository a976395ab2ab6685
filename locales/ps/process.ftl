## The asylum process: list, step screen, search and glossary

process-title = ستاسو د پناه غوښتنې بهیر
process-intro = څه پېښېږي، ګام په ګام. د لوستلو لپاره په یوه ګام ټک وکړئ.
process-home-hint = وروسته څه کېږي، ګام په ګام
process-rules-changed = قوانین په 2026 کې بدل شول، او بیا هم بدلېدای شي. ستاسو په قضیه کې وروستۍ خبره ستاسو د وکیل ده.
process-you-are-here = تاسو دلته یاست
process-mark-here = زه په دې ګام کې یم
process-home-current = تاسو په دې ګام کې یاست: { $step }
process-what = څه پېښېږي
process-who = څوک به هلته وي
process-ask = تاسو څه غوښتلی شئ
process-next = وروسته څه راځي
process-time = څومره وخت نیسي
process-sources = دا معلومات له کومه راغلي
process-source-verified = رسمي سرچینه: { $source }
process-source-secondary = بله سرچینه (رسمي نه ده): { $source }
process-reviewed = وروستی ځل په { $date } وکتل شو.
process-previous = مخکینی ګام
process-following = بل ګام
process-step-number = ګام { $number }
process-search = د یوه لیک یوه کلمه ولټوئ
process-search-results = پایلې
process-search-empty = هېڅ ونه موندل شو. بله کلمه وازمایئ، یا له خپل ټولنیز کارکوونکي یا وکیل څخه د کلمې مانا وپوښتئ.
process-glossary = هغه کلمې چې ښایي یې واورئ
process-glossary-intro = د لیکونو او غونډو کلمې، په ساده ژبه.
process-questions = زما پوښتنې د وکیل یا ټولنیز کارکوونکي لپاره
process-questions-private = یوازې تاسو یې لیدلی شئ. په همدې تلیفون کې پاتې کېږي.
process-question-label = یوه پوښتنه ولیکئ
process-question-save = پوښتنه خوندي کړئ
process-question-delete = ړنګول
process-question-empty = لومړی خپله پوښتنه ولیکئ.
process-question-too-long = دا پوښتنه ډېره اوږده ده. مهرباني وکړئ له { $max } تورو یې لنډه وساتئ.
process-question-saved = پوښتنه خوندي شوه.
process-question-none = تر اوسه هېڅ پوښتنه نشته.

## Step 1: arrival

process-arrival-title = بریتانیا ته رسېدل
process-arrival-what = ډېر ځوانان کېنټ (Kent) ته رسېږي. د پولې ځواک (Border Force) افسران ښایي تاسو په داسې ځای کې وساتي لکه په ډوور (Dover) کې د کېنټ د منلو واحد (Kent Intake Unit)، تر هغه چې ستاسو د پاملرنې بندوبست کوي. سیمه ییزه شورا (council) باید د هر هغه ماشوم پاملرنه وکړي چې دلته مور، پلار یا پالونکی نه لري.
process-arrival-who = د پولې ځواک (Border Force) افسران. د سیمه ییزې شورا یو ټولنیز کارکوونکی رابلل کېږي.
process-arrival-ask = ژباړونکی. او دا چې له تاسو سره د ماشوم په توګه چلند وشي.
process-arrival-next = سیمه ییزه شورا ستاسو پاملرنه کوي. د کورنیو چارو وزارت (Home Office) له تاسو خپلې لومړۍ پوښتنې کوي (د هوساینې مرکه، welfare interview).
process-arrival-time = ښایي ډېر ساعتونه ونیسي، تر هغه چې ستاسو د پاملرنې بندوبست کېږي.

## Step 2: welfare interview

process-welfare-interview-title = د هوساینې مرکه (“کوچنۍ” مرکه)
process-welfare-interview-what = د کورنیو چارو وزارت (Home Office) ساده پوښتنې کوي: ستاسو نوم، د زېږېدو نېټه، هېواد او کورنۍ. ښایي لږ وپوښتي چې ولې راغلئ او څنګه مو سفر وکړ. ستاسو انځور او د ګوتو نښې اخلي. ښایي تاسو ته یوه فورمه درکړل شي چې SEF نومېږي.
process-welfare-interview-who = د کورنیو چارو وزارت (Home Office) یو کارکوونکی او یو ژباړونکی. که له 16 کلونو کم یاست، ستاسو ټولنیز کارکوونکی یا بل مسؤول لوی کس (responsible adult) هم راځي. په سکاټلینډ کې، له 18 کلونو کم هر چا سره یو لوی کس راځي.
process-welfare-interview-ask = ژباړونکی. او بل ژباړونکی که چېرې تاسو په اوسني ژباړونکي نه پوهېږئ.
process-welfare-interview-next = که د کورنیو چارو وزارت (Home Office) فکر وکړي چې تاسو له 18 کلونو ډېر یاست، ښایي له تاسو سره د لوی کس په توګه چلند وکړي. که ماشوم یاست، دا په ښکاره ووایئ. ټولنیز کارکوونکی او وکیل وغواړئ. تاسو کولی شئ د خپل عمر په اړه د پرېکړې پر وړاندې اعتراض وکړئ.
process-welfare-interview-time = ستاسو له رسېدو لږ وروسته کېږي.

## Step 3: age assessment

process-age-assessment-title = که ستاسو په عمر باور ونه کړي
process-age-assessment-what = که څوک ستاسو په عمر شک وکړي، ټولنیز کارکوونکي له تاسو سره خبرې کوي تر څو ستاسو عمر وټاکي. سیمه ییزه شورا باید پخپله پرېکړه وکړي، حتی که د کورنیو چارو وزارت (Home Office) فکر وکړي چې تاسو لوی یاست. د ټولنیزو کارکوونکو یو ملي ټیم هم کولی شي ستاسو عمر وټاکي.
process-age-assessment-who = معمولاً دوه ټولنیز کارکوونکي، اکثره له یوه بل لوی کس سره چې هلته ستاسو ملاتړ کوي.
process-age-assessment-ask = دا چې تر پرېکړې پورې له تاسو سره د ماشوم په توګه چلند وشي. د وکیل مرسته. د کډوالو شورا د عمر د اختلاف پروژه (Refugee Council’s Age Dispute Project) ښایي مرسته وکړي که دوی باور ولري چې تاسو له 18 کلونو کم یاست.
process-age-assessment-next = که پرېکړه وکړي چې تاسو ماشوم یاست، سیمه ییزه شورا د ماشوم په توګه ستاسو پاملرنه کوي. که پرېکړه وکړي چې تاسو لوی یاست، کولی شئ له وکیل سره د دې پرېکړې پر وړاندې اعتراض وکړئ. ژر مرسته وغواړئ.
process-age-assessment-time = ټاکلی وخت نه لري. له خپل ټولنیز کارکوونکي یا وکیل څخه وپوښتئ.

## Step 4: being looked after

process-looked-after-title = د سیمه ییزې شورا له خوا ستاسو پاملرنه
process-looked-after-what = سیمه ییزه شورا ستاسو پاملرنه کوي. تاسو یو “تر پاملرنې لاندې ماشوم” (looked-after child) یاست. تاسو یو ټولنیز کارکوونکی او د اوسېدو ځای ترلاسه کوئ، لکه یوه پالونکې کورنۍ (foster family). که 16 یا 17 کلن یاست، ښایي داسې کور هم وي چې پکې ملاتړ درکول کېږي (supported housing). سیمه ییزه شورا په روغتیا او ښوونځي کې هم مرسته کوي.
process-looked-after-who = ستاسو ټولنیز کارکوونکی، او ستاسو پالونکی (foster carer) یا مسؤول کارکوونکی (key worker).
process-looked-after-ask = یو مدافع (advocate): هغه څوک چې ستاسو په استازیتوب خبرې کوي. د وکیل په موندلو کې مرسته.
process-looked-after-next = ښایي بلې سیمه ییزې شورا ته ولاړ شئ (د لېږد ملي پروګرام، National Transfer Scheme). د خپلې پناه غوښتنې لپاره وکیل ترلاسه کوئ.
process-looked-after-time = له هغې ورځې چې لومړی ځل له سیمه ییزې شورا سره مخامخ کېږئ.

## Step 5: National Transfer Scheme

process-transfer-title = بلې سیمه ییزې شورا ته تلل (National Transfer Scheme)
process-transfer-what = ډېر ځوانان یو څو ځایونو ته رسېږي، لکه کېنټ (Kent). د لېږد ملي پروګرام (National Transfer Scheme) ځینې یې د بریتانیا په بله برخه کې یوې سیمه ییزې شورا ته لېږي، تر څو ټولې شوراګانې په پاملرنه کې برخه ولري. هره شورا باید برخه واخلي.
process-transfer-who = هغه سیمه ییزه شورا چې اوس پکې یاست او هغه شورا چې ورته ځئ.
process-transfer-ask = دا چې ستاسو غوره ګټې د پرېکړې اصلي برخه وي. تاسو له خپل ټولنیز کارکوونکي پوښتلی شئ چې چېرته ځئ او ولې.
process-transfer-next = ستاسو نوې شورا ستاسو پاملرنه کوي.
process-transfer-time = لېږد باید په 10 کاري ورځو کې وشي.

## Step 6: getting a lawyer

process-lawyer-title = وکیل ترلاسه کول
process-lawyer-what = وکیل (حقوقي استازی) د پناه غوښتنې په کار کې ستاسو مرسته کوي. وړیا حقوقي مرسته (legal aid) د وکیل پیسې ورکوي، نو تاسو پیسې نه ورکوئ. هر څه چې خپل وکیل ته وایئ محرم دي: وکیل یې پټ ساتي.
process-lawyer-who = ستاسو وکیل، اکثره له ژباړونکي سره.
process-lawyer-ask = د وکیل په موندلو کې ستاسو د پالونکي، مسؤول کارکوونکي یا ټولنیز کارکوونکي مرسته.
process-lawyer-next = ستاسو وکیل د شواهدو د بیان فورمې (Statement of Evidence Form، SEF) په ډکولو کې مرسته کوي.
process-lawyer-time = ټاکلی وخت نه لري. ستاسو پالونکی، مسؤول کارکوونکی یا ټولنیز کارکوونکی باید د وکیل په موندلو کې ستاسو مرسته وکړي.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = د شواهدو د بیان فورمه (SEF)
process-sef-what = SEF یوه فورمه ده چې پکې تاسو تشریح کوئ چې څوک یاست او ولې ساتنې ته اړتیا لرئ. په انګلیسي ډکېږي، تل له خپل وکیل سره. د کورنیو چارو وزارت (Home Office) SEF یوازې د “هو” ویلو لپاره کاروي. که “هو” ونه شي ویلی، معمولاً لومړی تاسو مرکې ته رابولي. د 2026 په جنوري کې د ځینو 16 او 17 کلنو ځوانانو لپاره چې وکیل لري، یو ازمایښتي پروګرام پیل شو. که دوی موافقه وکړي، SEF پرېږدي او مستقیم مرکې ته ځي. له خپل وکیل وپوښتئ چې ایا دا ستاسو لپاره دی.
process-sef-who = ستاسو وکیل، او که اړتیا وي ژباړونکی.
process-sef-ask = که وکیل نه لرئ، د وکیل په موندلو کې مرسته. نور وخت، که اړتیا ورته لرئ.
process-sef-next = اصلي (“لویه”) مرکه، مګر دا چې د کورنیو چارو وزارت (Home Office) له مرکې پرته پرېکړه وکړای شي.
process-sef-time = د کورنیو چارو وزارت (Home Office) باید ستاسو SEF په 60 کاري ورځو کې ترلاسه کړي، له هغې ورځې چې تاسو د پناه غوښتنه وکړه. کاري ورځې له دوشنبې تر جمعې دي، خو رسمي رخصتۍ پکې نه شمېرل کېږي. نو دا شاوخوا 3 میاشتې کېږي. ستاسو وکیل کولی شي نور وخت وغواړي.

## Step 8: the main interview

process-interview-title = اصلي (“لویه”) مرکه
process-interview-what = هغه ځوانان چې له 12 کلونو ډېر دي معمولاً دا مرکه لري. دوی پوښتنه کوي چې ولې مو خپل هېواد پرېښود، ستاسو د سفر په اړه، ستاسو د پخواني ژوند په اړه، او دا چې له څه وېرېږئ.
process-interview-who = د کورنیو چارو وزارت (Home Office) پرېکړه کوونکی، ستاسو وکیل، یو ژباړونکی او یو مسؤول لوی کس (responsible adult): ستاسو ټولنیز کارکوونکی، پالونکی (foster carer) یا مسؤول کارکوونکی (key worker)، یا بل کس چې تاسو پرې باور لرئ.
process-interview-ask = نارینه یا ښځینه ژباړونکی (له خپل وکیل څخه یې وختي وغواړئ). بل ژباړونکی که ژبه یا لهجه غلطه وي. وقفې. دا چې مرکه ودرول شي او بله ورځ وشي که تاسو ډېر ناروغ یاست.
process-interview-next = تاسو د پرېکړې انتظار کوئ. که له مرکې مخکې 18 کلن شئ، مرکه بیا هم کېږي، له داسې چا سره چې د ماشومانو د قضیو لپاره روزل شوی.
process-interview-time = له SEF وروسته راځي.

## Step 9: waiting

process-waiting-title = د پرېکړې انتظار
process-waiting-what = د کورنیو چارو وزارت (Home Office) پرېکړه کوي. انتظار ډېر سخت کېدای شي. ستاسو وکیل کولی شي د ځنډ په اړه له کورنیو چارو وزارت څخه وپوښتي، او ستاسو د پارلمان له غړي (MP) سره اړیکه نیول کېدای شي.
process-waiting-who = هېڅ غونډه نشته. د کورنیو چارو وزارت (Home Office) پرېکړه ستاسو وکیل او ټولنیز کارکوونکي ته لېږي.
process-waiting-ask = که ډېر وخت ونیسي، له خپل وکیل وغواړئ چې له کورنیو چارو وزارت (Home Office) سره یې تعقیب کړي.
process-waiting-next = پرېکړه.
process-waiting-time = ډېرې میاشتې، کله کله کلونه.

## Step 10: the decision

process-decision-title = پرېکړه
process-decision-what = ځواب کېدای شي دا وي: د کډوال حیثیت (refugee status)؛ بشري ساتنه (humanitarian protection)؛ د بې سرپرسته ماشومانو د پاتې کېدو اجازه (UASC leave)؛ د پاتې کېدو بل ډول اجازه؛ یا رد. د کورنیو چارو وزارت (Home Office) ستاسو ټولنیز کارکوونکي او وکیل ته خبر ورکوي.
process-decision-who = لیک ستاسو وکیل او ټولنیز کارکوونکي ته ځي. ترې وغواړئ چې له تاسو سره یې تشریح کړي.
process-decision-ask = له خپل وکیل څخه وپوښتئ چې دا پرېکړه ستاسو لپاره څه مانا لري او ستاسو د پاتې کېدو اجازه څومره موده لري.
process-decision-next = که ستاسو غوښتنه رد شي، معمولاً استیناف کولی شئ. د بې سرپرسته ماشومانو د پاتې کېدو اجازه (UASC leave) دا مانا لري چې ستاسو د پناه غوښتنه رد شوې. پر دې هم معمولاً استیناف کولی شئ. یوازې 14 ورځې لرئ، نو سمدستي له خپل وکیل سره خبرې وکړئ. مخکې له دې چې ستاسو UASC leave پای ته ورسېږي، باید بیا غوښتنه وکړئ. له پای ته رسېدو 3 تر 6 میاشتې مخکې له وکیل سره وګورئ.
process-decision-time = د بې سرپرسته ماشومانو د پاتې کېدو اجازه (UASC leave) 30 میاشتې دوام کوي، یا تر هغه چې 17 نیم کلن شئ، که هغه لومړی راشي. د پاتې کېدو نورې اجازې کېدای شي اوږدې یا لنډې وي. دا پورې اړه لري چې تاسو په کومه نېټه د پناه غوښتنه کړې. له خپل وکیل وپوښتئ چې ستاسو اجازه څومره موده لري.

## Step 11: appeal

process-appeal-title = د رد پر وړاندې استیناف
process-appeal-what = که د کورنیو چارو وزارت (Home Office) نه ووايي، معمولاً استیناف کولی شئ. بیا یو قاضي (لومړنۍ محکمه، First-tier Tribunal) ستاسو قضیه بیا ګوري. د استیناف لپاره اجازې ته اړتیا نه لرئ. ستاسو د پرېکړې لیک وايي چې ایا استیناف کولی شئ.
process-appeal-who = یو قاضي، ستاسو وکیل، یو مسؤول لوی کس (responsible adult) او یو ژباړونکی.
process-appeal-ask = ستاسو په ژبه او لهجه ژباړونکی: ستاسو د استیناف فورمه باید ووايي چې کومه ژبه او لهجه. د محکمې په غونډه کې له تاسو سره یو مسؤول لوی کس (responsible adult).
process-appeal-next = که قاضي نه ووايي، ښایي وکولی شئ یوې لوړې محکمې (Upper Tribunal) ته ولاړ شئ. که له 18 کلونو ډېر یاست او ټول استینافونه مو ناکام شي، ښایي سیمه ییزه شورا ځینې مرستې ودروي. مخکې له دې، باید په لیکلي ډول درته ووايي چې ولې.
process-appeal-time = ستاسو استیناف باید د رد د لیک له لېږلو وروسته په 14 ورځو کې دننه ورسېږي، له دې نه وروسته نه. سمدستي خپل وکیل ته ووایئ. د قاضي پرېکړه معمولاً له غونډې 3 تر 4 اونۍ وروسته راځي.

## Step 12: turning 18 and leaving care

process-turning-18-title = 18 کلن کېدل او پاملرنه پرېښودل
process-turning-18-what = له شاوخوا 16 کلنۍ، تاسو یو شخصي سلاکار (personal adviser) او د لارې پلان (pathway plan) ترلاسه کوئ: ستاسو د لوی کېدو پلان. دا ستاسو د پاملرنې د پلان (care plan) ځای نیسي.
process-turning-18-who = ستاسو شخصي سلاکار (personal adviser).
process-turning-18-ask = د لارې پلان (pathway plan) چې لږ تر لږه هرو 6 میاشتو کې یو ځل وکتل شي. په انګلستان کې، تر 25 کلنۍ پورې د شخصي سلاکار (personal adviser) مرسته. ستاسو د اقامې د حالت (immigration status) په اړه د حقوقي مشورې په ترلاسه کولو کې مرسته.
process-turning-18-next = په انګلستان کې، ستاسو سیمه ییزه شورا باید خپره کړي چې هغو ځوانانو ته څه وړاندې کوي چې پاملرنه پرېږدي (“سیمه ییز وړاندیز”، local offer).
process-turning-18-time = پلان د 16 کلنۍ شاوخوا پیلېږي. په انګلستان کې، ستاسو شخصي سلاکار تر 25 کلنۍ پورې مرسته کولی شي.

## Step 13: National Referral Mechanism

process-nrm-title = که چا له تاسو ناوړه ګټه اخیستې وي (National Referral Mechanism)
process-nrm-what = د راجع کولو ملي میکانیزم (National Referral Mechanism، NRM) هغه لاره ده چې بریتانیا پرې هغه کسان پیدا کوي او ساتي چې قاچاق شوي یا ترې ناوړه ګټه اخیستل شوې: کار ته، جرم ته مجبور شوي، یا په نورو لارو زیانمن شوي. هر هغه څوک چې له 18 کلونو کم وي باید راجع شي. ماشومان اړتیا نه لري چې موافقه وکړي.
process-nrm-who = “لومړی ځواب ورکوونکی” (first responder)، لکه پولیس، سیمه ییزه شورا، یا یوه خیریه اداره لکه Barnardo’s، NSPCC یا د کډوالو شورا (Refugee Council).
process-nrm-ask = یو سرپرست (guardian): هغه څوک چې ستاسو پلوي کوي او مشوره درکوي. د انګلستان او ویلز په ډېرو سیمو کې، دا د قاچاق شویو ماشومانو خپلواک سرپرست (Independent Child Trafficking Guardian) دی. په سکاټلینډ کې، هر ماشوم چې یوازې راځي، د Guardianship Scotland له خوا سرپرست ترلاسه کوي. په شمالي آیرلینډ کې، د خپلواک سرپرست خدمت (Independent Guardian Service) مرسته کوي.
process-nrm-next = لومړی د “معقولو دلیلونو” (reasonable grounds) پرېکړه، بیا د “قطعي دلیلونو” (conclusive grounds) پرېکړه. که له وروستۍ پرېکړې مخکې 18 کلن شئ، تاسو په خوله یا په لیکلي ډول ویلی شئ چې غواړئ په NRM کې پاتې شئ.
process-nrm-time = لومړۍ پرېکړه که ممکنه وي شاوخوا 5 کاري ورځې نیسي. وروستۍ پرېکړه لږ تر لږه له 30 ورځو وروسته راځي؛ ټاکلی وخت نه لري.

## Glossary

glossary-home-office-term = Home Office (د کورنیو چارو وزارت)
glossary-home-office-meaning = د بریتانیا د حکومت هغه برخه چې د پناه غوښتنو پرېکړه کوي.
glossary-sef-term = SEF (د شواهدو د بیان فورمه، Statement of Evidence Form)
glossary-sef-meaning = هغه فورمه چې پکې له خپل وکیل سره تشریح کوئ چې څوک یاست او ولې ساتنې ته اړتیا لرئ.
glossary-interview-term = Substantive interview (اصلي مرکه)
glossary-interview-meaning = د پناه اصلي (“لویه”) مرکه، چې پکې تشریح کوئ ولې ساتنې ته اړتیا لرئ.
glossary-responsible-adult-term = Responsible adult (مسؤول لوی کس)
glossary-responsible-adult-meaning = یو لوی کس چې ستاسو د ملاتړ لپاره له تاسو سره مرکو ته راځي، لکه ستاسو ټولنیز کارکوونکی یا مسؤول کارکوونکی.
glossary-legal-aid-term = Legal aid (وړیا حقوقي مرسته)
glossary-legal-aid-meaning = د حکومت پیسې چې ستاسو د وکیل پیسې ورکوي، نو تاسو پیسې نه ورکوئ.
glossary-looked-after-term = Looked-after child (تر پاملرنې لاندې ماشوم)
glossary-looked-after-meaning = هغه ماشوم چې سیمه ییزه شورا یې پاملرنه کوي، له ټولنیز کارکوونکي او د اوسېدو ځای سره.
glossary-refugee-status-term = Refugee status (د کډوال حیثیت)
glossary-refugee-status-meaning = ستاسو پناه غوښتنې ته هو: بریتانیا مني چې تاسو ساتنې ته اړتیا لرئ.
glossary-humanitarian-protection-term = Humanitarian protection (بشري ساتنه)
glossary-humanitarian-protection-meaning = د پاتې کېدو اجازه ځکه چې که بېرته ولاړ شئ له جدي زیان سره به مخ شئ.
glossary-uasc-leave-term = UASC leave (د بې سرپرسته ماشومانو د پاتې کېدو اجازه)
glossary-uasc-leave-meaning = د هغه ماشوم لپاره د پاتې کېدو لنډه اجازه چې پناه غوښتنه یې رد شوې. معمولاً د دې رد پر وړاندې استیناف کولی شئ. یوازې 14 ورځې لرئ، نو سمدستي له خپل وکیل سره خبرې وکړئ. مخکې له دې چې UASC leave پای ته ورسېږي، باید بیا غوښتنه وکړئ.
glossary-tribunal-term = Tribunal (محکمه)
glossary-tribunal-meaning = هغه محکمه چې پکې یو قاضي له رد وروسته ستاسو قضیه بیا ګوري.
glossary-pathway-plan-term = Pathway plan (د لارې پلان)
glossary-pathway-plan-meaning = ستاسو د لوی کېدو او پاملرنې د پرېښودو پلان، چې له شخصي سلاکار سره جوړېږي.
glossary-personal-adviser-term = Personal adviser (شخصي سلاکار)
glossary-personal-adviser-meaning = هغه څوک چې کله پاملرنه پرېږدئ، ستاسو مرسته کوي. په انګلستان کې، تر 25 کلنۍ پورې ستاسو مرسته کولی شي.
glossary-nrm-term = NRM (د راجع کولو ملي میکانیزم، National Referral Mechanism)
glossary-nrm-meaning = د بریتانیا لاره د هغو کسانو د موندلو او ساتلو لپاره چې قاچاق شوي یا ترې ناوړه ګټه اخیستل شوې.
