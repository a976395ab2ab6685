## The asylum process: list, step screen, search and glossary

process-title = Habka magangalyadaada
process-intro = Waxa dhacaya, tallaabo tallaabo. Taabo tallaabo si aad u akhrido.
process-home-hint = Waxa xiga, tallaabo tallaabo
process-rules-changed = Xeerarku way isbeddeleen 2026, waana isbeddeli karaan mar kale. Erayga ugu dambeeya ee kiiskaaga waxaa leh qareenkaaga.
process-you-are-here = Halkan ayaad joogtaa
process-mark-here = Waxaan joogaa tallaabadan
process-home-current = Waxaad joogtaa: { $step }
process-what = Waxa dhacaya
process-who = Cidda joogi doonta
process-ask = Waxa aad codsan karto
process-next = Waxa xiga
process-time = Inta ay qaadan karto
process-sources = Meesha macluumaadkan ka yimid
process-source-verified = Il rasmi ah: { $source }
process-source-secondary = Il kale (aan rasmi ahayn): { $source }
process-reviewed = Waxaa ugu dambaysay la hubiyay { $date }.
process-previous = Tallaabadii hore
process-following = Tallaabada xigta
process-step-number = Tallaabada { $number }
process-search = Raadi eray ka mid ah warqad
process-search-results = Natiijooyinka
process-search-empty = Waxba lama helin. Isku day eray kale, ama weydii shaqaalahaaga bulshada ama qareenkaaga macnaha erayga.
process-glossary = Erayo aad maqli karto
process-glossary-intro = Erayo ka yimid warqadaha iyo shirarka, luqad fudud.
process-questions = Su'aalahayga qareenka ama shaqaalaha bulshada
process-questions-private = Adiga keliya ayaa arki kara. Waxay ku jiraan telefoonkan.
process-question-label = Qor su'aal
process-question-save = Kaydi su'aasha
process-question-delete = Tirtir
process-question-empty = Marka hore qor su'aashaada.
process-question-too-long = Su'aashani aad bay u dheer tahay. Fadlan ka dhig wax ka yar { $max } xaraf.
process-question-saved = Su'aasha waa la kaydiyay.
process-question-none = Weli su'aal ma jirto.

## Step 1: arrival

process-arrival-title = Imaanshaha Boqortooyada Ingiriiska (UK)
process-arrival-what = Dhallinyaro badan waxay yimaadaan Kent. Saraakiisha Ilaalada Xuduudaha (Border Force) waxay kaa hayn karaan meel sida Xarunta Qaabilaadda Kent (Kent Intake Unit) ee Dover inta ay diyaarinayaan cidda ku daryeeli doonta. Golaha deegaanka (council) waa inuu daryeelaa ilmo kasta oo aan halkan ku lahayn waalid ama daryeele.
process-arrival-who = Saraakiisha Ilaalada Xuduudaha (Border Force). Shaqaale bulsho oo ka socda golaha deegaanka ayaa loo yeeraa.
process-arrival-ask = Turjubaan. In laguula dhaqmo sidii ilmo.
process-arrival-next = Golaha deegaanka ayaa ku daryeela. Wasaaradda Arrimaha Gudaha (Home Office) waxay ku weydiisaa su'aalaheeda ugu horreeya (wareysiga daryeelka).
process-arrival-time = Waxay qaadan kartaa saacado badan, inta daryeelkaaga la diyaarinayo.

## Step 2: welfare interview

process-welfare-interview-title = Wareysiga daryeelka (wareysiga “yar”)
process-welfare-interview-what = Wasaaradda Arrimaha Gudaha (Home Office) waxay weydiisaa su'aalo fudud: magacaaga, taariikhda dhalashadaada, dalkaaga iyo qoyskaaga. Waxay xoogaa ku weydiin karaan sababta aad u timid iyo sida aad u safartay. Waxay qaadaan sawirkaaga iyo raadka farahaaga (fingerprints). Waxaa laga yaabaa inaad hesho foom la yiraahdo SEF.
process-welfare-interview-who = Shaqaale ka tirsan Wasaaradda Arrimaha Gudaha (Home Office) iyo turjubaan. Haddii aad ka yar tahay 16, shaqaalahaaga bulshada ama qof kale oo weyn oo mas'uul ah ayaa sidoo kale imanaya. Scotland, qof weyn ayaa la yimaada qof kasta oo ka yar 18.
process-welfare-interview-ask = Turjubaan. Turjubaan kale haddii aadan fahmin kan jooga.
process-welfare-interview-next = Haddii Wasaaradda Arrimaha Gudaha ay u malaynayso inaad ka weyn tahay 18, waxaa laga yaabaa inay kuula dhaqanto sidii qof weyn. Haddii aad ilmo tahay, si cad u sheeg. Codso shaqaale bulsho iyo qareen. Waxaad ka doodi kartaa go'aan ku saabsan da'daada.
process-welfare-interview-time = Waxay dhacdaa wax yar kadib markaad timaaddo.

## Step 3: age assessment

process-age-assessment-title = Haddii aanay rumaysan da'daada
process-age-assessment-what = Haddii qof ka shakiyo da'daada, shaqaalaha bulshada ayaa kula hadla si ay u go'aamiyaan da'daada. Golaha deegaanka waa inuu isagu go'aan gaaro, xitaa haddii Wasaaradda Arrimaha Gudaha (Home Office) ay u malaynayso inaad qof weyn tahay. Koox qaran oo shaqaale bulsho ah ayaa sidoo kale go'aamin karta da'daada.
process-age-assessment-who = Badanaa laba shaqaale bulsho, inta badan qof kale oo weyn oo ku taageera.
process-age-assessment-ask = In laguula dhaqmo sidii ilmo inta ay go'aaminayaan. Caawimaad qareen. Mashruuca Muranka Da'da ee Golaha Qaxootiga (Refugee Council’s Age Dispute Project) ayaa ku caawin kara haddii ay rumaysan yihiin inaad ka yar tahay 18.
process-age-assessment-next = Haddii ay go'aamiyaan inaad ilmo tahay, golaha deegaanka ayaa kuu daryeela sidii ilmo. Haddii ay go'aamiyaan inaad qof weyn tahay, waxaad taas ka doodi kartaa adigoo qareen la shaqaynaya. Si degdeg ah caawimaad u codso.
process-age-assessment-time = Ma jiro wakhti go'an. Weydii shaqaalahaaga bulshada ama qareenkaaga.

## Step 4: being looked after

process-looked-after-title = Daryeelka golaha deegaanka
process-looked-after-what = Golaha deegaanka ayaa ku daryeela. Waxaad tahay “ilmo daryeel ku jira” (looked-after child). Waxaad helaysaa shaqaale bulsho iyo meel aad ku noolaato, sida qoys kafaala qaada. Haddii aad tahay 16 ama 17 jir, waxay sidoo kale noqon kartaa guri taageero leh (supported housing). Golaha deegaanka ayaa sidoo kale kaa caawiya caafimaadka iyo dugsiga.
process-looked-after-who = Shaqaalahaaga bulshada, iyo qoyska ku kafaala qaaday ama shaqaalahaaga masuulka ah (key worker).
process-looked-after-ask = U-doode (advocate): qof adiga kuu hadla. Caawimaad aad ku hesho qareen.
process-looked-after-next = Waxaa laga yaabaa inaad u guurto gole deegaan oo kale (Barnaamijka Wareejinta Qaranka, National Transfer Scheme). Waxaad heleysaa qareen codsigaaga magangalyada.
process-looked-after-time = Laga bilaabo maalinta aad markii ugu horreysay la kulanto golaha deegaanka.

## Step 5: National Transfer Scheme

process-transfer-title = U guurista gole kale (National Transfer Scheme)
process-transfer-what = Dhallinyaro badan waxay yimaadaan meelo yar, sida Kent. Barnaamijka Wareejinta Qaranka (National Transfer Scheme) wuxuu qaar ka mid ah u wareejiyaa gole ku yaal qayb kale oo UK ah, si dhammaan goleyaashu u wadaagaan daryeelka. Gole kastaa waa inuu ka qayb qaataa.
process-transfer-who = Golaha aad hadda joogto iyo golaha aad u guurayso.
process-transfer-ask = In danahaaga ugu wanaagsan ay noqdaan qayb muhiim ah oo go'aanka ka mid ah. Waxaad weydiin kartaa shaqaalahaaga bulshada meesha aad u socoto iyo sababta.
process-transfer-next = Golahaaga cusub ayaa ku daryeela.
process-transfer-time = Wareejintu waa inay dhacdaa muddo 10 maalmood oo shaqo gudahood ah.

## Step 6: getting a lawyer

process-lawyer-title = Helitaanka qareen
process-lawyer-what = Qareen (wakiil sharci) ayaa kaa caawiya codsigaaga magangalyada. Gargaarka sharciga ee bilaashka ah (legal aid) ayaa qareenka bixiya, sidaas darteed adigu waxba ma bixiso. Waxa aad u sheegto qareenkaaga waa sir: isaga ayaa haya.
process-lawyer-who = Qareenkaaga, inta badan turjubaan la socda.
process-lawyer-ask = Caawimaad daryeelahaaga, shaqaalahaaga masuulka ah ama shaqaalahaaga bulshada si aad u hesho qareen.
process-lawyer-next = Qareenkaagu wuxuu kaa caawiyaa buuxinta Foomka Bayaanka Caddaynta (Statement of Evidence Form, SEF).
process-lawyer-time = Ma jiro wakhti go'an. Daryeelahaaga, shaqaalahaaga masuulka ah ama shaqaalahaaga bulshada waa inay kaa caawiyaan helitaanka qareen.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = Foomka Bayaanka Caddaynta (SEF)
process-sef-what = SEF waa foom aad ku sharaxdo cidda aad tahay iyo sababta aad ilaalin ugu baahan tahay. Waxaa lagu buuxiyaa Ingiriisi, mar walba qareenkaaga la jira. Wasaaradda Arrimaha Gudaha (Home Office) waxay SEF u isticmaashaa oo keliya inay haa tiraahdo. Haddii aanay haa odhan karin, badanaa marka hore waxay kuugu yeertaa wareysi. Janaayo 2026 waxaa bilaabmay tijaabo loogu talagalay qaar ka mid ah dhallinyarada 16 iyo 17 jirka ah ee qareen leh. Haddii ay ogolaadaan, way ka boodaan SEF oo toos ayay u aadaan wareysiga. Weydii qareenkaaga haddii tani adiga ku khusayso.
process-sef-who = Qareenkaaga, iyo turjubaan haddii aad u baahan tahay.
process-sef-ask = Caawimaad aad ku hesho qareen haddii aadan haysan. Wakhti dheeraad ah, haddii aad u baahan tahay.
process-sef-next = Wareysiga ugu muhiimsan (“weyn”), haddii aanay Wasaaradda Arrimaha Gudaha go'aan ku gaari karin la'aantiis.
process-sef-time = SEF-kaagu waa inuu gaaraa Wasaaradda Arrimaha Gudaha muddo 60 maalmood oo shaqo gudahood ah, laga bilaabo maalinta aad codsatay magangalyada. Maalmaha shaqadu waa Isniin ilaa Jimce, laakiin ma aha fasaxyada dadweynaha. Markaa tani waa qiyaastii 3 bilood. Qareenkaagu wuxuu codsan karaa wakhti dheeraad ah.

## Step 8: the main interview

process-interview-title = Wareysiga ugu muhiimsan (“weyn”)
process-interview-what = Dhallinyarada ka weyn 12 sano badanaa waxay galaan wareysigan. Waxay ku weydiiyaan sababta aad uga timid, safarkaaga, noloshaadii hore, iyo waxa aad ka baqayso.
process-interview-who = Go'aan-qaade ka tirsan Wasaaradda Arrimaha Gudaha (Home Office), qareenkaaga, turjubaan iyo qof weyn oo mas'uul ah (responsible adult): shaqaalahaaga bulshada, qoyska ku kafaala qaaday ama shaqaalahaaga masuulka ah, ama qof kale oo aad aamminto oo aad adigu doorato.
process-interview-ask = Turjubaan lab ama dheddig ah (hore uga codso qareenkaaga). Turjubaan kale haddii luqadda ama lahjaddu khaldan tahay. Nasasho. In la joojiyo oo maalin kale la sii wado haddii aad aad u jiran tahay.
process-interview-next = Waxaad sugaysaa go'aanka. Haddii aad gaarto 18 ka hor wareysiga, weli wuu dhacayaa, iyadoo uu qaado qof loo tababaray kiisaska carruurta.
process-interview-time = Wuxuu yimaadaa SEF kadib.

## Step 9: waiting

process-waiting-title = Sugidda go'aanka
process-waiting-what = Wasaaradda Arrimaha Gudaha (Home Office) ayaa go'aanka gaarta. Sugiddu aad bay u adkaan kartaa. Qareenkaagu wuxuu wasaaradda weydiin karaa dib-u-dhaca, waxaana la xiriiri karaa xildhibaankaaga (MP).
process-waiting-who = Ma jiro shir. Wasaaradda Arrimaha Gudaha waxay go'aanka u dirtaa qareenkaaga iyo shaqaalahaaga bulshada.
process-waiting-ask = Haddii ay wakhti dheer qaadato, ka codso qareenkaaga inuu la xiriiro Wasaaradda Arrimaha Gudaha oo weydiiyo sababta ay u daahday.
process-waiting-next = Go'aanka.
process-waiting-time = Bilo badan, mararka qaarkood sannado.

## Step 10: the decision

process-decision-title = Go'aanka
process-decision-what = Jawaabtu waxay noqon kartaa: xaaladda qaxootinimo (refugee status); ilaalinta bini'aadantinimo (humanitarian protection); ogolaanshaha carruurta aan la socon qof (UASC leave); nooc kale oo ogolaansho joogitaan ah; ama diidmo. Wasaaradda Arrimaha Gudaha (Home Office) waxay u sheegtaa shaqaalahaaga bulshada iyo qareenkaaga.
process-decision-who = Warqaddu waxay u socotaa qareenkaaga iyo shaqaalahaaga bulshada. Ka codso inay kuula sharxaan.
process-decision-ask = Weydii qareenkaaga waxa go'aanku kuu macno yahay iyo inta uu socdo ogolaanshahaaga joogitaanku.
process-decision-next = Haddii lagaa diido, badanaa waad racfaan qaadan kartaa. UASC leave waxay ka dhigan tahay in codsigaaga magangalyada la diiday. Tan sidoo kale badanaa waad ka racfaan qaadan kartaa. Waxaad haysataa 14 maalmood oo keliya, markaa isla markiiba la hadal qareenkaaga. Ka hor inta uusan UASC leave-kaagu dhammaan, waa inaad dib u codsato. La kulan qareen 3 ilaa 6 bilood ka hor inta uusan dhammaan.
process-decision-time = UASC leave wuxuu socdaa 30 bilood, ama ilaa aad ka gaarto 17 sano iyo badh haddii taasi hore u timaaddo. Ogolaansho kale wuu ka dheeraan karaa ama ka gaabnaan karaa. Waxay ku xiran tahay taariikhda aad codsatay magangalyada. Weydii qareenkaaga inta uu socdo kaagu.

## Step 11: appeal

process-appeal-title = Racfaanka diidmada
process-appeal-what = Haddii Wasaaradda Arrimaha Gudaha (Home Office) ay tiraahdo maya, badanaa waad racfaan qaadan kartaa. Kadib garsoore (Maxkamadda Heerka Koowaad, First-tier Tribunal) ayaa dib u eega kiiskaaga. Uma baahnid ogolaansho si aad racfaan u qaadato. Warqadda go'aankaagu waxay sheegaysaa haddii aad racfaan qaadan karto.
process-appeal-who = Garsoore, qareenkaaga, qof weyn oo mas'uul ah iyo turjubaan.
process-appeal-ask = Turjubaan ku hadla luqaddaada iyo lahjaddaada: foomka racfaankaagu waa inuu sheegaa midka. Qof weyn oo mas'uul ah oo kula jooga dhageysiga.
process-appeal-next = Haddii garsooruhu yiraahdo maya, waxaa laga yaabaa inay suurtagal tahay in loo gudbo maxkamad ka sarreysa (Upper Tribunal). Haddii aad ka weyn tahay 18 oo racfaannadaada oo dhami ay fashilmaan, golaha deegaanka ayaa joojin kara caawimaad qaar. Ka hor intaanu joojin, waa inuu kuu sheegaa sababta, oo qoran.
process-appeal-time = Racfaankaagu waa inuu yimaadaa ugu dambayn 14 maalmood kadib marka diidmada la diro. Isla markiiba u sheeg qareenkaaga. Go'aanka garsooraha badanaa wuxuu yimaadaa 3 ilaa 4 toddobaad kadib dhageysiga.

## Step 12: turning 18 and leaving care

process-turning-18-title = Gaaridda 18 iyo ka bixidda daryeelka
process-turning-18-what = Laga bilaabo qiyaastii 16 jir, waxaad helaysaa la-taliye shakhsi ah (personal adviser) iyo qorshe waddo (pathway plan): qorshahaaga aad ku noqonayso qof weyn. Wuxuu beddelaa qorshahaaga daryeelka.
process-turning-18-who = La-taliyahaaga shakhsiga ah (personal adviser).
process-turning-18-ask = Qorshe waddo oo la hubiyo ugu yaraan 6 biloodba mar. England gudaheeda, caawimaad la-taliyahaaga shakhsiga ah ilaa aad ka gaarto 25. Caawimaad aad ku hesho talo sharci oo ku saabsan xaaladdaada socdaalka.
process-turning-18-next = England gudaheeda, golaha deegaankaagu waa inuu daabacaa waxa uu siiyo dhallinyarada ka baxaysa daryeelka (“dalabka deegaanka”, local offer).
process-turning-18-time = Qorshuhu wuxuu bilaabmaa qiyaastii 16 jir. England gudaheeda, la-taliyahaaga shakhsiga ahi wuu ku caawin karaa ilaa 25 jir.

## Step 13: National Referral Mechanism

process-nrm-title = Haddii qof ku dhiig-miiray (National Referral Mechanism)
process-nrm-what = Habka Gudbinta Qaranka (National Referral Mechanism, NRM) waa sida UK u hesho oo u ilaaliso dadka la kala iibsaday ama la dhiig-miiray: lagu qasbay inay shaqeeyaan, dembi galaan, ama siyaabo kale loo waxyeeleeyay. Qof kasta oo ka yar 18 waa in la gudbiyaa. Carruurtu uma baahna inay ogolaadaan.
process-nrm-who = “Jawaab-bixiye koowaad” (first responder), sida booliska, golaha deegaanka, ama hay'ad samafal sida Barnardo’s, NSPCC ama Golaha Qaxootiga (Refugee Council).
process-nrm-ask = Ilaaliye (guardian): qof adiga garab taagan oo ku siiya talo. Meelo badan oo England iyo Wales ah, kani waa Ilaaliye Madax-bannaan oo loogu talagalay carruurta la kala iibsaday (Independent Child Trafficking Guardian). Scotland, ilmo kasta oo kaligiis yimaada wuxuu ilaaliye ka helaa Guardianship Scotland. Northern Ireland, Independent Guardian Service ayaa caawisa.
process-nrm-next = Marka hore go'aanka “sababo macquul ah” (reasonable grounds), kadib go'aanka “sababo kama dambays ah” (conclusive grounds). Haddii aad gaarto 18 ka hor go'aanka kama dambaysta ah, waxaad odhan kartaa, af ahaan ama qoraal ahaan, inaad rabto inaad ku sii jirto NRM.
process-nrm-time = Go'aanka koowaad wuxuu qaataa qiyaastii 5 maalmood oo shaqo haddii ay suurtagal tahay. Go'aanka kama dambaysta ahi wuxuu yimaadaa ugu yaraan 30 maalmood kadib; ma jiro wakhti go'an.

## Glossary

glossary-home-office-term = Home Office (Wasaaradda Arrimaha Gudaha)
glossary-home-office-meaning = Qaybta dowladda UK ee go'aamisa codsiyada magangalyada.
glossary-sef-term = SEF (Foomka Bayaanka Caddaynta, Statement of Evidence Form)
glossary-sef-meaning = Foomka aad qareenkaaga kula sharxdo cidda aad tahay iyo sababta aad ilaalin ugu baahan tahay.
glossary-interview-term = Substantive interview (wareysiga ugu muhiimsan)
glossary-interview-meaning = Wareysiga magangalyada ee ugu muhiimsan (“weyn”), kaas oo aad ku sharaxdo sababta aad ilaalin ugu baahan tahay.
glossary-responsible-adult-term = Responsible adult (qof weyn oo mas'uul ah)
glossary-responsible-adult-meaning = Qof weyn oo kula yimaada wareysiyada si uu kuu taageero, sida shaqaalahaaga bulshada ama shaqaalahaaga masuulka ah.
glossary-legal-aid-term = Legal aid (gargaar sharci oo bilaash ah)
glossary-legal-aid-meaning = Lacag dowladda ka timaadda oo bixisa qareenkaaga, sidaas darteed adigu waxba ma bixiso.
glossary-looked-after-term = Looked-after child (ilmo daryeel ku jira)
glossary-looked-after-meaning = Ilmo uu golaha deegaanku daryeelo, leh shaqaale bulsho iyo meel uu ku noolaado.
glossary-refugee-status-term = Refugee status (xaaladda qaxootinimo)
glossary-refugee-status-meaning = Haa codsigaaga magangalyada: UK waxay aqbashaa inaad ilaalin u baahan tahay.
glossary-humanitarian-protection-term = Humanitarian protection (ilaalinta bini'aadantinimo)
glossary-humanitarian-protection-meaning = Ogolaansho joogitaan sababtoo ah waxaad la kulmi lahayd waxyeello culus haddii aad dib u noqoto.
glossary-uasc-leave-term = UASC leave (ogolaanshaha carruurta aan la socon qof)
glossary-uasc-leave-meaning = Ogolaansho joogitaan oo gaaban oo loogu talagalay ilmo codsigiisa magangalyada la diiday. Badanaa waad ka racfaan qaadan kartaa diidmada. Waxaad haysataa 14 maalmood oo keliya, markaa isla markiiba la hadal qareenkaaga. Waa inaad dib u codsato ka hor inta uusan UASC leave dhammaan.
glossary-tribunal-term = Tribunal (maxkamad)
glossary-tribunal-meaning = Maxkamad uu garsoore dib ugu eego kiiskaaga kadib diidmo.
glossary-pathway-plan-term = Pathway plan (qorshe waddo)
glossary-pathway-plan-meaning = Qorshahaaga aad ku noqonayso qof weyn oo aad uga baxayso daryeelka, oo lala sameeyo la-taliyahaaga shakhsiga ah.
glossary-personal-adviser-term = Personal adviser (la-taliye shakhsi ah)
glossary-personal-adviser-meaning = Qofka ku caawiya markaad ka baxdo daryeelka. England gudaheeda, wuu ku caawin karaa ilaa aad ka gaarto 25.
glossary-nrm-term = NRM (Habka Gudbinta Qaranka, National Referral Mechanism)
glossary-nrm-meaning = Habka UK ay ku hesho oo ku ilaaliso dadka la kala iibsaday ama la dhiig-miiray.
