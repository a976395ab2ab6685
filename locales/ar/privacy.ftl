## Quick exit (always on screen; Escape also works on a computer)

quick-exit = خروج سريع
quick-exit-discreet = إغلاق

## Privacy and safety screen

home-privacy = الخصوصية والأمان
home-privacy-hint = ما يحفظه هاربر، ورمز القفل، والخروج السريع
privacy-title = الخصوصية والأمان
privacy-kept-title = ما يحفظه هاربر على هذا الهاتف
privacy-kept-intro = هذه القائمة مأخوذة مما هو محفوظ الآن.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = لا يُرسَل أي شيء من هذا إلى أي مكان. ليس في هاربر حساب. هو ينزّل فقط معلومات جديدة من خادمه. ولأجل ذلك يرسل اسم منطقتك، لكنه لا يرسل أبدًا اسمك ولا ما حفظته.
kept-setting = الإعدادات (اللغة، اسمك في الرسائل، القفل)
kept-question = أسئلة لمحاميك أو الأخصائي الاجتماعي
kept-contact = الأشخاص البالغون الذين تثق بهم
kept-plan-item = سطور في خطة أمانك
kept-vault = الأشياء التي حفظتها، مقفلة برمزك
privacy-quick-exit-title = الخروج السريع
privacy-quick-exit = زر «خروج سريع» في أعلى كل شاشة يخفي هاربر فورًا ويُظهر آلة حاسبة. زر الرجوع لن يعيد هاربر. كل ما كنت تكتبه يُحفظ أولًا.

## Discreet mode

privacy-discreet-title = الوضع الخفي
privacy-discreet = في الوضع الخفي يُظهر هاربر اسم «آلة حاسبة» وأيقونة آلة حاسبة. لا توجد في شاشته الأولى أي كلمات عن المساعدة أو الأمان. عنوان الموقع على الإنترنت لا يتغيّر. الأيقونة التي أضفتها من قبل إلى الشاشة الرئيسية لهاتفك تبقى باسمها القديم.
privacy-discreet-on = استخدم الوضع الخفي
discreet-name = آلة حاسبة
discreet-open = فتح

## Lock code (PIN)

privacy-pin-title = رمز القفل
privacy-pin-intro = يمكنك قفل هاربر برمز من 4 إلى 12 رقمًا. يُطلب الرمز عند فتح هاربر، وبعد بقاء هاربر في الخلفية لمدة دقيقتين.
privacy-pin-protects = إذا وضعت رمزًا، يبقى ما حفظته مقفلًا على الهاتف: الأشخاص الذين تثق بهم، وخطتك، وأسئلتك، وإعداداتك. بدون الرمز لا يستطيع أحد قراءته، حتى لو كان هاتفك في يده.
privacy-pin-limits = لا يستطيع الرمز أن يمنع شخصًا يراك وأنت تكتبه، أو يجبرك على أن تخبره به. ولا يخفي الرمز أن هاربر موجود على الهاتف. الوضع الخفي يساعد في ذلك.
privacy-pin-longer = تخمين رمز من 6 أرقام أو أكثر أصعب بكثير. لا تستخدم تاريخ ميلادك.
privacy-pin-current = رمزك الحالي
privacy-pin-change = تغيير الرمز
privacy-pin-forget-warning = إذا نسيت الرمز، فالطريقة الوحيدة للدخول هي حذف كل شيء في هاربر. لا يستطيع أحد إعادة ضبطه لك.
privacy-pin-new = رمز جديد
privacy-pin-confirm = اكتب الرمز مرة أخرى
privacy-pin-set = اقفل بهذا الرمز
privacy-pin-is-set = هاربر مقفل برمز.
privacy-pin-remove = إزالة الرمز
privacy-pin-saved = تم الحفظ. سيطلب هاربر هذا الرمز.
privacy-pin-removed = تمت إزالة الرمز.
pin-error-length = يجب أن يتكون الرمز من 4 إلى 12 رقمًا.
pin-error-common = هذا الرمز سهل التخمين جدًا. اختر رمزًا آخر.
pin-error-digits = استخدم الأرقام من 0 إلى 9 فقط.
pin-error-mismatch = الرمزان غير متطابقين.
pin-error-save = تعذّر حفظ الرمز. حاول مرة أخرى.

## Lock screen

lock-title = أدخل رمزك
lock-code = الرمز
lock-open = فتح
lock-wrong = هذا الرمز غير صحيح.
lock-wait = محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
lock-forgot = نسيت الرمز؟
lock-forgot-explain = بدون الرمز، الطريقة الوحيدة للدخول هي حذف كل ما حُفظ في هاربر: الأشخاص الذين تثق بهم، وخطتك، وأسئلتك، والإعدادات.

## Delete everything

privacy-wipe-title = حذف كل شيء
privacy-wipe = هذا يحذف كل ما حفظه هاربر على هذا الهاتف: الأشخاص الذين تثق بهم، وخطة أمانك، وأسئلتك، وإعداداتك. سيعود هاربر كأنه جديد. لا يمكن التراجع عن هذا.
privacy-wipe-button = حذف كل شيء
privacy-wipe-confirm = هل أنت متأكد؟ سيُحذف كل شيء.
privacy-wipe-yes = نعم، احذف كل شيء
privacy-wipe-no = لا، أبقِه
