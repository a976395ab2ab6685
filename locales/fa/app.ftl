## App shell

app-name = هاربر
nav-back = بازگشت

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = این صفحه در هاربر نیست
error-not-found = هاربر صفحه‌ای با این نشانی ندارد. چیزهایی که ذخیره کرده‌ای امن هستند.
error-generic-title = مشکلی پیش آمد
error-generic = این بخش هاربر کار نکرد. چیزهایی که ذخیره کرده‌ای امن هستند.
error-go-home = برو به صفحهٔ اول
error-stopped = هاربر از کار افتاد. آن را ببند و دوباره باز کن. اگر در خطری، به 999 زنگ بزن.

## Home

home-title = هاربر
home-intro = کمک و اطلاعات به زبان خودت. بدون اینترنت کار می‌کند.
home-menu = بخش‌ها
home-numbers = شماره‌های کمک
home-numbers-hint = به کسی که می‌تواند کمک کند زنگ بزن یا پیامک بفرست
home-language = زبان
home-language-hint = زبان این برنامه را انتخاب کن

## Language picker

language-title = زبانت را انتخاب کن
language-intro = هر وقت بخواهی می‌توانی آن را عوض کنی.

## Translation status

translation-draft-label = دربارهٔ این ترجمه
translation-draft = ترجمهٔ پیش‌نویس — هنوز یک مترجم آن را بررسی نکرده است.

## Problems with saved data

store-error-too-new = این نسخهٔ هاربر از داده‌های ذخیره‌شده در این گوشی قدیمی‌تر است. داده‌های ذخیره‌شده‌ات امن است و تغییر نکرده، اما تا وقتی هاربر به‌روز نشود، چیز تازه‌ای ذخیره نمی‌شود.
store-error-corrupt = داده‌های ذخیره‌شده‌ات خوانده نشد. هاربر یک نسخه از آن را کنار گذاشت و از نو شروع کرد. چیزی پاک نشد.
store-error-unavailable = هاربر الان نمی‌تواند روی این دستگاه چیزی ذخیره کند. می‌توانی از آن استفاده کنی، اما وقتی آن را ببندی تغییراتت از بین می‌رود.
content-error-invalid = این اطلاعات بارگیری نشد. لطفاً از مددکار مسئولت (key worker) بخواه هاربر را به‌روز کند.
home-about = دربارهٔ هاربر
home-about-hint = حریم خصوصی، و اینکه چه کسی این ترجمه را ساخته است

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = از قبل باز است
other-tab-text = این برنامه از قبل در یک تب یا پنجرهٔ دیگر باز است. از همان استفاده کن، یا آن را ببند و بعد روی «دوباره امتحان کن» بزن.
other-tab-retry = دوباره امتحان کن
wipe-unfinished = هنوز همه چیز پاک نشد، چون این برنامه در یک تب یا پنجرهٔ دیگر باز است. آن را آنجا ببند و بعد روی «دوباره امتحان کن» بزن.

## Language picker: search and translation status

language-search = جستجوی زبان
language-no-match = هیچ زبانی با جستجوی تو جور نیست.
language-your-phone = زبان گوشی تو
language-status-draft = ترجمهٔ پیش‌نویس — هنوز یک مترجم آن را بررسی نکرده است.
language-status-checked = یک مترجم آن را بررسی کرده است.
language-status-partly = بخشی از آن را یک مترجم بررسی کرده است: تا الان { $percent }%.
reading-title = خواندن روی صفحه
reading-large = متن بزرگ‌تر و کنتراست بالا
reading-large-hint = حروف بزرگ‌تر و رنگ‌های پررنگ‌تر در هر صفحه.
listen-start = گوش بده
listen-pause = مکث کن
listen-resume = ادامه بده
listen-stop = متوقف کن
listen-phone-voice = با صدای گوشی‌ات خوانده می‌شود.
listen-no-voice = هنوز هیچ صدای ضبط‌شده‌ای یا صدای گوشی به زبان { $language } وجود ندارد.
listen-recorded = با صدای ضبط‌شدهٔ یک آدم خوانده می‌شود.
listen-recorded-machine = با صدای کامپیوتر خوانده می‌شود: یک ضبط آزمایشی، نه صدای یک آدم.
audio-title = صداهای ضبط‌شده
audio-intro = یک آدم متن‌های هاربر را بلند خوانده و ضبط کرده است. فقط اگر خودت بخواهی دانلود می‌شوند، پس اگر می‌توانی از وای‌فای استفاده کن.
audio-none = هنوز هیچ صدای ضبط‌شده‌ای به زبان { $language } وجود ندارد.
audio-size = { $megabytes } مگابایت
audio-offered = ضبط‌شده با صدای آدم‌ها: { $size }
audio-offered-machine = ضبط‌شده با صدای کامپیوتر، برای آزمایش: { $size }
audio-download = صداهای ضبط‌شده به زبان { $language } را دانلود کن — { $size }
audio-downloading = در حال دانلود صداهای ضبط‌شده…
audio-kept = صداهای ضبط‌شده به زبان { $language } روی این گوشی است ({ $size }). دکمهٔ «گوش بده» آن‌ها را بدون اینترنت پخش می‌کند.
audio-remove = صداهای ضبط‌شده را پاک کن
audio-removed = صداهای ضبط‌شده از این گوشی پاک شد.
audio-error-offline = به سرور هاربر وصل نشد. هیچ چیز تغییر نکرد.
audio-error-server = سرور هاربر صداهای ضبط‌شده را نفرستاد (خطای { $status }). هیچ چیز تغییر نکرد.
audio-error-refused = صداهای ضبط‌شده خراب بود یا امضای هاربر را نداشت، برای همین پذیرفته نشد. هیچ چیز تغییر نکرد.
audio-error-format = این صداهای ضبط‌شده به نسخهٔ جدیدتری از هاربر نیاز دارد. هیچ چیز تغییر نکرد.
audio-error-locale = این صداهای ضبط‌شده برای زبان دیگری است، برای همین پذیرفته نشد. هیچ چیز تغییر نکرد.
audio-error-size = صداهای ضبط‌شده بزرگ‌تر از اندازه‌ای بود که به هاربر گفته شده بود، برای همین دانلود متوقف شد. هیچ چیز تغییر نکرد.

## About screen

about-title = دربارهٔ هاربر
about-intro = هاربر به زبان خودت به تو کمک و اطلاعات می‌دهد. بدون اینترنت کار می‌کند.
about-privacy-title = حریم خصوصی تو
about-privacy = هاربر حساب کاربری ندارد. هر چه ذخیره کنی روی همین گوشی می‌ماند. وقتی هاربر دنبال اطلاعات تازه می‌گردد، فقط اسم منطقه‌ات را می‌فرستد.
about-facts = اطلاعات هاربر از منابع رسمی، خیریه‌ها و راهنماهای حقوقی است. هر صفحه می‌گوید اطلاعاتش آخرین بار کی بررسی شده است. قوانین ممکن است تغییر کنند: حرف آخر را وکیل یا مددکار اجتماعی‌ات می‌زند.
about-translation-title = این ترجمه
about-translation-language = زبان: { $language }
about-produced-source = این متن اصلی است. ترجمه‌ها از روی آن ساخته می‌شوند.
about-produced-ai-draft = این ترجمه را یک برنامهٔ کامپیوتری (هوش مصنوعی) به‌صورت پیش‌نویس نوشته است.
about-produced-translator = این ترجمه را یک مترجم ساخته است.
about-checked-by = بررسی‌کننده: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = ژانویه
date-month-2 = فوریه
date-month-3 = مارس
date-month-4 = آوریل
date-month-5 = مه
date-month-6 = ژوئن
date-month-7 = ژوئیه
date-month-8 = اوت
date-month-9 = سپتامبر
date-month-10 = اکتبر
date-month-11 = نوامبر
date-month-12 = دسامبر
date-weekday-1 = دوشنبه
date-weekday-2 = سه‌شنبه
date-weekday-3 = چهارشنبه
date-weekday-4 = پنجشنبه
date-weekday-5 = جمعه
date-weekday-6 = شنبه
date-weekday-7 = یکشنبه
