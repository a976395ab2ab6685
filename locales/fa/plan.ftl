## Safety plan screen

plan-title = برنامهٔ ایمنی من
plan-intro = برنامهٔ تو، با کلمات خودت. روی همین گوشی می‌ماند و به محض اینکه تغییرش بدهی ذخیره می‌شود.
plan-section-leaving = وقتی دلم می‌خواهد بروم
plan-section-helps = چیزهایی که کمکم می‌کنند
plan-section-safe-places = آدم‌ها و جاهایی که در آن‌ها احساس امنیت می‌کنم
plan-section-ask-for-help = از چه کسی می‌توانم کمک بخواهم
plan-section-if-missing = اگر ناپدید شدم (کسی نداند کجا هستم): چطور در امان بمانم
plan-section-phone-taken = اگر کسی گوشی‌ام را گرفت
plan-empty = هنوز چیزی اینجا نیست.
plan-add-label = اضافه کردن به «{ $section }»
plan-add = اضافه کن
plan-edit = تغییر «{ $item }»
plan-edit-label = تغییر این خط
plan-save = ذخیره
plan-cancel = لغو
plan-delete = حذف «{ $item }»
plan-move-up = «{ $item }» را بالا ببر
plan-move-down = «{ $item }» را پایین ببر
plan-saved = ذخیره شد.
plan-suggestion = پیشنهاد: نگهش دار، عوضش کن یا حذفش کن.
plan-error-empty = اول چیزی بنویس.
plan-error-too-long = این خیلی بلند است. لطفاً حداکثر { $max } حرف بنویس.
plan-error-save = ذخیره نشد. لطفاً دوباره امتحان کن.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = خوابم نمی‌برد و مدام به پرونده‌ام فکر می‌کنم.
plan-starter-leaving-2 = کسی که به او اعتماد ندارم مدام به من پیام می‌دهد.
plan-starter-helps-1 = گوش دادن به موسیقی.
plan-starter-helps-2 = پیاده‌روی یا فوتبال بازی کردن.
plan-starter-safe-places-1 = باشگاه جوانان.
plan-starter-ask-for-help-1 = مددکار اجتماعی‌ام.
plan-starter-ask-for-help-2 = Childline، 0800 1111: رایگان، برای هر کسی زیر 19 سال.
plan-starter-if-missing-1 = قبل از بیرون رفتن گوشی‌ام را شارژ کنم.
plan-starter-if-missing-2 = شمارهٔ 116 000 را از حفظ بدانم: خط کمک رانوی، تماس و پیامک رایگان.
plan-starter-if-missing-3 = اگر در خطر بودم، به 999 زنگ بزنم.
plan-starter-phone-taken-1 = شمارهٔ مددکار اجتماعی‌ام را روی کاغذ بنویسم و همراهم نگه دارم.
plan-starter-phone-taken-2 = گوشی‌ای که سیم‌کارت دارد می‌تواند به 999 زنگ بزند، حتی اگر قفل باشد یا اعتبار (شارژ) نداشته باشد.
