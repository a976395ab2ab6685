## "When I come back" card

card-return-title = Marka aad soo laabato
card-return-intro = Maqnaanshuhu dembi ma aha. Dadku waxay rabaan inay ogaadaan inaad badbaadsan tahay.
card-return-safe-well = Booliisku waxay rabaan inay ku arkaan, si ay u hubiyaan inaad badbaadsan tahay oo aad fiican tahay. Tan waxaa la yiraahdaa «safe and well check».
card-return-interview = Waxaa laguu soo bandhigi doonaa inaad la hadasho qof aan ka mid ahayn dadka ku daryeela. Tan waxaa la yiraahdaa «return interview» (wareysiga soo laabashada). Scotland waxaa loo yaqaan «return discussion». Waa inuu dhacaa 72 saacadood (3 maalmood) gudahood marka aad soo laabato. Waxaad codsan kartaa turjubaan.
card-return-why = Wareysiga soo laabashada waxaad ku sheegi kartaa sababta aad u tagtay, iyo waxa kaa caawin lahaa inaad dareento badbaado.
card-return-decline = Waad diidi kartaa wareysiga soo laabashada.
card-return-info = Waa in laguu sheegaa sida aad u ahaan lahayd mid badbaadsan haddii aad mar kale tagto, iyo lambarrada khadadka caawimaadda ee aad wici karto.

## "Staying safe" card

card-safe-title = Ahaanshaha mid badbaadsan
card-safe-signs-title = Sida ay u ekaan karto dhiig-miirashadu (exploitation)
card-safe-signs-what = Dhiig-miirashadu waxay ka dhigan tahay in qof ku isticmaalo si uu naftiisa lacag ama awood ugu helo. Waxaa laga yaabaa inuu ku khiyaameeyo, ku cabsi geliyo ama ku qasbo.
card-safe-sign-debt = Qof ayaa yiraahda lacag ayaad ku leedahay, tusaale ahaan safarkaaga, taleefan ama cunto, oo kuu sheega inaad shaqeyso si aad u bixiso.
card-safe-sign-keeping = Qof ayaa haya waraaqahaaga, lacagtaada ama taleefankaaga.
card-safe-sign-moved = Waxaa lagu raraa meel ilaa meel kale, ama waxaa lagu geeyaa magaalooyin kale.
card-safe-sign-distrust = Qof ayaa kuu sheega in booliisku ama shaqaalahaaga bulshadu ku dhibi doonaan oo aan la aamini karin.
card-safe-sign-drugs = Qof ayaa kugu qasba inaad iibiso daroogo (drugs), ama inaad u qaaddo daroogo ama lacag.
card-safe-sign-grow = Qof ayaa kugu qasba inaad daryeesho geedo xashiish (cannabis) ah oo guri ku jira, oo aadan ka bixi karin. Xashiishku waa daroogo.
card-safe-sign-sexual = Qof ayaa kugu qasba inaad samayso waxyaabo galmo ah. Waxaa laga yaabaa inay ku siiyaan lacag, hadiyado, daroogo ama meel aad seexato. Tani waxay ku dhacdaa wiilasha sidoo kale.
card-safe-contact-title = Qof ayaa rabo inaad u tagto
card-safe-contact-arrive = Qof ayaa kuu sheegay inaad wacdo ama fariin u dirto marka aad halkan timaado. Waxaa laga yaabaa inuu rabo inuu kaa fogeeyo dadka ku daryeela.
card-safe-contact-offer = Qof ayaa kuu soo bandhiga shaqo, tigidh ama meel aad ku hoyato magaalo kale. Waxay u ekaan kartaa wax fiican, laakiin waxay noqon kartaa dabin.
card-safe-contact-talk = Intaadan tagin, la hadal shaqaalahaaga bulshada ama qof kale oo weyn oo aad aaminto. Eed kuma lihid in qof ku weydiiyay.
card-safe-online-title = Dadka aad internetka ku barato
card-safe-online-lie = Dadka internetka joogaa waxay been ka sheegi karaan cidda ay yihiin, da'dooda iyo waxa ay rabaan.
card-safe-online-signs = Ka taxaddar haddii qof internetka ah uu kaa codsado inaad sir hayso. Sidoo kale ka taxaddar haddii uu rabo inuu kula kulmo, ama uu rabo sawirradaada.
card-safe-online-help = Haddii qof internetka ah uu ku welwel geliyo, jooji ka jawaabista oo xannib (block). U sheeg qof weyn oo aad aaminto. Eed kuma lihid.
card-safe-relationships-title = Xiriirro badbaadsan
card-safe-gifts = Hadiyado, lacag ama taleefan ka yimid qof aadan si fiican u aqoon waxay isu beddeli karaan «deyn» loo isticmaalo in lagu xakameeyo.
card-safe-talk = Haddii wax sidan oo kale ah dhacayaan, eed kuma lihid. Waxaad la hadli kartaa shaqaalahaaga bulshada, ama wac Runaway Helpline 116 000.
card-safe-stay-away-title = Qof ayaa igu qasbaya inaan fogaado
card-safe-stay-away = Haddii qof kugu qasbayo inaad fogaato, taasi waa arrin culus. Qofka sidan samaynayaa waxay u badan tahay inuu sharciga jebinayo. Eed kuma lihid.
card-safe-stay-away-helpline = Runaway Helpline ayaa kaa caawin kara inaad badbaado: wac ama fariin u dir 116 000. Waa bilaash.
card-safe-stay-away-danger = Haddii aad hadda khatar ku jirto, wac 999.

## "Where I live does not feel safe" card

card-placement-title = Badbaado kuma dareemo meesha aan ku noolahay
card-placement-intro = Waa inaad badbaado ku dareentaa meesha aad ku nooshahay. Haddii aadan dareemin, waad sheegi kartaa. Eed kuma lihid.
card-placement-why = Waxaa laga yaabaa in qof halkaas jooga uu ku cabsi geliyo ama ku dhibo. Waxaa laga yaabaa in dad ka yimid waddankaaga ay kaa dhigaan inaadan dareemin badbaado. Tanna waad sheegi kartaa.
card-placement-who-title = Cidda aad u sheegi karto
card-placement-social-worker = Shaqaalahaaga bulshada. Haddii aadan badbaado dareemin, ha sugin booqashadooda xigta. Hadda la xiriir.
card-placement-talk-out = Waxaad ka codsan kartaa shaqaalahaaga bulshada inay kula kulmaan meel kale. Markaas si xor ah ayaad u hadli kartaa.
card-placement-iro = Sarkaalkaaga Dib-u-eegista ee Madaxa-bannaan (Independent Reviewing Officer, IRO). Ilmo kasta oo daryeel ku jira ayaa mid leh. Waxay hubiyaan in qorshayaasha laguu sameeyay ay sax yihiin.
card-placement-iro-contact = Waxaad la xiriiri kartaa IRO-gaaga wakhti kasta, ma aha oo keliya kulamada. Waa in laguu sheegaa magacooda iyo sida aad ula xiriiri karto.
card-placement-advocate = U-doode (advocate). Kani waa qof adiga oo keliya kula jira. Uma shaqeeyaan daryeelayaashaada ama shaqaalahaaga bulshada.
card-placement-advocate-right = Waxaad xaq u leedahay u-doode marka aad rabto inaad cabasho gudbiso ama aad codsato isbeddel.
card-placement-move-title = Codsashada in lagu wareejiyo
card-placement-move = Waxaad codsan kartaa in laguu wareejiyo guri kale. Had iyo jeer suurtogal ma aha. Laakiin waa inay ku dhageystaan.
card-placement-move-list = Waxaa ku caawin kara inaad liis qorto. Qor waxa khaldan, iyo waxa ka dhigi lahaa mid ka wanaagsan.
card-placement-move-advocate = U-doode ayaa kaa caawin kara inaad sheegto waxa aad rabto. Waxay sidoo kale kula iman karaan kulamada, ama adiga kuu hadli karaan.
card-placement-get-title = Sida loo helo u-doode
card-placement-coram-voice = England gudaheeda, wac Coram Voice 0808 800 5792 si aad u codsato u-doode. Wicitaanku waa bilaash.
card-placement-coram-hours = Waxay ka jawaabaan maalmaha shaqada (Isniin ilaa Jimce), 09:30 ilaa 18:00. Wakhtiyada kale, fariin ayaad uga tagi kartaa.
card-placement-other-nations = England dibaddeeda, weydii shaqaalahaaga bulshada ama ilaaliyahaaga (guardian) sida loo helo u-doode.
card-placement-danger = Haddii aad hadda khatar ku jirto, wac 999.

## "If you are away" card

card-missing-title = Haddii aad maqan tahay
card-missing-intro = Mararka qaarkood dadka ku daryeela ma oga meesha aad joogto. Markaas waxaa lagu yiraahdaa «maqan» (missing). Maqnaanshuhu dembi ma aha.
card-missing-reported = Daryeelahaaga ama shaqaalahaaga bulshadu waxay booliska u sheegi doonaan inaad maqan tahay. Tan waxaa la yiraahdaa «reported missing» (in la sheegay inaad maqan tahay).
card-missing-search = Booliisku way ku raadin doonaan. Waxaa laga yaabaa inay la hadlaan saaxiibbadaa oo ay eegaan meelaha aad tagto.
card-missing-why = Waxay sidan u sameeyaan sababtoo ah way kaa welwelsan yihiin. Waxay rabaan inay ogaadaan inaad badbaadsan tahay.
card-missing-until = Booliisku way sii raadinayaan ilaa ay ku arkaan. Waxay u baahan yihiin inay hubiyaan inaad badbaadsan tahay oo aad fiican tahay.
card-missing-found-title = Marka aad rabto in lagu helo
card-missing-station = Waxaad tagi kartaa saldhig kasta oo booliis, magaalo kasta. Ama waxaad booliska ka wici kartaa 101.
card-missing-unsafe = Haddii meeshii aad ku noolayd aysan badbaado ahayn, u sheeg booliska. Haddii aad ka yar tahay 18, waa inay la hadlaan shaqaalaha bulshada si laguu helo meel badbaado ah.
card-missing-helpline = Runaway Helpline ayaa kaa caawin kara inaad la hadasho booliska. Wac ama fariin u dir 116 000. Waa bilaash.
card-missing-interview = Marka aad soo laabato, waxaa laguu soo bandhigi doonaa wareysiga soo laabashada (return interview). Waxaad codsan kartaa turjubaan. Turjubaanku waa qof ku hadla luqaddaada iyo Ingiriisiga.
card-missing-danger = Haddii aad hadda khatar ku jirto, wac 999.

## "If they say you are an adult" card

card-age-title = Haddii ay yiraahdaan waxaad tahay qof weyn
card-age-intro = Mararka qaarkood Wasaaradda Arrimaha Gudaha (Home Office) ama golaha deegaanka (council) ma rumaystaan da'daada. Waxaa laga yaabaa inay yiraahdaan waxaad ka weyn tahay 18.
card-age-not-fault = Tani waxay ku dhacdaa dhallinyaro badan. Eed kuma lihid.
card-age-do-title = Waxa aad samayn karto
card-age-say = Haddii aad ka yar tahay 18, si cad u sheeg inaad ilmo tahay. Sheeg mar kasta. U sheeg da'daada iyo taariikhda dhalashadaada, haddii aad taqaanno.
card-age-ask = Codso shaqaale bulsho iyo qareen. Qareenku wuu yaqaan sharciga, wuuna ku caawin karaa.
card-age-council = Golaha deegaanka waa inuu isagu go'aamiyaa da'daada. Tani waa run xitaa haddii Wasaaradda Arrimaha Gudaha ay tiraahdo waxaad tahay qof weyn.
card-age-challenge = Waxaad ka doodi kartaa go'aan ku saabsan da'daada. Tani waxay ka dhigan tahay inaad codsato in dib loo eego. Qareen ayaa kaa caawin kara inaad tan samayso.
card-age-quick = Waxaa jira wakhti xadidan oo lagu doodi karo. Sidaa darteed si degdeg ah caawimaad u codso.
card-age-papers = Waraaqo muujinaya da'daada ayaa caawin kara. Haddii aad haysato ama aad heli karto, sii qareenkaaga.
card-age-help-title = Cidda ku caawin karta
card-age-refugee-council = Mashruuca Muranka Da'da ee Golaha Qaxootiga (Refugee Council’s Age Dispute Project) wuxuu caawiyaa qaar ka mid ah dhallinyarada loola dhaqmo sidii dad waaweyn. Waxay caawiyaan oo keliya haddii ay rumaysan yihiin inaad ka yar tahay 18.
card-age-refugee-council-how = Qof weyn oo ku caawiya, sida qareenkaaga ama shaqaalahaaga bulshada, ayaa iyaga kaaga warrami kara.
card-age-unsafe = Haddii aad la nooshahay dad waaweyn oo aadan badbaado dareemin, u sheeg qareenkaaga ama shaqaalahaaga bulshada. Haddii aad hadda khatar ku jirto, wac 999.
