## Home: the two ways into setting a phone up

home-setup-import = الإعداد برمز من المشرف
home-setup-import-hint = امسح الرمز من اجتماع الترحيب أو الصقه
home-key-worker = إعداد هاتف لشاب
home-key-worker-hint = للمشرفين (key workers) والأخصائيين الاجتماعيين (social workers)

## Key-worker mode: building a setup at the welcome meeting

kw-title = إعداد هاتف لشاب
kw-intro = املأ هذا مع الشاب معًا. لا يُحفظ أي شيء تكتبه هنا على هذا الهاتف ولا يُرسَل إلى أي مكان: كل شيء يدخل في رمز يقرؤه هاتفه.
kw-language = لغته
kw-name = اسمه الأول (اختياري)
kw-name-hint = يظهر في آخر الرسائل التي يرسلها. يمكنه تغييره لاحقًا.
kw-adults = الأشخاص البالغون الذين يثق بهم
kw-adults-none = لم يُضَف بعدُ أي شخص بالغ يثق به.
kw-adult-add = أضِف شخصًا بالغًا يثق به
kw-adult-change = غيّر { $name }
kw-adult-remove = احذف { $name }
kw-area = المنطقة للأماكن القريبة منه (اختياري)
kw-area-hint = بلدة أو مجلس محلي، مثلًا بريستول.
kw-plan = خطة الأمان، متّفق عليها معًا
kw-plan-hint = اكتب الأسطر بالكلمات التي تتفقان عليها، وبلغته إن أمكن.
kw-plan-section = جزء من الخطة
kw-plan-line = السطر
kw-plan-add = أضِف السطر
kw-plan-remove = احذف «{ $line }»
kw-sign = وقّع الرموز باسم منظمتك (اختياري)
kw-sign-hint = اختر ملف المفتاح الخاص بمنظمتك. يبقى على هذا الجهاز ولا يُرفَع إلى أي مكان.
kw-sign-as = الرموز موقّعة باسم { $organisation }.
kw-sign-unknown = هذا المفتاح ليس في قائمة هذه المنطقة، لذلك تظهر الرموز الموقّعة به على أنها غير موقّعة. اطلب ممّن ينشر هاربر في منطقتك أن يضيفه.
kw-sign-bad = هذا ليس ملف مفتاح. اختر الملف الذي أعطتك إياه منظمتك.
kw-make = أنشئ الرمز
kw-code-title = رمز الإعداد
kw-code-alt = رمز QR يُعِدّ هاربر على هاتف الشاب
kw-code-how = على هاتف الشاب، افتح الكاميرا ووجّهها إلى هذا الرمز، ثم افتح الرابط الذي يظهر. أو في هاربر على هاتفه، اختر «الإعداد برمز من المشرف».
kw-numbers = قل للشاب هذه الأرقام، وهي { $count } أرقام. سيطلبها هاتفه بعد أن يقرأ الرمز. هي ليست في الرمز ولا على البطاقة، لذلك لا يُظهر الرمز وحده شيئًا لأي شخص آخر.
kw-code-text = الرمز كنص، للصقه إذا لم تستطع الكاميرا قراءته
kw-code-size = QR الإصدار { $version }، عدد الأحرف: { $chars }.
kw-expires = يعمل هذا الرمز لمدة { $days } أيام، حتى { $date }. بعد ذلك، أنشئ رمزًا جديدًا.
kw-print = اطبع البطاقة
kw-changed = غيّرت شيئًا بعد إنشاء الرمز. أنشئ الرمز مرة أخرى.
kw-error-name-too-long = هذا الاسم طويل جدًا. استخدم { $max } حرفًا على الأكثر.
kw-error-area-too-long = هذا طويل جدًا. استخدم { $max } حرفًا على الأكثر.
kw-error-too-many-adults = الحد الأقصى للأشخاص البالغين الذين يثق بهم الشاب في إعداد واحد: { $max }.
kw-error-too-many-lines = الحد الأقصى لأسطر الخطة في إعداد واحد: { $max }.
kw-error-too-large = هذا كثير على رمز واحد. احذف بعض أسطر الخطة أو اجعلها أقصر، ثم حاول مرة أخرى.
kw-error-tools = تعذّر إنشاء الرمز. تحقّق من اتصالك بالإنترنت مرة واحدة، ثم حاول مرة أخرى.

## The printed card (in the young person's language, then in English)

card-setup-title = هاربر
card-setup-scan = امسح هذا الرمز بكاميرا هاتفك لإعداد هاربر. ثم اكتب الأرقام التي يقولها لك المشرف عليك.
card-setup-adults = أشخاص يمكنك التواصل معهم
card-setup-emergency = الطوارئ (الشرطة، الإسعاف، الإطفاء): 999
card-setup-runaway = خط المساعدة (Runaway Helpline)، مجاني، اتصال أو رسالة: 116 000

## Importing a setup on the young person's phone

import-title = الإعداد برمز من المشرف
import-intro = صنع المشرف عليك رمزًا معك. هاربر يقرؤه على هذا الهاتف، ولا يرسله إلى أي خادم. بدون الأرقام التي يقولها لك المشرف عليك، لا يُظهر الرمز شيئًا، حتى لو بقي الرابط في سجلّ متصفح الإنترنت.
import-scan = امسح الرمز
import-scan-stop = أوقف الكاميرا
import-scan-looking = وجّه الكاميرا إلى الرمز…
import-camera-denied = لا يستطيع هاربر استخدام الكاميرا. يمكنك لصق الرمز بدلًا من ذلك.
import-paste = أو الصق الرمز
import-read = اقرأ الرمز
import-checking = نقرأ الرمز…
import-numbers-intro = قرأ هاربر الرمز. لفتحه، اكتب الأرقام التي يقولها لك المشرف عليك، وهي { $count } أرقام.
import-numbers = الأرقام من المشرف عليك ({ $count } أرقام)
import-open = افتح الرمز
import-tools-error = تعذّر فحص الرمز. حاول مرة أخرى.
import-preview-title = سيُضاف هذا إلى هاربر
import-preview-hint = راجِعه مع المشرف عليك. لا يُحفظ شيء حتى تلمس «أضِف إلى هاربر».
import-made-by = من صنع { $organisation }
import-unsigned = هذا الرمز غير موقّع من منظمة يعرفها هاربر. لا تُضِفه إلا إذا كان أحد المشرفين معك الآن.
import-language = اللغة: { $language }
import-language-missing = هذا الإعداد يطلب لغة ليست في هاربر بعد ({ $code }). يبقى هاربر باللغة: { $language }.
import-name = اسمك في الرسائل: { $name }
import-name-kept = اسمك في الرسائل يبقى { $name }.
import-adults = الأشخاص البالغون الذين تثق بهم
import-adult-saved = محفوظ من قبل: يبقى كما هو
import-out-of-hours-kept = جهة اتصالك خارج ساعات العمل تبقى { $old }. يمكنك تغيير ذلك لاحقًا في قائمة الأشخاص البالغين الذين تثق بهم.
import-area = منطقة الأماكن: { $area }
import-routing-title = مَن سيصل إليه «أريد أن أعود»
import-when-weekday-morning = من الاثنين إلى الجمعة، الساعة 11:00
import-when-weekday-night = من الاثنين إلى الجمعة، الساعة 22:00
import-when-saturday = يوم السبت، الساعة 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. حاليًا تصل رسالتك إلى { $before }.
import-any-time = ليست لدى { $name } ساعات محددة. لذلك ستصل رسالتك إلى { $name } في أي وقت، حتى في المساء وفي عطلة نهاية الأسبوع.
import-routing-changes = هذا الإعداد يغيّر مَن تصل إليه رسالتك. لا تُضِفه إلا إذا كان المشرف عليك معك الآن.
import-code = رمز القفل الخاص بك
import-plan = خطة أمانك
import-confirm = أضِف إلى هاربر
import-cancel = ليس الآن
import-cancelled = لم يُضَف شيء.
import-done = هاربر جاهز الآن.
import-storage-refused = قد يحذف متصفح الإنترنت هذا البيانات التي يحفظها هاربر إذا لم تبقَ على الهاتف مساحة كافية. احتفظ بنسخة من أرقام الأشخاص البالغين الذين تثق بهم في مكان آمن.
import-done-pin = اختر رمز قفل حتى لا يفتح هاربر أحد غيرك
import-done-home = اذهب إلى البداية
import-save-error = تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = هذا ليس رمز إعداد لهاربر.
setup-error-malformed = هذا الرمز غير صحيح. اطلب من المشرف عليك أن يصنعه مرة أخرى.
setup-error-truncated = قُرئ جزء من الرمز فقط. حاول مرة أخرى، أو الصق الرمز كله.
setup-error-too-large = هذا الرمز أكبر من أن يكون رمز إعداد لهاربر.
setup-error-newer = هذا الرمز صُنع بنسخة أحدث من هاربر. حدِّث هاربر، ثم حاول مرة أخرى.
setup-error-damaged = هذا الرمز تالف. حاول مرة أخرى، أو اطلب من المشرف عليك أن يصنعه مرة أخرى.
setup-error-expired = رمز الإعداد هذا قديم جدًا. اطلب من المشرف عليك أن يصنع رمزًا جديدًا.
setup-error-numbers = هذه الأرقام لا تفتح هذا الرمز. راجِعها مع المشرف عليك، ثم اكتبها مرة أخرى.
setup-error-numbers-incomplete = اكتب كل الأرقام التي يقولها لك المشرف عليك، وهي { $count } أرقام.
setup-error-adult = لا يمكن الاتصال برقم { $name } في هذا الإعداد. اطلب من المشرف عليك أن يصنع الرمز مرة أخرى.
