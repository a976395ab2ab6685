## Home: the come-back control and the safety plan

home-come-back = می‌خواهم برگردم
home-come-back-more = راه‌های دیگر: زنگ زدن، گفتن اینکه کجا هستم، یا گفتن اینکه در امانم
home-danger = در خطری؟ به 999 زنگ بزن
home-plan = برنامهٔ ایمنی من
home-plan-hint = چیزهایی که کمکت می‌کنند، و اینکه چطور در امان بمانی

## Come-back screen

comeback-title = می‌خواهم برگردم
comeback-welcome = ناپدید شدن جرم نیست. آدم‌ها می‌خواهند که در امان باشی و برگردی.
comeback-will-reach = پیامت می‌رسد به
comeback-reach-until = { $name } — { $role } — تا { $until }
comeback-reach-any-time = { $name } — { $role } — هر زمان
comeback-reach-out-of-hours = { $name } — { $role } — خارج از ساعت کاری
comeback-reach-helpline = خط کمک رانوی (Runaway Helpline) — 116 000 — رایگان، تماس یا پیامک
comeback-why-out-of-hours = بزرگسالان مورد اعتماد دیگرت در این ساعت کار نمی‌کنند.
comeback-why-nobody-now = هیچ‌کدام از بزرگسالان مورد اعتمادت در این ساعت کار نمی‌کنند، برای همین پیامت به خط کمک رانوی می‌رود. آن‌ها می‌توانند پیامی را از طرف تو برسانند.
comeback-why-nobody-added = هنوز هیچ بزرگسال مورد اعتمادی اضافه نکرده‌ای، برای همین پیامت به خط کمک رانوی می‌رود. آن‌ها می‌توانند پیامی را از طرف تو برسانند.
comeback-send = به { $name } پیام بده
comeback-send-helpline = به خط کمک رانوی پیام بده
comeback-call = به جایش زنگ بزن
comeback-safe-title = هنوز آمادهٔ برگشتن نیستی؟
comeback-safe-explain = باز هم می‌توانی به کسی بگویی که در امانی. در تماس ماندن کمک می‌کند که آدم‌ها بدانند حالت خوب است.
comeback-safe-send = در امانم، اما آمادهٔ برگشتن نیستم
comeback-call-only = این شماره پیامک دریافت نمی‌کند. لمس کن تا به { $name } زنگ بزنی.
comeback-message-title = پیام تو
comeback-add-location = جایی که هستم را اضافه کن
comeback-remove-location = جایی که هستم را بردار
comeback-location-finding = داریم پیدا می‌کنیم کجا هستی…
comeback-location-added = جایی که هستی حالا در پیام است. هاربر آن را نگه نمی‌دارد، اما برنامهٔ پیام‌های گوشی‌ات (Messages) از چیزی که می‌فرستی یک نسخه نگه می‌دارد.
comeback-location-unavailable = گوشی‌ات نگفت کجا هستی. پیامت بدون آن فرستاده می‌شود.
comeback-danger = اگر در خطری، به 999 زنگ بزن
comeback-help-now = اگر همین الان کمک لازم داری، به 999 زنگ بزن
comeback-helpline-closed-until = خط کمک الان بسته است. ساعت { $time } باز می‌شود.
comeback-helpline-closed = خط کمک الان بسته است.
comeback-helpline-unknown = ممکن است خط کمک الان جواب ندهد. شب‌ها ممکن است تا صبح بسته باشد.
comeback-trace = برنامهٔ پیام‌های گوشی‌ات (Messages) از چیزی که می‌فرستی یک نسخه نگه می‌دارد. گوشی‌ات فهرست تماس‌هایت را هم نگه می‌دارد.
comeback-manage = بزرگسالان مورد اعتماد من
comeback-manage-hint = کسانی را که می‌توانی با آن‌ها تماس بگیری اضافه، عوض یا حذف کن
comeback-when-back = وقتی برگردم چه اتفاقی می‌افتد
comeback-staying-safe = در امان ماندن

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = سلام { $name }.
sms-greeting-helpline = سلام.
sms-body = می‌خواهم برگردم. می‌توانید کمکم کنید؟
sms-body-safe = من در امانم، اما هنوز آمادهٔ برگشتن نیستم. می‌خواهم در تماس بمانم.
sms-signed = از طرف { $name }.
sms-location = الان اینجا هستم: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = مددکار اجتماعی
role-personal-adviser = مشاور شخصی (personal adviser)
role-key-worker = مددکار مسئول (key worker)
role-foster-carer = خانوادهٔ سرپرست (foster carer)
role-support-worker = مددکار حمایتی (support worker)
role-guardian = قیم (guardian)
role-emergency-duty-team = تیم کشیک اضطراری شورای محلی (emergency duty team)
role-other = کسی که به او اعتماد دارم
role-your-social-worker = مددکار اجتماعی‌ات
role-your-personal-adviser = مشاور شخصی‌ات
role-your-key-worker = مددکار مسئولت
role-your-foster-carer = خانوادهٔ سرپرستت
role-your-support-worker = مددکار حمایتی‌ات
role-your-guardian = قیم تو
role-your-emergency-duty-team = تیم کشیک اضطراری شورای محلی
role-your-other = کسی که به او اعتماد داری

## Trusted adults screen

adults-title = بزرگسالان مورد اعتماد من
adults-intro = کسانی که وقتی می‌خواهی برگردی می‌توانی با آن‌ها تماس بگیری. این فهرست روی همین گوشی می‌ماند.
adults-empty = هنوز کسی را اضافه نکرده‌ای.
adults-add = یک بزرگسال مورد اعتماد اضافه کن
adults-edit = تغییر { $name }
adults-remove = حذف { $name }
adults-remove-confirm = { $name } از بزرگسالان مورد اعتمادت حذف شود؟
adults-remove-yes = بله، حذف کن
adults-keep = نه، نگهش دار
adults-phone = تلفن: { $number }
adults-hours-any-time = هر وقت می‌توانی با او تماس بگیری.
adults-out-of-hours-badge = تماس خارج از ساعت کاری
adults-speaks = زبان‌ها: { $languages }
adults-signature-title = نام تو در پیام‌ها
adults-signature-hint = پیام‌هایت با این نام تمام می‌شوند. اگر دوست داری، خالی‌اش بگذار.
adults-signature-save = نامم را ذخیره کن
adults-saved = ذخیره شد.

## Trusted adult form

adult-new-title = اضافه کردن بزرگسال مورد اعتماد
adult-edit-title = تغییر بزرگسال مورد اعتماد
adult-name = نام
adult-role = چه کسی است
adult-phone = شمارهٔ تلفن
adult-phone-hint = یک شمارهٔ بریتانیایی مثل 07700 900123، یا شماره‌ای از کشوری دیگر که با + شروع می‌شود.
adult-hours = چه وقت می‌توانی با او تماس بگیری (به وقت بریتانیا)
adult-hours-hint = اگر هر وقت می‌توانی با او تماس بگیری، این را خالی بگذار.
adult-hours-add = اضافه کردن ساعت
adult-hours-remove = حذف این ساعت‌ها
adult-hours-from = از
adult-hours-to = تا
adult-hours-days = روزها
adult-languages = زبان‌هایی که صحبت می‌کند
adult-languages-hint = پیامت اول به زبان او نوشته می‌شود، بعد به زبان تو. اگر زبانی انتخاب نشود، انگلیسی استفاده می‌شود.
adult-out-of-hours = این شخص تماس من برای خارج از ساعت کاری است
adult-out-of-hours-hint = برای عصر، شب و آخر هفته: مثلاً سرپرستت (کسی که از تو نگهداری می‌کند)، یا تیم کشیک اضطراری شورای محلی. فقط یک نفر می‌تواند باشد؛ انتخاب این شخص جای نفر قبلی را می‌گیرد.
adult-save = ذخیره
adult-cancel = لغو

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = لطفاً نامش را بنویس.
adult-error-name-too-long = این نام خیلی بلند است. لطفاً حداکثر { $max } حرف بنویس.
adult-error-phone-empty = لطفاً شمارهٔ تلفنش را بنویس.
adult-error-phone-not-a-number = این یک شمارهٔ تلفن نیست. فقط از رقم، فاصله و یک + در اولش استفاده کن.
adult-error-phone-invalid = به این شماره نمی‌شود زنگ زد. لطفاً رقم‌ها را بررسی کن. شمارهٔ موبایل بریتانیا 11 رقم دارد و با 07 شروع می‌شود.
adult-error-phone-costly = تماس با این شماره خیلی گران است، یا تماس به یک گوشی دیگر منتقل می‌شود. هاربر نمی‌تواند شماره‌هایی مثل این را ذخیره کند. شمارهٔ موبایل بریتانیا با 07 شروع می‌شود، اما نه با 070.
hours-error-no-day = دست‌کم یک روز انتخاب کن.
hours-error-time = ساعت را این‌طور بنویس: 09:00.
hours-error-same-time = ساعت شروع و پایان یکی است.
adults-error-save = ذخیره نشد. لطفاً دوباره امتحان کن.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = هر روز
hours-weekdays = دوشنبه تا جمعه
hours-weekend = شنبه و یکشنبه
hours-day-list = { $first }، { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = هاربر نتوانست بزرگسالان مورد اعتمادی را که ذخیره کرده بودی بخواند، برای همین پیامت به خط کمک رانوی می‌رود. آن‌ها می‌توانند پیامی را از طرف تو برسانند.
adults-unreadable = هاربر نتوانست بعضی از بزرگسالان مورد اعتمادی را که ذخیره کرده بودی بخواند. فهرست را بررسی کن و هر کسی را که در آن نیست اضافه کن.
