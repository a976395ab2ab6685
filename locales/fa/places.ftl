## Home: the way into places near the young person

home-places = جاهای نزدیک من
home-places-hint = مرکزهایی که بدون وقت قبلی می‌توانی بروی، باشگاه‌های جوانان و جاهای کمک، با ساعت‌های کاری

## The list of places

places-title = جاهای نزدیک من
places-example = این‌ها جاهای نمونه‌اند: هنوز جاهای واقعی نیستند. مددکار مسئولت (key worker) می‌تواند به تو بگوید جاهای منطقهٔ تو کی اضافه می‌شوند.
places-search = جستجوی جاها
places-category = نوع جا
places-category-all = همهٔ انواع
places-category-drop-in = مرکز بدون وقت قبلی (drop-in)
places-category-youth-club = باشگاه جوانان
places-category-cultural-centre = مرکز فرهنگی و اجتماعی
places-category-worship = عبادتگاه
places-category-legal-advice = مشاورهٔ حقوقی
places-category-health = سلامت
places-category-food = غذا
places-category-other = کمک‌های دیگر
places-open-now = الان باز است
places-free = فقط رایگان
places-language = زبانی که آنجا صحبت می‌کنند
places-language-any = هر زبانی
places-found = تعداد جاهای پیداشده: { $count }
places-none = هیچ جایی پیدا نشد. فیلترهای کمتری انتخاب کن.
places-show-more = جاهای بیشتری نشان بده
places-distance = { $km } کیلومتر فاصله دارد
places-share-location = نشان بده جاها چقدر دورند
places-share-location-hint = جایی که هستی فقط روی همین گوشی استفاده می‌شود. نگه داشته نمی‌شود و جایی فرستاده نمی‌شود.
places-location-failed = پیدا نشد کجا هستی. جاها بدون فاصله نشان داده می‌شوند.

## When a place is open

places-open-until = الان باز است، تا ساعت { $time }
places-opens-today = بسته است. امروز ساعت { $time } باز می‌شود
places-opens-tomorrow = بسته است. فردا ساعت { $time } باز می‌شود
places-opens-day = بسته است. { $day } ساعت { $time } باز می‌شود
places-opens-date = بسته است. { $date } ساعت { $time } باز می‌شود
places-closed = بسته است
places-hours-unknown = ساعت‌های کاری معلوم نیست

## One place's page

place-back = همهٔ جاها
place-not-found = این جا دیگر در فهرست هاربر نیست.
place-hours = ساعت‌های کاری
place-hours-line = { $when }: از { $opens } تا { $closes }
place-when-fortnightly = { $days }، یک هفته در میان
place-when-every-weeks = { $days }، هر { $count } هفته یک بار
place-when-nth = { $nth } { $day } هر ماه
place-when-month-days = روز { $days } هر ماه
place-when-last-day = آخرین روز هر ماه
place-nth-1 = اولین
place-nth-2 = دومین
place-nth-3 = سومین
place-nth-4 = چهارمین
place-nth-5 = پنجمین
place-nth-last = آخرین
place-nth-second-last = یکی مانده به آخرین
place-hours-from = از { $date }
place-hours-to = تا { $date }
place-address = نشانی
place-directions = مسیر رسیدن به اینجا
place-directions-hint = یک برنامهٔ نقشه یا یک وب‌سایت را باز می‌کند.
place-call = به { $number } زنگ بزن
place-website = وب‌سایت
place-web-address = وب‌سایت (لینک امنی نیست، برای همین هاربر آن را باز نمی‌کند): { $address }
place-languages = زبان‌هایی که آنجا صحبت می‌کنند
place-free = رایگان
place-costs = ممکن است پولی بگیرند. قبل از رفتن بپرس.
place-ages = سن { $min } تا { $max } سال
place-age-min = سن { $min } سال و بالاتر
place-age-max = تا سن { $max } سال

## Updating places and numbers

places-updated = جاها و شماره‌های کمک، به تاریخ { $date }
places-update = بررسی جاها و شماره‌های جدید
places-update-hint = این کار تازه‌ترین فهرست منطقهٔ تو را از سرور هاربر می‌خواهد. فقط اسم منطقه‌ات فرستاده می‌شود. اسمت و چیزهایی که ذخیره کرده‌ای هرگز فرستاده نمی‌شوند.
places-update-checking = در حال بررسی…
places-update-done = به‌روز شد. حالا هاربر { $count } جا دارد.
places-update-same = تازه‌ترین جاها و شماره‌ها را همین الان داری.
places-update-offline = به سرور هاربر وصل نشد. جاها و شماره‌هایت همان‌طور که بودند می‌مانند.
places-update-server = سرور هاربر به‌روزرسانی نفرستاد (خطای { $status }). جاها و شماره‌هایت همان‌طور که بودند می‌مانند.
pack-error-not-pack = چیزی که رسید فهرست هاربر نبود. هیچ چیز تغییر نکرد.
pack-error-signature = این به‌روزرسانی امضای هاربر را نداشت، برای همین پذیرفته نشد. هیچ چیز تغییر نکرد.
pack-error-damaged = این به‌روزرسانی خراب بود، برای همین پذیرفته نشد. هیچ چیز تغییر نکرد.
pack-error-format = این به‌روزرسانی به نسخهٔ جدیدتری از هاربر نیاز دارد. هیچ چیز تغییر نکرد.
pack-error-older = این به‌روزرسانی از فهرستی که داری قدیمی‌تر بود، برای همین پذیرفته نشد. هیچ چیز تغییر نکرد.
pack-error-area = این به‌روزرسانی برای منطقهٔ دیگری بود، برای همین پذیرفته نشد. هیچ چیز تغییر نکرد.
kept-content-pack = جاها و شماره‌های کمک منطقهٔ تو
