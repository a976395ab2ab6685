## Home: the two ways into setting a phone up

home-setup-import = د مسؤول کارکوونکي له کوډ څخه تنظیم کړئ
home-setup-import-hint = د ښه راغلاست د غونډې کوډ سکن یا پېسټ کړئ
home-key-worker = د یو ځوان ټیلیفون تنظیم کړئ
home-key-worker-hint = د مسؤولو کارکوونکو او ټولنیزو کارکوونکو لپاره

## Key-worker mode: building a setup at the welcome meeting

kw-title = د یو ځوان ټیلیفون تنظیم کړئ
kw-intro = دا فورمه له ځوان سره یو ځای ډکه کړئ. هغه څه چې تاسو یې دلته لیکئ نه په دې ټیلیفون کې ساتل کېږي او نه چېرته لېږل کېږي: ټول په یوه کوډ کې ځي چې د ځوان ټیلیفون یې لولي.
kw-language = د ځوان ژبه
kw-name = د ځوان لومړی نوم (اختیاري)
kw-name-hint = د ځوان پیغامونه په دې نوم پای ته رسېږي. وروسته یې بدلولی شي.
kw-adults = باوري لویان
kw-adults-none = تر اوسه هېڅ باوري لوی کس نه دی اضافه شوی.
kw-adult-add = یو باوري لوی کس اضافه کړئ
kw-adult-change = { $name } بدل کړئ
kw-adult-remove = { $name } لرې کړئ
kw-area = د نږدې ځایونو لپاره سیمه (اختیاري)
kw-area-hint = یو ښار یا شورا، د بېلګې په توګه Bristol.
kw-plan = د خوندیتوب پلان، په ګډه موافقه شوی
kw-plan-hint = کرښې په هغو خبرو ولیکئ چې دواړه پرې موافق یاست، که کولی شئ د ځوان په ژبه.
kw-plan-section = د پلان برخه
kw-plan-line = کرښه
kw-plan-add = کرښه اضافه کړئ
kw-plan-remove = «{ $line }» لرې کړئ
kw-make = کوډ جوړ کړئ
kw-code-title = د تنظیم کوډ
kw-code-alt = QR کوډ چې د ځوان په ټیلیفون کې هاربر تنظیموي
kw-code-how = د ځوان په ټیلیفون کې کمره پرانیزئ او دې کوډ ته یې ونیسئ، بیا هغه لینک پرانیزئ چې کمره یې ښیي. یا، د ځوان په ټیلیفون کې هاربر پرانیزئ او «د مسؤول کارکوونکي له کوډ څخه تنظیم کړئ» وټاکئ.
kw-numbers = دا { $count } عددونه ځوان ته ووایئ. د هغه ټیلیفون به د کوډ له لوستلو وروسته دا عددونه وغواړي. دا عددونه نه په کوډ کې دي او نه په کارت کې، نو یوازې کوډ بل هېچا ته هېڅ شی نه ښیي.
kw-code-text = کوډ د متن په توګه، د پېسټ کولو لپاره که کمره یې ونه شي لوستلی
kw-code-size = QR نسخه { $version }، { $chars } توري.
kw-expires = دا کوډ { $days } ورځې، تر { $date } پورې، کار کوي. له هغې وروسته یو نوی کوډ جوړ کړئ.
kw-print = کارت چاپ کړئ
kw-changed = تاسو د کوډ له جوړېدو وروسته یو څه بدل کړل. کوډ بیا جوړ کړئ.
kw-error-name-too-long = دا نوم ډېر اوږد دی. تر { $max } تورو زیات مه کاروئ.
kw-error-area-too-long = دا ډېر اوږد دی. تر { $max } تورو زیات مه کاروئ.
kw-error-too-many-adults = یو تنظیم تر { $max } زیات باوري لویان نه شي لرلی.
kw-error-too-many-lines = یو تنظیم د پلان تر { $max } زیاتې کرښې نه شي لرلی.
kw-error-too-large = دا د یو کوډ لپاره ډېر زیات دی. د پلان ځینې کرښې لرې کړئ یا یې لنډې کړئ، بیا هڅه وکړئ.
kw-error-tools = کوډ جوړ نه شو. یو ځل خپله د انټرنیټ اړیکه وګورئ او بیا هڅه وکړئ.

## The printed card (in the young person's language, then in English)

card-setup-title = هاربر
card-setup-scan = د هاربر د تنظیمولو لپاره دا کوډ د خپل ټیلیفون په کمره سکن کړئ. بیا هغه عددونه ولیکئ چې ستاسو مسؤول کارکوونکی یې تاسو ته وایي.
card-setup-adults = هغه کسان چې ورسره اړیکه نیولی شئ
card-setup-emergency = بېړنی حالت (پولیس، امبولانس، اور وژونکي): 999
card-setup-runaway = د تښتېدلو ځوانانو د مرستې لیکه (Runaway Helpline)، وړیا، زنګ یا پیغام: 116 000

## Importing a setup on the young person's phone

import-title = د مسؤول کارکوونکي له کوډ څخه تنظیم کړئ
import-intro = ستاسو مسؤول کارکوونکي (key worker) له تاسو سره یو کوډ جوړ کړی. هاربر یې په همدې ټیلیفون کې لولي او هېڅ سرور ته یې نه لېږي. پرته له هغو عددونو چې ستاسو مسؤول کارکوونکی یې تاسو ته وایي، کوډ هېڅ شی نه ښیي، حتی که لینک ستاسو د ویب براوزر په تاریخچه (history) کې پاتې شي.
import-scan = کوډ سکن کړئ
import-scan-stop = کمره بنده کړئ
import-scan-looking = کمره کوډ ته ونیسئ…
import-camera-denied = هاربر کمره نه شي کارولی. پر ځای یې کوډ پېسټ کولی شئ.
import-paste = یا کوډ پېسټ کړئ
import-read = کوډ ولولئ
import-checking = کوډ لوستل کېږي…
import-numbers-intro = هاربر کوډ ولوست. د پرانیستلو لپاره یې هغه { $count } عددونه ولیکئ چې ستاسو مسؤول کارکوونکی یې تاسو ته وایي.
import-numbers = ستاسو د مسؤول کارکوونکي { $count } عددونه
import-open = کوډ پرانیزئ
import-tools-error = کوډ ونه کتل شو. بیا هڅه وکړئ.
import-preview-title = دا به هاربر ته اضافه شي
import-preview-hint = له خپل مسؤول کارکوونکي سره یې وګورئ. تر هغه چې په «هاربر ته یې اضافه کړئ» ټک نه وي کړی، هېڅ شی نه خوندي کېږي.
import-language = ژبه: { $language }
import-language-missing = دا تنظیم داسې ژبه غواړي چې هاربر یې تر اوسه نه لري ({ $code }). هاربر په { $language } پاتې کېږي.
import-name = په پیغامونو کې ستاسو نوم: { $name }
import-name-kept = په پیغامونو کې ستاسو نوم { $name } پاتې کېږي.
import-adults = باوري لویان
import-adult-saved = مخکې خوندي شوی: همداسې پاتې کېږي
import-out-of-hours-replaces = { $new } به د { $old } پر ځای د کاري ساعتونو بهر ستاسو د اړیکې کس وي.
import-area = د ځایونو لپاره سیمه: { $area }
import-routing-title = «غواړم بېرته راشم» به چا ته ورسېږي
import-when-weekday-morning = له دوشنبې تر جمعې، په 11:00
import-when-weekday-night = له دوشنبې تر جمعې، په 22:00
import-when-saturday = شنبه، په 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. اوس ستاسو پیغام { $before } ته ځي.
import-any-time = { $name } ټاکلي کاري ساعتونه نه لري. نو { $name } به ستاسو پیغام هر وخت ترلاسه کړي، حتی په ماښامونو کې او د اونۍ په پای کې.
import-routing-changes = دا تنظیم بدلوي چې ستاسو پیغام چا ته ځي. یوازې هغه وخت یې اضافه کړئ چې ستاسو مسؤول کارکوونکی همدا اوس له تاسو سره وي.
import-code = ستاسو د قفل کوډ
import-plan = ستاسو د خوندیتوب پلان
import-confirm = هاربر ته یې اضافه کړئ
import-cancel = اوس نه
import-cancelled = هېڅ شی اضافه نه شو.
import-done = هاربر تنظیم شو.
import-storage-refused = که په ټیلیفون کې ځای کم شي، دا ویب براوزر ښایي هغه څه ړنګ کړي چې هاربر یې ساتي. د خپلو باوري لویانو د شمېرو یوه کاپي په یو خوندي ځای کې وساتئ.
import-done-pin = د قفل کوډ جوړ کړئ چې یوازې تاسو هاربر پرانیستلی شئ
import-done-home = پیل ته ولاړ شئ
import-save-error = خوندي نه شو. هېڅ شی بدل نه شو. بیا هڅه وکړئ.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = دا د هاربر د تنظیم کوډ نه دی.
setup-error-malformed = دا کوډ سم نه دی. له خپل مسؤول کارکوونکي وغواړئ چې بیا یې جوړ کړي.
setup-error-truncated = د کوډ یوازې یوه برخه ولوستل شوه. بیا هڅه وکړئ، یا ټول کوډ پېسټ کړئ.
setup-error-too-large = دا کوډ د هاربر د تنظیم لپاره ډېر لوی دی.
setup-error-newer = دا کوډ د هاربر په یوه نوې نسخه جوړ شوی. هاربر تازه کړئ، بیا هڅه وکړئ.
setup-error-damaged = دا کوډ خراب شوی. بیا هڅه وکړئ، یا له خپل مسؤول کارکوونکي وغواړئ چې بیا یې جوړ کړي.
setup-error-expired = دا د تنظیم کوډ ډېر زوړ دی. له خپل مسؤول کارکوونکي وغواړئ چې یو نوی کوډ جوړ کړي.
setup-error-numbers = دا عددونه دا کوډ نه پرانیزي. له خپل مسؤول کارکوونکي سره یې وګورئ او بیا یې ولیکئ.
setup-error-numbers-incomplete = ټول { $count } عددونه ولیکئ چې ستاسو مسؤول کارکوونکی یې تاسو ته وایي.
setup-error-adult = په دې تنظیم کې د { $name } شمېرې ته زنګ نه شي وهل کېدای. له خپل مسؤول کارکوونکي وغواړئ چې کوډ بیا جوړ کړي.
