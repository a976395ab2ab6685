## App shell

app-name = هاربر
nav-back = رجوع

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = هذه الصفحة غير موجودة في هاربر
error-not-found = لا توجد في هاربر صفحة بهذا العنوان. ما حفظته آمن.
error-generic-title = حدث خطأ ما
error-generic = هذا الجزء من هاربر لم يعمل. ما حفظته آمن.
error-go-home = اذهب إلى البداية
error-stopped = توقف هاربر عن العمل. أغلقه ثم افتحه مرة أخرى. إذا كنت في خطر، اتصل بـ 999.

## Home

home-title = هاربر
home-intro = مساعدة ومعلومات بلغتك. يعمل بدون إنترنت.
home-menu = الأقسام
home-numbers = أرقام المساعدة
home-numbers-hint = اتصل أو أرسل رسالة لشخص يستطيع مساعدتك
home-language = اللغة
home-language-hint = اختر لغة هذا التطبيق

## Language picker

language-title = اختر لغتك
language-intro = يمكنك تغيير هذا في أي وقت.

## Translation status

translation-draft-label = عن هذه الترجمة
translation-draft = ترجمة مبدئية — لم يراجعها مترجم بعد.

## Problems with saved data

store-error-too-new = هذه النسخة من هاربر أقدم من البيانات المحفوظة على هذا الهاتف. بياناتك المحفوظة آمنة ولم تتغير، لكن لا يمكن حفظ أي شيء جديد حتى يتم تحديث هاربر.
store-error-corrupt = تعذّرت قراءة بياناتك المحفوظة. احتفظ هاربر بنسخة منها جانبًا وبدأ من جديد. لم يُحذف أي شيء.
store-error-unavailable = لا يستطيع هاربر حفظ أي شيء على هذا الجهاز الآن. يمكنك استخدامه، لكن تغييراتك ستضيع عند إغلاقه.
content-error-invalid = تعذّر تحميل هذه المعلومات. من فضلك اطلب من المشرف عليك تحديث هاربر.
home-about = عن هاربر
home-about-hint = الخصوصية، ومن صنع هذه الترجمة

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = مفتوح بالفعل
other-tab-text = هذا التطبيق مفتوح بالفعل في علامة تبويب أو نافذة أخرى. استخدمه هناك، أو أغلقه هناك ثم اضغط «حاول مرة أخرى».
other-tab-retry = حاول مرة أخرى
wipe-unfinished = لم يُحذف كل شيء بعد، لأن هذا التطبيق مفتوح في علامة تبويب أو نافذة أخرى. أغلقه هناك ثم اضغط «حاول مرة أخرى».

## Language picker: search and translation status

language-search = ابحث عن لغة
language-no-match = لا توجد لغة تطابق بحثك.
language-your-phone = لغة هاتفك
language-status-draft = ترجمة مبدئية — لم يراجعها مترجم بعد.
language-status-checked = راجعها مترجم.
language-status-partly = راجع مترجم جزءًا منها: { $percent }% حتى الآن.
reading-title = القراءة على الشاشة
reading-large = نص أكبر وتباين عالٍ
reading-large-hint = حروف أكبر وألوان أقوى في كل شاشة.
listen-start = استمع
listen-pause = أوقف مؤقتًا
listen-resume = تابع
listen-stop = أوقف
listen-phone-voice = يقرؤه صوت هاتفك.
listen-no-voice = لا يوجد بعد تسجيل ولا صوت في الهاتف باللغة { $language }.
listen-recorded = يُقرأ من تسجيل سجّله شخص.
listen-recorded-machine = يُقرأ من تسجيل تجريبي بصوت كمبيوتر، وليس بصوت شخص.
audio-title = التسجيلات
audio-intro = كلمات هاربر يقرؤها شخص بصوته. لا تُنزَّل إلا إذا طلبت ذلك، لذلك استخدم شبكة Wi-Fi إذا استطعت.
audio-none = لا توجد بعد تسجيلات باللغة { $language }.
audio-size = { $megabytes } ميغابايت
audio-offered = تسجيلات سجّلها أشخاص: { $size }
audio-offered-machine = تسجيلات تجريبية بصوت كمبيوتر: { $size }
audio-download = نزّل التسجيلات باللغة { $language } — { $size }
audio-downloading = جارٍ تنزيل التسجيلات…
audio-kept = التسجيلات باللغة { $language } موجودة على هذا الهاتف ({ $size }). زر «استمع» يشغّلها بدون إنترنت.
audio-remove = احذف التسجيلات
audio-removed = حُذفت التسجيلات من هذا الهاتف.
audio-error-offline = تعذّر الوصول إلى خادم هاربر. لم يتغيّر شيء.
audio-error-server = لم يرسل خادم هاربر التسجيلات (خطأ { $status }). لم يتغيّر شيء.
audio-error-refused = التسجيلات كانت تالفة أو لم تكن موقّعة من هاربر، لذلك رُفضت. لم يتغيّر شيء.
audio-error-format = هذه التسجيلات تحتاج إلى نسخة أحدث من هاربر. لم يتغيّر شيء.
audio-error-locale = هذه التسجيلات للغة أخرى، لذلك رُفضت. لم يتغيّر شيء.
audio-error-size = التسجيلات كانت أكبر مما قيل لهاربر، لذلك أُوقف التنزيل. لم يتغيّر شيء.

## About screen

about-title = عن هاربر
about-intro = يقدّم لك هاربر المساعدة والمعلومات بلغتك. يعمل بدون إنترنت.
about-privacy-title = خصوصيتك
about-privacy = لا يحتاج هاربر إلى حساب. ما تحفظه يبقى على هذا الهاتف. عندما يبحث هاربر عن معلومات جديدة، يرسل اسم منطقتك فقط.
about-facts = المعلومات في هاربر مأخوذة من مصادر رسمية، ومن جمعيات خيرية، ومن أدلة قانونية. كل شاشة تذكر متى تم التحقق من معلوماتها آخر مرة. القواعد قد تتغير: الكلمة الأخيرة لمحاميك أو للأخصائي الاجتماعي المسؤول عنك.
about-translation-title = هذه الترجمة
about-translation-language = اللغة: { $language }
about-produced-source = هذا هو النص الأصلي. تُصنع الترجمات منه.
about-produced-ai-draft = هذه الترجمة كتبها برنامج حاسوب (ذكاء اصطناعي) كمسودة.
about-produced-translator = هذه الترجمة صنعها مترجم.
about-checked-by = راجعها: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر
date-weekday-1 = الاثنين
date-weekday-2 = الثلاثاء
date-weekday-3 = الأربعاء
date-weekday-4 = الخميس
date-weekday-5 = الجمعة
date-weekday-6 = السبت
date-weekday-7 = الأحد
