## Safety plan screen

plan-title = زما د خوندیتوب پلان
plan-intro = ستاسو پلان، ستاسو په خپلو خبرو. په همدې ټیلیفون کې پاتې کېږي او کله چې یې بدل کړئ سمدستي خوندي کېږي.
plan-section-leaving = کله چې زړه مې غواړي چې لاړ شم
plan-section-helps = هغه شیان چې مرسته راسره کوي
plan-section-safe-places = هغه کسان او ځایونه چې هلته ځان خوندي احساسوم
plan-section-ask-for-help = له چا مرسته غوښتلی شم
plan-section-if-missing = که ورک شوم: څنګه خوندي پاتې شم
plan-section-phone-taken = که څوک زما ټیلیفون واخلي
plan-empty = تر اوسه دلته هېڅ نشته.
plan-add-label = «{ $section }» ته ورزیات کړئ
plan-add = ورزیات کړئ
plan-edit = «{ $item }» بدل کړئ
plan-edit-label = دا کرښه بدله کړئ
plan-save = خوندي کړئ
plan-cancel = لغوه کړئ
plan-delete = «{ $item }» ړنګ کړئ
plan-move-up = «{ $item }» پورته یوسئ
plan-move-down = «{ $item }» ښکته یوسئ
plan-saved = خوندي شو.
plan-suggestion = وړاندیز: وې ساتئ، بدل یې کړئ یا یې ړنګ کړئ.
plan-error-empty = لومړی یو څه ولیکئ.
plan-error-too-long = دا ډېر اوږد دی. تر { $max } تورو زیات مه کاروئ.
plan-error-save = خوندي نه شو. مهرباني وکړئ بیا هڅه وکړئ.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = خوب مې نه راځي او تل د خپلې قضیې په اړه فکر کوم.
plan-starter-leaving-2 = یو څوک چې باور پرې نه لرم تل ما ته پیغامونه لېږي.
plan-starter-helps-1 = موسیقي اورېدل.
plan-starter-helps-2 = ګرځېدل یا فوټبال لوبول.
plan-starter-safe-places-1 = د ځوانانو کلب.
plan-starter-ask-for-help-1 = زما ټولنیز کارکوونکی.
plan-starter-ask-for-help-2 = Childline، 0800 1111: وړیا، د هر هغه چا لپاره چې عمر یې له 19 کلونو کم دی.
plan-starter-if-missing-1 = مخکې له وتلو خپل ټیلیفون چارج کړم.
plan-starter-if-missing-2 = 116 000 په یاد ولرم: د ورکو ځوانانو د مرستې لیکه، زنګ او پیغام وړیا.
plan-starter-if-missing-3 = که په خطر کې وم، 999 ته زنګ ووهم.
plan-starter-phone-taken-1 = د خپل ټولنیز کارکوونکي شمېره په کاغذ ولیکم او له ځان سره یې وساتم.
plan-starter-phone-taken-2 = هغه ټیلیفون چې سیم کارت (SIM card) ولري، 999 ته زنګ وهلی شي، حتی که قفل وي یا کریډیټ ونه لري.
