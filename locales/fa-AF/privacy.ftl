## Quick exit (always on screen; Escape also works on a computer)

quick-exit = خروج سریع
quick-exit-discreet = بستن

## Privacy and safety screen

home-privacy = حریم خصوصی و مصئونیت
home-privacy-hint = آنچه هاربر نگه می‌دارد، رمز قفل و خروج سریع
privacy-title = حریم خصوصی و مصئونیت
privacy-kept-title = آنچه هاربر در این تیلفون نگه می‌دارد
privacy-kept-intro = این فهرست از چیزهایی ساخته شده که همین حالا ذخیره شده اند.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = هیچ‌کدام از این‌ها به هیچ جایی فرستاده نمی‌شود. هاربر حساب ندارد. فقط معلومات تازه را از سرور خودش دانلود می‌کند. برای این کار نام ساحه‌ات را می‌فرستد، اما هرگز نام تو یا چیزهایی را که ذخیره کرده‌ای نمی‌فرستد.
kept-setting = تنظیمات (زبان، نامت در پیام‌ها، قفل)
kept-question = سوال‌ها برای وکیل یا مددکار اجتماعی‌ات
kept-contact = بزرگسالانی که به آن‌ها اعتماد داری
kept-plan-item = سطرهای پلان مصئونیت تو
privacy-quick-exit-title = خروج سریع
privacy-quick-exit = دکمهٔ «خروج سریع» در بالای هر صفحه فوراً هاربر را پنهان می‌کند و یک ماشین حساب نشان می‌دهد. دکمهٔ پس‌رفتن هاربر را دوباره نشان نمی‌دهد. هر چیزی که می‌نوشتی اول ذخیره می‌شود.

## Discreet mode

privacy-discreet-title = حالت پنهان
privacy-discreet = در حالت پنهان، نام هاربر در این تیلفون «ماشین حساب» است و صفحهٔ اولش هیچ کلمه‌ای در بارهٔ کمک یا مصئونیت نشان نمی‌دهد.
privacy-discreet-on = استفاده از حالت پنهان
discreet-name = ماشین حساب
discreet-open = باز کردن

## Lock code (PIN)

privacy-pin-title = رمز قفل
privacy-pin-intro = می‌توانی هاربر را با رمزی از 4 تا 8 رقم قفل کنی. این رمز وقتی هاربر باز می‌شود پرسیده می‌شود، و وقتی هاربر 2 دقیقه در پس‌زمینه بوده باشد.
privacy-pin-forget-warning = اگر رمز را فراموش کنی، تنها راه داخل شدن پاک کردن همه چیز در هاربر است. هیچ کس نمی‌تواند آن را برایت دوباره تنظیم کند.
privacy-pin-new = رمز نو
privacy-pin-confirm = رمز را دوباره بنویس
privacy-pin-set = با این رمز قفل کن
privacy-pin-is-set = هاربر با رمز قفل است.
privacy-pin-remove = برداشتن رمز
privacy-pin-saved = ذخیره شد. هاربر این رمز را خواهد پرسید.
privacy-pin-removed = رمز برداشته شد.
pin-error-length = رمز باید 4 تا 8 رقم داشته باشد.
pin-error-digits = فقط از رقم‌های 0 تا 9 استفاده کن.
pin-error-mismatch = دو رمز یکسان نیستند.
pin-error-save = رمز ذخیره نشد. لطفاً دوباره کوشش کن.

## Lock screen

lock-title = رمزت را وارد کن
lock-code = رمز
lock-open = باز کردن
lock-wrong = این رمز درست نیست.
lock-wait = کوشش‌ها زیاد شد. بعد از { $seconds } ثانیه دوباره کوشش کن.
lock-forgot = رمز را فراموش کرده‌ای؟
lock-forgot-explain = بدون رمز، تنها راه داخل شدن پاک کردن همه چیزهایی است که در هاربر ذخیره شده: بزرگسالان مورد اعتماد، پلانت، سوال‌ها و تنظیمات.

## Delete everything

privacy-wipe-title = پاک کردن همه چیز
privacy-wipe = این کار همه چیزهایی را که هاربر در این تیلفون ذخیره کرده پاک می‌کند: بزرگسالان مورد اعتماد، پلان مصئونیت، سوال‌ها و تنظیماتت. هاربر مثل نو می‌شود. این کار پس گرفته نمی‌شود.
privacy-wipe-button = پاک کردن همه چیز
privacy-wipe-confirm = مطمئن هستی؟ همه چیز پاک می‌شود.
privacy-wipe-yes = بلی، همه چیز را پاک کن
privacy-wipe-no = نی، نگهش دار
