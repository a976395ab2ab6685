## Home: the way into places near the young person

home-places = جاهای نزدیک من
home-places-hint = مرکزهایی که بدون وقت قبلی می‌توانی بروی، کلپ‌های جوانان و جاهای کمک، با ساعات کار

## The list of places

places-title = جاهای نزدیک من
places-example = این‌ها جاهای نمونه هستند: هنوز جاهای واقعی نیستند. کارمند مسئولت (key worker) می‌تواند به تو بگوید که جاهای ساحهٔ تو چه وقت اضافه می‌شوند.
places-search = جستجوی جاها
places-category = نوع جا
places-category-all = همهٔ انواع
places-category-drop-in = مرکز بدون وقت قبلی (drop-in)
places-category-youth-club = کلپ جوانان
places-category-cultural-centre = جامعه و فرهنگ
places-category-worship = عبادتگاه
places-category-legal-advice = مشورهٔ حقوقی
places-category-health = صحت
places-category-food = غذا
places-category-other = کمک‌های دیگر
places-open-now = همین حالا باز
places-free = فقط رایگان
places-language = زبانی که آن‌جا گپ می‌زنند
places-language-any = هر زبانی
places-found = جاهای پیدا شده: { $count }
places-none = هیچ جایی پیدا نشد. فیلترهای کمتری را امتحان کن.
places-show-more = جاهای بیشتر را نشان بده
places-distance = { $km } کیلومتر دور
places-share-location = نشان بده که جاها چقدر دور هستند
places-share-location-hint = جایی که هستی فقط در همین تیلفون استفاده می‌شود. نگه داشته نمی‌شود و به هیچ جا فرستاده نمی‌شود.
places-location-failed = پیدا نشد که کجا هستی. جاها بدون فاصله نشان داده می‌شوند.

## When a place is open

places-open-until = حالا باز است، تا { $time }
places-opens-today = بسته است. امروز ساعت { $time } باز می‌شود
places-opens-tomorrow = بسته است. فردا ساعت { $time } باز می‌شود
places-opens-day = بسته است. روز { $day } ساعت { $time } باز می‌شود
places-opens-date = بسته است. به تاریخ { $date } ساعت { $time } باز می‌شود
places-closed = بسته است
places-hours-unknown = ساعات کار معلوم نیست

## One place's page

place-back = همهٔ جاها
place-not-found = این جا دیگر در فهرست هاربر نیست.
place-hours = ساعات کار
place-hours-line = { $when }: { $opens } تا { $closes }
place-when-fortnightly = { $days }، یک هفته در میان
place-when-every-weeks = { $days }، هر { $count } هفته یک بار
place-when-nth = { $nth } { $day } هر ماه
place-when-month-days = روز { $days } هر ماه
place-when-last-day = روز آخر هر ماه
place-nth-1 = اولین
place-nth-2 = دومین
place-nth-3 = سومین
place-nth-4 = چهارمین
place-nth-5 = پنجمین
place-nth-last = آخرین
place-nth-second-last = یکی مانده به آخرین
place-hours-from = از { $date }
place-hours-to = تا { $date }
place-address = آدرس
place-directions = راه رسیدن به این‌جا
place-directions-hint = یک اپ نقشه یا یک ویب‌سایت را باز می‌کند.
place-call = به { $number } زنگ بزن
place-website = ویب‌سایت
place-web-address = ویب‌سایت (لینک مصئونی نیست، به همین دلیل هاربر آن را باز نمی‌کند): { $address }
place-languages = زبان‌هایی که آن‌جا گپ می‌زنند
place-free = رایگان
place-costs = شاید پول بگیرند. پیش از رفتن بپرس.
place-ages = عمر { $min } تا { $max } سال
place-age-min = عمر { $min } سال و بالاتر
place-age-max = تا عمر { $max } سال

## Updating places and numbers

places-updated = جاها و شماره‌های کمک، به تاریخ { $date }
places-update = جاها و شماره‌های نو را بررسی کن
places-update-hint = این کار تازه‌ترین فهرست ساحهٔ تو را از سرور هاربر می‌خواهد. فقط نام ساحه‌ات فرستاده می‌شود. نام تو و چیزهایی که ذخیره کرده‌ای هرگز فرستاده نمی‌شوند.
places-update-checking = در حال بررسی…
places-update-done = تازه شد. حالا هاربر { $count } جا دارد.
places-update-same = تو همین حالا تازه‌ترین جاها و شماره‌ها را داری.
places-update-offline = به سرور هاربر وصل نشد. جاها و شماره‌هایت همان‌طور که بودند می‌مانند.
places-update-server = سرور هاربر فهرست نو نفرستاد (خطای { $status }). جاها و شماره‌هایت همان‌طور که بودند می‌مانند.
pack-error-not-pack = فهرستی که رسید، فهرست هاربر نبود. هیچ چیز تغییر نکرد.
pack-error-signature = فهرستی که رسید امضای هاربر را نداشت، پس قبول نشد. هیچ چیز تغییر نکرد.
pack-error-damaged = فهرستی که رسید خراب بود، پس قبول نشد. هیچ چیز تغییر نکرد.
pack-error-format = فهرستی که رسید نسخهٔ نوتر هاربر را لازم دارد. هیچ چیز تغییر نکرد.
pack-error-older = فهرستی که رسید از فهرستی که داری کهنه‌تر بود، پس قبول نشد. هیچ چیز تغییر نکرد.
pack-error-area = فهرستی که رسید برای ساحهٔ دیگری بود، پس قبول نشد. هیچ چیز تغییر نکرد.
kept-content-pack = جاها و شماره‌های کمک برای ساحهٔ تو
