## The asylum process: list, step screen, search and glossary

process-title = خطوات طلب لجوئك
process-intro = ما الذي يحدث، خطوة بخطوة. اضغط على خطوة لتقرأها.
process-home-hint = ما الذي سيحدث بعد ذلك، خطوة بخطوة
process-rules-changed = تغيّرت القواعد في 2026، وقد تتغيّر مرة أخرى. محاميك هو صاحب الكلمة الأخيرة في قضيتك.
process-you-are-here = أنت هنا
process-mark-here = أنا في هذه الخطوة
process-home-current = أنت في: { $step }
process-what = ما الذي يحدث
process-who = من سيكون هناك
process-ask = ما الذي يمكنك أن تطلبه
process-next = ما الذي يأتي بعد ذلك
process-time = كم من الوقت قد يستغرق
process-sources = من أين جاءت هذه المعلومات
process-source-verified = مصدر رسمي: { $source }
process-source-secondary = مصدر آخر (غير رسمي): { $source }
process-reviewed = آخر مراجعة في { $date }.
process-previous = الخطوة السابقة
process-following = الخطوة التالية
process-step-number = الخطوة { $number }
process-search = ابحث عن كلمة من رسالة وصلتك
process-search-results = النتائج
process-search-empty = لم نجد شيئًا. جرّب كلمة أخرى، أو اسأل الأخصائي الاجتماعي أو محاميك عن معنى الكلمة.
process-glossary = كلمات قد تسمعها
process-glossary-intro = كلمات من الرسائل والاجتماعات، بلغة بسيطة.
process-questions = أسئلتي للمحامي أو للأخصائي الاجتماعي
process-questions-private = لا يراها أحد غيرك. تبقى على هذا الهاتف.
process-question-label = اكتب سؤالًا
process-question-save = احفظ السؤال
process-question-delete = احذف
process-question-empty = اكتب سؤالك أولًا.
process-question-too-long = هذا السؤال طويل جدًا. من فضلك اجعل عدد حروفه أقل من { $max }.
process-question-saved = تم حفظ السؤال.
process-question-none = لا توجد أسئلة بعد.

## Step 1: arrival

process-arrival-title = الوصول إلى المملكة المتحدة
process-arrival-what = يصل كثير من الشباب إلى منطقة كِنت (Kent). قد يُبقيك ضباط قوة الحدود (Border Force) في مكان مثل وحدة الاستقبال في كِنت (Kent Intake Unit) في مدينة دوفر (Dover) بينما يرتّبون من يعتني بك. يجب على المجلس المحلي (council) أن يعتني بأي طفل ليس له هنا أب أو أم أو شخص يرعاه.
process-arrival-who = ضباط قوة الحدود (Border Force). ويتصلون بأخصائي اجتماعي من المجلس المحلي (council) ليأتي.
process-arrival-ask = مترجم. وأن تُعامَل كطفل.
process-arrival-next = يعتني بك المجلس المحلي. وتسألك وزارة الداخلية (Home Office) أسئلتها الأولى (مقابلة الرعاية، welfare interview).
process-arrival-time = قد يستغرق ذلك ساعات كثيرة، بينما يرتّبون رعايتك.

## Step 2: welfare interview

process-welfare-interview-title = مقابلة الرعاية (المقابلة “الصغيرة”)
process-welfare-interview-what = تسألك وزارة الداخلية (Home Office) أسئلة بسيطة: اسمك، وتاريخ ميلادك، وبلدك، وعائلتك. قد يسألونك قليلًا عن سبب مجيئك وكيف سافرت. يأخذون صورتك وبصمات أصابعك. قد تُعطى استمارة اسمها استمارة بيان الأدلة (SEF).
process-welfare-interview-who = موظف من وزارة الداخلية (Home Office) ومترجم. إذا كان عمرك أقل من 16 سنة، يحضر أيضًا الأخصائي الاجتماعي أو شخص بالغ مسؤول (responsible adult) آخر. في اسكتلندا، يحضر شخص بالغ مع كل من عمره أقل من 18 سنة.
process-welfare-interview-ask = مترجم. ومترجم آخر إذا لم تستطع أن تفهم المترجم الموجود.
process-welfare-interview-next = إذا ظنّت وزارة الداخلية (Home Office) أن عمرك أكثر من 18 سنة، فقد تعاملك كشخص بالغ. إذا كنت طفلًا، قل ذلك بوضوح. اطلب أخصائيًا اجتماعيًا ومحاميًا. يمكنك أن تعترض على قرار بشأن عمرك.
process-welfare-interview-time = تحدث بعد وصولك بوقت قصير.

## Step 3: age assessment

process-age-assessment-title = إذا لم يصدّقوا عمرك
process-age-assessment-what = إذا شكّ أحد في عمرك، يتحدث معك أخصائيون اجتماعيون ليقرروا كم عمرك. يجب على المجلس المحلي (council) أن يقرر بنفسه، حتى لو ظنّت وزارة الداخلية (Home Office) أنك بالغ. يمكن أيضًا لفريق وطني من الأخصائيين الاجتماعيين أن يقرر عمرك.
process-age-assessment-who = عادةً أخصائيان اجتماعيان، وغالبًا يكون معك شخص بالغ آخر ليساندك.
process-age-assessment-ask = أن تُعامَل كطفل بينما يقررون. مساعدة من محامٍ. قد يساعدك مشروع نزاعات العمر في مجلس اللاجئين (Refugee Council’s Age Dispute Project) إذا كانوا يعتقدون أن عمرك أقل من 18 سنة.
process-age-assessment-next = إذا قرروا أنك طفل، يعتني بك المجلس المحلي كطفل. إذا قرروا أنك بالغ، يمكنك أن تعترض على ذلك بمساعدة محامٍ. اطلب المساعدة بسرعة.
process-age-assessment-time = لا يوجد وقت محدد. اسأل الأخصائي الاجتماعي أو محاميك.

## Step 4: being looked after

process-looked-after-title = رعاية المجلس المحلي لك
process-looked-after-what = يعتني بك المجلس المحلي (council). أنت “طفل تحت الرعاية” (looked-after child). تحصل على أخصائي اجتماعي ومكان تعيش فيه، مثل أسرة حاضنة. إذا كان عمرك 16 أو 17 سنة، قد يكون أيضًا سكنًا فيه دعم (supported housing). ويساعدك المجلس المحلي أيضًا في الصحة والمدرسة.
process-looked-after-who = الأخصائي الاجتماعي، والأسرة الحاضنة (foster carer) أو المشرف عليك (key worker).
process-looked-after-ask = مُناصِر (advocate): شخص يتكلم ليدافع عنك. مساعدة في إيجاد محامٍ.
process-looked-after-next = قد تنتقل إلى مجلس محلي آخر (برنامج النقل الوطني، National Transfer Scheme). تحصل على محامٍ لطلب لجوئك.
process-looked-after-time = من أول يوم تقابل فيه المجلس المحلي.

## Step 5: National Transfer Scheme

process-transfer-title = الانتقال إلى مجلس محلي آخر (برنامج النقل الوطني، National Transfer Scheme)
process-transfer-what = يصل كثير من الشباب إلى أماكن قليلة، مثل كِنت (Kent). برنامج النقل الوطني (National Transfer Scheme) ينقل بعضهم إلى مجلس محلي (council) في جزء آخر من المملكة المتحدة، حتى تتشارك كل المجالس في الرعاية. يجب على كل مجلس أن يشارك.
process-transfer-who = المجلس المحلي الذي أنت فيه الآن، والمجلس الذي تنتقل إليه.
process-transfer-ask = أن تكون مصلحتك الفضلى جزءًا أساسيًا من القرار. يمكنك أن تسأل الأخصائي الاجتماعي إلى أين ستذهب ولماذا.
process-transfer-next = يعتني بك مجلسك الجديد.
process-transfer-time = يجب أن يتم الانتقال خلال 10 أيام عمل.

## Step 6: getting a lawyer

process-lawyer-title = الحصول على محامٍ
process-lawyer-what = المحامي (الممثل القانوني، legal representative) يساعدك في طلب لجوئك. المساعدة القانونية المجانية (legal aid) تدفع أجر المحامي، فلا تدفع أنت شيئًا. ما تقوله لمحاميك سرّي (confidential): أي أنه يحفظه سرًّا.
process-lawyer-who = محاميك، وغالبًا معه مترجم.
process-lawyer-ask = مساعدة من الشخص الذي يرعاك (carer) أو المشرف عليك (key worker) أو الأخصائي الاجتماعي لإيجاد محامٍ.
process-lawyer-next = يساعدك محاميك في ملء استمارة بيان الأدلة (Statement of Evidence Form, SEF).
process-lawyer-time = لا يوجد وقت محدد. يجب أن يساعدك الشخص الذي يرعاك (carer) أو المشرف عليك (key worker) أو الأخصائي الاجتماعي في إيجاد محامٍ.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = استمارة بيان الأدلة (Statement of Evidence Form, SEF)
process-sef-what = استمارة بيان الأدلة (SEF) هي استمارة تشرح فيها من أنت ولماذا تحتاج إلى الحماية. تُملأ باللغة الإنجليزية، ودائمًا مع محاميك. تستخدم وزارة الداخلية (Home Office) هذه الاستمارة فقط لتقول نعم. إذا لم تستطع أن تقول نعم، فهي عادةً تدعوك إلى مقابلة أولًا. بدأت تجربة في يناير 2026 لبعض من عمرهم 16 أو 17 سنة ولديهم محامٍ. إذا وافقوا، يتخطّون الاستمارة ويذهبون مباشرة إلى المقابلة. اسأل محاميك إن كان هذا ينطبق عليك.
process-sef-who = محاميك، ومترجم إذا احتجت إليه.
process-sef-ask = مساعدة في إيجاد محامٍ إذا لم يكن لديك محامٍ. وقت أطول، إذا احتجت إليه.
process-sef-next = المقابلة الرئيسية (“الكبيرة”)، إلا إذا استطاعت وزارة الداخلية (Home Office) أن تقرر بدونها.
process-sef-time = يجب أن تستلم وزارة الداخلية (Home Office) استمارتك خلال 60 يوم عمل من اليوم الذي قدّمت فيه طلب اللجوء. أيام العمل هي من الاثنين إلى الجمعة، ما عدا العطل الرسمية. أي نحو 3 أشهر. يستطيع محاميك أن يطلب وقتًا أطول.

## Step 8: the main interview

process-interview-title = المقابلة الرئيسية (“الكبيرة”)
process-interview-what = عادةً تُجرى هذه المقابلة للشباب الذين عمرهم أكثر من 12 سنة. يسألونك لماذا غادرت بلدك، وعن رحلتك، وعن حياتك من قبل، وعمّا تخاف منه.
process-interview-who = موظف من وزارة الداخلية (Home Office) يتخذ القرار، ومحاميك، ومترجم، وشخص بالغ مسؤول (responsible adult): الأخصائي الاجتماعي أو الأسرة الحاضنة (foster carer) أو المشرف عليك (key worker)، أو شخص آخر تثق به.
process-interview-ask = مترجم رجل أو مترجمة امرأة (اطلب ذلك من محاميك مبكرًا). مترجم آخر إذا كانت اللغة أو اللهجة غير صحيحة. استراحات. أن تتوقف وتُجرى المقابلة في يوم آخر إذا كانت صحتك لا تسمح بالاستمرار.
process-interview-next = تنتظر القرار. إذا بلغت 18 سنة قبل المقابلة، فإن المقابلة تُجرى مع ذلك، مع شخص مدرَّب على قضايا الأطفال.
process-interview-time = تأتي بعد استمارة بيان الأدلة (SEF).

## Step 9: waiting

process-waiting-title = انتظار القرار
process-waiting-what = تتخذ وزارة الداخلية (Home Office) قرارها. قد يكون الانتظار صعبًا جدًا. يستطيع محاميك أن يسأل وزارة الداخلية عن التأخير، ويمكن أيضًا التواصل مع نائبك في البرلمان (MP).
process-waiting-who = لا يوجد اجتماع. ترسل وزارة الداخلية (Home Office) القرار إلى محاميك وإلى الأخصائي الاجتماعي.
process-waiting-ask = اطلب من محاميك أن يتابع مع وزارة الداخلية (Home Office) إذا طال الوقت.
process-waiting-next = القرار.
process-waiting-time = شهور كثيرة، وأحيانًا سنوات.

## Step 10: the decision

process-decision-title = القرار
process-decision-what = قد يكون الجواب: صفة لاجئ (refugee status)؛ أو حماية إنسانية (humanitarian protection)؛ أو إذن بقاء للأطفال طالبي اللجوء غير المصحوبين (UASC leave)؛ أو نوعًا آخر من إذن البقاء؛ أو رفضًا. تخبر وزارة الداخلية (Home Office) الأخصائي الاجتماعي ومحاميك.
process-decision-who = تذهب الرسالة إلى محاميك وإلى الأخصائي الاجتماعي. اطلب منهما أن يشرحاها لك.
process-decision-ask = اسأل محاميك ماذا يعني القرار بالنسبة لك، وكم تدوم مدة إذن البقاء.
process-decision-next = إذا رُفض طلبك، يمكنك عادةً أن تستأنف. إذن البقاء للأطفال غير المصحوبين (UASC leave) يعني أن طلب لجوئك رُفض. يمكنك عادةً أن تستأنف على هذا أيضًا. لديك 14 يومًا فقط، فتكلّم مع محاميك فورًا. قبل أن ينتهي إذن البقاء (UASC leave)، يجب أن تقدّم طلبًا جديدًا. قابل محاميًا قبل انتهائه بـ 3 إلى 6 أشهر.
process-decision-time = يدوم إذن البقاء للأطفال غير المصحوبين (UASC leave) مدة 30 شهرًا، أو حتى تبلغ 17 سنة ونصفًا إذا جاء ذلك أولًا. الأنواع الأخرى من إذن البقاء قد تكون أطول أو أقصر. هذا يعتمد على تاريخ تقديم طلب لجوئك. اسأل محاميك كم يدوم إذنك.

## Step 11: appeal

process-appeal-title = الاستئناف على الرفض
process-appeal-what = إذا قالت وزارة الداخلية (Home Office) لا، يمكنك عادةً أن تستأنف. عندها ينظر قاضٍ (محكمة الدرجة الأولى، First-tier Tribunal) في قضيتك من جديد. لا تحتاج إلى إذن لتستأنف. رسالة القرار التي وصلتك تقول إن كان يمكنك أن تستأنف.
process-appeal-who = قاضٍ، ومحاميك، وشخص بالغ مسؤول (responsible adult)، ومترجم.
process-appeal-ask = مترجم بلغتك ولهجتك: يجب أن تذكر استمارة الاستئناف أي لغة وأي لهجة. وشخص بالغ مسؤول (responsible adult) معك في الجلسة.
process-appeal-next = إذا قال القاضي لا، قد يكون من الممكن الذهاب إلى محكمة أعلى (Upper Tribunal). إذا كان عمرك أكثر من 18 سنة ورُفضت كل استئنافاتك، قد يوقف المجلس المحلي بعض المساعدة. قبل أن يفعل ذلك، يجب أن يخبرك بالسبب كتابةً.
process-appeal-time = يجب أن يصل استئنافك خلال 14 يومًا على الأكثر من يوم إرسال الرفض. أخبر محاميك فورًا. يأتي قرار القاضي عادةً بعد 3 إلى 4 أسابيع من الجلسة.

## Step 12: turning 18 and leaving care

process-turning-18-title = بلوغ 18 سنة وترك الرعاية
process-turning-18-what = من عمر 16 سنة تقريبًا، تحصل على مستشار شخصي (personal adviser) وخطة مسار (pathway plan): خطتك لتصبح شخصًا بالغًا. وهي تحلّ محل خطة رعايتك (care plan).
process-turning-18-who = مستشارك الشخصي (personal adviser).
process-turning-18-ask = خطة مسار (pathway plan) تُراجَع على الأقل مرة كل 6 أشهر. في إنجلترا، مساعدة من مستشارك الشخصي (personal adviser) حتى تبلغ 25 سنة. مساعدة في الحصول على نصيحة قانونية عن وضع إقامتك (immigration status).
process-turning-18-next = في إنجلترا، يجب على مجلسك المحلي (council) أن ينشر ما يقدمه للشباب الذين يتركون الرعاية (“العرض المحلي”، local offer).
process-turning-18-time = تبدأ الخطة في عمر 16 سنة تقريبًا. في إنجلترا، يمكن لمستشارك الشخصي (personal adviser) أن يساعدك حتى تبلغ 25 سنة.

## Step 13: National Referral Mechanism

process-nrm-title = إذا استغلّك أحد (آلية الإحالة الوطنية، National Referral Mechanism)
process-nrm-what = آلية الإحالة الوطنية (National Referral Mechanism, NRM) هي الطريقة التي تستخدمها المملكة المتحدة لتجد وتحمي الأشخاص الذين وقعوا ضحايا للاتجار بالبشر (trafficking) أو للاستغلال: أي أُجبروا على العمل، أو على ارتكاب جرائم، أو تعرّضوا للأذى بطرق أخرى. ينبغي إحالة كل من عمره أقل من 18 سنة. لا يُشترط أن يوافق الأطفال على ذلك.
process-nrm-who = “مستجيب أول” (first responder)، مثل الشرطة، أو المجلس المحلي (council)، أو جمعية خيرية مثل Barnardo’s أو NSPCC أو مجلس اللاجئين (Refugee Council).
process-nrm-ask = وصيّ (guardian): شخص يقف إلى جانبك ويعطيك النصيحة. في مناطق كثيرة من إنجلترا وويلز، هذا هو الوصيّ المستقل للأطفال ضحايا الاتجار بالبشر (Independent Child Trafficking Guardian). في اسكتلندا، كل طفل يصل وحده يحصل على وصيّ من Guardianship Scotland. في أيرلندا الشمالية، تساعدك خدمة الوصيّ المستقل (Independent Guardian Service).
process-nrm-next = أولًا قرار “الأسباب المعقولة” (reasonable grounds)، ثم قرار “الأسباب القاطعة” (conclusive grounds). إذا بلغت 18 سنة قبل القرار النهائي، يمكنك أن تقول، بالكلام أو بالكتابة، إنك تريد البقاء في آلية الإحالة الوطنية (NRM).
process-nrm-time = يستغرق القرار الأول نحو 5 أيام عمل حين يكون ذلك ممكنًا. يأتي القرار النهائي بعد 30 يومًا على الأقل؛ ولا يوجد وقت محدد.

## Glossary

glossary-home-office-term = Home Office (وزارة الداخلية)
glossary-home-office-meaning = الجزء من حكومة المملكة المتحدة الذي يتخذ القرار في طلبات اللجوء.
glossary-sef-term = SEF (استمارة بيان الأدلة، Statement of Evidence Form)
glossary-sef-meaning = الاستمارة التي تشرح فيها، مع محاميك، من أنت ولماذا تحتاج إلى الحماية.
glossary-interview-term = Substantive interview (المقابلة الرئيسية)
glossary-interview-meaning = مقابلة اللجوء الرئيسية (“الكبيرة”)، التي تشرح فيها لماذا تحتاج إلى الحماية.
glossary-responsible-adult-term = Responsible adult (شخص بالغ مسؤول)
glossary-responsible-adult-meaning = شخص بالغ يأتي معك إلى المقابلات ليساندك، مثل الأخصائي الاجتماعي أو المشرف عليك (key worker).
glossary-legal-aid-term = Legal aid (المساعدة القانونية المجانية)
glossary-legal-aid-meaning = مال من الحكومة يدفع أجر محاميك، فلا تدفع أنت.
glossary-looked-after-term = Looked-after child (طفل تحت الرعاية)
glossary-looked-after-meaning = طفل يعتني به المجلس المحلي (council)، وله أخصائي اجتماعي ومكان يعيش فيه.
glossary-refugee-status-term = Refugee status (صفة لاجئ)
glossary-refugee-status-meaning = موافقة على طلب لجوئك: تقبل المملكة المتحدة أنك تحتاج إلى الحماية.
glossary-humanitarian-protection-term = Humanitarian protection (حماية إنسانية)
glossary-humanitarian-protection-meaning = إذن بالبقاء لأنك ستواجه أذى خطيرًا إذا عدت.
glossary-uasc-leave-term = UASC leave (إذن بقاء للأطفال طالبي اللجوء غير المصحوبين)
glossary-uasc-leave-meaning = إذن بالبقاء لمدة قصيرة لطفل رُفض طلب لجوئه. يمكنك عادةً أن تستأنف على الرفض. لديك 14 يومًا فقط، فتكلّم مع محاميك فورًا. يجب أن تقدّم طلبًا جديدًا قبل أن ينتهي إذن البقاء (UASC leave).
glossary-tribunal-term = Tribunal (محكمة)
glossary-tribunal-meaning = محكمة ينظر فيها قاضٍ في قضيتك من جديد بعد الرفض.
glossary-pathway-plan-term = Pathway plan (خطة المسار)
glossary-pathway-plan-meaning = خطتك لتصبح شخصًا بالغًا وتترك الرعاية، تُعدّها مع مستشارك الشخصي (personal adviser).
glossary-personal-adviser-term = Personal adviser (مستشار شخصي)
glossary-personal-adviser-meaning = الشخص الذي يساعدك عندما تترك الرعاية. في إنجلترا، يمكنه أن يساعدك حتى تبلغ 25 سنة.
glossary-nrm-term = NRM (آلية الإحالة الوطنية، National Referral Mechanism)
glossary-nrm-meaning = طريقة المملكة المتحدة لتجد وتحمي الأشخاص الذين وقعوا ضحايا للاتجار بالبشر أو للاستغلال.
