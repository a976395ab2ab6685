## Home: the way into places near the young person

home-places = زما نږدې ځایونه
home-places-hint = هغه مرکزونه چې بې له وخت اخیستلو ورتلی شئ، د ځوانانو کلبونه او د مرستې ځایونه، د پرانیستلو له وختونو سره

## The list of places

places-title = زما نږدې ځایونه
places-example = دا د بېلګې ځایونه دي: تر اوسه ریښتیني ځایونه نه دي. ستاسو مسؤول کارکوونکی (key worker) درته ویلی شي چې ستاسو د سیمې ځایونه به کله اضافه شي.
places-search = ځایونه ولټوئ
places-category = د ځای ډول
places-category-all = ټول ډولونه
places-category-drop-in = بې له وخت اخیستلو مرکز (drop-in)
places-category-youth-club = د ځوانانو کلب
places-category-cultural-centre = ټولنه او کلتور
places-category-worship = د عبادت ځای
places-category-legal-advice = حقوقي مشوره
places-category-health = روغتیا
places-category-food = خواړه
places-category-other = نوره مرسته
places-open-now = اوس خلاص
places-free = یوازې وړیا
places-language = هغه ژبه چې هلته پرې خبرې کېږي
places-language-any = هره ژبه
places-found = موندل شوي ځایونه: { $count }
places-none = هېڅ ځای ونه موندل شو. لږ فلټرونه وازمایئ.
places-show-more = نور ځایونه وښیئ
places-distance = { $km } کیلومتره لرې
places-share-location = وښیئ چې ځایونه څومره لرې دي
places-share-location-hint = دا چې تاسو چېرته یاست یوازې په همدې ټیلیفون کې کارول کېږي. نه ساتل کېږي او نه چېرته لېږل کېږي.
places-location-failed = معلومه نه شوه چې تاسو چېرته یاست. ځایونه له واټن پرته ښودل کېږي.

## When a place is open

places-open-until = اوس خلاص دی، تر { $time } پورې
places-opens-today = بند دی. نن په { $time } خلاصېږي
places-opens-tomorrow = بند دی. سبا په { $time } خلاصېږي
places-opens-day = بند دی. { $day } په { $time } خلاصېږي
places-opens-date = بند دی. { $date } په { $time } خلاصېږي
places-closed = بند دی
places-hours-unknown = د پرانیستلو وختونه نه دي معلوم

## One place's page

place-back = ټول ځایونه
place-not-found = دا ځای نور د هاربر په لېست کې نشته.
place-hours = د پرانیستلو وختونه
place-hours-line = { $when }: له { $opens } تر { $closes }
place-when-fortnightly = { $days }، هره دویمه اونۍ
place-when-every-weeks = { $days }، په هرو { $count } اونیو کې یو ځل
place-when-nth = د میاشتې { $nth } { $day }
place-when-month-days = د میاشتې { $days } نېټه
place-when-last-day = د میاشتې وروستۍ ورځ
place-nth-1 = لومړۍ
place-nth-2 = دویمه
place-nth-3 = درېیمه
place-nth-4 = څلورمه
place-nth-5 = پنځمه
place-nth-last = وروستۍ
place-nth-second-last = له پایه دویمه
place-hours-from = له { $date } څخه
place-hours-to = تر { $date } پورې
place-address = پته
place-directions = د رسېدو لاره وګورئ
place-directions-hint = د نقشې اپ یا ویب پاڼه پرانیزي.
place-call = { $number } ته زنګ ووهئ
place-website = ویب پاڼه
place-web-address = ویب پاڼه (خوندي لینک نه دی، نو هاربر یې نه پرانیزي): { $address }
place-languages = هغه ژبې چې هلته پرې خبرې کېږي
place-free = وړیا
place-costs = ښایي پیسې ولګېږي. له تګ مخکې وپوښتئ.
place-ages = عمر: له { $min } تر { $max } کلونو
place-age-min = عمر: { $min } کاله او له هغه پورته
place-age-max = عمر: تر { $max } کلونو پورې

## Updating places and numbers

places-updated = د { $date } ځایونه او د مرستې شمېرې
places-update = نوي ځایونه او شمېرې وګورئ
places-update-hint = دا د هاربر له سرور څخه ستاسو د سیمې تر ټولو نوی لېست غواړي. یوازې ستاسو د سیمې نوم لېږل کېږي. ستاسو نوم او هغه څه چې تاسو خوندي کړي، هېڅکله نه لېږل کېږي.
places-update-checking = کتل کېږي…
places-update-done = تازه شو. اوس په هاربر کې د ځایونو شمېر { $count } دی.
places-update-same = تاسو دمخه تر ټولو نوي ځایونه او شمېرې لرئ.
places-update-offline = د هاربر سرور ته لاسرسی ونه شو. ستاسو ځایونه او شمېرې هماغسې پاتې دي.
places-update-server = د هاربر سرور نوی لېست ونه لېږه (تېروتنه { $status }). ستاسو ځایونه او شمېرې هماغسې پاتې دي.
pack-error-not-pack = هغه لېست چې راغی د هاربر لېست نه و. هېڅ شی بدل نه شو.
pack-error-signature = هغه لېست چې راغی د هاربر له خوا لاسلیک شوی نه و، نو ونه منل شو. هېڅ شی بدل نه شو.
pack-error-damaged = هغه لېست چې راغی خراب و، نو ونه منل شو. هېڅ شی بدل نه شو.
pack-error-format = هغه لېست چې راغی د هاربر یوې نوې نسخې ته اړتیا لري. هېڅ شی بدل نه شو.
pack-error-older = هغه لېست چې راغی ستاسو له اوسني لېست څخه زوړ و، نو ونه منل شو. هېڅ شی بدل نه شو.
pack-error-area = هغه لېست چې راغی د بلې سیمې لپاره و، نو ونه منل شو. هېڅ شی بدل نه شو.
kept-content-pack = ستاسو د سیمې لپاره ځایونه او د مرستې شمېرې
