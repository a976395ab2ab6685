## The asylum process: list, step screen, search and glossary

process-title = Procesi yt i azilit
process-intro = Çfarë ndodh, hap pas hapi. Prek një hap për ta lexuar.
process-home-hint = Çfarë vjen më pas, hap pas hapi
process-rules-changed = Rregullat ndryshuan në 2026 dhe mund të ndryshojnë përsëri. Fjalën e fundit për rastin tënd e ka avokati yt.
process-you-are-here = Ti je këtu
process-mark-here = Unë jam në këtë hap
process-home-current = Ti je te: { $step }
process-what = Çfarë ndodh
process-who = Kush do të jetë aty
process-ask = Çfarë mund të kërkosh
process-next = Çfarë vjen më pas
process-time = Sa kohë mund të zgjasë
process-sources = Nga vjen ky informacion
process-source-verified = Burim zyrtar: { $source }
process-source-secondary = Burim tjetër (jo zyrtar): { $source }
process-reviewed = Kontrolluar për herë të fundit më { $date }.
process-previous = Hapi i mëparshëm
process-following = Hapi tjetër
process-step-number = Hapi { $number }
process-search = Kërko një fjalë nga një letër
process-search-results = Rezultatet
process-search-empty = Nuk u gjet asgjë. Provo një fjalë tjetër, ose pyet punonjësin social ose avokatin se çfarë do të thotë fjala.
process-glossary = Fjalë që mund t’i dëgjosh
process-glossary-intro = Fjalë nga letrat dhe takimet, me gjuhë të thjeshtë.
process-questions = Pyetjet e mia për avokatin ose punonjësin social
process-questions-private = Vetëm ti mund t’i shohësh. Ato mbeten në këtë telefon.
process-question-label = Shkruaj një pyetje
process-question-save = Ruaj pyetjen
process-question-delete = Fshi
process-question-empty = Shkruaj pyetjen tënde më parë.
process-question-too-long = Kjo pyetje është shumë e gjatë. Të lutem mbaje nën { $max } shkronja.
process-question-saved = Pyetja u ruajt.
process-question-none = Ende nuk ka pyetje.

## Step 1: arrival

process-arrival-title = Mbërritja në Mbretërinë e Bashkuar
process-arrival-what = Shumë të rinj mbërrijnë në Kent. Oficerët e Forcës së Kufirit (Border Force) mund të të mbajnë në një vend si Njësia e Pritjes në Kent (Kent Intake Unit) në Dover, ndërsa organizojnë kujdesin për ty. Këshilli vendor (council) duhet të kujdeset për çdo fëmijë që nuk ka këtu prind ose dikë që kujdeset për të.
process-arrival-who = Oficerët e Forcës së Kufirit (Border Force). Thirret një punonjës social nga këshilli vendor.
process-arrival-ask = Një përkthyes. Të trajtohesh si fëmijë.
process-arrival-next = Këshilli vendor kujdeset për ty. Ministria e Brendshme (Home Office) të bën pyetjet e para (intervista e mirëqenies).
process-arrival-time = Mund të zgjasë shumë orë, ndërsa organizohet kujdesi për ty.

## Step 2: welfare interview

process-welfare-interview-title = Intervista e mirëqenies (intervista “e vogël”)
process-welfare-interview-what = Ministria e Brendshme (Home Office) bën pyetje të thjeshta: emrin, datëlindjen, vendin dhe familjen tënde. Mund të pyesin pak pse erdhe dhe si udhëtove. Të marrin foton dhe shenjat e gishtave. Mund të marrësh një formular që quhet SEF.
process-welfare-interview-who = Një punonjës i Ministrisë së Brendshme (Home Office) dhe një përkthyes. Nëse je nën 16 vjeç, vjen edhe punonjësi yt social ose një i rritur tjetër përgjegjës. Në Skoci, një i rritur vjen me këdo nën 18 vjeç.
process-welfare-interview-ask = Një përkthyes. Një përkthyes tjetër nëse nuk e kupton atë që ke.
process-welfare-interview-next = Nëse Ministria e Brendshme mendon se je mbi 18 vjeç, mund të të trajtojë si të rritur. Nëse je fëmijë, thuaje qartë. Kërko një punonjës social dhe një avokat. Mund ta kundërshtosh një vendim për moshën tënde.
process-welfare-interview-time = Bëhet pak pas mbërritjes.

## Step 3: age assessment

process-age-assessment-title = Nëse nuk e besojnë moshën tënde
process-age-assessment-what = Nëse dikush dyshon për moshën tënde, punonjës socialë flasin me ty për ta vendosur atë. Këshilli vendor duhet të vendosë vetë, edhe nëse Ministria e Brendshme (Home Office) mendon se je i rritur. Edhe një ekip kombëtar punonjësish socialë mund ta vendosë moshën tënde.
process-age-assessment-who = Zakonisht dy punonjës socialë, shpesh me një të rritur tjetër që të të mbështesë.
process-age-assessment-ask = Të trajtohesh si fëmijë derisa të vendosin. Ndihmë nga një avokat. Projekti i Mosmarrëveshjeve për Moshën i Këshillit të Refugjatëve (Refugee Council’s Age Dispute Project) mund të ndihmojë nëse besojnë se je nën 18 vjeç.
process-age-assessment-next = Nëse vendosin se je fëmijë, këshilli vendor kujdeset për ty si fëmijë. Nëse vendosin se je i rritur, mund ta kundërshtosh këtë me një avokat. Kërko ndihmë shpejt.
process-age-assessment-time = Nuk ka kohë të caktuar. Pyet punonjësin social ose avokatin.

## Step 4: being looked after

process-looked-after-title = Kujdesi nga këshilli vendor
process-looked-after-what = Këshilli vendor kujdeset për ty. Ti je një “fëmijë nën kujdes” (looked-after child). Merr një punonjës social dhe një vend për të jetuar, si një familje kujdestare. Nëse je 16 ose 17 vjeç, mund të jetë edhe strehim me mbështetje. Këshilli vendor të ndihmon edhe me shëndetin dhe shkollën.
process-looked-after-who = Punonjësi yt social, dhe familja kujdestare ose punonjësi yt përgjegjës (key worker).
process-looked-after-ask = Një mbrojtës (advocate): dikush që flet për ty. Ndihmë për të gjetur një avokat.
process-looked-after-next = Mund të transferohesh në një këshill tjetër (Skema Kombëtare e Transferimit, National Transfer Scheme). Merr një avokat për kërkesën për azil.
process-looked-after-time = Nga dita kur takon këshillin vendor për herë të parë.

## Step 5: National Transfer Scheme

process-transfer-title = Transferimi në një këshill tjetër (National Transfer Scheme)
process-transfer-what = Shumë të rinj mbërrijnë në pak vende, si Kent. Skema Kombëtare e Transferimit (National Transfer Scheme) i çon disa prej tyre te një këshill në një pjesë tjetër të Mbretërisë së Bashkuar, që të gjithë këshillat ta ndajnë kujdesin. Çdo këshill duhet të marrë pjesë.
process-transfer-who = Këshilli ku je tani dhe këshilli ku shkon.
process-transfer-ask = Që interesi yt më i mirë të jetë pjesë kryesore e vendimit. Mund ta pyesësh punonjësin social ku po shkon dhe pse.
process-transfer-next = Këshilli yt i ri kujdeset për ty.
process-transfer-time = Transferimi duhet të bëhet brenda 10 ditëve pune.

## Step 6: getting a lawyer

process-lawyer-title = Marrja e një avokati
process-lawyer-what = Një avokat (përfaqësues ligjor) të ndihmon me kërkesën për azil. Ndihma ligjore falas (legal aid) e paguan avokatin, kështu që ti nuk paguan. Çfarë i thua avokatit është konfidenciale: ai e mban për vete.
process-lawyer-who = Avokati yt, shpesh me një përkthyes.
process-lawyer-ask = Ndihmë nga personi që kujdeset për ty, punonjësi përgjegjës ose punonjësi social për të gjetur një avokat.
process-lawyer-next = Avokati të ndihmon të plotësosh Formularin e Deklaratës së Provave (Statement of Evidence Form, SEF).
process-lawyer-time = Nuk ka kohë të caktuar. Personi që kujdeset për ty, punonjësi përgjegjës ose punonjësi social duhet të të ndihmojnë të gjesh një avokat.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = Formulari i Deklaratës së Provave (SEF)
process-sef-what = SEF është një formular ku shpjegon kush je dhe pse ke nevojë për mbrojtje. Plotësohet në anglisht, gjithmonë me avokatin. Ministria e Brendshme (Home Office) e përdor SEF vetëm për të thënë po. Nëse nuk mund të thotë po, zakonisht të thërret më parë në një intervistë. Në janar 2026 filloi një provë për disa të rinj 16 dhe 17 vjeç me avokat. Nëse ata pranojnë, e kapërcejnë SEF dhe shkojnë drejt në intervistë. Pyet avokatin nëse kjo vlen për ty.
process-sef-who = Avokati yt, dhe një përkthyes nëse të duhet.
process-sef-ask = Ndihmë për të gjetur një avokat nëse nuk ke. Më shumë kohë, nëse të duhet.
process-sef-next = Intervista kryesore (“e madhe”), përveç nëse Ministria e Brendshme mund të vendosë pa të.
process-sef-time = Ministria e Brendshme duhet ta marrë SEF-in tënd brenda 60 ditëve pune nga dita kur kërkove azil. Ditët e punës janë nga e hëna në të premte, por jo festat zyrtare. Pra, kjo është rreth 3 muaj. Avokati yt mund të kërkojë më shumë kohë.

## Step 8: the main interview

process-interview-title = Intervista kryesore (“e madhja”)
process-interview-what = Të rinjtë mbi 12 vjeç zakonisht e kanë këtë intervistë. Të pyesin pse u largove, për udhëtimin, jetën tënde më parë dhe nga çfarë ke frikë.
process-interview-who = Një vendimmarrës i Ministrisë së Brendshme (Home Office), avokati yt, një përkthyes dhe një i rritur përgjegjës (responsible adult): punonjësi social, familja kujdestare ose punonjësi përgjegjës, ose një person tjetër i besuar që zgjedh ti.
process-interview-ask = Një përkthyes burrë ose grua (kërkoja avokatit herët). Një përkthyes tjetër nëse gjuha ose dialekti është i gabuar. Pushime. Të ndalet dhe të vazhdojë një ditë tjetër nëse je shumë i sëmurë.
process-interview-next = Pret vendimin. Nëse mbush 18 vjeç para intervistës, ajo bëhet prapë, me dikë të trajnuar për rastet e fëmijëve.
process-interview-time = Vjen pas SEF.

## Step 9: waiting

process-waiting-title = Pritja e vendimit
process-waiting-what = Ministria e Brendshme (Home Office) merr vendimin. Pritja mund të jetë shumë e vështirë. Avokati mund ta pyesë Ministrinë për vonesat, dhe mund të kontaktohet deputeti yt (MP).
process-waiting-who = Nuk ka takim. Ministria e Brendshme ua dërgon vendimin avokatit dhe punonjësit tënd social.
process-waiting-ask = Kërkoji avokatit ta ndjekë Ministrinë nëse zgjat shumë.
process-waiting-next = Vendimi.
process-waiting-time = Shumë muaj, ndonjëherë vite.

## Step 10: the decision

process-decision-title = Vendimi
process-decision-what = Përgjigjja mund të jetë: statusi i refugjatit (refugee status); mbrojtja humanitare (humanitarian protection); leja për fëmijët e pashoqëruar (UASC leave); një lloj tjetër leje qëndrimi; ose refuzim. Ministria e Brendshme (Home Office) i njofton punonjësin social dhe avokatin.
process-decision-who = Letra shkon te avokati dhe punonjësi yt social. Kërkoju të ta shpjegojnë bashkë me ty.
process-decision-ask = Pyet avokatin çfarë do të thotë vendimi për ty dhe sa zgjat leja jote e qëndrimit.
process-decision-next = Nëse refuzohesh, zakonisht mund të apelosh. UASC leave do të thotë se kërkesa jote për azil u refuzua. Zakonisht mund të apelosh edhe këtë. Ke vetëm 14 ditë, prandaj fol menjëherë me avokatin. Para se të mbarojë UASC leave, duhet të aplikosh përsëri. Takoje avokatin 3 deri në 6 muaj para se të mbarojë.
process-decision-time = UASC leave zgjat 30 muaj, ose derisa të mbushësh 17 vjeç e gjysmë nëse kjo vjen e para. Lejet e tjera mund të jenë më të gjata ose më të shkurtra. Kjo varet nga data kur kërkove azil. Pyet avokatin sa zgjat leja jote.

## Step 11: appeal

process-appeal-title = Apelimi i një refuzimi
process-appeal-what = Nëse Ministria e Brendshme (Home Office) thotë jo, zakonisht mund të apelosh. Atëherë një gjyqtar (Gjykata e Shkallës së Parë, First-tier Tribunal) e shikon përsëri rastin tënd. Nuk të duhet leje për të apeluar. Letra e vendimit tënd thotë nëse mund të apelosh.
process-appeal-who = Një gjyqtar, avokati yt, një i rritur përgjegjës dhe një përkthyes.
process-appeal-ask = Një përkthyes në gjuhën dhe dialektin tënd: formulari i apelit duhet të thotë cilin. Një i rritur përgjegjës me ty në seancë.
process-appeal-next = Nëse gjyqtari thotë jo, mund të jetë e mundur të shkosh në një gjykatë më të lartë (Upper Tribunal). Nëse je mbi 18 vjeç dhe të gjitha apelet e tua dështojnë, këshilli vendor mund të ndalojë një pjesë të ndihmës. Para se ta bëjë këtë, duhet të të tregojë pse, me shkrim.
process-appeal-time = Apeli yt duhet të mbërrijë jo më vonë se 14 ditë pasi u dërgua refuzimi. Tregoji avokatit menjëherë. Vendimi i gjyqtarit zakonisht vjen 3 deri në 4 javë pas seancës.

## Step 12: turning 18 and leaving care

process-turning-18-title = Mbushja e 18 vjetëve dhe largimi nga kujdesi
process-turning-18-what = Nga rreth 16 vjeç, merr një këshilltar personal (personal adviser) dhe një plan rruge (pathway plan): planin tënd për t’u bërë i rritur. Ai zë vendin e planit tënd të kujdesit.
process-turning-18-who = Këshilltari yt personal (personal adviser).
process-turning-18-ask = Një plan rruge që kontrollohet të paktën çdo 6 muaj. Në Angli, ndihmë nga këshilltari personal deri në moshën 25 vjeç. Ndihmë për të marrë këshilla ligjore për statusin tënd të qëndrimit.
process-turning-18-next = Në Angli, këshilli yt vendor duhet të publikojë çfarë u ofron të rinjve që largohen nga kujdesi (“oferta vendore”, local offer).
process-turning-18-time = Plani fillon rreth moshës 16. Në Angli, këshilltari yt personal mund të të ndihmojë deri në 25 vjeç.

## Step 13: National Referral Mechanism

process-nrm-title = Nëse dikush të ka shfrytëzuar (National Referral Mechanism)
process-nrm-what = Mekanizmi Kombëtar i Referimit (National Referral Mechanism, NRM) është mënyra si Mbretëria e Bashkuar gjen dhe mbron njerëzit që janë trafikuar ose shfrytëzuar: të detyruar të punojnë, të bëjnë krime, ose të dëmtuar në mënyra të tjera. Kushdo nën 18 vjeç duhet të referohet. Fëmijët nuk kanë nevojë të pranojnë.
process-nrm-who = Një “reagues i parë” (first responder), si policia, këshilli vendor, ose një organizatë bamirëse si Barnardo’s, NSPCC ose Këshilli i Refugjatëve (Refugee Council).
process-nrm-ask = Një kujdestar (guardian): dikush që është në anën tënde dhe të jep këshilla. Në shumë zona të Anglisë dhe Uellsit, ky është një Kujdestar i Pavarur për Fëmijët e Trafikuar (Independent Child Trafficking Guardian). Në Skoci, çdo fëmijë që mbërrin vetëm merr një kujdestar nga Guardianship Scotland. Në Irlandën e Veriut, ndihmon Shërbimi i Pavarur i Kujdestarisë (Independent Guardian Service).
process-nrm-next = Së pari një vendim për “arsye të mjaftueshme” (reasonable grounds), pastaj një vendim për “arsye përfundimtare” (conclusive grounds). Nëse mbush 18 vjeç para vendimit përfundimtar, mund të thuash, me gojë ose me shkrim, se do të mbetesh në NRM.
process-nrm-time = Vendimi i parë zgjat rreth 5 ditë pune kur është e mundur. Vendimi përfundimtar vjen pas të paktën 30 ditësh; nuk ka kohë të caktuar.

## Glossary

glossary-home-office-term = Home Office (Ministria e Brendshme)
glossary-home-office-meaning = Pjesa e qeverisë së Mbretërisë së Bashkuar që vendos për kërkesat për azil.
glossary-sef-term = SEF (Formulari i Deklaratës së Provave, Statement of Evidence Form)
glossary-sef-meaning = Formulari ku shpjegon me avokatin kush je dhe pse ke nevojë për mbrojtje.
glossary-interview-term = Substantive interview (intervista kryesore)
glossary-interview-meaning = Intervista kryesore (“e madhja”) e azilit, ku shpjegon pse ke nevojë për mbrojtje.
glossary-responsible-adult-term = Responsible adult (i rritur përgjegjës)
glossary-responsible-adult-meaning = Një i rritur që vjen me ty në intervista për të të mbështetur, si punonjësi social ose punonjësi përgjegjës.
glossary-legal-aid-term = Legal aid (ndihma ligjore falas)
glossary-legal-aid-meaning = Para nga qeveria që paguajnë avokatin tënd, kështu që ti nuk paguan.
glossary-looked-after-term = Looked-after child (fëmijë nën kujdes)
glossary-looked-after-meaning = Një fëmijë për të cilin kujdeset këshilli vendor, me një punonjës social dhe një vend për të jetuar.
glossary-refugee-status-term = Refugee status (statusi i refugjatit)
glossary-refugee-status-meaning = Një po për kërkesën tënde për azil: Mbretëria e Bashkuar pranon se ke nevojë për mbrojtje.
glossary-humanitarian-protection-term = Humanitarian protection (mbrojtja humanitare)
glossary-humanitarian-protection-meaning = Leje për të qëndruar sepse do të përballeshe me dëm serioz nëse kthehesh.
glossary-uasc-leave-term = UASC leave (leja për fëmijët e pashoqëruar)
glossary-uasc-leave-meaning = Leje e shkurtër qëndrimi për një fëmijë kërkesa e të cilit për azil u refuzua. Zakonisht mund ta apelosh refuzimin. Ke vetëm 14 ditë, prandaj fol menjëherë me avokatin. Duhet të aplikosh përsëri para se të mbarojë UASC leave.
glossary-tribunal-term = Tribunal (gjykata)
glossary-tribunal-meaning = Një gjykatë ku një gjyqtar e shikon përsëri rastin tënd pas një refuzimi.
glossary-pathway-plan-term = Pathway plan (plani i rrugës)
glossary-pathway-plan-meaning = Plani yt për t’u bërë i rritur dhe për t’u larguar nga kujdesi, i bërë me këshilltarin personal.
glossary-personal-adviser-term = Personal adviser (këshilltar personal)
glossary-personal-adviser-meaning = Personi që të ndihmon kur largohesh nga kujdesi. Në Angli, mund të të ndihmojë deri në moshën 25 vjeç.
glossary-nrm-term = NRM (Mekanizmi Kombëtar i Referimit, National Referral Mechanism)
glossary-nrm-meaning = Mënyra e Mbretërisë së Bashkuar për të gjetur dhe mbrojtur njerëzit që janë trafikuar ose shfrytëzuar.
