## Home: the way into places near the young person

home-places = أماكن قريبة مني
home-places-hint = مراكز تدخلها بدون موعد، ونوادي الشباب، وأماكن للمساعدة، مع أوقات الفتح

## The list of places

places-title = أماكن قريبة مني
places-example = هذه أماكن على سبيل المثال: ليست أماكن حقيقية بعد. يمكن للمشرف عليك (key worker) أن يخبرك متى تُضاف أماكن في منطقتك.
places-search = ابحث عن مكان
places-category = نوع المكان
places-category-all = كل الأنواع
places-category-drop-in = مركز تدخله بدون موعد (drop-in)
places-category-youth-club = نادي الشباب
places-category-cultural-centre = مركز مجتمعي وثقافي
places-category-worship = مكان عبادة
places-category-legal-advice = استشارة قانونية
places-category-health = الصحة
places-category-food = الطعام
places-category-other = مساعدة أخرى
places-open-now = مفتوح الآن
places-free = الأماكن المجانية فقط
places-language = اللغة التي يتكلمونها
places-language-any = أي لغة
places-found = عدد الأماكن: { $count }
places-none = لا توجد أماكن تطابق اختيارك. جرّب عددًا أقل من الخيارات.
places-show-more = اعرض المزيد من الأماكن
places-distance = على بُعد { $km } كم
places-share-location = أظهِر كم تبعد الأماكن عني
places-share-location-hint = يُستخدم مكانك على هذا الهاتف فقط. لا يُحفظ ولا يُرسَل إلى أي مكان.
places-location-failed = تعذّر معرفة مكانك. تظهر الأماكن بدون المسافة.

## When a place is open

places-open-until = مفتوح الآن حتى { $time }
places-opens-today = مغلق. يفتح اليوم الساعة { $time }
places-opens-tomorrow = مغلق. يفتح غدًا الساعة { $time }
places-opens-day = مغلق. يفتح يوم { $day } الساعة { $time }
places-opens-date = مغلق. يفتح في { $date } الساعة { $time }
places-closed = مغلق
places-hours-unknown = أوقات الفتح غير معروفة

## One place's page

place-back = كل الأماكن
place-not-found = هذا المكان لم يعد في قائمة هاربر.
place-hours = أوقات الفتح
place-hours-line = { $when }: من { $opens } إلى { $closes }
place-when-fortnightly = { $days }، كل أسبوعين
place-when-every-weeks = { $days }، مرة كل { $count } أسابيع
place-when-nth = { $day } { $nth } من كل شهر
place-when-month-days = يوم { $days } من كل شهر
place-when-last-day = آخر يوم من كل شهر
place-nth-1 = الأول
place-nth-2 = الثاني
place-nth-3 = الثالث
place-nth-4 = الرابع
place-nth-5 = الخامس
place-nth-last = الأخير
place-nth-second-last = قبل الأخير
place-hours-from = ابتداءً من { $date }
place-hours-to = حتى { $date }
place-address = العنوان
place-directions = اعرض الطريق إلى هذا المكان
place-directions-hint = يفتح تطبيق خرائط أو موقعًا على الإنترنت.
place-call = اتصل بالرقم { $number }
place-website = الموقع على الإنترنت
place-web-address = الموقع على الإنترنت (ليس رابطًا آمنًا، لذلك لا يفتحه هاربر): { $address }
place-languages = اللغات التي يتكلمونها
place-free = مجاني
place-costs = قد تكون هناك تكلفة. اسأل قبل أن تذهب.
place-ages = من عمر { $min } إلى { $max }
place-age-min = من عمر { $min } فما فوق
place-age-max = حتى عمر { $max }

## Updating places and numbers

places-updated = الأماكن وأرقام المساعدة بتاريخ { $date }
places-update = ابحث عن أماكن وأرقام جديدة
places-update-hint = هذا يطلب من خادم هاربر أحدث قائمة لمنطقتك. يُرسَل اسم منطقتك فقط. اسمك وما حفظته لا يُرسَلان أبدًا.
places-update-checking = نتحقّق…
places-update-done = تم التحديث. عدد الأماكن في هاربر الآن: { $count }.
places-update-same = لديك أحدث الأماكن والأرقام.
places-update-offline = تعذّر الوصول إلى خادم هاربر. أماكنك وأرقامك باقية كما كانت.
places-update-server = لم يرسل خادم هاربر تحديثًا (خطأ { $status }). أماكنك وأرقامك باقية كما كانت.
pack-error-not-pack = التحديث لم يكن قائمة من هاربر. لم يتغيّر شيء.
pack-error-signature = التحديث لم يكن موقّعًا من هاربر، لذلك رُفض. لم يتغيّر شيء.
pack-error-damaged = التحديث كان تالفًا، لذلك رُفض. لم يتغيّر شيء.
pack-error-format = هذا التحديث يحتاج إلى نسخة أحدث من هاربر. لم يتغيّر شيء.
pack-error-older = التحديث أقدم من القائمة التي لديك، لذلك رُفض. لم يتغيّر شيء.
pack-error-area = التحديث كان لمنطقة أخرى، لذلك رُفض. لم يتغيّر شيء.
kept-content-pack = الأماكن وأرقام المساعدة لمنطقتك
