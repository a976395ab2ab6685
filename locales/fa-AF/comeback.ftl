## Home: the come-back control and the safety plan

home-come-back = می‌خواهم پس بیایم
home-come-back-more = راه‌های دیگر: زنگ زدن، گفتن این که کجا هستم، یا گفتن این که مصئون هستم
home-danger = در خطر هستی؟ به 999 زنگ بزن
home-plan = پلان مصئونیت من
home-plan-hint = چیزهایی که کمکت می‌کنند، و این که چطور مصئون بمانی

## Come-back screen

comeback-title = می‌خواهم پس بیایم
comeback-welcome = گم شدن جرم نیست. مردم می‌خواهند که مصئون باشی و پس بیایی.
comeback-will-reach = پیامت می‌رسد به
comeback-reach-until = { $name } — { $role } — تا { $until }
comeback-reach-any-time = { $name } — { $role } — هر وقت
comeback-reach-out-of-hours = { $name } — { $role } — بیرون از ساعات کاری
comeback-reach-helpline = خط کمک (Runaway Helpline) — 116 000 — مجانی، زنگ یا پیام
comeback-why-out-of-hours = دیگر بزرگسالان مورد اعتمادت در این وقت کار نمی‌کنند.
comeback-why-nobody-now = هیچ‌کدام از بزرگسالان مورد اعتمادت در این وقت کار نمی‌کنند، بنابراین پیامت به خط کمک (Runaway Helpline) می‌رود. آن‌ها می‌توانند از طرف تو پیام برسانند.
comeback-why-nobody-added = هنوز هیچ بزرگسال مورد اعتماد را اضافه نکرده‌ای، بنابراین پیامت به خط کمک (Runaway Helpline) می‌رود. آن‌ها می‌توانند از طرف تو پیام برسانند.
comeback-send = به { $name } پیام بفرست
comeback-send-helpline = به خط کمک (Runaway Helpline) پیام بفرست
comeback-call = به جایش زنگ بزن
comeback-safe-title = هنوز آمادهٔ پس آمدن نیستی؟
comeback-safe-explain = باز هم می‌توانی به کسی بگویی که مصئون هستی. در تماس ماندن کمک می‌کند که مردم بدانند تو خوب هستی.
comeback-safe-send = مصئون هستم، اما آمادهٔ پس آمدن نیستم
comeback-call-only = این نمبر پیام متنی گرفته نمی‌تواند. لمس کن تا به { $name } زنگ بزنی.
comeback-message-title = پیام تو
comeback-add-location = جایی که هستم را اضافه کن
comeback-remove-location = جایی که هستم را بردار
comeback-location-finding = در حال پیدا کردن جایی که هستی…
comeback-location-added = جایی که هستی حالا در پیام است. هاربر آن را نگه نمی‌دارد، اما برنامهٔ پیام‌های تیلفونت (Messages) از چیزی که می‌فرستی یک کاپی نگه می‌دارد.
comeback-location-unavailable = تیلفونت نگفت که کجا هستی. پیامت بدون آن فرستاده می‌شود.
comeback-danger = اگر در خطر هستی، به 999 زنگ بزن
comeback-help-now = اگر همین حالا کمک ضرورت داری، به 999 زنگ بزن
comeback-helpline-closed-until = خط کمک حالا بسته است. ساعت { $time } باز می‌شود.
comeback-helpline-closed = خط کمک حالا بسته است.
comeback-helpline-unknown = ممکن است خط کمک حالا جواب ندهد. شب‌ها ممکن است تا صبح بسته باشد.
comeback-trace = برنامهٔ پیام‌های تیلفونت (Messages) از چیزی که می‌فرستی یک کاپی نگه می‌دارد. تیلفونت فهرست زنگ‌هایت را هم نگه می‌دارد.
comeback-manage = بزرگسالان مورد اعتماد من
comeback-manage-hint = کسانی را که با آن‌ها تماس گرفته می‌توانی اضافه، تغییر یا حذف کن
comeback-when-back = وقتی پس بیایم چه می‌شود
comeback-staying-safe = مصئون ماندن

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = سلام { $name }.
sms-greeting-helpline = سلام.
sms-body = می‌خواهم پس بیایم. می‌توانید کمکم کنید؟
sms-body-safe = من مصئون هستم، اما هنوز آمادهٔ پس آمدن نیستم. می‌خواهم در تماس بمانم.
sms-signed = از طرف { $name }.
sms-location = حالا این‌جا هستم: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = مددکار اجتماعی
role-personal-adviser = مشاور شخصی (personal adviser)
role-key-worker = کارمند مسئول (key worker)
role-foster-carer = خانوادهٔ سرپرست (foster carer)
role-support-worker = کارمند حمایتی (support worker)
role-guardian = قیم (guardian)
role-emergency-duty-team = تیم عاجل شورای محلی
role-other = کسی که به او اعتماد دارم
role-your-social-worker = مددکار اجتماعی‌ات
role-your-personal-adviser = مشاور شخصی‌ات
role-your-key-worker = کارمند مسئولت
role-your-foster-carer = خانوادهٔ سرپرستت
role-your-support-worker = کارمند حمایتی‌ات
role-your-guardian = قیم تو
role-your-emergency-duty-team = تیم عاجل شورای محلی
role-your-other = کسی که به او اعتماد داری

## Trusted adults screen

adults-title = بزرگسالان مورد اعتماد من
adults-intro = کسانی که وقتی می‌خواهی پس بیایی با آن‌ها تماس گرفته می‌توانی. این فهرست در همین تیلفون می‌ماند.
adults-empty = هنوز کسی را اضافه نکرده‌ای.
adults-add = یک بزرگسال مورد اعتماد اضافه کن
adults-edit = تغییر { $name }
adults-remove = حذف { $name }
adults-remove-confirm = { $name } از بزرگسالان مورد اعتمادت حذف شود؟
adults-remove-yes = بلی، حذف کن
adults-keep = نی، نگهش دار
adults-phone = تیلفون: { $number }
adults-hours-any-time = هر وقت با او تماس گرفته می‌توانی.
adults-out-of-hours-badge = تماس بیرون از ساعات کاری
adults-speaks = زبان‌ها: { $languages }
adults-signature-title = نام تو در پیام‌ها
adults-signature-hint = پیام‌هایت با این نام ختم می‌شوند. اگر بخواهی خالی بگذار.
adults-signature-save = نامم را ذخیره کن
adults-saved = ذخیره شد.

## Trusted adult form

adult-new-title = اضافه کردن بزرگسال مورد اعتماد
adult-edit-title = تغییر بزرگسال مورد اعتماد
adult-name = نام
adult-role = او کیست
adult-phone = نمبر تیلفون
adult-phone-hint = یک نمبر بریتانیایی مثل 07700 900123، یا نمبری از کشور دیگر که با + شروع می‌شود.
adult-hours = چه وقت با او تماس گرفته می‌توانی (به وقت بریتانیا)
adult-hours-hint = اگر هر وقت با او تماس گرفته می‌توانی، این را خالی بگذار.
adult-hours-add = اضافه کردن ساعات
adult-hours-remove = حذف این ساعات
adult-hours-from = از
adult-hours-to = تا
adult-hours-days = روزها
adult-languages = زبان‌هایی که گپ می‌زند
adult-languages-hint = پیامت اول به زبان او نوشته می‌شود، بعد به زبان تو. اگر هیچ زبانی انتخاب نشود، انگلیسی استفاده می‌شود.
adult-out-of-hours = این شخص تماس من بیرون از ساعات کاری است
adult-out-of-hours-hint = برای شام، شب و آخر هفته: مثلاً سرپرستت، یا تیم عاجل شورای محلی. تنها یک نفر بوده می‌تواند؛ انتخاب این شخص جای نفر قبلی را می‌گیرد.
adult-save = ذخیره
adult-cancel = لغو

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = لطفاً نامش را بنویس.
adult-error-name-too-long = این نام زیاد دراز است. حد اکثر { $max } حرف بنویس.
adult-error-phone-empty = لطفاً نمبر تیلفونش را بنویس.
adult-error-phone-not-a-number = این نمبر تیلفون نیست. تنها از رقم، فاصله و یک + در اول استفاده کن.
adult-error-phone-invalid = به این نمبر زنگ زده نمی‌شود. لطفاً رقم‌ها را ببین. نمبر موبایل بریتانیا 11 رقم دارد و با 07 شروع می‌شود.
adult-error-phone-costly = زنگ زدن به این نمبر بسیار گران است، یا زنگ به یک تیلفون دیگر وصل می‌شود. هاربر نمبرهای مثل این را ذخیره کرده نمی‌تواند. نمبر موبایل بریتانیا با 07 شروع می‌شود، اما نه با 070.
hours-error-no-day = اقلاً یک روز را انتخاب کن.
hours-error-time = وقت را این‌طور بنویس: 09:00.
hours-error-same-time = وقت شروع و ختم یکی است.
adults-error-save = ذخیره نشد. لطفاً دوباره کوشش کن.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = هر روز
hours-weekdays = دوشنبه تا جمعه
hours-weekend = شنبه و یکشنبه
hours-day-list = { $first }، { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = هاربر نتوانست بزرگسالان مورد اعتمادی را که ذخیره کرده بودی بخواند، بنابراین پیامت به خط کمک (Runaway Helpline) می‌رود. آن‌ها می‌توانند از طرف تو پیام برسانند.
adults-unreadable = هاربر نتوانست بعضی از بزرگسالان مورد اعتمادی را که ذخیره کرده بودی بخواند. فهرست را ببین و هر کسی را که در آن نیست اضافه کن.
