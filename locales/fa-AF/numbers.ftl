## Help numbers screen

numbers-title = شماره‌های کمک
numbers-intro = برای زنگ زدن روی شماره ضربه بزن. اگر تو یا کس دیگری همین حالا در خطر هستید، به 999 زنگ بزن.
numbers-helplines = خط‌های کمک
numbers-call = زنگ بزن
numbers-text = پیام بفرست
numbers-badges = این خط چه خدماتی می‌دهد
numbers-badge-free = رایگان
numbers-badge-always-open = 24 ساعت، هر روز
numbers-badge-text = می‌توانی پیام (SMS) بفرستی
numbers-badge-interpreters = ترجمان برای زبان‌های دیگر
numbers-source-verified = منبع (رسمی): { $source }
numbers-source-secondary = منبع: { $source }
numbers-reviewed = این شماره‌ها آخرین بار در { $date } بررسی شدند.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = اگر نمی‌توانی در تیلفون گپ بزنی
numbers-silent-step-call = به { $number } زنگ بزن.
numbers-silent-step-sound = وقتی کسی جواب داد، اگر نمی‌توانی گپ بزنی، سرفه کن یا روی تیلفون ضربه بزن.
numbers-silent-step-press = وقتی یک صدای ثبت‌شده از تو خواست، { $code } را فشار بده. این فقط از تیلفون موبایل کار می‌کند. این کار تو را به پولیس وصل می‌کند. اگر هیچ کاری نکنی، ممکن است زنگ قطع شود.
numbers-silent-step-questions = پولیس سؤال‌هایی می‌پرسد که می‌توانی با بلی یا نه جواب بدهی. اگر می‌توانی، جواب‌هایت را بسیار آهسته بگو.
numbers-silent-location = فشار دادن { $code } به پولیس نمی‌گوید که تو کجا هستی. اما ممکن است تیلفونت خودش جای تو را بفرستد. اگر می‌توانی، بگو که کجا هستی، حتی بسیار آهسته.

## Each line

numbers-emergency-name = حالت اضطراری: پولیس، اطفائیه، امبولانس
numbers-emergency-about = وقتی کسی همین حالا در خطر است یا سخت زخمی شده، زنگ بزن. تیلفونت باید سیم کارت داشته باشد، اما کریدت لازم نیست. حتی وقتی تیلفونت قفل است، کار می‌کند. اگر به زبان خودت ضرورت داری، نام آن را به انگلیسی بگو، مثلاً «Dari». بعد در خط بمان و تیلفون را قطع نکن.
numbers-emergency-112-name = حالت اضطراری (112)
numbers-emergency-112-about = درست مثل 999 است. در کشورهای دیگر هم کار می‌کند.
numbers-runaway-name = خط کمک برای کسانی که فرار کرده‌اند (Runaway Helpline)
numbers-runaway-about = اگر فرار کرده‌ای، یا کسی تو را مجبور می‌کند که دور بمانی. به حرفت گوش می‌دهند و می‌توانند پیامت را به خانه برسانند. به پیام‌ها به انگلیسی جواب داده می‌شود. ممکن است شب‌ها بسته باشند. اگر همین حالا کمک ضرورت داری، به 999 زنگ بزن.
numbers-childline-name = چایلدلاین (Childline)
numbers-childline-about = برای هر کسی که سنش کمتر از 19 سال است، در بارهٔ هر چیزی که نگرانت می‌کند. این زنگ در بل تیلفون دیده نمی‌شود. اما در فهرست زنگ‌های تیلفونت دیده می‌شود.
numbers-modern-slavery-name = خط کمک برده‌داری مدرن و بهره‌کشی (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = اگر کسی تو را مجبور می‌کند که کار کنی، جرم کنی، یا کارهایی کنی که نمی‌خواهی.
numbers-samaritans-name = سامریتنز (Samaritans)
numbers-samaritans-about = اگر خیلی غمگین یا تنها هستی یا می‌خواهی به خودت آسیب بزنی. حتی بدون کریدت هم می‌توانی زنگ بزنی.
numbers-nhs-111-name = کمک صحی (NHS 111)
numbers-nhs-111-about = وقتی مریض هستی یا در بارهٔ صحتت نگرانی، و حالت اضطراری نیست. این زنگ مجانی است. برای گرفتن ترجمان، نام زبانت را به انگلیسی بگو. اگر حال روانی‌ات خیلی بد است، گزینهٔ صحت روانی را انتخاب کن.
numbers-police-101-name = پولیس (حالت اضطراری نیست)
numbers-police-101-about = برای گپ زدن با پولیس، وقتی که همین حالا کسی در خطر نیست. این زنگ مجانی است. پولیس می‌تواند ترجمان بیاورد.
