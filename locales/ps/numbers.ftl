## Help numbers screen

numbers-title = د مرستې شمېرې
numbers-intro = د زنګ وهلو لپاره په شمېره ټک وکړئ. که تاسو یا بل څوک اوس په خطر کې یاست، 999 ته زنګ ووهئ.
numbers-helplines = د مرستې لیکې
numbers-call = زنګ ووهئ
numbers-text = پیغام ولېږئ
numbers-badges = دا لیکه څه وړاندې کوي
numbers-badge-free = وړیا
numbers-badge-always-open = 24 ساعته، هره ورځ
numbers-badge-text = تاسو پیغام (SMS) لېږلی شئ
numbers-badge-interpreters = د نورو ژبو لپاره ژباړونکي
numbers-source-verified = سرچینه (رسمي): { $source }
numbers-source-secondary = سرچینه: { $source }
numbers-reviewed = دا شمېرې وروستی ځل په { $date } وکتل شوې.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = که په تلیفون کې خبرې نه شئ کولی
numbers-silent-step-call = { $number } ته زنګ ووهئ.
numbers-silent-step-sound = کله چې څوک ځواب ورکړي، که خبرې نه شئ کولی، ټوخی وکړئ یا په تلیفون ټک ووهئ.
numbers-silent-step-press = کله چې یو ثبت شوی غږ درنه وغواړي، { $code } کېکاږئ. دا یوازې له موبایل تلیفون څخه کار کوي. دا تاسو له پولیسو سره نښلوي. که هېڅ کار ونه کړئ، کېدای شي زنګ پرې شي.
numbers-silent-step-questions = پولیس به داسې پوښتنې وکړي چې تاسو یې په هو یا نه ځواب ورکولی شئ. که کولی شئ، خپل ځوابونه په ډېر ورو غږ (پس پس) ووایئ.
numbers-silent-location = د { $code } کېکاږل پولیسو ته نه وايي چې تاسو چېرته یاست. خو ستاسو تلیفون کېدای شي پخپله ولېږي چې تاسو چېرته یاست. که کولی شئ، پولیسو ته ووایئ چې چېرته یاست، حتی په ډېر ورو غږ.

## Each line

numbers-emergency-name = بیړني حالت: پولیس، اور وژنه، امبولانس
numbers-emergency-about = کله چې څوک اوس په خطر کې وي یا سخت ټپي وي، زنګ ووهئ. ستاسو په تلیفون کې باید سیم کارت (SIM card) وي، خو کریډیټ ته اړتیا نشته. حتی کله چې ستاسو تلیفون قلف وي، کار کوي. که خپلې ژبې ته اړتیا لرئ، د هغې نوم په انګلیسي ووایئ، د بېلګې په توګه «Pashto». بیا په لیکه پاتې شئ او زنګ مه پرې کوئ.
numbers-emergency-112-name = بیړني حالت (112)
numbers-emergency-112-about = بالکل د 999 په څېر دی. په نورو هېوادونو کې هم کار کوي.
numbers-runaway-name = د تښتېدلو ځوانانو د مرستې لیکه (Runaway Helpline)
numbers-runaway-about = که تاسو تښتېدلي یاست، یا څوک تاسو مجبوروي چې لرې پاتې شئ. دوی ستاسو خبرې اوري او کولی شي ستاسو پیغام کور ته ورسوي. پیغامونو ته په انګلیسي ځواب ورکول کېږي. کېدای شي د شپې تړلي وي. که همدا اوس مرستې ته اړتیا لرئ، 999 ته زنګ ووهئ.
numbers-childline-name = چایلډلاین (Childline)
numbers-childline-about = د هر هغه چا لپاره چې عمر یې له 19 کلونو کم وي، د هر هغه څه په اړه چې تاسو اندېښمن کوي. زنګ د تلیفون په بل کې نه ښکاري. خو ستاسو په تلیفون کې د زنګونو په لېست کې ښکاري.
numbers-modern-slavery-name = د عصري غلامۍ او استثمار د مرستې لیکه (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = که څوک تاسو مجبوروي چې کار وکړئ، جرم وکړئ، یا داسې کارونه وکړئ چې تاسو یې نه غواړئ.
numbers-samaritans-name = سامریټنز (Samaritans)
numbers-samaritans-about = که ډېر خپه یاست، یوازې یاست یا غواړئ ځان ته زیان ورسوئ. حتی که کریډیټ مو نه وي، بیا هم زنګ وهلی شئ.
numbers-nhs-111-name = روغتیايي مرسته (NHS 111)
numbers-nhs-111-about = کله چې ناروغ یاست یا د خپلې روغتیا په اړه اندېښمن یاست، او بیړنی حالت نه وي. زنګ وړیا دی. د ژباړونکي لپاره، د خپلې ژبې نوم په انګلیسي ووایئ. که په ذهن کې ډېر بد احساس کوئ، د رواني روغتیا برخه وټاکئ.
numbers-police-101-name = پولیس (بیړنی حالت نه دی)
numbers-police-101-about = له پولیسو سره د خبرو لپاره، کله چې اوس څوک په خطر کې نه وي. زنګ وړیا دی. پولیس کولی شي ژباړونکی راوغواړي.
