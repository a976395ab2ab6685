## Safety plan screen

plan-title = پلانی سەلامەتیم
plan-intro = پلانەکەت، بە وشەکانی خۆت. لەسەر ئەم مۆبایلە دەمێنێتەوە و هەر کە گۆڕیت پاشەکەوت دەکرێت.
plan-section-leaving = کاتێک هەست دەکەم دەمەوێت بڕۆم
plan-section-helps = ئەو شتانەی یارمەتیم دەدەن
plan-section-safe-places = ئەو کەس و شوێنانەی تیایاندا هەست بە سەلامەتی دەکەم
plan-section-ask-for-help = دەتوانم داوای یارمەتی لە کێ بکەم
plan-section-if-missing = ئەگەر ونبووم (کەس نەیزانی لە کوێم): چۆن سەلامەت دەمێنمەوە
plan-section-phone-taken = ئەگەر کەسێک مۆبایلەکەمی برد
plan-empty = هێشتا هیچ لێرە نییە.
plan-add-label = زیادکردن بۆ «{ $section }»
plan-add = زیاد بکە
plan-edit = گۆڕینی «{ $item }»
plan-edit-label = ئەم هێڵە بگۆڕە
plan-save = پاشەکەوت بکە
plan-cancel = هەڵوەشاندنەوە
plan-delete = سڕینەوەی «{ $item }»
plan-move-up = «{ $item }» بەرەو سەرەوە ببە
plan-move-down = «{ $item }» بەرەو خوارەوە ببە
plan-saved = پاشەکەوت کرا.
plan-suggestion = پێشنیار: بیهێڵەرەوە، بیگۆڕە یان بیسڕەوە.
plan-error-empty = سەرەتا شتێک بنووسە.
plan-error-too-long = ئەمە زۆر درێژە. تکایە زۆرترین { $max } پیت بەکاربهێنە.
plan-error-save = پاشەکەوت نەکرا. تکایە دووبارە هەوڵ بدەرەوە.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = ناتوانم بخەوم و هەمیشە بیر لە دۆسیەکەم دەکەمەوە.
plan-starter-leaving-2 = کەسێک کە متمانەم پێی نییە بەردەوام نامەم بۆ دەنێرێت.
plan-starter-helps-1 = گوێگرتن لە مۆسیقا.
plan-starter-helps-2 = پیاسەکردن یان یاریکردنی تۆپی پێ.
plan-starter-safe-places-1 = یانەی گەنجان.
plan-starter-ask-for-help-1 = کارمەندی کۆمەڵایەتییەکەم.
plan-starter-ask-for-help-2 = Childline، 0800 1111: بەخۆڕایی، بۆ هەر کەسێک کە تەمەنی لە 19 کەمترە.
plan-starter-if-missing-1 = پێش دەرچوون مۆبایلەکەم شەحن بکەم.
plan-starter-if-missing-2 = 116 000 لەبەر بکەم: هێڵی یارمەتیی ونبووان، پەیوەندی و نامە بەخۆڕایی.
plan-starter-if-missing-3 = ئەگەر لە مەترسیدا بووم، پەیوەندی بە 999 بکەم.
plan-starter-phone-taken-1 = ژمارەی کارمەندی کۆمەڵایەتییەکەم لەسەر کاغەز بنووسم و لەگەڵ خۆمی هەڵبگرم.
plan-starter-phone-taken-2 = مۆبایلێک کە سیمکارتی (SIM card) تێدابێت دەتوانێت پەیوەندی بە 999 بکات، تەنانەت ئەگەر قوفڵکرابێت یان باڵانسی نەبێت.
