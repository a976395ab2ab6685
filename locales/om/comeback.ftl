## Home: the come-back control and the safety plan

home-come-back = Deebi'uu barbaada
home-come-back-more = Karaalee biroo: bilbili, bakka ani jiru himi, ykn akkan nagaan jiru himi
home-danger = Balaa keessa jirtaa? 999 bilbili
home-plan = Karoora nageenya koo
home-plan-hint = Waan si gargaaru, fi akkamitti nagaan turuu dandeessu

## Come-back screen

comeback-title = Deebi'uu barbaada
comeback-welcome = Baduun yakka miti. Namoonni akka ati nagaan jiraattu fi akka deebitu barbaadu.
comeback-will-reach = Ergaan kee gara kanaatti ergama
comeback-reach-until = { $name } — { $role } — hanga { $until }
comeback-reach-any-time = { $name } — { $role } — yeroo kamiyyuu
comeback-reach-out-of-hours = { $name } — { $role } — sa'aatii hojii alatti
comeback-reach-helpline = Runaway Helpline (sarara gargaarsaa dargaggoota manaa badaniif) — 116 000 — bilisa, bilbili ykn ergaa ergi
comeback-why-out-of-hours = Namoonni gurguddoo biroo ati amantu yeroo kanatti hin hojjetan.
comeback-why-nobody-now = Namoota gurguddoo ati amantu keessaa tokkollee yeroo kanatti hin hojjetu, kanaaf ergaan kee gara Runaway Helpline deema. Isaan siif ergaa dabarsuu danda'u.
comeback-why-nobody-added = Ammallee nama guddaa ati amantu hin dabalatne, kanaaf ergaan kee gara Runaway Helpline deema. Isaan siif ergaa dabarsuu danda'u.
comeback-send = Ergaa gara { $name } ergi
comeback-send-helpline = Ergaa gara Runaway Helpline ergi
comeback-call = Kanaa mannaa bilbili
comeback-safe-title = Ammallee deebi'uuf qophaa'ee hin jirtu?
comeback-safe-explain = Ta'us, akka ati nagaan jirtu nama tokkotti himuu dandeessa. Qunnamtii itti fufuun kee akka namoonni nagaa kee beekan gargaara.
comeback-safe-send = Nagaan jira, garuu ammallee deebi'uuf qophaa'ee hin jiru
comeback-call-only = Lakkoofsi kun ergaa barreeffamaa fudhachuu hin danda'u. Gara { $name } bilbiluuf tuqi.
comeback-message-title = Ergaa kee
comeback-add-location = Bakka ani jiru dabali
comeback-remove-location = Bakka ani jiru baasi
comeback-location-finding = Bakki ati jirtu barbaadamaa jira…
comeback-location-added = Bakki ati jirtu amma ergaa keessa jira. Harbour hin kuusu, garuu appiin ergaa (Messages) bilbila keetii garagalchaa waan ati ergitee ni kuusa.
comeback-location-unavailable = Bilbilli kee bakka ati jirtu hin himne. Ergaan kee isa malee ni ergama.
comeback-danger = Yoo balaa keessa jirta ta'e, 999 bilbili
comeback-help-now = Yoo amma gargaarsa barbaadde, 999 bilbili
comeback-helpline-closed-until = Sararri gargaarsaa amma cufaa dha. Sa'aatii { $time } irratti ni banama.
comeback-helpline-closed = Sararri gargaarsaa amma cufaa dha.
comeback-helpline-unknown = Sararri gargaarsaa amma deebii kennuu dhiisuu danda'a. Halkan hanga ganamaatti cufaa ta'uu danda'a.
comeback-trace = Appiin ergaa (Messages) bilbila keetii garagalchaa waan ati ergitu ni kuusa. Bilbilli kee tarree bilbilaalee keetii ni kuusa.
comeback-manage = Namoota gurguddoo ani amanu
comeback-manage-hint = Namoota ati qunnamuu dandeessu dabali, jijjiiri ykn haqi
comeback-when-back = Yommuu deebi'u maaltu ta'a
comeback-staying-safe = Nagaan turuu

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Akkam { $name }.
sms-greeting-helpline = Akkam.
sms-body = Deebi'uu barbaada. Na gargaaruu ni dandeessuu?
sms-body-safe = Nagaan jira, garuu ammallee deebi'uuf qophaa'ee hin jiru. Qunnamtii keenya itti fufuu barbaada.
sms-signed = { $name } irraa.
sms-location = Amma as jira: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Hojjetaa hawaasummaa
role-personal-adviser = Gorsaa dhuunfaa (personal adviser)
role-key-worker = Hojjetaa itti gaafatamaa (key worker)
role-foster-carer = Maatii kunuunsaa (foster carer)
role-support-worker = Hojjetaa deeggarsaa (support worker)
role-guardian = Guddisaa seeraa (guardian)
role-emergency-duty-team = Garee hatattamaa mana maree naannoo (emergency duty team)
role-other = Nama ani amanu
role-your-social-worker = hojjetaa hawaasummaa kee
role-your-personal-adviser = gorsaa dhuunfaa kee
role-your-key-worker = hojjetaa kee itti gaafatamaa
role-your-foster-carer = maatii kunuunsaa kee
role-your-support-worker = hojjetaa deeggarsaa kee
role-your-guardian = guddisaa seeraa kee
role-your-emergency-duty-team = garee hatattamaa mana maree naannoo
role-your-other = nama ati amantu

## Trusted adults screen

adults-title = Namoota gurguddoo ani amanu
adults-intro = Namoota yeroo deebi'uu barbaaddu qunnamuu dandeessu. Tarreen kun bilbila kana irratti hafa.
adults-empty = Ammallee nama tokkollee hin dabalanne.
adults-add = Nama guddaa ati amantu dabali
adults-edit = { $name } jijjiiri
adults-remove = { $name } haqi
adults-remove-confirm = { $name } namoota gurguddoo ati amantu keessaa haquu barbaaddaa?
adults-remove-yes = Eeyyee, haqi
adults-keep = Lakki, haa turu
adults-phone = Bilbila: { $number }
adults-hours-any-time = Yeroo kamiyyuu isaan qunnamuu dandeessa.
adults-out-of-hours-badge = Qunnamtii sa'aatii hojii alaa
adults-speaks = Afaan dubbatu: { $languages }
adults-signature-title = Maqaa kee ergaa keessatti
adults-signature-hint = Ergaan kee maqaa kanaan xumurama. Yoo barbaadde duwwaa dhiisi.
adults-signature-save = Maqaa koo kuusi
adults-saved = Kuufameera.

## Trusted adult form

adult-new-title = Nama guddaa ati amantu dabali
adult-edit-title = Nama guddaa ati amantu jijjiiri
adult-name = Maqaa
adult-role = Eenyu akka ta'an
adult-phone = Lakkoofsa bilbilaa
adult-phone-hint = Lakkoofsa UK kan akka 07700 900123, ykn lakkoofsa biyya biraa kan + irraa jalqabu.
adult-hours = Yoom isaan qunnamuu dandeessa (sa'aatii UK)
adult-hours-hint = Yoo yeroo kamiyyuu isaan qunnamuu dandeessu ta'e, kana duwwaa dhiisi.
adult-hours-add = Sa'aatii dabali
adult-hours-remove = Sa'aatiiwwan kana haqi
adult-hours-from = Irraa
adult-hours-to = Hanga
adult-hours-days = Guyyoota
adult-languages = Afaanota isaan dubbatan
adult-languages-hint = Ergaan kee jalqaba afaan isaaniitiin, itti aansee afaan keetiin barreeffama. Yoo afaan tokkollee hin filatamne, Afaan Ingiliziitti fayyadamama.
adult-out-of-hours = Kun qunnamtii koo sa'aatii hojii alaati
adult-out-of-hours-hint = Galgala, halkan fi dhuma torbaaniif: fakkeenyaaf kunuunsaa kee, ykn garee hatattamaa mana maree naannoo. Nama tokko qofa qabaachuu dandeessa; nama kana filachuun isa duraa bakka bu'a.
adult-save = Kuusi
adult-cancel = Dhiisi

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Maaloo maqaa isaanii barreessi.
adult-error-name-too-long = Maqaan kun baay'ee dheeraa dha. Maaloo qubee { $max } hin caalle fayyadami.
adult-error-phone-empty = Maaloo lakkoofsa bilbila isaanii barreessi.
adult-error-phone-not-a-number = Kun lakkoofsa bilbilaa miti. Lakkoofsota, iddoo duwwaa fi jalqaba irratti + qofa fayyadami.
adult-error-phone-invalid = Lakkoofsa kanatti bilbiluun hin danda'amu. Maaloo lakkoofsota mirkaneeffadhu. Lakkoofsi mobaayilaa UK lakkoofsota 11 qaba, 07 irraa jalqaba.
adult-error-phone-costly = Lakkoofsa kanatti bilbiluun baay'ee qaalii dha, ykn bilbilli gara bilbila biraatti darba. Harbour lakkoofsota akkanaa kuusuu hin danda'u. Lakkoofsi mobaayilaa UK 07 irraa jalqaba, garuu 070 irraa hin jalqabu.
hours-error-no-day = Yoo xiqqaate guyyaa tokko filadhu.
hours-error-time = Sa'aatii akkas barreessi: 09:00.
hours-error-same-time = Sa'aatiin jalqabaa fi sa'aatiin xumuraa tokkuma.
adults-error-save = Kuufamuu hin dandeenye. Maaloo irra deebi'ii yaali.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = Guyyaa hunda
hours-weekdays = Wiixata hanga Jimaataa
hours-weekend = Sanbata fi Dilbata
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour namoota gurguddoo ati amantu kan kuufatte dubbisuu hin dandeenye, kanaaf ergaan kee gara Runaway Helpline deema. Isaan siif ergaa dabarsuu danda'u.
adults-unreadable = Harbour namoota gurguddoo ati amantu kan kuufatte keessaa tokko tokko dubbisuu hin dandeenye. Tarree sana ilaali, namni hir'ate yoo jiraate dabali.
