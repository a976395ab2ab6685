## Home: the come-back control and the safety plan

home-come-back = غواړم بېرته راشم
home-come-back-more = نورې لارې: زنګ ووهم، ووایم چې چېرته یم، یا ووایم چې خوندي یم
home-danger = په خطر کې یاست؟ 999 ته زنګ ووهئ
home-plan = زما د خوندیتوب پلان
home-plan-hint = هغه څه چې مرسته درسره کوي، او څنګه خوندي پاتې شئ

## Come-back screen

comeback-title = غواړم بېرته راشم
comeback-welcome = ورک کېدل جرم نه دی. خلک غواړي چې تاسو خوندي اوسئ او بېرته راشئ.
comeback-will-reach = ستاسو پیغام به دې کس ته ورسېږي
comeback-reach-until = { $name } — { $role } — تر { $until } پورې
comeback-reach-any-time = { $name } — { $role } — هر وخت
comeback-reach-out-of-hours = { $name } — { $role } — د کاري ساعتونو بهر
comeback-reach-helpline = د ورکو ځوانانو د مرستې لیکه (Runaway Helpline) — 116 000 — وړیا، زنګ یا پیغام
comeback-why-out-of-hours = ستاسو نور باوري لویان په دې وخت کې کار نه کوي.
comeback-why-nobody-now = ستاسو له باوري لویانو څخه هېڅوک په دې وخت کې کار نه کوي، نو ستاسو پیغام د ورکو ځوانانو د مرستې لیکې ته ځي. هغوی ستاسو لپاره پیغام رسولی شي.
comeback-why-nobody-added = تاسو تر اوسه باوري لوی کس نه دی اضافه کړی، نو ستاسو پیغام د ورکو ځوانانو د مرستې لیکې ته ځي. هغوی ستاسو لپاره پیغام رسولی شي.
comeback-send = { $name } ته پیغام ولېږئ
comeback-send-helpline = د ورکو ځوانانو د مرستې لیکې ته پیغام ولېږئ
comeback-call = پر ځای یې زنګ ووهئ
comeback-safe-title = لا بېرته راتلو ته چمتو نه یاست؟
comeback-safe-explain = بیا هم کولی شئ یو چا ته ووایئ چې خوندي یاست. په اړیکه کې پاتې کېدل له خلکو سره مرسته کوي چې پوه شي تاسو ښه یاست.
comeback-safe-send = زه خوندي یم، خو لا بېرته راتلو ته چمتو نه یم
comeback-call-only = دا شمېره لیکلي پیغامونه نه شي اخیستلی. { $name } ته د زنګ وهلو لپاره ټک ووهئ.
comeback-message-title = ستاسو پیغام
comeback-add-location = زما ځای ورزیات کړئ
comeback-remove-location = زما ځای لرې کړئ
comeback-location-finding = ستاسو ځای پیدا کوو…
comeback-location-added = ستاسو ځای اوس په پیغام کې دی. هاربر یې نه ساتي، خو ستاسو د ټیلیفون د پیغامونو اپ (Messages) د هغه څه یوه کاپي ساتي چې تاسو یې لېږئ.
comeback-location-unavailable = ستاسو ټیلیفون ونه ویل چې تاسو چېرته یاست. ستاسو پیغام به له هغه پرته ولاړ شي.
comeback-danger = که په خطر کې یاست، 999 ته زنګ ووهئ
comeback-help-now = که همدا اوس مرستې ته اړتیا لرئ، 999 ته زنګ ووهئ
comeback-helpline-closed-until = د مرستې لیکه اوس تړلې ده. په { $time } پرانیستل کېږي.
comeback-helpline-closed = د مرستې لیکه اوس تړلې ده.
comeback-helpline-unknown = د مرستې لیکه ښایي اوس ځواب درنه کړي. د شپې ښایي تر سهاره تړلې وي.
comeback-trace = ستاسو د ټیلیفون د پیغامونو اپ (Messages) د هغه څه یوه کاپي ساتي چې تاسو یې لېږئ. ستاسو ټیلیفون ستاسو د زنګونو لېست ساتي.
comeback-manage = زما باوري لویان
comeback-manage-hint = هغه کسان ورزیات کړئ، بدل یې کړئ یا یې لرې کړئ چې ورسره اړیکه نیولی شئ
comeback-when-back = کله چې بېرته راشم څه کېږي
comeback-staying-safe = خوندي پاتې کېدل

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = سلام { $name }.
sms-greeting-helpline = سلام.
sms-body = غواړم بېرته راشم. کولی شئ مرسته راسره وکړئ؟
sms-body-safe = زه خوندي یم، خو لا بېرته راتلو ته چمتو نه یم. غواړم له تاسو سره په اړیکه کې پاتې شم.
sms-signed = له { $name } څخه.
sms-location = اوس دلته یم: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = ټولنیز کارکوونکی
role-personal-adviser = شخصي سلاکار (personal adviser)
role-key-worker = مسؤول کارکوونکی (key worker)
role-foster-carer = پالونکی (foster carer)
role-support-worker = ملاتړی کارکوونکی (support worker)
role-guardian = سرپرست (guardian)
role-emergency-duty-team = د سیمه ییزې شورا د بېړني حالت ټیم
role-other = یو څوک چې باور پرې لرم
role-your-social-worker = ستاسو ټولنیز کارکوونکی
role-your-personal-adviser = ستاسو شخصي سلاکار
role-your-key-worker = ستاسو مسؤول کارکوونکی
role-your-foster-carer = ستاسو پالونکی
role-your-support-worker = ستاسو ملاتړی کارکوونکی
role-your-guardian = ستاسو سرپرست
role-your-emergency-duty-team = د سیمه ییزې شورا د بېړني حالت ټیم
role-your-other = یو څوک چې باور پرې لرئ

## Trusted adults screen

adults-title = زما باوري لویان
adults-intro = هغه کسان چې کله بېرته راتلل غواړئ ورسره اړیکه نیولی شئ. دا لېست په همدې ټیلیفون کې پاتې کېږي.
adults-empty = تاسو تر اوسه هېڅوک نه دي اضافه کړي.
adults-add = یو باوري لوی کس اضافه کړئ
adults-edit = { $name } بدل کړئ
adults-remove = { $name } لرې کړئ
adults-remove-confirm = ایا { $name } له خپلو باوري لویانو څخه لرې کوئ؟
adults-remove-yes = هو، لرې یې کړئ
adults-keep = نه، یې وساتئ
adults-phone = ټیلیفون: { $number }
adults-hours-any-time = هر وخت ورسره اړیکه نیولی شئ.
adults-out-of-hours-badge = د کاري ساعتونو بهر اړیکه
adults-speaks = ژبې: { $languages }
adults-signature-title = په پیغامونو کې ستاسو نوم
adults-signature-hint = ستاسو پیغامونه په دې نوم پای ته رسېږي. که غواړئ، خالي یې پرېږدئ.
adults-signature-save = زما نوم خوندي کړئ
adults-saved = خوندي شو.

## Trusted adult form

adult-new-title = باوري لوی کس اضافه کړئ
adult-edit-title = باوري لوی کس بدل کړئ
adult-name = نوم
adult-role = دا څوک دی
adult-phone = د ټیلیفون شمېره
adult-phone-hint = د بریتانیا شمېره لکه 07700 900123، یا د بل هېواد شمېره چې په + پیل کېږي.
adult-hours = کله ورسره اړیکه نیولی شئ (د بریتانیا وخت)
adult-hours-hint = که هر وخت ورسره اړیکه نیولی شئ، دا خالي پرېږدئ.
adult-hours-add = وختونه اضافه کړئ
adult-hours-remove = دا وختونه لرې کړئ
adult-hours-from = له
adult-hours-to = تر
adult-hours-days = ورځې
adult-languages = هغه ژبې چې ورباندې خبرې کوي
adult-languages-hint = ستاسو پیغام لومړی د هغه په ژبه لیکل کېږي، بیا ستاسو په ژبه. که هېڅ ژبه ونه ټاکل شي، انګلیسي کارول کېږي.
adult-out-of-hours = دا د کاري ساعتونو بهر زما د اړیکې کس دی
adult-out-of-hours-hint = د ماښام، شپې او اونۍ د پای لپاره: د بېلګې په توګه ستاسو پالونکی، یا د سیمه ییزې شورا د بېړني حالت ټیم. یوازې یو کس کېدای شي؛ د دې کس ټاکل د پخواني ځای نیسي.
adult-save = خوندي کړئ
adult-cancel = لغوه کړئ

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = مهرباني وکړئ د هغه نوم ولیکئ.
adult-error-name-too-long = دا نوم ډېر اوږد دی. تر { $max } تورو زیات مه کاروئ.
adult-error-phone-empty = مهرباني وکړئ د هغه د ټیلیفون شمېره ولیکئ.
adult-error-phone-not-a-number = دا د ټیلیفون شمېره نه ده. یوازې عددونه، تشې او په پیل کې + وکاروئ.
adult-error-phone-invalid = دې شمېرې ته زنګ نه شي وهل کېدای. مهرباني وکړئ عددونه وګورئ. د بریتانیا موبایل شمېره 11 عددونه لري او په 07 پیل کېږي.
adult-error-phone-costly = دې شمېرې ته زنګونه ډېر ګران دي، یا بل ټیلیفون ته ورلېږدول کېږي. هاربر داسې شمېرې نه شي خوندي کولی. د بریتانیا موبایل شمېره په 07 پیل کېږي، خو په 070 نه.
hours-error-no-day = لږ تر لږه یوه ورځ وټاکئ.
hours-error-time = وخت داسې ولیکئ: 09:00.
hours-error-same-time = د پیل او پای وخت یو شان دی.
adults-error-save = خوندي نه شو. مهرباني وکړئ بیا هڅه وکړئ.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = هره ورځ
hours-weekdays = له دوشنبې تر جمعې
hours-weekend = شنبه او یکشنبه
hours-day-list = { $first }، { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = هاربر هغه باوري لویان ونه شو لوستلی چې تاسو خوندي کړي وو، نو ستاسو پیغام د ورکو ځوانانو د مرستې لیکې ته ځي. هغوی ستاسو لپاره پیغام رسولی شي.
adults-unreadable = هاربر ځینې هغه باوري لویان ونه شو لوستلی چې تاسو خوندي کړي وو. لېست وګورئ او هر هغه څوک چې پکې نشته، بیا یې اضافه کړئ.
