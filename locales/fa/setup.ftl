## Home: the two ways into setting a phone up

home-setup-import = راه‌اندازی با کد مددکار مسئول
home-setup-import-hint = کد جلسهٔ خوشامدگویی را اسکن کن یا بچسبان
home-key-worker = راه‌اندازی گوشی یک نوجوان
home-key-worker-hint = برای مددکاران مسئول (key worker) و مددکاران اجتماعی (social worker)

## Key-worker mode: building a setup at the welcome meeting

kw-title = راه‌اندازی گوشی یک نوجوان
kw-intro = این را همراه با خود نوجوان پر کنید. هیچ چیزی که اینجا می‌نویسید روی این گوشی نگه داشته نمی‌شود یا جایی فرستاده نمی‌شود: همه‌اش در کدی قرار می‌گیرد که گوشی او می‌خواند.
kw-language = زبان او
kw-name = نام کوچک او (اختیاری)
kw-name-hint = پای پیام‌هایی که می‌فرستد می‌آید. بعداً می‌تواند آن را تغییر دهد.
kw-adults = بزرگسالان مورد اعتماد
kw-adults-none = هنوز هیچ بزرگسال مورد اعتمادی اضافه نشده است.
kw-adult-add = افزودن بزرگسال مورد اعتماد
kw-adult-change = تغییر { $name }
kw-adult-remove = حذف { $name }
kw-area = منطقه، برای جاهای نزدیک او (اختیاری)
kw-area-hint = یک شهر یا شورای محلی، مثلاً بریستول.
kw-plan = برنامهٔ ایمنی، با توافق هم
kw-plan-hint = خط‌ها را با کلماتی بنویسید که با هم بر سرشان توافق می‌کنید، و اگر می‌شود به زبان خود او.
kw-plan-section = بخش برنامه
kw-plan-line = خط
kw-plan-add = افزودن خط
kw-plan-remove = حذف «{ $line }»
kw-make = ساختن کد
kw-code-title = کد راه‌اندازی
kw-code-alt = کد QR که هاربر را روی گوشی نوجوان راه‌اندازی می‌کند
kw-code-how = روی گوشی نوجوان، دوربین را باز کنید و آن را رو به این کد بگیرید، سپس پیوندی را که نشان می‌دهد باز کنید. یا در هاربرِ گوشی او، «راه‌اندازی با کد مددکار مسئول» را انتخاب کنید.
kw-numbers = این { $count } رقم را به نوجوان بگویید. گوشی او بعد از خواندن کد این رقم‌ها را می‌پرسد. این رقم‌ها در کد یا روی کارت نیستند، پس خودِ کد به‌تنهایی به هیچ کس دیگری چیزی نشان نمی‌دهد.
kw-code-text = کد به صورت متن، برای چسباندن اگر دوربین نتواند آن را بخواند
kw-code-size = QR نسخهٔ { $version }، { $chars } نویسه.
kw-expires = این کد { $days } روز، تا { $date }، کار می‌کند. بعد از آن، یک کد تازه بسازید.
kw-print = چاپ کارت
kw-changed = بعد از ساختن کد چیزی را تغییر دادید. لطفاً کد را دوباره بسازید.
kw-error-name-too-long = این نام خیلی بلند است. لطفاً حداکثر { $max } حرف بنویسید.
kw-error-area-too-long = این خیلی بلند است. لطفاً حداکثر { $max } حرف بنویسید.
kw-error-too-many-adults = در هر راه‌اندازی حداکثر { $max } بزرگسال مورد اعتماد جا می‌شود.
kw-error-too-many-lines = در هر راه‌اندازی حداکثر { $max } خط برنامه جا می‌شود.
kw-error-too-large = این برای یک کد زیاد است. چند خط از برنامه را حذف یا کوتاه‌تر کنید، سپس دوباره امتحان کنید.
kw-error-tools = کد ساخته نشد. یک بار اتصال اینترنت را بررسی کنید و دوباره امتحان کنید.

## The printed card (in the young person's language, then in English)

card-setup-title = هاربر
card-setup-scan = این کد را با دوربین گوشی‌ات اسکن کن تا هاربر راه‌اندازی شود. بعد رقم‌هایی را که مددکار مسئولت به تو می‌گوید بنویس.
card-setup-adults = کسانی که می‌توانی با آن‌ها تماس بگیری
card-setup-emergency = اورژانس (پلیس، آمبولانس، آتش‌نشانی): 999
card-setup-runaway = خط کمک فراریان (Runaway Helpline)، رایگان، تماس یا پیامک: 116 000

## Importing a setup on the young person's phone

import-title = راه‌اندازی با کد مددکار مسئول
import-intro = مددکار مسئولت همراه تو یک کد ساخته است. هاربر آن را روی همین گوشی می‌خواند و آن را به هیچ سروری نمی‌فرستد. بدون رقم‌هایی که مددکار مسئولت به تو می‌گوید، کد هیچ چیزی نشان نمی‌دهد، حتی اگر لینک در تاریخچهٔ مرورگر اینترنتت بماند.
import-scan = کد را اسکن کن
import-scan-stop = دوربین را خاموش کن
import-scan-looking = دوربین را رو به کد بگیر…
import-camera-denied = هاربر نمی‌تواند از دوربین استفاده کند. می‌توانی به جایش کد را بچسبانی.
import-paste = یا کد را بچسبان
import-read = کد را بخوان
import-checking = داریم کد را می‌خوانیم…
import-numbers-intro = هاربر کد را خواند. برای باز کردنش، { $count } رقمی را که مددکار مسئولت به تو می‌گوید بنویس.
import-numbers = { $count } رقم از مددکار مسئولت
import-open = کد را باز کن
import-tools-error = کد بررسی نشد. دوباره امتحان کن.
import-preview-title = این‌ها به هاربر اضافه می‌شوند
import-preview-hint = با مددکار مسئولت نگاهش کن. تا وقتی «به هاربر اضافه کن» را لمس نکنی، چیزی ذخیره نمی‌شود.
import-language = زبان: { $language }
import-language-missing = این راه‌اندازی زبانی را می‌خواهد که هاربر هنوز ندارد ({ $code }). هاربر به زبان { $language } می‌ماند.
import-name = نام تو در پیام‌ها: { $name }
import-name-kept = نام تو در پیام‌ها همان { $name } می‌ماند.
import-adults = بزرگسالان مورد اعتماد
import-adult-saved = از قبل ذخیره شده: همان‌طور که هست می‌ماند
import-out-of-hours-replaces = از این به بعد { $new } به جای { $old } تماس تو برای خارج از ساعت کاری است.
import-area = منطقه برای جاها: { $area }
import-routing-title = «می‌خواهم برگردم» به چه کسی می‌رسد
import-when-weekday-morning = دوشنبه تا جمعه، ساعت 11:00
import-when-weekday-night = دوشنبه تا جمعه، ساعت 22:00
import-when-saturday = شنبه، ساعت 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. الان پیامت به { $before } می‌رسد.
import-any-time = { $name } ساعت کاری مشخصی ندارد. پس { $name } هر زمان پیامت را می‌گیرد، حتی شب‌ها و آخر هفته‌ها.
import-routing-changes = این راه‌اندازی عوض می‌کند که پیامت به چه کسی برسد. فقط اگر مددکار مسئولت همین الان پیش توست، آن را اضافه کن.
import-code = رمز قفلت
import-plan = برنامهٔ ایمنی تو
import-confirm = به هاربر اضافه کن
import-cancel = حالا نه
import-cancelled = چیزی اضافه نشد.
import-done = هاربر آماده است.
import-storage-refused = اگر جای خالی گوشی کم باشد، این مرورگر اینترنت ممکن است چیزهایی را که هاربر نگه می‌دارد پاک کند. یک نسخه از شماره‌های بزرگسالان مورد اعتمادت را جای امنی نگه دار.
import-done-pin = یک رمز قفل بگذار تا فقط خودت بتوانی هاربر را باز کنی
import-done-home = برو به صفحهٔ اول
import-save-error = ذخیره نشد. چیزی تغییر نکرد. دوباره امتحان کن.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = این کد راه‌اندازی هاربر نیست.
setup-error-malformed = این کد درست نیست. از مددکار مسئولت بخواه دوباره آن را بسازد.
setup-error-truncated = فقط بخشی از کد خوانده شد. دوباره امتحان کن، یا همهٔ آن را بچسبان.
setup-error-too-large = این کد برای یک کد راه‌اندازی هاربر خیلی بزرگ است.
setup-error-newer = این کد را نسخهٔ جدیدتری از هاربر ساخته است. هاربر را به‌روز کن، بعد دوباره امتحان کن.
setup-error-damaged = این کد خراب است. دوباره امتحان کن، یا از مددکار مسئولت بخواه دوباره آن را بسازد.
setup-error-expired = این کد راه‌اندازی خیلی قدیمی است. از مددکار مسئولت بخواه یک کد تازه بسازد.
setup-error-numbers = این رقم‌ها این کد را باز نمی‌کنند. آن‌ها را با مددکار مسئولت بررسی کن و دوباره بنویس.
setup-error-numbers-incomplete = هر { $count } رقمی را که مددکار مسئولت به تو می‌گوید بنویس.
setup-error-adult = به شمارهٔ { $name } در این راه‌اندازی نمی‌شود زنگ زد. از مددکار مسئولت بخواه کد را دوباره بسازد.
