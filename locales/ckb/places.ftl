## Home: the way into places near the young person

home-places = شوێنەکانی نزیکم
home-places-hint = بنکەکانی بێ ژوان، یانەکانی گەنجان و یارمەتی، لەگەڵ کاتەکانی کردنەوە

## The list of places

places-title = شوێنەکانی نزیکم
places-example = ئەمانە شوێنی نموونەن: هێشتا شوێنی ڕاستەقینە نین. کارمەندی بەرپرسەکەت (key worker) دەتوانێت پێت بڵێت کەی شوێنەکانی ناوچەکەت زیاد دەکرێن.
places-search = گەڕان بۆ شوێنەکان
places-category = جۆری شوێن
places-category-all = هەموو جۆرەکان
places-category-drop-in = بنکەی بێ ژوان (drop-in)
places-category-youth-club = یانەی گەنجان
places-category-cultural-centre = کۆمەڵگە و کلتوور
places-category-worship = شوێنی پەرستن
places-category-legal-advice = ڕاوێژی یاسایی
places-category-health = تەندروستی
places-category-food = خواردن
places-category-other = یارمەتیی تر
places-open-now = ئێستا کراوەیە
places-free = تەنها بەخۆڕایی
places-language = ئەو زمانەی قسەی پێ دەکرێت
places-language-any = هەر زمانێک
places-found = شوێنە دۆزراوەکان: { $count }
places-none = هیچ شوێنێک نەدۆزرایەوە. فلتەری کەمتر تاقی بکەرەوە.
places-show-more = شوێنی زیاتر پیشان بدە
places-distance = { $km } کیلۆمەتر دوورە
places-share-location = پیشانی بدە شوێنەکان چەند دوورن
places-share-location-hint = شوێنی خۆت تەنها لەسەر ئەم مۆبایلە بەکاردێت. هەڵناگیرێت و بۆ هیچ شوێنێک نانێردرێت.
places-location-failed = نەزانرا لە کوێیت. شوێنەکان بەبێ دووری پیشان دەدرێن.

## When a place is open

places-open-until = ئێستا کراوەیە، تا کاتژمێر { $time }
places-opens-today = داخراوە. ئەمڕۆ کاتژمێر { $time } دەکرێتەوە
places-opens-tomorrow = داخراوە. سبەینێ کاتژمێر { $time } دەکرێتەوە
places-opens-day = داخراوە. ڕۆژی { $day } کاتژمێر { $time } دەکرێتەوە
places-opens-date = داخراوە. ڕۆژی { $date } کاتژمێر { $time } دەکرێتەوە
places-closed = داخراوە
places-hours-unknown = کاتەکانی کردنەوە نازانرێن

## One place's page

place-back = هەموو شوێنەکان
place-not-found = ئەم شوێنە ئیتر لە لیستی هاربەردا نییە.
place-hours = کاتەکانی کردنەوە
place-hours-line = { $when }: لە { $opens } تا { $closes }
place-when-fortnightly = { $days }، هەر دوو هەفتە جارێک
place-when-every-weeks = { $days }، هەر { $count } هەفتە جارێک
place-when-nth = { $nth } { $day }ی هەر مانگێک
place-when-month-days = ڕۆژی { $days }ی هەر مانگێک
place-when-last-day = دوایین ڕۆژی هەر مانگێک
place-nth-1 = یەکەمین
place-nth-2 = دووەمین
place-nth-3 = سێیەمین
place-nth-4 = چوارەمین
place-nth-5 = پێنجەمین
place-nth-last = دوایین
place-nth-second-last = پێش دوایین
place-hours-from = لە { $date }ەوە
place-hours-to = تا { $date }
place-address = ناونیشان
place-directions = ڕێگای گەیشتن بەوێ
place-directions-hint = ئەپێکی نەخشە یان ماڵپەڕێک دەکاتەوە.
place-call = پەیوەندی بکە بە { $number }
place-website = ماڵپەڕ
place-web-address = ماڵپەڕ (بەستەرێکی سەلامەت نییە، بۆیە هاربەر نایکاتەوە): { $address }
place-languages = ئەو زمانانەی قسەیان پێ دەکرێت
place-free = بەخۆڕایی
place-costs = لەوانەیە پارەی تێبچێت. پێش ئەوەی بچیت بپرسە.
place-ages = تەمەنی { $min } تا { $max } ساڵ
place-age-min = تەمەنی { $min } ساڵ و سەرووتر
place-age-max = تا تەمەنی { $max } ساڵ

## Updating places and numbers

places-updated = شوێنەکان و ژمارەکانی یارمەتی (نوێکردنەوەی { $date })
places-update = بگەڕێ بۆ شوێن و ژمارەی نوێ
places-update-hint = ئەمە داوای نوێترین لیستی ناوچەکەت لە سێرڤەری هاربەر دەکات. تەنها ناوی ناوچەکەت دەنێردرێت. ناوەکەت و ئەوەی پاشەکەوتت کردووە هەرگیز نانێردرێن.
places-update-checking = دەپشکنرێت…
places-update-done = نوێ کرایەوە. ئێستا هاربەر { $count } شوێنی تێدایە.
places-update-same = تۆ پێشتر نوێترین شوێن و ژمارەکانت هەیە.
places-update-offline = پەیوەندی بە سێرڤەری هاربەرەوە نەکرا. شوێن و ژمارەکانت وەک خۆیان دەمێننەوە.
places-update-server = سێرڤەری هاربەر هیچ نوێکردنەوەیەکی نەنارد (هەڵەی { $status }). شوێن و ژمارەکانت وەک خۆیان دەمێننەوە.
pack-error-not-pack = نوێکردنەوەکە لیستێکی هاربەر نەبوو. هیچ شتێک نەگۆڕا.
pack-error-signature = نوێکردنەوەکە واژۆی هاربەری لەسەر نەبوو، بۆیە ڕەت کرایەوە. هیچ شتێک نەگۆڕا.
pack-error-damaged = نوێکردنەوەکە تێکچووبوو، بۆیە ڕەت کرایەوە. هیچ شتێک نەگۆڕا.
pack-error-format = نوێکردنەوەکە پێویستی بە وەشانێکی نوێتری هاربەر هەیە. هیچ شتێک نەگۆڕا.
pack-error-older = نوێکردنەوەکە لەو لیستەی هەتە کۆنتر بوو، بۆیە ڕەت کرایەوە. هیچ شتێک نەگۆڕا.
pack-error-area = نوێکردنەوەکە بۆ ناوچەیەکی تر بوو، بۆیە ڕەت کرایەوە. هیچ شتێک نەگۆڕا.
kept-content-pack = شوێنەکان و ژمارەکانی یارمەتی بۆ ناوچەکەت
