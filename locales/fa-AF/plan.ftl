## Safety plan screen

plan-title = پلان مصئونیت من
plan-intro = پلان تو، با کلمه‌های خودت. در همین تیلفون می‌ماند و همین که تغییرش بدهی ذخیره می‌شود.
plan-section-leaving = وقتی دلم می‌شود که بروم
plan-section-helps = چیزهایی که کمکم می‌کنند
plan-section-safe-places = کسان و جاهایی که در آن‌ها احساس مصئونیت می‌کنم
plan-section-ask-for-help = از کی کمک خواسته می‌توانم
plan-section-if-missing = اگر گم شدم: چطور مصئون بمانم
plan-section-phone-taken = اگر کسی تیلفونم را گرفت
plan-empty = هنوز این‌جا چیزی نیست.
plan-add-label = اضافه کردن به «{ $section }»
plan-add = اضافه کن
plan-edit = تغییر «{ $item }»
plan-edit-label = این سطر را تغییر بده
plan-save = ذخیره
plan-cancel = لغو
plan-delete = حذف «{ $item }»
plan-move-up = «{ $item }» را بالا ببر
plan-move-down = «{ $item }» را پایین ببر
plan-saved = ذخیره شد.
plan-suggestion = پیشنهاد: نگهش دار، تغییرش بده یا حذفش کن.
plan-error-empty = اول چیزی بنویس.
plan-error-too-long = این زیاد دراز است. حد اکثر { $max } حرف بنویس.
plan-error-save = ذخیره نشد. لطفاً دوباره کوشش کن.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = خوابم نمی‌برد و همیشه در بارهٔ قضیه‌ام فکر می‌کنم.
plan-starter-leaving-2 = کسی که به او اعتماد ندارم همیشه به من پیام می‌فرستد.
plan-starter-helps-1 = گوش دادن به موسیقی.
plan-starter-helps-2 = قدم زدن یا فوتبال بازی کردن.
plan-starter-safe-places-1 = کلب جوانان.
plan-starter-ask-for-help-1 = مددکار اجتماعی‌ام.
plan-starter-ask-for-help-2 = Childline، 0800 1111: مجانی، برای هر کسی که کمتر از 19 سال دارد.
plan-starter-if-missing-1 = پیش از بیرون رفتن تیلفونم را چارج کنم.
plan-starter-if-missing-2 = نمبر 116 000 را یاد داشته باشم: خط کمک (Runaway Helpline)، زنگ و پیام مجانی.
plan-starter-if-missing-3 = اگر در خطر بودم، به 999 زنگ بزنم.
plan-starter-phone-taken-1 = نمبر مددکار اجتماعی‌ام را روی کاغذ بنویسم و با خود نگه دارم.
plan-starter-phone-taken-2 = تیلفونی که سیم کارت دارد، حتی اگر قفل باشد یا کریدت نداشته باشد، به 999 زنگ زده می‌تواند.
