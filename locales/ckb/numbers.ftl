## Help numbers screen

numbers-title = ژمارەکانی یارمەتی
numbers-intro = بۆ پەیوەندیکردن دەست لە ژمارەکە بدە. ئەگەر تۆ یان کەسێکی تر ئێستا لە مەترسیدان، پەیوەندی بە 999 بکە.
numbers-helplines = هێڵەکانی یارمەتی
numbers-call = پەیوەندی
numbers-text = نامە
numbers-badges = ئەم هێڵە چی پێشکەش دەکات
numbers-badge-free = بێبەرامبەر
numbers-badge-always-open = 24 کاتژمێر، هەموو ڕۆژێک
numbers-badge-text = دەتوانیت نامە (SMS) بنێریت
numbers-badge-interpreters = وەرگێڕ بۆ زمانەکانی تر
numbers-source-verified = سەرچاوە (فەرمی): { $source }
numbers-source-secondary = سەرچاوە: { $source }
numbers-reviewed = ئەم ژمارانە دواجار لە { $date } پشکنران.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = ئەگەر ناتوانیت لە تەلەفۆندا قسە بکەیت
numbers-silent-step-call = پەیوەندی بە { $number } بکە.
numbers-silent-step-sound = کاتێک کەسێک وەڵامی دایەوە، ئەگەر ناتوانیت قسە بکەیت، بکۆکە یان دەست لە مۆبایلەکە بدە.
numbers-silent-step-press = کاتێک دەنگێکی تۆمارکراو داوات لێدەکات، { $code } دابگرە. ئەمە بە پۆلیسەوە دەتبەستێتەوە.
numbers-silent-step-questions = پۆلیس پرسیارێک دەکات کە دەتوانیت بە بەڵێ یان نەخێر وەڵامی بدەیتەوە.
numbers-silent-location = داگرتنی { $code } بە پۆلیس ناڵێت تۆ لە کوێیت.

## Each line

numbers-emergency-name = فریاکەوتن: پۆلیس، ئاگرکوژێنەوە، ئەمبولانس
numbers-emergency-about = پەیوەندی بکە کاتێک کەسێک ئێستا لە مەترسیدایە یان بە سەختی بریندار بووە. تەنانەت کاتێک مۆبایلەکەت قفڵە کار دەکات.
numbers-emergency-112-name = فریاکەوتن (112)
numbers-emergency-112-about = هەمان 999ە. لە وڵاتانی تریشدا کار دەکات.
numbers-runaway-name = هێڵی یارمەتیی هەڵاتووان (Runaway Helpline)
numbers-runaway-about = ئەگەر هەڵاتوویت، یان کەسێک ناچارت دەکات دوور بمێنیتەوە. گوێت لێدەگرن و دەتوانن نامەیەکت بۆ ماڵەوە بگەیەنن. وەڵامی نامەکان بە ئینگلیزی دەدرێتەوە.
numbers-childline-name = چایڵدلاین (Childline)
numbers-childline-about = بۆ هەر کەسێک کە تەمەنی لە 19 کەمترە، دەربارەی هەر شتێک کە نیگەرانت دەکات. پەیوەندییەکە لە پسوولەی تەلەفۆنەکەدا دەرناکەوێت.
numbers-modern-slavery-name = هێڵی یارمەتیی کۆیلایەتیی نوێ و چەوساندنەوە (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = ئەگەر کەسێک ناچارت دەکات کار بکەیت، تاوان بکەیت، یان شتێک بکەیت کە ناتەوێت.
numbers-samaritans-name = سامەریتانز (Samaritans)
numbers-samaritans-about = ئەگەر زۆر خەمباریت، تەنهایت یان دەتەوێت ئازاری خۆت بدەیت. تەنانەت بەبێ باڵانسیش دەتوانیت پەیوەندی بکەیت.
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = کاتێک نەخۆشیت یان نیگەرانی تەندروستیتیت، و حاڵەتی فریاکەوتن نییە. ئەگەر لە دەروونتدا زۆر خراپیت، بژاردەی تەندروستیی دەروونی هەڵبژێرە.
numbers-police-101-name = پۆلیس (فریاکەوتن نییە)
numbers-police-101-about = بۆ قسەکردن لەگەڵ پۆلیس کاتێک ئێستا کەس لە مەترسیدا نییە. هەر پەیوەندییەک 15p تێدەچێت. پۆلیس دەتوانێت وەرگێڕ بهێنێت.
