## Home: the come-back control and the safety plan

home-come-back = أريد أن أعود
home-come-back-more = طرق أخرى: أتصل، أو أقول أين أنا، أو أقول إنني بأمان
home-danger = في خطر؟ اتصل بـ 999
home-plan = خطة أماني
home-plan-hint = ما يساعدك، وكيف تبقى آمنًا

## Come-back screen

comeback-title = أريد أن أعود
comeback-welcome = الغياب ليس جريمة. الناس يريدون أن تكون بأمان وأن تعود.
comeback-will-reach = ستصل رسالتك إلى
comeback-reach-until = { $name } — { $role } — حتى { $until }
comeback-reach-any-time = { $name } — { $role } — في أي وقت
comeback-reach-out-of-hours = { $name } — { $role } — خارج ساعات العمل
comeback-reach-helpline = خط المساعدة (Runaway Helpline) — 116 000 — مجاني، اتصال أو رسالة
comeback-why-out-of-hours = باقي الأشخاص البالغين الذين تثق بهم لا يعملون في هذا الوقت.
comeback-why-nobody-now = لا أحد من الأشخاص البالغين الذين تثق بهم يعمل في هذا الوقت، لذلك تذهب رسالتك إلى خط المساعدة (Runaway Helpline). يمكنهم إيصال رسالة عنك.
comeback-why-nobody-added = لم تُضِف بعدُ شخصًا بالغًا تثق به، لذلك تذهب رسالتك إلى خط المساعدة (Runaway Helpline). يمكنهم إيصال رسالة عنك.
comeback-send = أرسل رسالة إلى { $name }
comeback-send-helpline = أرسل رسالة إلى خط المساعدة (Runaway Helpline)
comeback-call = اتصل بدلًا من ذلك
comeback-safe-title = لست مستعدًا للعودة؟
comeback-safe-explain = ما زال يمكنك أن تخبر أحدًا أنك بأمان. البقاء على تواصل يساعد الناس على أن يعرفوا أنك بخير.
comeback-safe-send = أنا بأمان، لكنني لست مستعدًا للعودة
comeback-call-only = هذا الرقم لا يستقبل الرسائل النصية. المس لتتصل بـ { $name }.
comeback-message-title = رسالتك
comeback-add-location = أضِف مكاني
comeback-remove-location = احذف مكاني
comeback-location-finding = نبحث عن مكانك…
comeback-location-added = مكانك الآن في الرسالة. هاربر لا يحتفظ به، لكن تطبيق الرسائل في هاتفك يحتفظ بنسخة مما ترسله.
comeback-location-unavailable = لم يُخبرنا هاتفك بمكانك. ستُرسَل رسالتك بدونه.
comeback-danger = إذا كنت في خطر، اتصل بـ 999
comeback-help-now = إذا كنت تحتاج إلى مساعدة الآن، اتصل بـ 999
comeback-helpline-closed-until = خط المساعدة مغلق الآن. يفتح في الساعة { $time }.
comeback-helpline-closed = خط المساعدة مغلق الآن.
comeback-helpline-unknown = قد لا يردّ خط المساعدة الآن. في الليل قد يكون مغلقًا حتى الصباح.
comeback-trace = تطبيق الرسائل في هاتفك يحتفظ بنسخة مما ترسله. وهاتفك يحتفظ بقائمة مكالماتك.
comeback-manage = الأشخاص البالغون الذين أثق بهم
comeback-manage-hint = أضِف أو غيّر أو احذف الأشخاص الذين يمكنك التواصل معهم
comeback-when-back = ماذا يحدث عندما أعود
comeback-staying-safe = البقاء آمنًا

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = مرحبًا { $name }.
sms-greeting-helpline = مرحبًا.
sms-body = أريد أن أعود. هل يمكنك مساعدتي؟
sms-body-safe = أنا بأمان، لكنني لست مستعدًا للعودة بعد. أريد أن أبقى على تواصل.
sms-signed = من { $name }.
sms-location = مكاني الآن: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = أخصائي اجتماعي
role-personal-adviser = مستشار شخصي (personal adviser)
role-key-worker = مشرف (key worker)
role-foster-carer = أسرة حاضنة (foster carer)
role-support-worker = عامل دعم (support worker)
role-guardian = وصي (guardian)
role-emergency-duty-team = فريق الطوارئ في المجلس المحلي
role-other = شخص أثق به
role-your-social-worker = الأخصائي الاجتماعي الخاص بك
role-your-personal-adviser = مستشارك الشخصي
role-your-key-worker = المشرف عليك
role-your-foster-carer = أسرتك الحاضنة
role-your-support-worker = عامل الدعم الخاص بك
role-your-guardian = وصيّك
role-your-emergency-duty-team = فريق الطوارئ في المجلس المحلي
role-your-other = شخص تثق به

## Trusted adults screen

adults-title = الأشخاص البالغون الذين أثق بهم
adults-intro = الأشخاص الذين يمكنك التواصل معهم عندما تريد أن تعود. تبقى هذه القائمة على هذا الهاتف.
adults-empty = لم تُضِف أحدًا بعد.
adults-add = أضِف شخصًا بالغًا تثق به
adults-edit = غيّر { $name }
adults-remove = احذف { $name }
adults-remove-confirm = هل تريد حذف { $name } من الأشخاص البالغين الذين تثق بهم؟
adults-remove-yes = نعم، احذف
adults-keep = لا، أبقِه
adults-phone = الهاتف: { $number }
adults-hours-any-time = يمكنك التواصل معه في أي وقت.
adults-out-of-hours-badge = جهة اتصال خارج ساعات العمل
adults-speaks = يتكلم: { $languages }
adults-signature-title = اسمك في الرسائل
adults-signature-hint = تنتهي رسائلك بهذا الاسم. اتركه فارغًا إذا أردت.
adults-signature-save = احفظ اسمي
adults-saved = تم الحفظ.

## Trusted adult form

adult-new-title = أضِف شخصًا بالغًا تثق به
adult-edit-title = غيّر شخصًا بالغًا تثق به
adult-name = الاسم
adult-role = من هو
adult-phone = رقم الهاتف
adult-phone-hint = رقم بريطاني مثل 07700 900123، أو رقم من بلد آخر يبدأ بـ +.
adult-hours = متى يمكنك التواصل معه (بتوقيت بريطانيا)
adult-hours-hint = اترك هذا فارغًا إذا كان يمكنك التواصل معه في أي وقت.
adult-hours-add = أضِف أوقاتًا
adult-hours-remove = احذف هذه الأوقات
adult-hours-from = من
adult-hours-to = إلى
adult-hours-days = الأيام
adult-languages = اللغات التي يتكلمها
adult-languages-hint = تُكتب رسالتك أولًا بلغته، ثم بلغتك. إذا لم تختر لغة، تُستخدم الإنجليزية.
adult-out-of-hours = هذا هو الشخص الذي أتصل به خارج ساعات العمل
adult-out-of-hours-hint = للمساء والليل وعطلة نهاية الأسبوع: مثلًا الشخص الذي يرعاك، أو فريق الطوارئ في المجلس المحلي. يمكن أن يكون لديك شخص واحد؛ اختيار هذا الشخص يحلّ محل من كان قبله.
adult-save = احفظ
adult-cancel = إلغاء

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = اكتب اسمه من فضلك.
adult-error-name-too-long = هذا الاسم طويل جدًا. استخدم { $max } حرفًا على الأكثر.
adult-error-phone-empty = اكتب رقم هاتفه من فضلك.
adult-error-phone-not-a-number = هذا ليس رقم هاتف. استخدم الأرقام والمسافات فقط، وعلامة + في البداية.
adult-error-phone-invalid = لا يمكن الاتصال بهذا الرقم. تأكد من الأرقام. رقم الهاتف المحمول البريطاني فيه 11 رقمًا ويبدأ بـ 07.
adult-error-phone-costly = المكالمات إلى هذا الرقم تكلّف كثيرًا، أو تُحوَّل إلى هاتف آخر. لا يستطيع هاربر حفظ أرقام مثل هذا الرقم. رقم الهاتف المحمول البريطاني يبدأ بـ 07، لكنه لا يبدأ بـ 070.
hours-error-no-day = اختر يومًا واحدًا على الأقل.
hours-error-time = اكتب الوقت هكذا: 09:00.
hours-error-same-time = وقت البداية ووقت النهاية متساويان.
adults-error-save = تعذّر الحفظ. حاول مرة أخرى.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = كل يوم
hours-weekdays = من الاثنين إلى الجمعة
hours-weekend = السبت والأحد
hours-day-list = { $first }، { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = لم يستطع هاربر قراءة بيانات الأشخاص البالغين الذين تثق بهم التي حفظتها، لذلك تذهب رسالتك إلى خط المساعدة (Runaway Helpline). يمكنهم إيصال رسالة عنك.
adults-unreadable = لم يستطع هاربر قراءة بيانات بعض الأشخاص البالغين الذين تثق بهم التي حفظتها. راجع القائمة وأضِف كل شخص غير موجود فيها.
