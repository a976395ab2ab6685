## Home: the two ways into setting a phone up

home-setup-import = تنظیم با کود کارمند مسئول
home-setup-import-hint = کودی را که در جلسهٔ خوش‌آمدید گرفتی اسکن کن یا بچسپان
home-key-worker = تنظیم تیلفون یک نوجوان
home-key-worker-hint = برای کارمندان مسئول (key worker) و مددکاران اجتماعی (social worker)

## Key-worker mode: building a setup at the welcome meeting

kw-title = تنظیم تیلفون یک نوجوان
kw-intro = این را همراه با خود نوجوان پر کنید. هیچ چیزی که این‌جا می‌نویسید در این تیلفون نگه داشته نمی‌شود و به هیچ جا فرستاده نمی‌شود: همه‌اش در یک کود می‌رود که تیلفون او آن را می‌خواند.
kw-language = زبان او
kw-name = نام اول او (اختیاری)
kw-name-hint = در آخر پیام‌هایی که می‌فرستد می‌آید. بعداً خودش آن را تغییر داده می‌تواند.
kw-adults = بزرگسالان مورد اعتماد
kw-adults-none = هنوز هیچ بزرگسال مورد اعتماد اضافه نشده است.
kw-adult-add = اضافه کردن بزرگسال مورد اعتماد
kw-adult-change = تغییر { $name }
kw-adult-remove = حذف { $name }
kw-area = ساحه، برای جاهای نزدیک او (اختیاری)
kw-area-hint = یک شهر یا شورای محلی، مثلاً بریستول.
kw-plan = پلان مصئونیت، که با هم موافقه کرده‌اید
kw-plan-hint = سطرها را با کلماتی بنویسید که با هم بالای آن موافقه می‌کنید، و اگر می‌شود به زبان خود او.
kw-plan-section = بخش پلان
kw-plan-line = سطر
kw-plan-add = اضافه کردن سطر
kw-plan-remove = حذف «{ $line }»
kw-make = ساختن کود
kw-code-title = کود تنظیم
kw-code-alt = کود QR که هاربر را در تیلفون نوجوان تنظیم می‌کند
kw-code-how = در تیلفون نوجوان، کمره را باز کنید و آن را به طرف این کود بگیرید، بعد لینکی را که نشان می‌دهد باز کنید. یا در هاربرِ تیلفون او، «تنظیم با کود کارمند مسئول» را انتخاب کنید.
kw-numbers = این { $count } رقم را به نوجوان بگویید. تیلفون او بعد از خواندن کود این رقم‌ها را می‌خواهد. این رقم‌ها در کود یا روی کارت نیستند، پس خودِ کود به‌تنهایی به هیچ کس دیگری چیزی نشان نمی‌دهد.
kw-code-text = کود به شکل متن، برای چسپاندن اگر کمره آن را خوانده نتواند
kw-code-size = QR نسخهٔ { $version }، { $chars } حرف.
kw-expires = این کود { $days } روز، تا { $date }، کار می‌کند. بعد از آن، یک کود نو بسازید.
kw-print = چاپ کارت
kw-changed = بعد از ساختن کود چیزی را تغییر دادید. لطفاً کود را دوباره بسازید.
kw-error-name-too-long = این نام زیاد دراز است. لطفاً حد اکثر { $max } حرف بنویسید.
kw-error-area-too-long = این زیاد دراز است. لطفاً حد اکثر { $max } حرف بنویسید.
kw-error-too-many-adults = در یک تنظیم حد اکثر { $max } بزرگسال مورد اعتماد جای می‌گیرد.
kw-error-too-many-lines = در یک تنظیم حد اکثر { $max } سطر پلان جای می‌گیرد.
kw-error-too-large = این برای یک کود زیاد است. چند سطر پلان را حذف یا کوتاه‌تر کنید، بعد دوباره کوشش کنید.
kw-error-tools = کود ساخته نشد. یک بار وصل بودن انترنت را ببینید و دوباره کوشش کنید.

## The printed card (in the young person's language, then in English)

card-setup-title = هاربر
card-setup-scan = این کود را با کمرهٔ تیلفونت اسکن کن تا هاربر تنظیم شود. بعد رقم‌هایی را که کارمند مسئولت به تو می‌گوید بنویس.
card-setup-adults = کسانی که با آن‌ها تماس گرفته می‌توانی
card-setup-emergency = حالت عاجل (پولیس، امبولانس، آتش‌نشانی): 999
card-setup-runaway = خط کمک برای کسانی که فرار کرده‌اند (Runaway Helpline)، مجانی، زنگ یا پیام: 116 000

## Importing a setup on the young person's phone

import-title = تنظیم با کود کارمند مسئول
import-intro = کارمند مسئولت همراه تو یک کود ساخته است. هاربر آن را در همین تیلفون می‌خواند و آن را به هیچ سروری نمی‌فرستد. بدون رقم‌هایی که کارمند مسئولت به تو می‌گوید، کود هیچ چیزی نشان نمی‌دهد، حتی اگر لینک در تاریخچهٔ براوزر انترنتت بماند.
import-scan = کود را اسکن کن
import-scan-stop = کمره را بند کن
import-scan-looking = کمره را به طرف کود بگیر…
import-camera-denied = هاربر از کمره استفاده کرده نمی‌تواند. به جایش کود را چسپانده می‌توانی.
import-paste = یا کود را بچسپان
import-read = کود را بخوان
import-checking = در حال خواندن کود…
import-numbers-intro = هاربر کود را خواند. برای باز کردنش، { $count } رقمی را که کارمند مسئولت به تو می‌گوید بنویس.
import-numbers = { $count } رقم از کارمند مسئولت
import-open = کود را باز کن
import-tools-error = کود بررسی نشد. دوباره کوشش کن.
import-preview-title = این‌ها به هاربر اضافه می‌شوند
import-preview-hint = با کارمند مسئولت آن را ببین. تا وقتی «به هاربر اضافه کن» را لمس نکنی، هیچ چیز ذخیره نمی‌شود.
import-language = زبان: { $language }
import-language-missing = این تنظیم زبانی را می‌خواهد که هاربر هنوز ندارد ({ $code }). هاربر به زبان { $language } می‌ماند.
import-name = نام تو در پیام‌ها: { $name }
import-name-kept = نام تو در پیام‌ها همان { $name } می‌ماند.
import-adults = بزرگسالان مورد اعتماد
import-adult-saved = از پیش ذخیره شده: همان‌طور که است می‌ماند
import-out-of-hours-replaces = از این به بعد { $new } به جای { $old } تماس تو بیرون از ساعات کاری است.
import-area = ساحه برای جاها: { $area }
import-routing-title = «می‌خواهم پس بیایم» به چه کسی می‌رسد
import-when-weekday-morning = دوشنبه تا جمعه، ساعت 11:00
import-when-weekday-night = دوشنبه تا جمعه، ساعت 22:00
import-when-saturday = شنبه، ساعت 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. حالا پیامت به { $before } می‌رسد.
import-any-time = { $name } ساعات کاری معین ندارد. پس { $name } پیامت را هر وقت می‌گیرد، حتی شام‌ها و آخر هفته‌ها.
import-routing-changes = این تنظیم تغییر می‌دهد که پیامت به چه کسی برسد. تنها وقتی آن را اضافه کن که کارمند مسئولت همین حالا همراهت باشد.
import-code = رمز قفل تو
import-plan = پلان مصئونیت تو
import-confirm = به هاربر اضافه کن
import-cancel = حالا نی
import-cancelled = هیچ چیز اضافه نشد.
import-done = هاربر تنظیم شد.
import-storage-refused = اگر جای خالی تیلفون کم شود، این براوزر انترنت ممکن است چیزهایی را که هاربر نگه می‌دارد پاک کند. یک کاپی نمبرهای بزرگسالان مورد اعتمادت را در یک جای مصئون نگه دار.
import-done-pin = یک رمز قفل بگذار تا تنها خودت هاربر را باز کرده بتوانی
import-done-home = برو به شروع
import-save-error = ذخیره نشد. هیچ چیز تغییر نکرد. دوباره کوشش کن.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = این کود تنظیم هاربر نیست.
setup-error-malformed = این کود درست نیست. از کارمند مسئولت بخواه که آن را دوباره بسازد.
setup-error-truncated = تنها یک بخش کود خوانده شد. دوباره کوشش کن، یا تمام آن را بچسپان.
setup-error-too-large = این کود برای کود تنظیم هاربر زیاد کلان است.
setup-error-newer = این کود با نسخهٔ نوتر هاربر ساخته شده است. هاربر را تازه کن، بعد دوباره کوشش کن.
setup-error-damaged = این کود خراب است. دوباره کوشش کن، یا از کارمند مسئولت بخواه که آن را دوباره بسازد.
setup-error-expired = این کود تنظیم زیاد کهنه است. از کارمند مسئولت بخواه که یک کود نو بسازد.
setup-error-numbers = این رقم‌ها این کود را باز نمی‌کنند. آن‌ها را با کارمند مسئولت ببین و دوباره بنویس.
setup-error-numbers-incomplete = هر { $count } رقمی را که کارمند مسئولت به تو می‌گوید بنویس.
setup-error-adult = به نمبر { $name } در این تنظیم زنگ زده نمی‌شود. از کارمند مسئولت بخواه که کود را دوباره بسازد.
