## App shell

app-name = هاربەر
nav-back = گەڕانەوە

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = ئەم لاپەڕەیە لە هاربەردا نییە
error-not-found = هاربەر هیچ لاپەڕەیەکی لەم ناونیشانەدا نییە. زانیارییە پاشەکەوتکراوەکانت سەلامەتن.
error-generic-title = کێشەیەک ڕوویدا
error-generic = ئەم بەشەی هاربەر کاری نەکرد. زانیارییە پاشەکەوتکراوەکانت سەلامەتن.
error-go-home = بڕۆ بۆ سەرەتا
error-stopped = هاربەر لە کار وەستا. دایبخە و دووبارە بیکەرەوە. ئەگەر لە مەترسیدایت، پەیوەندی بکە بە 999.

## Home

home-title = هاربەر
home-intro = یارمەتی و زانیاری بە زمانی خۆت. بەبێ ئینتەرنێت کار دەکات.
home-menu = بەشەکان
home-numbers = ژمارەکانی یارمەتی
home-numbers-hint = پەیوەندی بکە یان نامە بنێرە بۆ کەسێک کە دەتوانێت یارمەتیت بدات
home-language = زمان
home-language-hint = زمانی ئەم ئەپە هەڵبژێرە

## Language picker

language-title = زمانەکەت هەڵبژێرە
language-intro = هەر کاتێک بتەوێت دەتوانیت بیگۆڕیت.

## Translation status

translation-draft-label = دەربارەی ئەم وەرگێڕانە
translation-draft = وەرگێڕانی سەرەتایی — هێشتا وەرگێڕێک پێیدا نەچووەتەوە.

## Problems with saved data

store-error-too-new = ئەم وەشانەی هاربەر لە زانیارییە پاشەکەوتکراوەکانی ئەم مۆبایلە کۆنترە. زانیارییە پاشەکەوتکراوەکانت سەلامەتن و نەگۆڕاون، بەڵام تا هاربەر نوێ نەکرێتەوە هیچ شتێکی نوێ پاشەکەوت ناکرێت.
store-error-corrupt = زانیارییە پاشەکەوتکراوەکانت نەخوێنرانەوە. هاربەر کۆپییەکی لێ لە لایەک هەڵگرت و لە سەرەتاوە دەستی پێکردەوە. هیچ شتێک نەسڕایەوە.
store-error-unavailable = هاربەر ئێستا ناتوانێت هیچ شتێک لەسەر ئەم ئامێرە پاشەکەوت بکات. دەتوانیت بەکاری بهێنیت، بەڵام کاتێک دایدەخەیت گۆڕانکارییەکانت ون دەبن.
content-error-invalid = ئەم زانیارییە بار نەکرا. تکایە داوا لە کارمەندی بەرپرسەکەت (key worker) بکە هاربەر نوێ بکاتەوە.
home-about = دەربارەی هاربەر
home-about-hint = تایبەتمەندی، و کێ ئەم وەرگێڕانەی کردووە

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = پێشتر کراوەتەوە
other-tab-text = ئەم ئەپە پێشتر لە تابێکی (tab) تر یان پەنجەرەیەکی تردا کراوەتەوە. ئەوە بەکاربهێنە، یان دایبخە و پاشان دەست لە «دووبارە هەوڵ بدەرەوە» بدە.
other-tab-retry = دووبارە هەوڵ بدەرەوە
wipe-unfinished = هێشتا هەموو شتێک نەسڕدرایەوە، چونکە ئەم ئەپە لە تابێکی (tab) تر یان پەنجەرەیەکی تردا کراوەتەوە. لەوێ دایبخە و پاشان دەست لە «دووبارە هەوڵ بدەرەوە» بدە.

## Language picker: search and translation status

language-search = گەڕان بۆ زمانێک
language-no-match = هیچ زمانێک لەگەڵ گەڕانەکەت ناگونجێت.
language-your-phone = زمانی مۆبایلەکەت
language-status-draft = وەرگێڕانی سەرەتایی — هێشتا وەرگێڕێک پێیدا نەچووەتەوە.
language-status-checked = وەرگێڕێک پێیدا چووەتەوە.
language-status-partly = وەرگێڕێک بەشێکی پێدا چووەتەوە: تا ئێستا { $percent }%.
reading-title = خوێندنەوە لەسەر شاشە
reading-large = نووسینی گەورەتر و ڕەنگی ڕوونتر
reading-large-hint = پیتی گەورەتر و ڕەنگی بەهێزتر لە هەموو شاشەیەکدا.
listen-start = گوێ بگرە
listen-pause = وچان بدە
listen-resume = بەردەوام بە
listen-stop = بیوەستێنە
listen-phone-voice = بە دەنگی مۆبایلەکەت دەخوێنرێتەوە.
listen-no-voice = هێشتا هیچ دەنگێکی تۆمارکراو یان دەنگی مۆبایل بە زمانی { $language } نییە.
listen-recorded = بە دەنگی تۆمارکراوی مرۆڤێک دەخوێنرێتەوە.
listen-recorded-machine = بە دەنگی کۆمپیوتەر دەخوێنرێتەوە، نەک دەنگی مرۆڤ. ئەمە تەنها تاقیکردنەوەیە.
audio-title = دەنگە تۆمارکراوەکان
audio-intro = مرۆڤێک دەقەکانی هاربەری خوێندۆتەوە و تۆماری کردوون. تەنها ئەگەر خۆت بتەوێت دادەگیرێن، بۆیە ئەگەر دەتوانیت وای فای (Wi-Fi) بەکاربهێنە.
audio-none = هێشتا هیچ دەنگێکی تۆمارکراو بە زمانی { $language } نییە.
audio-size = { $megabytes } MB
audio-offered = تۆمارکراو بە دەنگی مرۆڤ: { $size }
audio-offered-machine = تۆمارکراو بە دەنگی کۆمپیوتەر، بۆ تاقیکردنەوە: { $size }
audio-download = دەنگە تۆمارکراوەکان بە زمانی { $language } دابگرە — { $size }
audio-downloading = دەنگە تۆمارکراوەکان دادەگیرێن…
audio-kept = دەنگە تۆمارکراوەکان بە زمانی { $language } لەسەر ئەم مۆبایلەن ({ $size }). دوگمەی «گوێ بگرە» بەبێ ئینتەرنێت لێیان دەدات.
audio-remove = دەنگە تۆمارکراوەکان بسڕەوە
audio-removed = دەنگە تۆمارکراوەکان لەم مۆبایلە سڕانەوە.
audio-error-offline = پەیوەندی بە سێرڤەری هاربەرەوە نەکرا. هیچ شتێک نەگۆڕا.
audio-error-server = سێرڤەری هاربەر دەنگە تۆمارکراوەکانی نەنارد (هەڵەی { $status }). هیچ شتێک نەگۆڕا.
audio-error-refused = دەنگە تۆمارکراوەکان تێکچووبوون یان واژۆی هاربەریان لەسەر نەبوو، بۆیە ڕەت کرانەوە. هیچ شتێک نەگۆڕا.
audio-error-format = ئەم دەنگە تۆمارکراوانە پێویستیان بە وەشانێکی نوێتری هاربەر هەیە. هیچ شتێک نەگۆڕا.
audio-error-locale = ئەم دەنگە تۆمارکراوانە بۆ زمانێکی ترن، بۆیە ڕەت کرانەوە. هیچ شتێک نەگۆڕا.
audio-error-size = دەنگە تۆمارکراوەکان لەوە گەورەتر بوون کە بە هاربەر وترابوو، بۆیە داگرتنەکە ڕاگیرا. هیچ شتێک نەگۆڕا.

## About screen

about-title = دەربارەی هاربەر
about-intro = هاربەر بە زمانی خۆت یارمەتی و زانیاریت پێدەدات. بەبێ ئینتەرنێت کار دەکات.
about-privacy-title = تایبەتمەندیی تۆ
about-privacy = هاربەر هەژماری نییە. هەرچی پاشەکەوتی بکەیت لەسەر ئەم مۆبایلە دەمێنێتەوە. کاتێک هاربەر بەدوای زانیاریی نوێدا دەگەڕێت، تەنها ناوی ناوچەکەت دەنێرێت.
about-facts = زانیارییەکانی هاربەر لە سەرچاوە فەرمییەکان، ڕێکخراوە خێرخوازییەکان و ڕێبەرە یاساییەکانەوەن. هەر لاپەڕەیەک دەڵێت زانیارییەکانی دواجار کەی پشکنراون. یاساکان دەکرێت بگۆڕێن: قسەی کۆتایی هی پارێزەرەکەت یان کارمەندی کۆمەڵایەتییەکەتە.
about-translation-title = ئەم وەرگێڕانە
about-translation-language = زمان: { $language }
about-produced-source = ئەمە دەقە سەرەکییەکەیە. وەرگێڕانەکان لەمەوە دەکرێن.
about-produced-ai-draft = ئەم وەرگێڕانە وەک ڕەشنووس لەلایەن بەرنامەیەکی کۆمپیوتەرییەوە (زیرەکیی دەستکرد) نووسراوە.
about-produced-translator = ئەم وەرگێڕانە لەلایەن وەرگێڕێکەوە کراوە.
about-checked-by = پشکنەر: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day }ی { $month }ی { $year }
date-month-1 = کانوونی دووەم
date-month-2 = شوبات
date-month-3 = ئازار
date-month-4 = نیسان
date-month-5 = ئایار
date-month-6 = حوزەیران
date-month-7 = تەممووز
date-month-8 = ئاب
date-month-9 = ئەیلوول
date-month-10 = تشرینی یەکەم
date-month-11 = تشرینی دووەم
date-month-12 = کانوونی یەکەم
date-weekday-1 = دووشەممە
date-weekday-2 = سێشەممە
date-weekday-3 = چوارشەممە
date-weekday-4 = پێنجشەممە
date-weekday-5 = هەینی
date-weekday-6 = شەممە
date-weekday-7 = یەکشەممە
