## "When I come back" card

card-return-title = Marka aad soo laabato
card-return-intro = Maqnaanshuhu dembi ma aha. Dadku waxay rabaan inay ogaadaan inaad badbaadsan tahay.
card-return-safe-well = Booliisku waxay rabaan inay ku arkaan, si ay u hubiyaan inaad badbaadsan tahay oo aad fiican tahay. Tan waxaa la yiraahdaa «safe and well check».
card-return-interview = Waxaa laguu soo bandhigi doonaa inaad la hadasho qof aan ku daryeelin. Tan waxaa la yiraahdaa «return interview» (wareysiga soo laabashada). Scotland waxaa loo yaqaan «return discussion». Waa inuu dhacaa 72 saacadood (3 maalmood) gudahood marka aad soo laabato. Waxaad codsan kartaa turjubaan.
card-return-why = Wareysiga soo laabashada waxaad ku sheegi kartaa sababta aad u tagtay, iyo waxa kaa caawin lahaa inaad dareento badbaado.
card-return-decline = Waad diidi kartaa wareysiga soo laabashada.
card-return-info = Waa in laguu sheegaa sida aad u ahaan lahayd mid badbaadsan haddii aad mar kale tagto, iyo lambarrada khadadka caawimaadda ee aad wici karto.

## "Staying safe" card

card-safe-title = Ahaanshaha mid badbaadsan
card-safe-signs-title = Sida ay u ekaan karto dhiig-miirashadu (exploitation)
card-safe-sign-debt = Qof ayaa yiraahda lacag ayaad ku leedahay, tusaale ahaan safarkaaga, taleefan ama cunto, oo kuu sheega inaad shaqeyso si aad u bixiso.
card-safe-sign-keeping = Qof ayaa haya waraaqahaaga, lacagtaada ama taleefankaaga.
card-safe-sign-moved = Waxaa lagu raraa meel ilaa meel kale, ama waxaa lagu geeyaa magaalooyin kale.
card-safe-sign-distrust = Qof ayaa kuu sheega in booliisku ama shaqaalahaaga bulshadu ku dhibi doonaan oo aan la aamini karin.
card-safe-relationships-title = Xiriirro badbaadsan
card-safe-gifts = Hadiyado, lacag ama taleefan ka yimid qof aadan si fiican u aqoon waxay isu beddeli karaan «deyn» loo isticmaalo in lagu xakameeyo.
card-safe-talk = Haddii wax sidan oo kale ah dhacayaan, eed kuma lihid. Waxaad la hadli kartaa shaqaalahaaga bulshada, ama wac Runaway Helpline 116 000.
card-safe-stay-away-title = Qof ayaa igu qasbaya inaan fogaado
card-safe-stay-away = Haddii qof kugu qasbayo inaad fogaato, taasi waa arrin culus. Qofka sidan samaynayaa waxaa laga yaabaa inuu sharciga jebinayo. Eed kuma lihid.
card-safe-stay-away-helpline = Runaway Helpline ayaa kaa caawin kara inaad badbaado: wac ama fariin u dir 116 000. Waa bilaash.
card-safe-stay-away-danger = Haddii aad hadda khatar ku jirto, wac 999.
