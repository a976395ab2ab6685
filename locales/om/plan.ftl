## Safety plan screen

plan-title = Karoora nageenya koo
plan-intro = Karoora kee, jechoota keetiin. Bilbila kana irratti hafa, yeroo jijjiirte battaluma kuufama.
plan-section-leaving = Yeroo ba'ee deemuu barbaadu
plan-section-helps = Wantoota na gargaaran
plan-section-safe-places = Namootaa fi bakkeewwan nageenyi natti dhaga'amu
plan-section-ask-for-help = Gargaarsa eenyu irraa gaafachuu danda'a
plan-section-if-missing = Yoo ani bade: akkamitti nagaan tura
plan-section-phone-taken = Yoo namni tokko bilbila koo fudhate
plan-empty = Ammallee asitti homtuu hin jiru.
plan-add-label = “{ $section }” irratti dabali
plan-add = Dabali
plan-edit = “{ $item }” jijjiiri
plan-edit-label = Sarara kana jijjiiri
plan-save = Kuusi
plan-cancel = Dhiisi
plan-delete = “{ $item }” haqi
plan-move-up = “{ $item }” ol kaasi
plan-move-down = “{ $item }” gadi buusi
plan-saved = Kuufameera.
plan-suggestion = Yaada: qabadhu, jijjiiri ykn haqi.
plan-error-empty = Jalqaba waa barreessi.
plan-error-too-long = Kun baay'ee dheeraa dha. Maaloo qubee { $max } hin caalle fayyadami.
plan-error-save = Kuufamuu hin dandeenye. Maaloo irra deebi'ii yaali.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = Rafuu hin danda'u, yeroo hunda waa'ee dhimma koo yaada.
plan-starter-leaving-2 = Namni ani hin amanne yeroo hunda ergaa naaf erga.
plan-starter-helps-1 = Muuziqaa dhaggeeffachuu.
plan-starter-helps-2 = Deemsaaf ba'uu ykn kubbaa miilaa taphachuu.
plan-starter-safe-places-1 = Kilaba dargaggootaa.
plan-starter-ask-for-help-1 = Hojjetaa hawaasummaa koo.
plan-starter-ask-for-help-2 = Childline, 0800 1111: bilisa, nama umriin isaa 19 gadi ta'e kamiifuu.
plan-starter-if-missing-1 = Osoon hin ba'in dura bilbila koo chaarjii gochuu.
plan-starter-if-missing-2 = 116 000 sammuutti qabachuu: Runaway Helpline, bilbiluu fi ergaa erguun bilisa.
plan-starter-if-missing-3 = Yoo balaa keessa jiraadhe, 999 nan bilbila.
plan-starter-phone-taken-1 = Lakkoofsa hojjetaa hawaasummaa koo waraqaa irratti barreessee of biratti qabachuu.
plan-starter-phone-taken-2 = Bilbilli SIM kaardii qabu, cufaa yoo ta'e ykn kireedii yoo hin qabne illee, 999 bilbiluu danda'a.
