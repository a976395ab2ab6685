## Quick exit (always on screen; Escape also works on a computer)

quick-exit = خروج سریع
quick-exit-discreet = بستن

## Privacy and safety screen

home-privacy = حریم خصوصی و امنیت
home-privacy-hint = آنچه هاربر نگه می‌دارد، رمز قفل و خروج سریع
privacy-title = حریم خصوصی و امنیت
privacy-kept-title = آنچه هاربر روی این گوشی نگه می‌دارد
privacy-kept-intro = این فهرست از چیزهایی ساخته شده که همین الان ذخیره شده‌اند.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = هیچ‌کدام از این‌ها به جایی فرستاده نمی‌شود. هاربر حساب کاربری ندارد. فقط اطلاعات تازه را از سرور خودش دانلود می‌کند. برای این کار اسم منطقه‌ات را می‌فرستد، اما هرگز اسمت یا چیزهایی که ذخیره کرده‌ای را نمی‌فرستد.
kept-setting = تنظیمات (زبان، نامت در پیام‌ها، قفل)
kept-question = سؤال‌ها برای وکیل یا مددکار اجتماعی‌ات
kept-contact = بزرگسالانی که به آن‌ها اعتماد داری
kept-plan-item = خط‌های برنامهٔ ایمنی‌ات
privacy-quick-exit-title = خروج سریع
privacy-quick-exit = دکمهٔ «خروج سریع» در بالای هر صفحه فوراً هاربر را پنهان می‌کند و یک ماشین‌حساب نشان می‌دهد. دکمهٔ برگشت هاربر را برنمی‌گرداند. هر چه در حال نوشتنش بودی اول ذخیره می‌شود.

## Discreet mode

privacy-discreet-title = حالت پنهان
privacy-discreet = در حالت پنهان، نام هاربر روی این گوشی «ماشین‌حساب» است و صفحهٔ اولش هیچ کلمه‌ای دربارهٔ کمک یا امنیت نشان نمی‌دهد.
privacy-discreet-on = استفاده از حالت پنهان
discreet-name = ماشین‌حساب
discreet-open = باز کردن

## Lock code (PIN)

privacy-pin-title = رمز قفل
privacy-pin-intro = می‌توانی هاربر را با رمزی 4 تا 8 رقمی قفل کنی. این رمز وقتی هاربر باز می‌شود پرسیده می‌شود، و همچنین وقتی هاربر 2 دقیقه در پس‌زمینه بوده است.
privacy-pin-forget-warning = اگر رمز را فراموش کنی، تنها راه ورود پاک کردن همه چیز در هاربر است. هیچ‌کس نمی‌تواند آن را برایت بازنشانی کند.
privacy-pin-new = رمز جدید
privacy-pin-confirm = رمز را دوباره بنویس
privacy-pin-set = با این رمز قفل کن
privacy-pin-is-set = هاربر با رمز قفل شده است.
privacy-pin-remove = برداشتن رمز
privacy-pin-saved = ذخیره شد. هاربر این رمز را خواهد پرسید.
privacy-pin-removed = رمز برداشته شد.
pin-error-length = رمز باید 4 تا 8 رقم داشته باشد.
pin-error-digits = فقط از رقم‌های 0 تا 9 استفاده کن.
pin-error-mismatch = دو رمز یکی نیستند.
pin-error-save = رمز ذخیره نشد. لطفاً دوباره امتحان کن.

## Lock screen

lock-title = رمزت را وارد کن
lock-code = رمز
lock-open = باز کردن
lock-wrong = این رمز درست نیست.
lock-wait = تلاش‌ها خیلی زیاد بود. { $seconds } ثانیهٔ دیگر دوباره امتحان کن.
lock-forgot = رمز را فراموش کرده‌ای؟
lock-forgot-explain = بدون رمز، تنها راه ورود پاک کردن همهٔ چیزهایی است که در هاربر ذخیره شده: بزرگسالان مورد اعتماد، برنامه‌ات، سؤال‌ها و تنظیمات.

## Delete everything

privacy-wipe-title = پاک کردن همه چیز
privacy-wipe = این کار همهٔ چیزهایی را که هاربر روی این گوشی ذخیره کرده پاک می‌کند: بزرگسالان مورد اعتماد، برنامهٔ ایمنی، سؤال‌ها و تنظیماتت. هاربر مثل روز اول می‌شود. این کار برگشت‌پذیر نیست.
privacy-wipe-button = پاک کردن همه چیز
privacy-wipe-confirm = مطمئنی؟ همه چیز پاک می‌شود.
privacy-wipe-yes = بله، همه چیز را پاک کن
privacy-wipe-no = نه، نگهش دار
