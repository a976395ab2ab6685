## Home: the come-back control and the safety plan

home-come-back = Dua të kthehem
home-come-back-more = Më shumë mënyra: telefono, thuaj ku ndodhem, ose thuaj që jam në siguri
home-danger = Në rrezik? Telefono 999
home-plan = Plani im i sigurisë
home-plan-hint = Çfarë të ndihmon, dhe si të qëndrosh i sigurt

## Come-back screen

comeback-title = Dua të kthehem
comeback-welcome = Të zhdukesh nuk është krim. Njerëzit duan që ti të jesh i sigurt dhe të kthehesh.
comeback-will-reach = Mesazhi yt do t’i shkojë
comeback-reach-until = { $name } — { $role } — deri në { $until }
comeback-reach-any-time = { $name } — { $role } — në çdo kohë
comeback-reach-out-of-hours = { $name } — { $role } — jashtë orarit të punës
comeback-reach-helpline = Runaway Helpline (linja e ndihmës) — 116 000 — falas, telefono ose dërgo mesazh
comeback-why-out-of-hours = Të rriturit e tjerë që u beson nuk punojnë në këtë orë.
comeback-why-nobody-now = Asnjë nga të rriturit që u beson nuk punon në këtë orë, prandaj mesazhi yt shkon te Runaway Helpline. Ata mund të përcjellin një mesazh për ty.
comeback-why-nobody-added = Nuk ke shtuar ende një të rritur që i beson, prandaj mesazhi yt shkon te Runaway Helpline. Ata mund të përcjellin një mesazh për ty.
comeback-send = Dërgo mesazh te { $name }
comeback-send-helpline = Dërgo mesazh te Runaway Helpline
comeback-call = Telefono në vend të kësaj
comeback-safe-title = Nuk je gati të kthehesh?
comeback-safe-explain = Prapë mund t’i thuash dikujt që je në siguri. Kur mban kontakt, njerëzit e dinë që je mirë.
comeback-safe-send = Jam në siguri, por nuk jam gati të kthehem
comeback-call-only = Ky numër nuk merr mesazhe me shkrim. Prek për të telefonuar { $name }.
comeback-message-title = Mesazhi yt
comeback-add-location = Shto ku ndodhem
comeback-remove-location = Hiq ku ndodhem
comeback-location-finding = Po kërkojmë ku ndodhesh…
comeback-location-added = Vendi ku ndodhesh tani është në mesazh. Harbour nuk e mban, por aplikacioni i mesazheve (Messages) në telefonin tënd mban një kopje të asaj që dërgon.
comeback-location-unavailable = Telefoni yt nuk tregoi ku ndodhesh. Mesazhi yt do të shkojë pa të.
comeback-danger = Nëse je në rrezik, telefono 999
comeback-help-now = Nëse të duhet ndihmë tani, telefono 999
comeback-helpline-closed-until = Linja e ndihmës është e mbyllur tani. Hapet në orën { $time }.
comeback-helpline-closed = Linja e ndihmës është e mbyllur tani.
comeback-helpline-unknown = Linja e ndihmës mund të mos përgjigjet tani. Natën mund të jetë e mbyllur deri në mëngjes.
comeback-trace = Aplikacioni i mesazheve (Messages) mban një kopje të asaj që dërgon. Telefoni yt mban një listë të telefonatave të tua.
comeback-manage = Të rriturit që u besoj
comeback-manage-hint = Shto, ndrysho ose hiq njerëzit me të cilët mund të lidhesh
comeback-when-back = Çfarë ndodh kur të kthehem
comeback-staying-safe = Të qëndrosh i sigurt

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Përshëndetje { $name }.
sms-greeting-helpline = Përshëndetje.
sms-body = Dua të kthehem. Mund të më ndihmosh?
sms-body-safe = Jam në siguri, por nuk jam ende gati të kthehem. Dua të mbaj kontakt.
sms-signed = Nga { $name }.
sms-location = Ku ndodhem tani: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Punonjës social
role-personal-adviser = Këshilltar personal (personal adviser)
role-key-worker = Punonjës përgjegjës (key worker)
role-foster-carer = Familje kujdestare (foster carer)
role-support-worker = Punonjës mbështetës (support worker)
role-guardian = Kujdestar ligjor (guardian)
role-emergency-duty-team = Ekipi i urgjencës i këshillit vendor
role-other = Dikush që i besoj
role-your-social-worker = punonjësi yt social
role-your-personal-adviser = këshilltari yt personal
role-your-key-worker = punonjësi yt përgjegjës
role-your-foster-carer = familja jote kujdestare
role-your-support-worker = punonjësi yt mbështetës
role-your-guardian = kujdestari yt ligjor
role-your-emergency-duty-team = ekipi i urgjencës i këshillit vendor
role-your-other = dikush që i beson

## Trusted adults screen

adults-title = Të rriturit që u besoj
adults-intro = Njerëzit me të cilët mund të lidhesh kur do të kthehesh. Kjo listë mbetet në këtë telefon.
adults-empty = Nuk ke shtuar ende askënd.
adults-add = Shto një të rritur që i beson
adults-edit = Ndrysho { $name }
adults-remove = Hiq { $name }
adults-remove-confirm = Ta heqësh { $name } nga të rriturit që u beson?
adults-remove-yes = Po, hiqe
adults-keep = Jo, mbaje
adults-phone = Telefoni: { $number }
adults-hours-any-time = Mund ta kontaktosh në çdo kohë.
adults-out-of-hours-badge = Kontakt jashtë orarit të punës
adults-speaks = Flet: { $languages }
adults-signature-title = Emri yt në mesazhe
adults-signature-hint = Mesazhet e tua mbarojnë me këtë emër. Lëre bosh nëse e preferon.
adults-signature-save = Ruaj emrin tim
adults-saved = U ruajt.

## Trusted adult form

adult-new-title = Shto një të rritur që i beson
adult-edit-title = Ndrysho një të rritur që i beson
adult-name = Emri
adult-role = Kush është
adult-phone = Numri i telefonit
adult-phone-hint = Një numër i Mbretërisë së Bashkuar si 07700 900123, ose një numër nga një vend tjetër që fillon me +.
adult-hours = Kur mund ta kontaktosh (ora e Mbretërisë së Bashkuar)
adult-hours-hint = Lëre bosh nëse mund ta kontaktosh në çdo kohë.
adult-hours-add = Shto orare
adult-hours-remove = Hiq këto orare
adult-hours-from = Nga
adult-hours-to = Deri
adult-hours-days = Ditët
adult-languages = Gjuhët që flet
adult-languages-hint = Mesazhi yt shkruhet së pari në gjuhën e tij, pastaj në gjuhën tënde. Nëse nuk zgjidhet asnjë, përdoret anglishtja.
adult-out-of-hours = Ky është kontakti im jashtë orarit të punës
adult-out-of-hours-hint = Për mbrëmjen, natën dhe fundjavën: për shembull personi që kujdeset për ty, ose ekipi i urgjencës i këshillit vendor. Mund të kesh vetëm një; zgjedhja e këtij personi zëvendëson atë që kishe.
adult-save = Ruaj
adult-cancel = Anulo

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Të lutem shkruaj emrin e tij.
adult-error-name-too-long = Ky emër është shumë i gjatë. Përdor të shumtën { $max } shkronja.
adult-error-phone-empty = Të lutem shkruaj numrin e tij të telefonit.
adult-error-phone-not-a-number = Ky nuk është numër telefoni. Përdor vetëm shifra, hapësira dhe një + në fillim.
adult-error-phone-invalid = Ky numër nuk mund të telefonohet. Të lutem kontrollo shifrat. Një numër celulari në Mbretërinë e Bashkuar ka 11 shifra dhe fillon me 07.
adult-error-phone-costly = Telefonatat drejt këtij numri kushtojnë shumë, ose kalojnë në një telefon tjetër. Harbour nuk mund të ruajë numra të tillë. Një numër celulari në Mbretërinë e Bashkuar fillon me 07, por jo me 070.
hours-error-no-day = Zgjidh të paktën një ditë.
hours-error-time = Shkruaje orën kështu: 09:00.
hours-error-same-time = Ora e fillimit dhe e mbarimit janë të njëjta.
adults-error-save = Nuk u ruajt. Të lutem provo përsëri.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = Çdo ditë
hours-weekdays = E hënë deri të premte
hours-weekend = E shtunë dhe e diel
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour nuk i lexoi dot të rriturit që u beson, që i ke ruajtur, prandaj mesazhi yt shkon te Runaway Helpline. Ata mund të përcjellin një mesazh për ty.
adults-unreadable = Harbour nuk i lexoi dot disa nga të rriturit që u beson, që i ke ruajtur. Kontrollo listën dhe shto përsëri këdo që mungon.
