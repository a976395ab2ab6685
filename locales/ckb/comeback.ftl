## Home: the come-back control and the safety plan

home-come-back = دەمەوێت بگەڕێمەوە
home-come-back-more = ڕێگای تر: پەیوەندی بکەم، بڵێم لە کوێم، یان بڵێم سەلامەتم
home-danger = لە مەترسیدایت؟ پەیوەندی بکە بە 999
home-plan = پلانی سەلامەتیم
home-plan-hint = ئەوەی یارمەتیت دەدات، و چۆن سەلامەت دەمێنیتەوە

## Come-back screen

comeback-title = دەمەوێت بگەڕێمەوە
comeback-welcome = ونبوون تاوان نییە. خەڵک دەیانەوێت سەلامەت بیت و بگەڕێیتەوە.
comeback-will-reach = نامەکەت دەگاتە
comeback-reach-until = { $name } — { $role } — تا { $until }
comeback-reach-any-time = { $name } — { $role } — هەر کاتێک
comeback-reach-out-of-hours = { $name } — { $role } — دەرەوەی کاتی کار
comeback-reach-helpline = هێڵی یارمەتیی ونبووان (Runaway Helpline) — 116 000 — بەخۆڕایی، پەیوەندی یان نامە
comeback-why-out-of-hours = گەورە متمانەپێکراوەکانی ترت لەم کاتەدا کار ناکەن.
comeback-why-nobody-now = هیچ کام لە گەورە متمانەپێکراوەکانت لەم کاتەدا کار ناکەن، بۆیە نامەکەت دەچێت بۆ هێڵی یارمەتیی ونبووان. دەتوانن نامەیەک لە جیاتی تۆ بگەیەنن.
comeback-why-nobody-added = هێشتا هیچ گەورەیەکی متمانەپێکراوت زیاد نەکردووە، بۆیە نامەکەت دەچێت بۆ هێڵی یارمەتیی ونبووان. دەتوانن نامەیەک لە جیاتی تۆ بگەیەنن.
comeback-send = نامە بنێرە بۆ { $name }
comeback-send-helpline = نامە بنێرە بۆ هێڵی یارمەتیی ونبووان
comeback-call = لە جیاتی ئەوە پەیوەندی بکە
comeback-safe-title = هێشتا ئامادە نیت بگەڕێیتەوە؟
comeback-safe-explain = هێشتا دەتوانیت بە کەسێک بڵێیت کە سەلامەتیت. بەردەوامبوونی پەیوەندی یارمەتی خەڵک دەدات بزانن کە باشیت.
comeback-safe-send = سەلامەتم، بەڵام هێشتا ئامادە نیم بگەڕێمەوە
comeback-call-only = ئەم ژمارەیە ناتوانێت نامە (SMS) وەربگرێت. دەست لێبدە بۆ پەیوەندیکردن بە { $name }.
comeback-message-title = نامەکەت
comeback-add-location = شوێنەکەم زیاد بکە
comeback-remove-location = شوێنەکەم لاببە
comeback-location-finding = بەدوای شوێنەکەتدا دەگەڕێین…
comeback-location-added = شوێنەکەت ئێستا لە نامەکەدایە. هاربەر هەڵی ناگرێت، بەڵام بەرنامەی نامەکانی (Messages) مۆبایلەکەت کۆپییەک لەوەی دەینێریت هەڵدەگرێت.
comeback-location-unavailable = مۆبایلەکەت نەیگوت لە کوێیت. نامەکەت بەبێ ئەوە دەنێردرێت.
comeback-danger = ئەگەر لە مەترسیدایت، پەیوەندی بکە بە 999
comeback-help-now = ئەگەر ئێستا یارمەتیت پێویستە، پەیوەندی بکە بە 999
comeback-helpline-closed-until = هێڵی یارمەتی ئێستا داخراوە. کاتژمێر { $time } دەکرێتەوە.
comeback-helpline-closed = هێڵی یارمەتی ئێستا داخراوە.
comeback-helpline-unknown = لەوانەیە هێڵی یارمەتی ئێستا وەڵام نەداتەوە. بە شەو لەوانەیە تا بەیانی داخراو بێت.
comeback-trace = بەرنامەی نامەکانی (Messages) مۆبایلەکەت کۆپییەک لەوەی دەینێریت هەڵدەگرێت. مۆبایلەکەت لیستی پەیوەندییەکانت هەڵدەگرێت.
comeback-manage = گەورە متمانەپێکراوەکانم
comeback-manage-hint = ئەو کەسانەی دەتوانیت پەیوەندییان پێوە بکەیت زیاد بکە، بیگۆڕە یان لایبەرە
comeback-when-back = کاتێک دەگەڕێمەوە چی ڕوودەدات
comeback-staying-safe = سەلامەت مانەوە

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = سڵاو { $name }.
sms-greeting-helpline = سڵاو.
sms-body = دەمەوێت بگەڕێمەوە. دەتوانن یارمەتیم بدەن؟
sms-body-safe = من سەلامەتم، بەڵام هێشتا ئامادە نیم بگەڕێمەوە. دەمەوێت پەیوەندیمان بەردەوام بێت.
sms-signed = لەلایەن { $name }.
sms-location = ئێستا لێرەم: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = کارمەندی کۆمەڵایەتی
role-personal-adviser = ڕاوێژکاری کەسی (personal adviser)
role-key-worker = کارمەندی بەرپرس (key worker)
role-foster-carer = خێزانی بەخێوکەر (foster carer)
role-support-worker = کارمەندی پاڵپشتی (support worker)
role-guardian = سەرپەرشتیار (guardian)
role-emergency-duty-team = تیمی فریاکەوتنی ئەنجومەنی ناوچەیی (emergency duty team)
role-other = کەسێک کە متمانەی پێ دەکەم
role-your-social-worker = کارمەندی کۆمەڵایەتییەکەت
role-your-personal-adviser = ڕاوێژکارە کەسییەکەت
role-your-key-worker = کارمەندی بەرپرسەکەت
role-your-foster-carer = خێزانە بەخێوکەرەکەت
role-your-support-worker = کارمەندی پاڵپشتییەکەت
role-your-guardian = سەرپەرشتیارەکەت
role-your-emergency-duty-team = تیمی فریاکەوتنی ئەنجومەنی ناوچەیی
role-your-other = کەسێک کە متمانەی پێ دەکەیت

## Trusted adults screen

adults-title = گەورە متمانەپێکراوەکانم
adults-intro = ئەو کەسانەی کاتێک دەتەوێت بگەڕێیتەوە دەتوانیت پەیوەندییان پێوە بکەیت. ئەم لیستە لەسەر ئەم مۆبایلە دەمێنێتەوە.
adults-empty = هێشتا کەست زیاد نەکردووە.
adults-add = گەورەیەکی متمانەپێکراو زیاد بکە
adults-edit = گۆڕینی { $name }
adults-remove = لابردنی { $name }
adults-remove-confirm = { $name } لە گەورە متمانەپێکراوەکانت لاببەیت؟
adults-remove-yes = بەڵێ، لایبە
adults-keep = نەخێر، بیهێڵەرەوە
adults-phone = تەلەفۆن: { $number }
adults-hours-any-time = هەر کاتێک دەتوانیت پەیوەندی پێوە بکەیت.
adults-out-of-hours-badge = پەیوەندی دەرەوەی کاتی کار
adults-speaks = زمانەکان: { $languages }
adults-signature-title = ناوت لە نامەکاندا
adults-signature-hint = نامەکانت بەم ناوە کۆتایی دێن. ئەگەر پێت باشە بە بەتاڵی بیهێڵەرەوە.
adults-signature-save = ناوەکەم پاشەکەوت بکە
adults-saved = پاشەکەوت کرا.

## Trusted adult form

adult-new-title = زیادکردنی گەورەیەکی متمانەپێکراو
adult-edit-title = گۆڕینی گەورەیەکی متمانەپێکراو
adult-name = ناو
adult-role = کێیە
adult-phone = ژمارەی تەلەفۆن
adult-phone-hint = ژمارەیەکی بەریتانی وەک 07700 900123، یان ژمارەیەک لە وڵاتێکی تر کە بە + دەست پێ دەکات.
adult-hours = کەی دەتوانیت پەیوەندی پێوە بکەیت (کاتی بەریتانیا)
adult-hours-hint = ئەگەر هەر کاتێک دەتوانیت پەیوەندی پێوە بکەیت، ئەمە بە بەتاڵی بهێڵەرەوە.
adult-hours-add = کات زیاد بکە
adult-hours-remove = ئەم کاتانە لاببە
adult-hours-from = لە
adult-hours-to = تا
adult-hours-days = ڕۆژەکان
adult-languages = ئەو زمانانەی قسەیان پێ دەکات
adult-languages-hint = نامەکەت سەرەتا بە زمانی ئەو دەنووسرێت، پاشان بە زمانی تۆ. ئەگەر هیچ زمانێک هەڵنەبژێردرێت، ئینگلیزی بەکاردێت.
adult-out-of-hours = ئەمە کەسی پەیوەندیی منە بۆ دەرەوەی کاتی کار
adult-out-of-hours-hint = بۆ ئێوارە، شەو و کۆتایی هەفتە: بۆ نموونە بەخێوکەرەکەت، یان تیمی فریاکەوتنی ئەنجومەنی ناوچەیی. دەتوانیت تەنها یەک کەست هەبێت؛ هەڵبژاردنی ئەم کەسە جێگەی کەسی پێشوو دەگرێتەوە.
adult-save = پاشەکەوت بکە
adult-cancel = هەڵوەشاندنەوە

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = تکایە ناوەکەی بنووسە.
adult-error-name-too-long = ئەم ناوە زۆر درێژە. تکایە زۆرترین { $max } پیت بەکاربهێنە.
adult-error-phone-empty = تکایە ژمارەی تەلەفۆنەکەی بنووسە.
adult-error-phone-not-a-number = ئەمە ژمارەی تەلەفۆن نییە. تەنها ژمارە، بۆشایی و + لە سەرەتادا بەکاربهێنە.
adult-error-phone-invalid = ناتوانرێت پەیوەندی بەم ژمارەیەوە بکرێت. تکایە ژمارەکان بپشکنە. ژمارەی مۆبایلی بەریتانی 11 ژمارەیە و بە 07 دەست پێ دەکات.
adult-error-phone-costly = پەیوەندی کردن بەم ژمارەیەوە زۆر گرانە، یان پەیوەندییەکە دەگوازرێتەوە بۆ مۆبایلێکی تر. هاربەر ناتوانێت ژمارەی وەک ئەمە پاشەکەوت بکات. ژمارەی مۆبایلی بەریتانی بە 07 دەست پێ دەکات، بەڵام نەک بە 070.
hours-error-no-day = لانیکەم یەک ڕۆژ هەڵبژێرە.
hours-error-time = کاتەکە بەم شێوەیە بنووسە: 09:00.
hours-error-same-time = کاتی دەستپێک و کۆتایی وەک یەکن.
adults-error-save = پاشەکەوت نەکرا. تکایە دووبارە هەوڵ بدەرەوە.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = هەموو ڕۆژێک
hours-weekdays = دووشەممە تا هەینی
hours-weekend = شەممە و یەکشەممە
hours-day-list = { $first }، { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = هاربەر نەیتوانی ئەو گەورە متمانەپێکراوانە بخوێنێتەوە کە پاشەکەوتت کردوون، بۆیە نامەکەت دەچێت بۆ هێڵی یارمەتیی ونبووان. دەتوانن نامەیەک لە جیاتی تۆ بگەیەنن.
adults-unreadable = هاربەر نەیتوانی هەندێک لەو گەورە متمانەپێکراوانە بخوێنێتەوە کە پاشەکەوتت کردوون. لیستەکە بپشکنە و هەر کەسێک کە تێیدا نییە زیادی بکە.
