## Help numbers screen

numbers-title = Numrat e ndihmës
numbers-intro = Prek një numër për të telefonuar. Nëse ti je në rrezik tani, ose dikush tjetër është në rrezik, telefono 999.
numbers-trace = Telefoni yt mban një listë të numrave që telefonon.
numbers-helplines = Linjat e ndihmës
numbers-call = Telefono
numbers-text = Dërgo mesazh
numbers-badges = Çfarë ofron kjo linjë
numbers-badge-free = Falas
numbers-badge-always-open = 24 orë, çdo ditë
numbers-badge-text = Mund të dërgosh mesazh (SMS)
numbers-badge-interpreters = Përkthyes për gjuhë të tjera
numbers-source-verified = Burimi (zyrtar): { $source }
numbers-source-secondary = Burimi: { $source }
numbers-reviewed = Këta numra u kontrolluan për herë të fundit më { $date }.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Nëse nuk mund të flasësh në telefon
numbers-silent-step-call = Telefono { $number }.
numbers-silent-step-sound = Kur dikush përgjigjet, nëse nuk mund të flasësh, kollitu ose trokit te telefoni.
numbers-silent-step-press = Kur një zë i regjistruar të kërkon, shtyp { $code }. Kjo funksionon vetëm nga një telefon celular. Të lidh me policinë. Nëse nuk bën asgjë, telefonata mund të mbyllet.
numbers-silent-step-questions = Policia do të bëjë pyetje që mund t’u përgjigjesh me po ose jo. Nëse mundesh, përgjigju me pëshpëritje.
numbers-silent-location = Shtypja e { $code } nuk i tregon policisë ku je. Por telefoni yt mund ta dërgojë vetë vendin ku je. Nëse mundesh, thuaju ku je, qoftë edhe me pëshpëritje.

## Each line

numbers-emergency-name = Urgjenca: policia, zjarrfikësit, ambulanca
numbers-emergency-about = Telefono kur dikush është në rrezik ose i plagosur rëndë tani. Telefoni yt duhet të ketë kartë SIM, por nuk të duhet kredit. Punon edhe kur telefoni yt është i kyçur. Nëse të duhet gjuha jote, thuaj emrin e saj në anglisht, për shembull “Albanian”. Pastaj qëndro në linjë.
numbers-emergency-112-name = Urgjenca (112)
numbers-emergency-112-about = Njësoj si 999. Punon edhe në vende të tjera.
numbers-runaway-name = Linja e ndihmës Runaway Helpline
numbers-runaway-about = Nëse ke ikur, ose dikush po të detyron të qëndrosh larg. Të dëgjojnë dhe mund të çojnë një mesazh në shtëpi për ty. Mesazheve u përgjigjen në anglisht. Natën mund të jenë të mbyllur. Nëse të duhet ndihmë tani, telefono 999.
numbers-childline-name = Linja e ndihmës për të rinjtë (Childline)
numbers-childline-about = Për këdo nën 19 vjeç, për çdo gjë që të shqetëson. Telefonata nuk duket në faturën e telefonit. Por duket në listën e telefonatave në telefonin tënd.
numbers-modern-slavery-name = Linja e ndihmës për skllavërinë moderne dhe shfrytëzimin (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Nëse dikush po të detyron të punosh, të bësh krime ose të bësh gjëra që nuk i do.
numbers-samaritans-name = Linja që të dëgjon dhe të mbështet (Samaritans)
numbers-samaritans-about = Nëse ndihesh shumë i trishtuar, i vetmuar ose do të lëndosh veten. Mund të telefonosh edhe pa kredit.
numbers-nhs-111-name = Linja e shëndetësisë (NHS 111)
numbers-nhs-111-about = Kur je i sëmurë ose i shqetësuar për shëndetin, dhe nuk është urgjencë. Telefonata është falas. Për të pasur një përkthyes, thuaj emrin e gjuhës tënde në anglisht. Zgjidh opsionin e shëndetit mendor nëse ndihesh shumë keq në mendje.
numbers-police-101-name = Policia (jo urgjencë)
numbers-police-101-about = Për të folur me policinë kur askush nuk është në rrezik tani. Telefonata është falas. Policia mund të gjejë një përkthyes.
numbers-coram-voice-name = Linja për të gjetur një mbrojtës (Coram Voice – Always Heard)
numbers-coram-voice-about = Për fëmijët nën kujdesin e këshillit vendor në Angli. Mund të të ndihmojnë të gjesh një mbrojtës (advocate): dikë që është vetëm në anën tënde. Një mbrojtës të ndihmon të thuash çfarë do. Hapur nga e hëna në të premte, nga ora 9:30 deri në 18:00. Në orë të tjera, mund të lësh një mesazh.
