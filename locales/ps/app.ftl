## App shell

app-name = هاربر
nav-back = شاته

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = دا پاڼه په هاربر کې نشته
error-not-found = هاربر په دې پته کې هېڅ پاڼه نه لري. ستاسو خوندي شوي معلومات سالم دي.
error-generic-title = یوه ستونزه پېښه شوه
error-generic = د هاربر دې برخې کار ونه کړ. ستاسو خوندي شوي معلومات سالم دي.
error-go-home = پیل ته ولاړ شئ
error-stopped = هاربر کار پرېښود. هغه وتړئ او بیا یې پرانیزئ. که په خطر کې یاست، 999 ته زنګ ووهئ.

## Home

home-title = هاربر
home-intro = ستاسو په ژبه مرسته او معلومات. له انټرنیټ پرته کار کوي.
home-menu = برخې
home-numbers = د مرستې شمېرې
home-numbers-hint = یو داسې چا ته زنګ ووهئ یا پیغام ولېږئ چې مرسته درسره کولی شي
home-language = ژبه
home-language-hint = د دې اپ ژبه وټاکئ

## Language picker

language-title = خپله ژبه وټاکئ
language-intro = تاسو دا هر وخت بدلولی شئ.

## Translation status

translation-draft-label = د دې ژباړې په اړه
translation-draft = لومړنۍ ژباړه — تر اوسه یوه ژباړونکي نه ده کتلې.

## Problems with saved data

store-error-too-new = د هاربر دا نسخه په دې تلیفون کې له خوندي شویو معلوماتو زړه ده. ستاسو خوندي شوي معلومات سالم دي او نه دي بدل شوي، خو تر هغه چې هاربر تازه نه شي، هېڅ نوی شی نه شي خوندي کېدای.
store-error-corrupt = ستاسو خوندي شوي معلومات ونه لوستل شول. هاربر یې یوه کاپي یوې خوا ته کېښوده او له سره یې پیل وکړ. هېڅ شی نه دی پاک شوی.
store-error-unavailable = هاربر اوس په دې وسیله کې هېڅ شی نه شي خوندي کولی. تاسو یې کارولی شئ، خو کله چې یې وتړئ، ستاسو بدلونونه به ورک شي.
content-error-invalid = دا معلومات خلاص نه شول. مهرباني وکړئ له خپل مسؤول کارکوونکي (key worker) وغواړئ چې هاربر تازه کړي.
home-about = د هاربر په اړه
home-about-hint = محرمیت، او دا ژباړه چا جوړه کړې

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = دمخه پرانیستی دی
other-tab-text = دا اپ دمخه په بل ټب (tab) یا کړکۍ کې پرانیستی دی. هغه وکاروئ، یا یې وتړئ او بیا په «بیا هڅه وکړئ» ټک وکړئ.
other-tab-retry = بیا هڅه وکړئ
wipe-unfinished = ځینې شیان تر اوسه نه دي ړنګ شوي، ځکه چې دا اپ په بل ټب (tab) یا کړکۍ کې پرانیستی دی. هلته یې وتړئ او بیا په «بیا هڅه وکړئ» ټک وکړئ.

## Language picker: search and translation status

language-search = د ژبې لټون
language-no-match = هېڅ ژبه ستاسو له لټون سره سمون نه خوري.
language-your-phone = د ستاسو د تلیفون ژبه
language-status-draft = لومړنۍ ژباړه — تر اوسه یوه ژباړونکي نه ده کتلې.
language-status-checked = یوه ژباړونکي کتلې ده.
language-status-partly = یوه ژباړونکي یوه برخه کتلې ده: تر اوسه { $percent }%.
reading-title = د متن لوستل
reading-large = لوی متن او ښکاره رنګونه
reading-large-hint = په هره پاڼه کې لوی توري او تېز رنګونه.
listen-start = واورئ
listen-pause = لږ ودروئ
listen-resume = دوام ورکړئ
listen-stop = بند یې کړئ
listen-phone-voice = ستاسو د ټیلیفون غږ یې لولي.
listen-no-voice = تر اوسه په { $language } ژبه ثبت شوی غږ یا د ټیلیفون غږ نشته.
listen-recorded = د یو انسان له ثبت شوي غږ څخه لوستل کېږي.
listen-recorded-machine = د کمپیوټر په غږ لوستل کېږي، نه د انسان په غږ. دا یو ازمایښت دی.
audio-title = ثبت شوي غږونه
audio-intro = یو انسان د هاربر متنونه لوستي او ثبت کړي دي. یوازې هغه وخت ښکته کېږي چې تاسو یې وغواړئ، نو که کولای شئ وای فای (Wi-Fi) وکاروئ.
audio-none = تر اوسه په { $language } ژبه ثبت شوي غږونه نشته.
audio-size = { $megabytes } MB
audio-offered = د انسانانو په غږ ثبت شوي: { $size }
audio-offered-machine = د کمپیوټر په غږ ثبت شوي، د ازمایښت لپاره: { $size }
audio-download = په { $language } ژبه ثبت شوي غږونه ښکته کړئ — { $size }
audio-downloading = ثبت شوي غږونه ښکته کېږي…
audio-kept = په { $language } ژبه ثبت شوي غږونه په دې ټیلیفون کې دي ({ $size }). د «واورئ» تڼۍ یې له انټرنیټ پرته غږوي.
audio-remove = ثبت شوي غږونه ړنګ کړئ
audio-removed = ثبت شوي غږونه له دې ټیلیفون څخه ړنګ شول.
audio-error-offline = د هاربر سرور ته لاسرسی ونه شو. هېڅ شی بدل نه شو.
audio-error-server = د هاربر سرور ثبت شوي غږونه ونه لېږل (تېروتنه { $status }). هېڅ شی بدل نه شو.
audio-error-refused = ثبت شوي غږونه خراب وو یا د هاربر له خوا لاسلیک شوي نه وو، نو ونه منل شول. هېڅ شی بدل نه شو.
audio-error-format = دا ثبت شوي غږونه د هاربر یوې نوې نسخې ته اړتیا لري. هېڅ شی بدل نه شو.
audio-error-locale = دا ثبت شوي غږونه د بلې ژبې لپاره دي، نو ونه منل شول. هېڅ شی بدل نه شو.
audio-error-size = ثبت شوي غږونه له هغه اندازې څخه لوی وو چې هاربر ته ویل شوې وه، نو ښکته کول ودرول شول. هېڅ شی بدل نه شو.

## About screen

about-title = د هاربر په اړه
about-intro = هاربر تاسو ته ستاسو په ژبه مرسته او معلومات درکوي. له انټرنیټ پرته کار کوي.
about-privacy-title = ستاسو محرمیت
about-privacy = هاربر حساب (اکاونټ) نه لري. هر څه چې تاسو خوندي کوئ، په همدې تلیفون کې پاتې کېږي. کله چې هاربر د نویو معلوماتو لټون کوي، یوازې ستاسو د سیمې نوم لېږي.
about-facts = په هاربر کې معلومات له رسمي سرچینو، خیریه ادارو او حقوقي لارښودونو څخه دي. هره پاڼه وايي چې معلومات یې وروستی ځل کله کتل شوي. قوانین بدلېدای شي: وروستۍ خبره ستاسو د وکیل یا ټولنیز کارکوونکي ده.
about-translation-title = دا ژباړه
about-translation-language = ژبه: { $language }
about-produced-source = دا اصلي متن دی. ژباړې له دې څخه جوړېږي.
about-produced-ai-draft = دا ژباړه د یوه کمپیوټري پروګرام (مصنوعي ځیرکتیا) له خوا د مسودې په توګه لیکل شوې ده.
about-produced-translator = دا ژباړه یوه ژباړونکي جوړه کړې ده.
about-checked-by = کتونکی: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = جنوري
date-month-2 = فبروري
date-month-3 = مارچ
date-month-4 = اپرېل
date-month-5 = مۍ
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اګست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = ډسمبر
date-weekday-1 = دوشنبه
date-weekday-2 = سه‌شنبه
date-weekday-3 = چهارشنبه
date-weekday-4 = پنجشنبه
date-weekday-5 = جمعه
date-weekday-6 = شنبه
date-weekday-7 = یکشنبه
