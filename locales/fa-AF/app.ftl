## App shell

app-name = هاربر
nav-back = برگشت

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = این صفحه در هاربر نیست
error-not-found = هاربر در این آدرس هیچ صفحه‌ای ندارد. چیزهایی که ذخیره کرده‌ای مصئون هستند.
error-generic-title = یک مشکل پیش آمد
error-generic = این بخش هاربر کار نکرد. چیزهایی که ذخیره کرده‌ای مصئون هستند.
error-go-home = برو به شروع
error-stopped = هاربر از کار ماند. آن را ببند و دوباره باز کن. اگر در خطر هستی، به 999 زنگ بزن.

## Home

home-title = هاربر
home-intro = کمک و معلومات به زبان خودت. بدون انترنت کار می‌کند.
home-menu = بخش‌ها
home-numbers = شماره‌های کمک
home-numbers-hint = به کسی که می‌تواند کمک کند زنگ بزن یا پیام بفرست
home-language = زبان
home-language-hint = زبان این اپ را انتخاب کن

## Language picker

language-title = زبانت را انتخاب کن
language-intro = هر وقت بخواهی می‌توانی این را تغییر بدهی.

## Translation status

translation-draft-label = در بارهٔ این ترجمه
translation-draft = ترجمهٔ ابتدایی — هنوز یک ترجمان آن را بررسی نکرده است.

## Problems with saved data

store-error-too-new = این نسخهٔ هاربر از معلومات ذخیره‌شده در این تیلفون کهنه‌تر است. معلومات ذخیره‌شدهٔ تو مصئون است و تغییر نکرده، اما تا وقتی هاربر تازه نشود، هیچ چیز نو ذخیره نمی‌شود.
store-error-corrupt = معلومات ذخیره‌شدهٔ تو خوانده نشد. هاربر یک کاپی آن را جدا نگه داشت و از نو شروع کرد. هیچ چیزی پاک نشد.
store-error-unavailable = هاربر فعلاً نمی‌تواند در این دستگاه چیزی ذخیره کند. می‌توانی از آن استفاده کنی، اما وقتی آن را ببندی تغییراتت از بین می‌رود.
content-error-invalid = این معلومات باز نشد. لطفاً از کارمند مسئول خود (key worker) بخواه که هاربر را تازه کند.
home-about = در بارهٔ هاربر
home-about-hint = حریم خصوصی، و اینکه این ترجمه را چه کسی ساخته است

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = از قبل باز است
other-tab-text = این اپ از قبل در یک تب یا پنجرهٔ دیگر باز است. از همان استفاده کن، یا آن را ببند و بعد روی «دوباره کوشش کن» ضربه بزن.
other-tab-retry = دوباره کوشش کن
wipe-unfinished = هنوز همه چیز پاک نشد، چون این اپ در یک تب یا پنجرهٔ دیگر باز است. آن را در آنجا ببند و بعد روی «دوباره کوشش کن» ضربه بزن.

## Language picker: search and translation status

language-search = جستجوی زبان
language-no-match = هیچ زبانی با جستجوی تو مطابقت ندارد.
language-your-phone = زبان تیلفون تو
language-status-draft = ترجمهٔ ابتدایی — هنوز یک ترجمان آن را بررسی نکرده است.
language-status-checked = یک ترجمان آن را بررسی کرده است.
language-status-partly = بخشی از آن را یک ترجمان بررسی کرده است: تا حالا { $percent }%.
reading-title = خواندن روی صفحه
reading-large = متن کلان‌تر و رنگ‌های واضح‌تر
reading-large-hint = حروف کلان‌تر و رنگ‌های پررنگ‌تر در هر صفحه.
listen-start = گوش کن
listen-pause = مکث کن
listen-resume = ادامه بده
listen-stop = بند کن
listen-phone-voice = با صدای تیلفونت خوانده می‌شود.
listen-no-voice = هنوز هیچ صدای ثبت‌شده یا صدای تیلفون به زبان { $language } وجود ندارد.
listen-recorded = با صدای ثبت‌شدهٔ یک آدم خوانده می‌شود.
listen-recorded-machine = با صدای کمپیوتر خوانده می‌شود، نه صدای یک آدم. این یک آزمایش است.
audio-title = صداهای ثبت‌شده
audio-intro = یک آدم متن‌های هاربر را بلند خوانده و ثبت کرده است. فقط اگر خودت بخواهی دانلود می‌شوند، پس اگر می‌توانی از وای‌فای استفاده کن.
audio-none = هنوز هیچ صدای ثبت‌شده به زبان { $language } وجود ندارد.
audio-size = { $megabytes } مگابایت
audio-offered = ثبت‌شده با صدای آدم‌ها: { $size }
audio-offered-machine = ثبت‌شده با صدای کمپیوتر، برای آزمایش: { $size }
audio-download = صداهای ثبت‌شده به زبان { $language } را دانلود کن — { $size }
audio-downloading = صداهای ثبت‌شده دانلود می‌شود…
audio-kept = صداهای ثبت‌شده به زبان { $language } در این تیلفون است ({ $size }). دکمهٔ «گوش کن» آن‌ها را بدون انترنت پخش می‌کند.
audio-remove = صداهای ثبت‌شده را پاک کن
audio-removed = صداهای ثبت‌شده از این تیلفون پاک شد.
audio-error-offline = به سرور هاربر وصل نشد. هیچ چیز تغییر نکرد.
audio-error-server = سرور هاربر صداهای ثبت‌شده را نفرستاد (خطای { $status }). هیچ چیز تغییر نکرد.
audio-error-refused = صداهای ثبت‌شده خراب بود یا امضای هاربر را نداشت، پس قبول نشد. هیچ چیز تغییر نکرد.
audio-error-format = این صداهای ثبت‌شده نسخهٔ نوتر هاربر را لازم دارد. هیچ چیز تغییر نکرد.
audio-error-locale = این صداهای ثبت‌شده برای زبان دیگری است، پس قبول نشد. هیچ چیز تغییر نکرد.
audio-error-size = صداهای ثبت‌شده از اندازه‌ای که به هاربر گفته شده بود کلان‌تر بود، پس دانلود بند شد. هیچ چیز تغییر نکرد.

## About screen

about-title = در بارهٔ هاربر
about-intro = هاربر به زبان خودت به تو کمک و معلومات می‌دهد. بدون انترنت کار می‌کند.
about-privacy-title = حریم خصوصی تو
about-privacy = هاربر حساب (اکونت) ندارد. هر چه ذخیره کنی، در همین تیلفون می‌ماند. وقتی هاربر معلومات تازه را جستجو می‌کند، فقط نام ساحه‌ات را می‌فرستد.
about-facts = معلومات هاربر از منابع رسمی، مؤسسات خیریه و رهنماهای حقوقی گرفته شده است. هر صفحه می‌گوید معلوماتش آخرین بار چه وقت بررسی شده است. قوانین می‌توانند تغییر کنند: حرف آخر را وکیل یا مددکار اجتماعی تو می‌زند.
about-translation-title = این ترجمه
about-translation-language = زبان: { $language }
about-produced-source = این متن اصلی است. ترجمه‌ها از روی آن ساخته می‌شوند.
about-produced-ai-draft = این ترجمه را یک برنامهٔ کمپیوتری (هوش مصنوعی) به شکل پیش‌نویس نوشته است.
about-produced-translator = این ترجمه را یک ترجمان ساخته است.
about-checked-by = بررسی‌کننده: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = جنوری
date-month-2 = فبروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = می
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اگست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر
date-weekday-1 = دوشنبه
date-weekday-2 = سه‌شنبه
date-weekday-3 = چهارشنبه
date-weekday-4 = پنجشنبه
date-weekday-5 = جمعه
date-weekday-6 = شنبه
date-weekday-7 = یکشنبه
