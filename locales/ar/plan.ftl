## Safety plan screen

plan-title = خطة أماني
plan-intro = خطتك، بكلماتك. تبقى على هذا الهاتف وتُحفظ بمجرد أن تغيّرها.
plan-section-leaving = عندما أشعر أنني أريد أن أترك المكان
plan-section-helps = أشياء تساعدني
plan-section-safe-places = أشخاص وأماكن أشعر فيها بالأمان
plan-section-ask-for-help = من يمكنني أن أطلب منه المساعدة
plan-section-if-missing = إذا غبت: كيف أبقى آمنًا
plan-section-phone-taken = إذا أخذ أحد هاتفي
plan-empty = لا شيء هنا بعد.
plan-add-label = أضِف إلى «{ $section }»
plan-add = أضِف
plan-edit = غيّر «{ $item }»
plan-edit-label = غيّر هذا السطر
plan-save = احفظ
plan-cancel = إلغاء
plan-delete = احذف «{ $item }»
plan-move-up = انقل «{ $item }» إلى الأعلى
plan-move-down = انقل «{ $item }» إلى الأسفل
plan-saved = تم الحفظ.
plan-suggestion = اقتراح: أبقِه أو غيّره أو احذفه.
plan-error-empty = اكتب شيئًا أولًا.
plan-error-too-long = هذا طويل جدًا. استخدم { $max } حرفًا على الأكثر.
plan-error-save = تعذّر الحفظ. حاول مرة أخرى.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = لا أستطيع النوم وأظل أفكر في قضيتي.
plan-starter-leaving-2 = شخص لا أثق به يظل يرسل لي رسائل.
plan-starter-helps-1 = الاستماع إلى الموسيقى.
plan-starter-helps-2 = المشي أو لعب كرة القدم.
plan-starter-safe-places-1 = نادي الشباب.
plan-starter-ask-for-help-1 = الأخصائي الاجتماعي الخاص بي.
plan-starter-ask-for-help-2 = Childline على الرقم 0800 1111: مجاني، لكل من عمره أقل من 19 سنة.
plan-starter-if-missing-1 = أشحن هاتفي قبل أن أخرج.
plan-starter-if-missing-2 = أحفظ الرقم 116 000 عن ظهر قلب: خط المساعدة (Runaway Helpline)، الاتصال أو الرسالة مجانًا.
plan-starter-if-missing-3 = إذا كنت في خطر، أتصل بـ 999.
plan-starter-phone-taken-1 = أكتب رقم الأخصائي الاجتماعي على ورقة وأحتفظ بها معي.
plan-starter-phone-taken-2 = الهاتف الذي فيه شريحة SIM يمكنه الاتصال بـ 999، حتى لو كان مقفلًا أو ليس فيه رصيد.
