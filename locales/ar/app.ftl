## App shell

app-name = هاربر
nav-back = رجوع

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
content-error-invalid = تعذّر تحميل هذه المعلومات. من فضلك اطلب من المسؤول عنك تحديث هاربر.
