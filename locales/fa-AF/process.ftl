## The asylum process: list, step screen, search and glossary

process-title = پروسهٔ پناهندگی تو
process-intro = چه اتفاقی می‌افتد، قدم به قدم. برای خواندن روی یک قدم بزن.
process-home-hint = بعد از این چه می‌شود، قدم به قدم
process-rules-changed = قوانین در 2026 تغییر کرد و ممکن است دوباره تغییر کند. حرف آخر در قضیهٔ تو را وکیلت می‌زند.
process-you-are-here = تو اینجا هستی
process-mark-here = من در این قدم هستم
process-home-current = تو در این قدم هستی: { $step }
process-what = چه اتفاقی می‌افتد
process-who = چه کسانی آنجا هستند
process-ask = چه چیزهایی می‌توانی بخواهی
process-next = بعد از آن چه می‌شود
process-time = چقدر وقت می‌گیرد
process-sources = این معلومات از کجا آمده است
process-source-verified = منبع رسمی: { $source }
process-source-secondary = منبع دیگر (غیر رسمی): { $source }
process-reviewed = آخرین بار در { $date } بررسی شد.
process-previous = قدم قبلی
process-following = قدم بعدی
process-step-number = قدم { $number }
process-search = یک کلمه از نامه‌ات را جستجو کن
process-search-results = نتیجه‌ها
process-search-empty = چیزی پیدا نشد. کلمهٔ دیگری را امتحان کن، یا از مددکار اجتماعی یا وکیلت معنای کلمه را بپرس.
process-glossary = کلمه‌هایی که ممکن است بشنوی
process-glossary-intro = کلمه‌هایی از نامه‌ها و جلسه‌ها، به زبان ساده.
process-questions = سؤال‌های من برای وکیل یا مددکار اجتماعی
process-questions-private = فقط تو می‌توانی این‌ها را ببینی. در همین تیلفون می‌مانند.
process-question-label = یک سؤال بنویس
process-question-save = سؤال را ذخیره کن
process-question-delete = پاک کن
process-question-empty = اول سؤالت را بنویس.
process-question-too-long = این سؤال خیلی دراز است. لطفاً آن را کمتر از { $max } حرف نگه دار.
process-question-saved = سؤال ذخیره شد.
process-question-none = هنوز سؤالی نیست.

## Step 1: arrival

process-arrival-title = رسیدن به بریتانیا
process-arrival-what = بسیاری از جوانان به کِنت (Kent) می‌رسند. مأموران نیروی سرحدی (Border Force) ممکن است تو را در جایی مثل واحد پذیرش کِنت (Kent Intake Unit) در دوور نگه دارند تا کسی را برای مراقبت از تو پیدا کنند. شورای محلی باید از هر طفلی که اینجا پدر، مادر یا سرپرست ندارد مراقبت کند.
process-arrival-who = مأموران نیروی سرحدی (Border Force). یک مددکار اجتماعی از شورای محلی خواسته می‌شود.
process-arrival-ask = ترجمان. و اینکه با تو مثل یک طفل رفتار شود.
process-arrival-next = شورای محلی از تو مراقبت می‌کند. وزارت داخله (Home Office) اولین سؤال‌هایش را از تو می‌پرسد (مصاحبهٔ رفاهی).
process-arrival-time = ممکن است ساعت‌های زیادی طول بکشد، تا کارهای مراقبت از تو آماده شود.

## Step 2: welfare interview

process-welfare-interview-title = مصاحبهٔ رفاهی (مصاحبهٔ “کوچک”)
process-welfare-interview-what = وزارت داخله (Home Office) سؤال‌های ساده می‌پرسد: نام، تاریخ تولد، کشور و خانواده‌ات. ممکن است کمی بپرسند چرا آمدی و چطور سفر کردی. عکس و نشان انگشتانت را می‌گیرند. ممکن است فورمه‌ای به نام SEF بگیری.
process-welfare-interview-who = یک کارمند وزارت داخله (Home Office) و یک ترجمان. اگر کمتر از 16 سال داری، مددکار اجتماعی یا یک بزرگسال مسئول دیگر هم می‌آید. در اسکاتلند، یک بزرگسال با هر کسی که زیر 18 است می‌آید.
process-welfare-interview-ask = ترجمان. و ترجمان دیگری اگر حرف ترجمان فعلی را نمی‌فهمی.
process-welfare-interview-next = اگر وزارت داخله فکر کند که بیشتر از 18 سال داری، ممکن است با تو مثل یک بزرگسال رفتار کند. اگر طفل هستی، این را واضح بگو. یک مددکار اجتماعی و یک وکیل بخواه. می‌توانی در برابر تصمیمی که در بارهٔ عمرت گرفته می‌شود اعتراض کنی.
process-welfare-interview-time = کمی بعد از رسیدنت انجام می‌شود.

## Step 3: age assessment

process-age-assessment-title = اگر عمرت را باور نکنند
process-age-assessment-what = اگر کسی در عمرت شک کند، مددکاران اجتماعی با تو گپ می‌زنند تا عمرت را تعیین کنند. شورای محلی باید خودش تصمیم بگیرد، حتی اگر وزارت داخله (Home Office) فکر کند که تو بزرگسال هستی. یک تیم ملی از مددکاران اجتماعی هم می‌تواند عمرت را تعیین کند.
process-age-assessment-who = معمولاً دو مددکار اجتماعی، و اکثراً یک بزرگسال دیگر برای حمایت از تو.
process-age-assessment-ask = اینکه تا وقت تصمیم با تو مثل طفل رفتار شود. کمک از یک وکیل. پروژهٔ اختلاف عمر شورای پناهندگان (Refugee Council’s Age Dispute Project) ممکن است کمک کند اگر باور داشته باشند که زیر 18 هستی.
process-age-assessment-next = اگر تصمیم بگیرند که طفل هستی، شورای محلی مثل یک طفل از تو مراقبت می‌کند. اگر تصمیم بگیرند که بزرگسال هستی، می‌توانی با کمک یک وکیل در برابر آن اعتراض کنی. زود کمک بخواه.
process-age-assessment-time = وقت مشخصی ندارد. از مددکار اجتماعی یا وکیلت بپرس.

## Step 4: being looked after

process-looked-after-title = مراقبت شورای محلی از تو
process-looked-after-what = شورای محلی از تو مراقبت می‌کند. تو یک “طفل تحت مراقبت” (looked-after child) هستی. یک مددکار اجتماعی و جایی برای زندگی می‌گیری، مثلاً یک خانوادهٔ سرپرست. اگر 16 یا 17 سال داری، ممکن است خانهٔ حمایت‌شده هم باشد. شورای محلی در صحت و مکتب هم کمکت می‌کند.
process-looked-after-who = مددکار اجتماعی‌ات، و خانوادهٔ سرپرست یا کارمند مسئولت (key worker).
process-looked-after-ask = یک مدافع (advocate): کسی که از طرف تو حرف می‌زند. کمک برای پیدا کردن وکیل.
process-looked-after-next = ممکن است به شورای محلی دیگری منتقل شوی (برنامهٔ انتقال ملی، National Transfer Scheme). برای درخواست پناهندگی‌ات وکیل می‌گیری.
process-looked-after-time = از روزی که اولین بار شورای محلی را می‌بینی.

## Step 5: National Transfer Scheme

process-transfer-title = انتقال به شورای محلی دیگر (National Transfer Scheme)
process-transfer-what = بسیاری از جوانان به چند جای محدود، مثل کِنت (Kent)، می‌رسند. برنامهٔ انتقال ملی (National Transfer Scheme) بعضی از آن‌ها را به شورای محلی در بخش دیگری از بریتانیا می‌برد، تا همهٔ شوراها در مراقبت سهم داشته باشند. هر شورا باید سهم بگیرد.
process-transfer-who = شورای محلی که حالا در آن هستی و شورایی که به آن می‌روی.
process-transfer-ask = اینکه بهترین منافع تو بخش اصلی تصمیم باشد. می‌توانی از مددکار اجتماعی‌ات بپرسی کجا می‌روی و چرا.
process-transfer-next = شورای جدیدت از تو مراقبت می‌کند.
process-transfer-time = انتقال باید در 10 روز کاری انجام شود.

## Step 6: getting a lawyer

process-lawyer-title = گرفتن وکیل
process-lawyer-what = یک وکیل (نمایندهٔ حقوقی) در درخواست پناهندگی کمکت می‌کند. کمک حقوقی رایگان (legal aid) پول وکیل را می‌دهد، پس تو پول نمی‌دهی. آنچه به وکیلت می‌گویی محرمانه است: آن را پیش خودش نگه می‌دارد.
process-lawyer-who = وکیلت، و اکثراً یک ترجمان.
process-lawyer-ask = کمک از سرپرستت، کارمند مسئول یا مددکار اجتماعی‌ات برای پیدا کردن وکیل.
process-lawyer-next = وکیلت در پر کردن فورمهٔ بیان شواهد (Statement of Evidence Form، SEF) کمکت می‌کند.
process-lawyer-time = وقت مشخصی ندارد. سرپرستت، کارمند مسئول یا مددکار اجتماعی‌ات باید برای پیدا کردن وکیل کمکت کنند.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = فورمهٔ بیان شواهد (SEF)
process-sef-what = SEF فورمه‌ای است که در آن توضیح می‌دهی کی هستی و چرا به حمایت نیاز داری. به انگلیسی پر می‌شود، همیشه با وکیلت. وزارت داخله (Home Office) از SEF فقط برای گفتن بلی استفاده می‌کند. اگر نتواند بلی بگوید، معمولاً اول تو را به مصاحبه دعوت می‌کند. از جنوری 2026 یک طرح آزمایشی برای بعضی از جوانان 16 و 17 ساله که وکیل دارند شروع شده است. اگر قبول کنند، SEF را پر نمی‌کنند و مستقیم به مصاحبه می‌روند. از وکیلت بپرس که آیا این برای تو هم است.
process-sef-who = وکیلت، و ترجمان اگر لازم داشته باشی.
process-sef-ask = کمک برای پیدا کردن وکیل اگر وکیل نداری. وقت بیشتر، اگر لازم داشته باشی.
process-sef-next = مصاحبهٔ اصلی (“بزرگ”)، مگر اینکه وزارت داخله بتواند بدون آن تصمیم بگیرد.
process-sef-time = وزارت داخله باید SEF تو را در 60 روز کاری از روزی که درخواست پناهندگی دادی بگیرد. روزهای کاری دوشنبه تا جمعه هستند، اما رخصتی‌های رسمی حساب نمی‌شوند. پس این حدود 3 ماه است. وکیلت می‌تواند وقت بیشتر بخواهد.

## Step 8: the main interview

process-interview-title = مصاحبهٔ اصلی (“بزرگ”)
process-interview-what = جوانانی که بیشتر از 12 سال دارند معمولاً این مصاحبه را دارند. می‌پرسند چرا کشورت را ترک کردی، در بارهٔ سفرت، زندگی قبلی‌ات، و از چه می‌ترسی.
process-interview-who = یک تصمیم‌گیرندهٔ وزارت داخله (Home Office)، وکیلت، یک ترجمان و یک بزرگسال مسئول (responsible adult): مددکار اجتماعی، خانوادهٔ سرپرست یا کارمند مسئولت، یا شخص دیگری که به او اعتماد داری.
process-interview-ask = ترجمان مرد یا زن (زود از وکیلت بخواه). ترجمان دیگر اگر زبان یا لهجه غلط است. وقفه برای استراحت. اینکه مصاحبه را متوقف کنند و روز دیگری ادامه بدهند اگر خیلی مریض هستی.
process-interview-next = منتظر تصمیم می‌مانی. اگر قبل از مصاحبه 18 ساله شوی، مصاحبه باز هم انجام می‌شود، با کسی که برای قضایای اطفال آموزش دیده است.
process-interview-time = بعد از SEF می‌آید.

## Step 9: waiting

process-waiting-title = انتظار برای تصمیم
process-waiting-what = وزارت داخله (Home Office) تصمیم می‌گیرد. انتظار می‌تواند خیلی سخت باشد. وکیلت می‌تواند در بارهٔ تأخیر از وزارت داخله بپرسد، و می‌شود با عضو پارلمان تو (MP) تماس گرفت.
process-waiting-who = جلسه‌ای نیست. وزارت داخله تصمیم را به وکیلت و مددکار اجتماعی‌ات می‌فرستد.
process-waiting-ask = اگر خیلی طول کشید، از وکیلت بخواه که از وزارت داخله پیگیری کند.
process-waiting-next = تصمیم.
process-waiting-time = ماه‌های زیاد، گاهی سال‌ها.

## Step 10: the decision

process-decision-title = تصمیم
process-decision-what = جواب می‌تواند این‌ها باشد: وضعیت پناهندگی (refugee status)؛ حمایت بشردوستانه (humanitarian protection)؛ اجازهٔ اقامت برای اطفال بدون همراه (UASC leave)؛ نوع دیگری از اجازهٔ ماندن؛ یا رد. وزارت داخله (Home Office) به مددکار اجتماعی و وکیلت خبر می‌دهد.
process-decision-who = نامه به وکیلت و مددکار اجتماعی‌ات می‌رود. از آن‌ها بخواه که آن را با تو توضیح بدهند.
process-decision-ask = از وکیلت بپرس این تصمیم برای تو چه معنی دارد و اجازهٔ ماندنت چقدر دوام دارد.
process-decision-next = اگر ردت کنند، معمولاً می‌توانی استیناف کنی. UASC leave یعنی درخواست پناهندگی‌ات رد شده است. معمولاً می‌توانی در برابر این هم استیناف کنی. فقط 14 روز وقت داری، پس فوراً با وکیلت گپ بزن. قبل از اینکه UASC leave تمام شود، باید دوباره درخواست بدهی. 3 تا 6 ماه پیش از تمام شدنش وکیل را ببین.
process-decision-time = UASC leave برای 30 ماه است، یا تا وقتی 17 سال و نیم شوی اگر آن زودتر باشد. اجازه‌های دیگر ممکن است درازتر یا کوتاه‌تر باشند. این به تاریخی بستگی دارد که درخواست پناهندگی دادی. از وکیلت بپرس اجازهٔ تو چقدر دوام دارد.

## Step 11: appeal

process-appeal-title = استیناف در برابر رد
process-appeal-what = اگر وزارت داخله (Home Office) نه بگوید، معمولاً می‌توانی استیناف کنی. آن وقت یک قاضی (محکمهٔ ابتدایی، First-tier Tribunal) قضیه‌ات را دوباره می‌بیند. برای استیناف به اجازه نیاز نداری. نامهٔ تصمیمت می‌گوید که آیا می‌توانی استیناف کنی.
process-appeal-who = یک قاضی، وکیلت، یک بزرگسال مسئول و یک ترجمان.
process-appeal-ask = ترجمان به زبان و لهجهٔ خودت: فورمهٔ استینافت باید بگوید کدام. یک بزرگسال مسئول همراهت در جلسهٔ محکمه.
process-appeal-next = اگر قاضی نه بگوید، ممکن است بتوانی به یک محکمهٔ بالاتر (Upper Tribunal) بروی. اگر بیشتر از 18 سال داری و همهٔ استیناف‌هایت رد شده‌اند، ممکن است شورای محلی بعضی از کمک‌ها را قطع کند. پیش از این کار، باید دلیلش را به شکل نوشته به تو بگوید.
process-appeal-time = استینافت باید حداکثر 14 روز بعد از فرستادن نامهٔ رد برسد. فوراً به وکیلت بگو. تصمیم قاضی معمولاً 3 تا 4 هفته بعد از جلسه می‌آید.

## Step 12: turning 18 and leaving care

process-turning-18-title = 18 ساله شدن و ترک مراقبت
process-turning-18-what = از حدود 16 سالگی، یک مشاور شخصی (personal adviser) و یک پلان مسیر (pathway plan) می‌گیری: پلانت برای بزرگسال شدن. این پلان جای پلان مراقبتت را می‌گیرد.
process-turning-18-who = مشاور شخصی‌ات (personal adviser).
process-turning-18-ask = پلان مسیری که حداقل هر 6 ماه بررسی شود. در انگلستان، کمک از مشاور شخصی‌ات تا 25 سالگی. کمک برای گرفتن مشورهٔ حقوقی در بارهٔ وضعیت اقامتت.
process-turning-18-next = در انگلستان، شورای محلی‌ات باید اعلام کند که به جوانانی که مراقبت را ترک می‌کنند چه پیشنهاد می‌کند (“پیشنهاد محلی”، local offer).
process-turning-18-time = پلان در حدود 16 سالگی شروع می‌شود. در انگلستان، مشاور شخصی‌ات می‌تواند تا 25 سالگی کمکت کند.

## Step 13: National Referral Mechanism

process-nrm-title = اگر کسی از تو سوءاستفاده کرده (National Referral Mechanism)
process-nrm-what = سازوکار ملی ارجاع (National Referral Mechanism، NRM) راهی است که بریتانیا با آن کسانی را که قاچاق یا استثمار شده‌اند پیدا و حمایت می‌کند: مجبور به کار، جرم، یا آسیب دیدن به راه‌های دیگر. هر کسی که زیر 18 است باید ارجاع شود. اطفال لازم نیست موافقت کنند.
process-nrm-who = یک “پاسخ‌دهندهٔ اول” (first responder)، مثل پولیس، شورای محلی، یا یک مؤسسهٔ خیریه مثل Barnardo’s، NSPCC یا شورای پناهندگان (Refugee Council).
process-nrm-ask = یک قیم (guardian): کسی که طرف توست و به تو مشوره می‌دهد. در بسیاری از مناطق انگلستان و ولز، این شخص یک قیم مستقل برای اطفال قربانی قاچاق (Independent Child Trafficking Guardian) است. در اسکاتلند، هر طفلی که تنها می‌رسد یک قیم از Guardianship Scotland می‌گیرد. در ایرلند شمالی، خدمات قیم مستقل (Independent Guardian Service) کمک می‌کند.
process-nrm-next = اول تصمیم “دلایل معقول” (reasonable grounds)، بعد تصمیم “دلایل قطعی” (conclusive grounds). اگر قبل از تصمیم نهایی 18 ساله شوی، می‌توانی به زبان یا به شکل نوشته بگویی که می‌خواهی در NRM بمانی.
process-nrm-time = تصمیم اول در صورت امکان حدود 5 روز کاری طول می‌کشد. تصمیم نهایی حداقل بعد از 30 روز می‌آید؛ وقت مشخصی ندارد.

## Glossary

glossary-home-office-term = Home Office (وزارت داخله)
glossary-home-office-meaning = بخشی از حکومت بریتانیا که در بارهٔ درخواست‌های پناهندگی تصمیم می‌گیرد.
glossary-sef-term = SEF (فورمهٔ بیان شواهد، Statement of Evidence Form)
glossary-sef-meaning = فورمه‌ای که در آن با وکیلت توضیح می‌دهی کی هستی و چرا به حمایت نیاز داری.
glossary-interview-term = Substantive interview (مصاحبهٔ اصلی)
glossary-interview-meaning = مصاحبهٔ اصلی (“بزرگ”) پناهندگی، که در آن توضیح می‌دهی چرا به حمایت نیاز داری.
glossary-responsible-adult-term = Responsible adult (بزرگسال مسئول)
glossary-responsible-adult-meaning = بزرگسالی که برای حمایت از تو همراهت به مصاحبه‌ها می‌آید، مثل مددکار اجتماعی یا کارمند مسئولت.
glossary-legal-aid-term = Legal aid (کمک حقوقی رایگان)
glossary-legal-aid-meaning = پولی از حکومت که مزد وکیلت را می‌دهد، پس تو پول نمی‌دهی.
glossary-looked-after-term = Looked-after child (طفل تحت مراقبت)
glossary-looked-after-meaning = طفلی که شورای محلی از او مراقبت می‌کند، با یک مددکار اجتماعی و جایی برای زندگی.
glossary-refugee-status-term = Refugee status (وضعیت پناهندگی)
glossary-refugee-status-meaning = بلی به درخواست پناهندگی‌ات: بریتانیا قبول می‌کند که به حمایت نیاز داری.
glossary-humanitarian-protection-term = Humanitarian protection (حمایت بشردوستانه)
glossary-humanitarian-protection-meaning = اجازهٔ ماندن چون اگر برگردی با آسیب جدی روبرو می‌شوی.
glossary-uasc-leave-term = UASC leave (اجازهٔ اقامت برای اطفال بدون همراه)
glossary-uasc-leave-meaning = اجازهٔ کوتاه ماندن برای طفلی که درخواست پناهندگی‌اش رد شده است. معمولاً می‌توانی در برابر این رد استیناف کنی. فقط 14 روز وقت داری، پس فوراً با وکیلت گپ بزن. باید قبل از تمام شدن UASC leave دوباره درخواست بدهی.
glossary-tribunal-term = Tribunal (محکمه)
glossary-tribunal-meaning = محکمه‌ای که در آن یک قاضی بعد از رد، قضیه‌ات را دوباره می‌بیند.
glossary-pathway-plan-term = Pathway plan (پلان مسیر)
glossary-pathway-plan-meaning = پلانت برای بزرگسال شدن و ترک مراقبت، که با مشاور شخصی‌ات ساخته می‌شود.
glossary-personal-adviser-term = Personal adviser (مشاور شخصی)
glossary-personal-adviser-meaning = کسی که وقتی مراقبت را ترک می‌کنی کمکت می‌کند. در انگلستان، می‌تواند تا 25 سالگی کمکت کند.
glossary-nrm-term = NRM (سازوکار ملی ارجاع، National Referral Mechanism)
glossary-nrm-meaning = راه بریتانیا برای پیدا کردن و حمایت از کسانی که قاچاق یا استثمار شده‌اند.
