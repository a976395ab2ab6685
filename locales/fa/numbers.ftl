## Help numbers screen

numbers-title = شماره‌های کمک
numbers-intro = برای زنگ زدن روی شماره بزن. اگر تو یا کس دیگری همین الان در خطر هستید، به 999 زنگ بزن.
numbers-trace = گوشی‌ات فهرست شماره‌هایی را که به آن‌ها زنگ می‌زنی نگه می‌دارد.
numbers-helplines = خطوط کمک
numbers-call = تماس
numbers-text = پیامک
numbers-badges = این خط چه چیزی ارائه می‌دهد
numbers-badge-free = رایگان
numbers-badge-always-open = 24 ساعته، هر روز
numbers-badge-text = می‌توانی پیامک بفرستی
numbers-badge-interpreters = مترجم برای زبان‌های دیگر
numbers-source-verified = منبع (رسمی): { $source }
numbers-source-secondary = منبع: { $source }
numbers-reviewed = این شماره‌ها آخرین بار در { $date } بررسی شدند.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = اگر نمی‌توانی پشت تلفن حرف بزنی
numbers-silent-step-call = به { $number } زنگ بزن.
numbers-silent-step-sound = وقتی کسی جواب داد، اگر نمی‌توانی حرف بزنی، سرفه کن یا روی گوشی ضربه بزن.
numbers-silent-step-press = وقتی یک صدای ضبط‌شده از تو خواست، { $code } را فشار بده. این فقط با گوشی موبایل کار می‌کند. این کار تو را به پلیس وصل می‌کند. اگر هیچ کاری نکنی، ممکن است تماس قطع شود.
numbers-silent-step-questions = پلیس سؤال‌هایی می‌پرسد که می‌توانی با بله یا نه جواب بدهی. اگر می‌توانی، جواب‌هایت را با صدای خیلی آهسته بگو.
numbers-silent-location = فشار دادن { $code } به پلیس نمی‌گوید کجا هستی. اما ممکن است گوشی‌ات خودش جایت را بفرستد. اگر می‌توانی، بگو کجا هستی، حتی با صدای خیلی آهسته.

## Each line

numbers-emergency-name = اورژانس: پلیس، آتش‌نشانی، آمبولانس
numbers-emergency-about = وقتی زنگ بزن که کسی همین الان در خطر است یا به‌شدت آسیب دیده. گوشی‌ات باید سیم‌کارت داشته باشد، اما لازم نیست اعتبار (شارژ) داشته باشد. حتی وقتی گوشی‌ات قفل است کار می‌کند. اگر به زبان خودت نیاز داری، اسم آن را به انگلیسی بگو، مثلاً «Farsi». بعد پشت خط بمان.
numbers-emergency-112-name = اورژانس (112)
numbers-emergency-112-about = درست مثل 999 است. در کشورهای دیگر هم کار می‌کند.
numbers-runaway-name = خط کمک رانوی (Runaway Helpline)
numbers-runaway-about = اگر از جایی که زندگی می‌کنی رفته‌ای، یا کسی تو را مجبور می‌کند دور بمانی. به حرفت گوش می‌دهند و می‌توانند پیامت را به خانه برسانند. به پیامک‌ها به انگلیسی جواب داده می‌شود. ممکن است شب‌ها بسته باشند. اگر همین الان کمک لازم داری، به 999 زنگ بزن.
numbers-childline-name = چایلدلاین (Childline)
numbers-childline-about = برای هر کسی که زیر 19 سال دارد، دربارهٔ هر چیزی که نگرانت می‌کند. این تماس در قبض تلفن دیده نمی‌شود. اما در فهرست تماس‌های گوشی‌ات دیده می‌شود.
numbers-modern-slavery-name = خط کمک بردگی مدرن و بهره‌کشی (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = اگر کسی تو را مجبور می‌کند کار کنی، جرم کنی، یا کارهایی بکنی که نمی‌خواهی.
numbers-samaritans-name = سامریتنز (Samaritans)
numbers-samaritans-about = اگر خیلی غمگین یا تنها هستی یا می‌خواهی به خودت آسیب بزنی. حتی بدون شارژ هم می‌توانی زنگ بزنی.
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = وقتی بیماری یا نگران سلامتت هستی و اورژانسی نیست. تماس رایگان است. برای گرفتن مترجم، اسم زبانت را به انگلیسی بگو. اگر حال روحی‌ات خیلی بد است، گزینهٔ سلامت روان را انتخاب کن.
numbers-police-101-name = پلیس (غیر اورژانسی)
numbers-police-101-about = برای حرف زدن با پلیس وقتی که الان کسی در خطر نیست. تماس رایگان است. پلیس می‌تواند مترجم بیاورد.
numbers-coram-voice-name = کورام ویس (Coram Voice – Always Heard)
numbers-coram-voice-about = برای کودکان تحت مراقبت در انگلستان. می‌توانند کمکت کنند یک مدافع (advocate) داشته باشی: کسی که فقط طرف توست. مدافع کمکت می‌کند چیزی را که می‌خواهی بگویی. دوشنبه تا جمعه، از ساعت 9:30 صبح تا 6 عصر باز است. در ساعت‌های دیگر می‌توانی پیغام بگذاری.
