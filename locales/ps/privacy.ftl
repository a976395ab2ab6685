## Quick exit (always on screen; Escape also works on a computer)

quick-exit = چټک وتل
quick-exit-discreet = بندول

## Privacy and safety screen

home-privacy = محرمیت او خوندیتوب
home-privacy-hint = هغه څه چې هاربر یې ساتي، د قفل کوډ، او چټک وتل
privacy-title = محرمیت او خوندیتوب
privacy-kept-title = هغه څه چې هاربر یې په دې ټیلیفون کې ساتي
privacy-kept-intro = دا لېست له هغو شیانو جوړ شوی چې همدا اوس خوندي دي.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = له دې څخه هېڅ شی چېرته نه لېږل کېږي. هاربر حساب نه لري. هاربر یوازې له خپل سرور څخه نوي معلومات ښکته کوي. د دې لپاره ستاسو د سیمې نوم لېږي، خو هېڅکله ستاسو نوم یا هغه څه نه لېږي چې تاسو خوندي کړي.
kept-setting = ترتیبات (ژبه، په پیغامونو کې ستاسو نوم، قفل)
kept-question = ستاسو د وکیل یا ټولنیز کارکوونکي لپاره پوښتنې
kept-contact = هغه لویان چې تاسو پرې باور لرئ
kept-plan-item = ستاسو د خوندیتوب د پلان کرښې
kept-vault = ستاسو خوندي شوي شیان، چې ستاسو په کوډ قفل دي
privacy-quick-exit-title = چټک وتل
privacy-quick-exit = د هرې پاڼې په سر کې د «چټک وتل» تڼۍ هاربر سمدستي پټوي او یو حساب ماشین ښیي. د شا تڼۍ به هاربر بېرته رانه وړي. هر څه چې تاسو لیکل، لومړی خوندي کېږي.

## Discreet mode

privacy-discreet-title = پټ حالت
privacy-discreet = په پټ حالت کې هاربر د «حساب ماشین» نوم او د حساب ماشین آیکون (icon) ښیي. لومړۍ پاڼه یې د مرستې یا خوندیتوب په اړه هېڅ کلمه نه لري. د ویب پاڼې پته نه بدلېږي. هغه آیکون چې تاسو مخکې د خپل ټیلیفون اصلي پاڼې (home screen) ته اضافه کړی، خپل زوړ نوم ساتي.
privacy-discreet-on = پټ حالت وکاروئ
discreet-name = حساب ماشین
discreet-open = پرانیستل

## Lock code (PIN)

privacy-pin-title = د قفل کوډ
privacy-pin-intro = تاسو کولی شئ هاربر د 4 څخه تر 12 عددونو په کوډ قفل کړئ. کوډ هغه وخت غوښتل کېږي چې هاربر پرانیستل شي، او کله چې هاربر 2 دقیقې شاته پاتې شوی وي.
privacy-pin-protects = که کوډ ولرئ، ستاسو باوري لویان، پلان، پوښتنې او ترتیبات په ټیلیفون کې قفل پاتې کېږي. له کوډ پرته هېڅوک یې نه شي لوستلی، حتی که ستاسو ټیلیفون یې په لاس کې وي.
privacy-pin-limits = که څوک تاسو د کوډ لیکلو پر وخت وویني، یا تاسو مجبور کړي چې کوډ ورته ووایئ، کوډ یې نه شي منع کولی. کوډ دا نه پټوي چې هاربر په ټیلیفون کې دی. پټ حالت په دې کې مرسته کوي.
privacy-pin-longer = د 6 یا ډېرو عددونو کوډ تر لنډ کوډ ډېر ګران اټکل کېږي. خپله د زېږېدو نېټه مه کاروئ.
privacy-pin-current = ستاسو اوسنی کوډ
privacy-pin-change = کوډ بدل کړئ
privacy-pin-forget-warning = که کوډ مو هېر شي، بېرته د ننوتلو یوازینۍ لار په هاربر کې د هر څه ړنګول دي. هېڅوک یې ستاسو لپاره نه شي بیا جوړولی.
privacy-pin-new = نوی کوډ
privacy-pin-confirm = کوډ بیا ولیکئ
privacy-pin-set = په دې کوډ یې قفل کړئ
privacy-pin-is-set = هاربر په کوډ قفل دی.
privacy-pin-remove = کوډ لرې کړئ
privacy-pin-saved = خوندي شو. هاربر به دا کوډ وغواړي.
privacy-pin-removed = کوډ لرې شو.
pin-error-length = کوډ باید له 4 څخه تر 12 عددونه ولري.
pin-error-common = دا کوډ ډېر په اسانۍ اټکل کېږي. بل کوډ وټاکئ.
pin-error-digits = یوازې له 0 څخه تر 9 عددونه وکاروئ.
pin-error-mismatch = دواړه کوډونه یو شان نه دي.
pin-error-save = کوډ خوندي نه شو. مهرباني وکړئ بیا هڅه وکړئ.

## Lock screen

lock-title = خپل کوډ ولیکئ
lock-code = کوډ
lock-open = پرانیستل
lock-wrong = دا کوډ سم نه دی.
lock-wait = ډېرې هڅې وشوې. { $seconds } ثانیې وروسته بیا هڅه وکړئ.
lock-forgot = کوډ مو هېر شوی؟
lock-forgot-explain = له کوډ پرته، د ننوتلو یوازینۍ لار په هاربر کې د ټولو خوندي شیانو ړنګول دي: باوري لویان، ستاسو پلان، پوښتنې او ترتیبات.

## Delete everything

privacy-wipe-title = هر څه ړنګ کړئ
privacy-wipe = دا هغه ټول شیان ړنګوي چې هاربر په دې ټیلیفون کې خوندي کړي: باوري لویان، ستاسو د خوندیتوب پلان، پوښتنې او ترتیبات. هاربر به د نوي په څېر شي. دا کار بېرته نه شي اړول کېدای.
privacy-wipe-button = هر څه ړنګ کړئ
privacy-wipe-confirm = ایا ډاډه یاست؟ هر څه به ړنګ شي.
privacy-wipe-yes = هو، هر څه ړنګ کړئ
privacy-wipe-no = نه، یې وساتئ
