## "When I come back" card

card-return-title = Yommuu deebitu
card-return-intro = Baduun yakka miti. Namoonni akka ati nagaa qabdu beekuu barbaadu.
card-return-safe-well = Poolisiin akka ati nagaa fi fayyaa qabdu mirkaneeffachuuf si arguu barbaada. Kun “safe and well check” (mirkaneessa nagaa fi fayyaa) jedhama.
card-return-interview = Nama si hin kunuunsine wajjin akka haasoftu carraan siif kennama. Kun “return interview” (af-gaaffii deebi'uu) jedhama. Iskootlaandi keessatti “return discussion” jedhama. Erga deebitee sa'aatii 72 (guyyaa 3) keessatti ta'uu qaba. Hiikaa gaafachuu dandeessa.
card-return-why = Af-gaaffii deebi'uu keessatti maaliif akka deemte, fi maaltu nageenya akka sitti dhaga'amu si gargaaru himuu dandeessa.
card-return-decline = Af-gaaffii deebi'uu kanaaf lakki jechuu dandeessa.
card-return-info = Yoo irra deebitee deemte akkamitti nagaan turuu akka dandeessuu fi sarara gargaarsaa kamitti bilbiluu akka dandeessu sitti himamuu qaba.

## "Staying safe" card

card-safe-title = Nagaan turuu
card-safe-signs-title = Saamichi maal fakkaachuu danda'a
card-safe-sign-debt = Namni tokko maallaqa liqii isaaf akka qabdu sitti hima, fakkeenyaaf imala keetiif, bilbilaaf ykn nyaataaf, akka ati hojjettee deebistus sitti hima.
card-safe-sign-keeping = Namni tokko waraqaalee kee, maallaqa kee ykn bilbila kee of bira qabata.
card-safe-sign-moved = Bakka tokko irraa bakka biraatti si jijjiiru, ykn magaalota biraatti si geessu.
card-safe-sign-distrust = Namni tokko poolisiin ykn hojjetaan hawaasummaa kee akka si miidhan fi akka isaan hin amanamne sitti hima.
card-safe-relationships-title = Hariiroo nageenya qabu
card-safe-gifts = Kennaan, maallaqni ykn bilbilli nama ati sirriitti hin beekne irraa dhufu gara “liqii” si to'achuuf itti fayyadamanitti jijjiiramuu danda'a.
card-safe-talk = Yoo wanti akkasii sirra ga'aa jiraate, balleessaa kee miti. Hojjetaa hawaasummaa kee wajjin haasa'uu, ykn Runaway Helpline 116 000 irratti bilbiluu dandeessa.
card-safe-stay-away-title = Namni tokko akka ani fagaadhee turu na dirqisiisaa jira
card-safe-stay-away = Yoo namni tokko akka ati fagaattee turtu si dirqisiise, kun waan cimaa dha. Namni kana godhu, carraan guddaan, seera cabsaa jira. Balleessaa kee miti.
card-safe-stay-away-helpline = Runaway Helpline nagaa akka argattu si gargaaruu danda'a: 116 000 bilbili ykn ergaa ergi. Bilisa dha.
card-safe-stay-away-danger = Yoo amma balaa keessa jirta ta'e, 999 bilbili.
