## Home: the come-back control and the safety plan

home-come-back = Waxaan rabaa inaan soo laabto
home-come-back-more = Habab kale: wac, sheeg meesha aan joogo, ama sheeg inaan badbaadsanahay
home-danger = Khatar ma ku jirtaa? Wac 999
home-plan = Qorshahayga badbaadada
home-plan-hint = Waxa ku caawiya, iyo sida aad u ahaato mid badbaadsan

## Come-back screen

comeback-title = Waxaan rabaa inaan soo laabto
comeback-welcome = Maqnaanshuhu dembi ma aha. Dadku waxay rabaan inaad badbaadsan tahay oo aad soo laabato.
comeback-will-reach = Fariintaadu waxay gaari doontaa
comeback-reach-until = { $name } — { $role } — ilaa { $until }
comeback-reach-any-time = { $name } — { $role } — wakhti kasta
comeback-reach-out-of-hours = { $name } — { $role } — saacadaha shaqada ka baxsan
comeback-reach-helpline = Khadka caawimaadda Runaway Helpline — 116 000 — bilaash, wac ama fariin dir
comeback-why-out-of-hours = Dadka waaweyn ee kale ee aad aaminto ma shaqeynayaan wakhtigan.
comeback-why-nobody-now = Dadka waaweyn ee aad aaminto midkoodna ma shaqeynayo wakhtigan, sidaa darteed fariintaadu waxay u socotaa Runaway Helpline. Waxay kuu gudbin karaan fariin.
comeback-why-nobody-added = Weli ma aadan darin qof weyn oo aad aaminto, sidaa darteed fariintaadu waxay u socotaa Runaway Helpline. Waxay kuu gudbin karaan fariin.
comeback-send = Fariin u dir { $name }
comeback-send-helpline = Fariin u dir Runaway Helpline
comeback-call = Taa beddelkeeda wac
comeback-safe-title = Weli diyaar uma tihid inaad soo laabato?
comeback-safe-explain = Weli waxaad qof u sheegi kartaa inaad badbaadsan tahay. Xiriirka oo aad sii haysato wuxuu dadka ka caawiyaa inay ogaadaan inaad nabad qabto.
comeback-safe-send = Waan badbaadsanahay, laakiin weli diyaar uma ihi inaan soo laabto
comeback-call-only = Lambarkan ma heli karo fariimo qoraal ah. Taabo si aad u wacdo { $name }.
comeback-message-title = Fariintaada
comeback-add-location = Ku dar meesha aan joogo
comeback-remove-location = Ka saar meesha aan joogo
comeback-location-finding = Waxaan raadinaynaa meesha aad joogto…
comeback-location-added = Meesha aad joogto hadda waxay ku jirtaa fariinta. Harbour ma kaydiyo, laakiin barnaamijka fariimaha (Messages) ee taleefankaagu wuxuu kaydiyaa nuqul waxa aad dirto.
comeback-location-unavailable = Taleefankaagu ma sheegin meesha aad joogto. Fariintaadu iyada la'aan ayay u socon doontaa.
comeback-danger = Haddii aad khatar ku jirto, wac 999
comeback-help-now = Haddii aad hadda caawimaad u baahan tahay, wac 999
comeback-helpline-closed-until = Khadka caawimaaddu hadda waa xiran yahay. Wuxuu furmayaa saacadda { $time }.
comeback-helpline-closed = Khadka caawimaaddu hadda waa xiran yahay.
comeback-helpline-unknown = Waxaa laga yaabaa in khadka caawimaaddu aanu hadda ka jawaabin. Habeenkii waxaa laga yaabaa inuu xiran yahay ilaa subaxa.
comeback-trace = Barnaamijka fariimaha (Messages) ee taleefankaagu wuxuu kaydiyaa nuqul waxa aad dirto. Taleefankaagu wuxuu kaydiyaa liiska wicitaannadaada.
comeback-manage = Dadka waaweyn ee aan aamino
comeback-manage-hint = Ku dar, beddel ama ka saar dadka aad la xiriiri karto
comeback-when-back = Maxaa dhaca marka aan soo laabto
comeback-staying-safe = Ahaanshaha mid badbaadsan

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Salaan { $name }.
sms-greeting-helpline = Salaan.
sms-body = Waxaan rabaa inaan soo laabto. Ma i caawin kartaa?
sms-body-safe = Waan badbaadsanahay, laakiin weli diyaar uma ihi inaan soo laabto. Waxaan rabaa inaan xiriirka sii wadno.
sms-signed = Waxaa qoray { $name }.
sms-location = Halkan ayaan hadda joogaa: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Shaqaale bulsho
role-personal-adviser = La-taliye shakhsi ah (personal adviser)
role-key-worker = Shaqaale masuul ah (key worker)
role-foster-carer = Qoys ku kafaala qaaday (foster carer)
role-support-worker = Shaqaale taageero (support worker)
role-guardian = Ilaaliye (guardian)
role-emergency-duty-team = Kooxda xaaladaha degdegga ah ee golaha deegaanka
role-other = Qof aan aamino
role-your-social-worker = shaqaalahaaga bulshada
role-your-personal-adviser = la-taliyahaaga shakhsiga ah
role-your-key-worker = shaqaalahaaga masuulka ah
role-your-foster-carer = qoyska ku kafaala qaaday
role-your-support-worker = shaqaalahaaga taageerada
role-your-guardian = ilaaliyahaaga
role-your-emergency-duty-team = kooxda xaaladaha degdegga ah ee golaha deegaanka
role-your-other = qof aad aaminto

## Trusted adults screen

adults-title = Dadka waaweyn ee aan aamino
adults-intro = Dadka aad la xiriiri karto marka aad rabto inaad soo laabato. Liiskani wuxuu ku jiraa taleefankan.
adults-empty = Weli qofna ma aadan darin.
adults-add = Ku dar qof weyn oo aad aaminto
adults-edit = Beddel { $name }
adults-remove = Ka saar { $name }
adults-remove-confirm = Ma rabtaa inaad { $name } ka saarto dadka waaweyn ee aad aaminto?
adults-remove-yes = Haa, ka saar
adults-keep = Maya, ha ka saarin
adults-phone = Taleefan: { $number }
adults-hours-any-time = Wakhti kasta waad la xiriiri kartaa.
adults-out-of-hours-badge = Xiriirka saacadaha shaqada ka baxsan
adults-speaks = Wuxuu ku hadlaa: { $languages }
adults-signature-title = Magacaaga fariimaha
adults-signature-hint = Fariimahaagu waxay ku dhammaanayaan magacan. Haddii aad doorbidayso, bannaan ka tag.
adults-signature-save = Kaydi magacayga
adults-saved = Waa la kaydiyay.

## Trusted adult form

adult-new-title = Ku dar qof weyn oo aad aaminto
adult-edit-title = Beddel qof weyn oo aad aaminto
adult-name = Magac
adult-role = Waa ayo
adult-phone = Lambarka taleefanka
adult-phone-hint = Lambar UK ah sida 07700 900123, ama lambar waddan kale oo ku bilaabma +.
adult-hours = Goorma ayaad la xiriiri kartaa (wakhtiga UK)
adult-hours-hint = Haddii aad wakhti kasta la xiriiri karto, tan bannaan ka tag.
adult-hours-add = Ku dar wakhtiyo
adult-hours-remove = Ka saar wakhtiyadan
adult-hours-from = Laga bilaabo
adult-hours-to = Ilaa
adult-hours-days = Maalmaha
adult-languages = Luqadaha uu ku hadlo
adult-languages-hint = Fariintaada marka hore waxaa lagu qoraa luqaddiisa, kadibna luqaddaada. Haddii aan midna la dooran, Ingiriisi ayaa la isticmaalaa.
adult-out-of-hours = Kani waa xiriirkayga saacadaha shaqada ka baxsan
adult-out-of-hours-hint = Fiidka, habeenka iyo dhammaadka toddobaadka: tusaale ahaan daryeelahaaga, ama kooxda xaaladaha degdegga ah ee golaha deegaanka. Hal qof oo kaliya ayaad yeelan kartaa; doorashada qofkan waxay beddeshaa kii hore.
adult-save = Kaydi
adult-cancel = Jooji

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Fadlan qor magiciisa.
adult-error-name-too-long = Magacani aad buu u dheer yahay. Isticmaal ugu badnaan { $max } xaraf.
adult-error-phone-empty = Fadlan qor lambarka taleefankiisa.
adult-error-phone-not-a-number = Kani ma aha lambar taleefan. Isticmaal kaliya godad, meel bannaan iyo + bilowga.
adult-error-phone-invalid = Lambarkan lama wici karo. Fadlan hubi godadka. Lambarka mobilka UK wuxuu leeyahay 11 god wuxuuna ku bilaabmaa 07.
adult-error-phone-costly = Wicitaanka lambarkan aad buu qaali u yahay, ama wuxuu u gudbaa taleefan kale. Harbour ma kaydin karo lambarro sidan oo kale ah. Lambarka mobilka UK wuxuu ku bilaabmaa 07, laakiin kuma bilaabmo 070.
hours-error-no-day = Dooro ugu yaraan hal maalin.
hours-error-time = Wakhtiga u qor sidan: 09:00.
hours-error-same-time = Wakhtiga bilowga iyo dhammaadka waa isku mid.
adults-error-save = Lama kaydin karin. Fadlan mar kale isku day.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = Maalin kasta
hours-weekdays = Isniin ilaa Jimce
hours-weekend = Sabti iyo Axad
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour ma akhrin karin dadka waaweyn ee aad aaminto ee aad kaydisay, sidaa darteed fariintaadu waxay u socotaa Runaway Helpline. Waxay kuu gudbin karaan fariin.
adults-unreadable = Harbour ma akhrin karin qaar ka mid ah dadka waaweyn ee aad aaminto ee aad kaydisay. Hubi liiska oo ku dar qof kasta oo ka maqan.
