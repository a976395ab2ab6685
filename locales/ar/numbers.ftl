## Help numbers screen

numbers-title = أرقام المساعدة
numbers-intro = اضغط على الرقم للاتصال. إذا كنت أنت أو شخص آخر في خطر الآن، اتصل بالرقم 999.
numbers-trace = هاتفك يحتفظ بقائمة الأرقام التي تتصل بها.
numbers-helplines = خطوط المساعدة
numbers-call = اتصل
numbers-badges = ما يقدمه هذا الخط
numbers-text = أرسل رسالة
numbers-badge-free = مجاني
numbers-badge-always-open = 24 ساعة، كل يوم
numbers-badge-text = يمكنك إرسال رسالة نصية
numbers-badge-interpreters = مترجمون للغات أخرى
numbers-source-verified = المصدر (رسمي): { $source }
numbers-source-secondary = المصدر: { $source }
numbers-reviewed = تم التحقق من هذه الأرقام آخر مرة في { $date }.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = إذا لم تستطع الكلام على الهاتف
numbers-silent-step-call = اتصل بالرقم { $number }.
numbers-silent-step-sound = عندما يرد أحد، اسعل أو انقر على الهاتف إذا لم تستطع الكلام.
numbers-silent-step-press = عندما يطلب منك صوت مسجّل، اضغط { $code }. هذا يعمل فقط من هاتف محمول. هذا يوصلك بالشرطة. إذا لم تفعل شيئًا، قد تنتهي المكالمة.
numbers-silent-step-questions = ستسألك الشرطة أسئلة يمكنك الإجابة عنها بنعم أو لا. إذا استطعت، قل إجاباتك همسًا.
numbers-silent-location = الضغط على { $code } لا يخبر الشرطة بمكانك. لكن هاتفك قد يرسل مكانك من تلقاء نفسه. إذا استطعت، أخبرهم بمكانك، حتى لو همسًا.

## Each line

numbers-emergency-name = الطوارئ: الشرطة، الإطفاء، الإسعاف
numbers-emergency-about = اتصل عندما يكون شخص في خطر أو مصابًا بشدة الآن. يحتاج هاتفك إلى شريحة SIM، لكنه لا يحتاج إلى رصيد. يعمل حتى عندما يكون هاتفك مقفلًا. إذا كنت تحتاج إلى لغتك، قل اسمها بالإنجليزية، مثلًا «Arabic». ثم ابقَ على الخط.
numbers-emergency-112-name = الطوارئ (112)
numbers-emergency-112-about = مثل 999 تمامًا. يعمل أيضًا في دول أخرى.
numbers-runaway-name = خط المساعدة (Runaway Helpline)
numbers-runaway-about = إذا غبت عن المكان الذي تعيش فيه، أو إذا كان أحد يجبرك على البقاء بعيدًا. يستمعون إليك ويمكنهم إيصال رسالة إلى بيتك. يتم الرد على الرسائل النصية بالإنجليزية. قد يكون الخط مغلقًا في الليل. إذا كنت تحتاج إلى مساعدة الآن، اتصل بالرقم 999.
numbers-childline-name = تشايلدلاين (Childline)
numbers-childline-about = لكل من هو دون 19 عامًا، عن أي شيء يقلقك. لا تظهر المكالمة في فاتورة الهاتف. لكنها تظهر في قائمة المكالمات على هاتفك.
numbers-modern-slavery-name = خط مساعدة العبودية الحديثة والاستغلال
numbers-modern-slavery-about = إذا كان أحد يجبرك على العمل، أو على ارتكاب جرائم، أو على فعل أشياء لا تريدها.
numbers-samaritans-name = السامريون (Samaritans)
numbers-samaritans-about = إذا كنت تشعر بحزن شديد أو بالوحدة أو تريد إيذاء نفسك. يمكنك الاتصال حتى بدون رصيد.
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = عندما تكون مريضًا أو قلقًا على صحتك، وليست حالة طارئة. المكالمة مجانية. للحصول على مترجم، قل اسم لغتك بالإنجليزية. اختر خيار الصحة النفسية إذا كنت تشعر بسوء شديد في نفسك.
numbers-police-101-name = الشرطة (ليست حالة طارئة)
numbers-police-101-about = للتحدث مع الشرطة عندما لا يكون أحد في خطر الآن. المكالمة مجانية. تستطيع الشرطة إحضار مترجم.
numbers-coram-voice-name = كورام فويس (Coram Voice – Always Heard)
numbers-coram-voice-about = للأطفال تحت الرعاية في إنجلترا. يمكنهم أن يساعدوك لتحصل على مُناصِر (advocate): شخص يقف إلى جانبك أنت فقط. المُناصِر يساعدك أن تقول ما تريد. الخط مفتوح من الاثنين إلى الجمعة، من الساعة 9:30 صباحًا إلى الساعة 6 مساءً. في الأوقات الأخرى، يمكنك أن تترك رسالة.
