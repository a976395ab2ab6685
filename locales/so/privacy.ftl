## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Ka bax degdeg
quick-exit-discreet = Xir

## Privacy and safety screen

home-privacy = Qarsoodi iyo badbaado
home-privacy-hint = Waxa Harbour kaydiyo, lambarka qufulka, iyo ka bixid degdeg ah
privacy-title = Qarsoodi iyo badbaado
privacy-kept-title = Waxa Harbour ku kaydiyo taleefankan
privacy-kept-intro = Liiskan waxaa laga sameeyay waxa hadda kaydsan.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = Waxyaabahan midna meelna looma diro. Harbour akoon ma leh. Wuxuu oo keliya soo dejiyaa macluumaad cusub oo ka yimaada server-kiisa. Taas awgeed wuxuu diraa magaca deegaankaaga, laakiin weligii ma diro magacaaga ama waxa aad kaydisay.
kept-setting = Dejinta (luqadda, magacaaga fariimaha, qufulka)
kept-question = Su'aalaha qareenkaaga ama shaqaalahaaga bulshada
kept-contact = Dadka waaweyn ee aad aaminto
kept-plan-item = Sadarrada qorshahaaga badbaadada
kept-vault = Waxyaabaha aad kaydisay, oo lagu quful lambarkaaga
kept-audio-pack = Codadka duuban ee erayada Harbour, oo loogu talagalay badhanka «Dhageyso»
kept-damaged = Nuqullada xumaaday ee waxa aad kaydisay
privacy-damaged = Harbour ma akhrin karin nuqulladan, sidaas darteed mar kale ayuu bilaabay, iyadoo aan waxba kaydsanayn. Wuu sii hayaa, waayo waxaa laga yaabaa in qof hagaajin karo. Weli waxaa ku jiri kara dadka waaweyn ee aad aaminto, qorshahaaga iyo su'aalahaaga.
privacy-damaged-delete = Tirtir nuqullada xumaaday
privacy-server-sees = Sida bog kasta oo internet ah, server-ka Harbour wuxuu arki karaa cinwaanka internetka (IP) ee taleefankaaga iyo goorta Harbour soo dejiyo macluumaad cusub.
privacy-quick-exit-title = Ka bax degdeg
privacy-quick-exit = Badhanka «Ka bax degdeg» ee ku yaal dusha shaashad kasta wuxuu isla markiiba qariyaa Harbour oo tusaa xisaabiye. Badhanka Dib u noqo dib uma soo celiyo Harbour. Wax kasta oo aad qoraysay marka hore waa la kaydiyaa.

## Discreet mode

privacy-discreet-title = Habka qarsoon
privacy-discreet = Habka qarsoon, Harbour wuxuu muujiyaa magaca «Xisaabiye» iyo astaan (icon) xisaabiye. Shaashaddiisa ugu horreysa kuma jiraan erayo ku saabsan caawimaad ama badbaado. Cinwaanka bogga (web address) isma beddelo. Astaan aad hore ugu dartay shaashadda guriga ee taleefankaaga (home screen) waxay haysaa magaceedii hore.
privacy-discreet-on = Isticmaal habka qarsoon
privacy-discreet-off-code = Harbour wuxuu leeyahay lambarka qufulka, markaa halkan ku qor ka hor intaadan damin habka qarsoon.
discreet-name = Xisaabiye
discreet-open = Fur

## Lock code (PIN)

privacy-pin-title = Lambarka qufulka
privacy-pin-intro = Waxaad Harbour ku quful kartaa lambar ka kooban 4 ilaa 12 god. Waa la weydiiyaa marka Harbour la furo, iyo marka Harbour gadaal joogay 2 daqiiqo.
privacy-pin-protects = Haddii aad lambar leedahay, dadka waaweyn ee aad aaminto, qorshahaaga, su'aalahaaga iyo dejintaadu waxay taleefanka ku jiraan iyagoo qufulan. La'aanta lambarka, qofna ma akhrin karo, xitaa haddii taleefankaagu gacantiisa ku jiro.
privacy-pin-limits = Lambarku ma joojin karo qof ku arka adigoo qoraya, ama qof kugu qasba inaad u sheegto. Ma qariyo in Harbour uu taleefanka ku jiro. Habka qarsoon ayaa taas ka caawiya.
privacy-pin-longer = Lambar ka kooban 6 god ama ka badan, in la qiyaaso aad ayay uga adag tahay lambar gaaban. Ha isticmaalin taariikhda dhalashadaada.
privacy-pin-current = Lambarka aad hadda isticmaasho
privacy-pin-change = Beddel lambarka
privacy-pin-forget-warning = Haddii aad ilowdo lambarka, jidka kaliya ee aad ku geli karto waa inaad tirtirto wax kasta oo Harbour ku jira. Qofna kuuma dib u dejin karo.
privacy-pin-new = Lambar cusub
privacy-pin-confirm = Mar kale qor lambarka
privacy-pin-set = Ku quful lambarkan
privacy-pin-is-set = Harbour waxaa lagu quful lambar.
privacy-pin-remove = Ka saar lambarka
privacy-pin-saved = Waa la kaydiyay. Harbour wuxuu weydiin doonaa lambarkan.
privacy-pin-removed = Lambarka waa la saaray.
pin-error-length = Lambarku waa inuu lahaadaa 4 ilaa 12 god.
pin-error-common = Lambarkan in la qiyaaso aad bay u fudud tahay. Dooro mid kale.
pin-error-digits = Isticmaal kaliya godadka 0 ilaa 9.
pin-error-mismatch = Labada lambar isku mid ma aha.
pin-error-save = Lambarka lama kaydin karin. Fadlan mar kale isku day.

## Lock screen

lock-title = Geli lambarkaaga
lock-code = Lambar
lock-open = Fur
lock-wrong = Lambarkaas sax ma aha.
lock-wait = Isku day badan. Mar kale isku day { $seconds } ilbiriqsi kadib.
lock-forgot = Ma ilowday lambarka?
lock-forgot-explain = La'aanta lambarka, jidka kaliya ee lagu geli karo waa in la tirtiro wax kasta oo Harbour ku kaydsan: dadka waaweyn ee aad aaminto, qorshahaaga, su'aalahaaga iyo dejinta.

## Delete everything

privacy-wipe-title = Tirtir wax kasta
privacy-wipe = Tani waxay tirtirtaa wax kasta oo Harbour ku kaydiyay taleefankan: dadka waaweyn ee aad aaminto, qorshahaaga badbaadada, su'aalahaaga iyo dejintaada. Harbour wuxuu noqon doonaa sidii cusub. Dib looma celin karo.
privacy-wipe-button = Tirtir wax kasta
privacy-wipe-confirm = Ma hubtaa? Wax kasta waa la tirtiri doonaa.
privacy-wipe-yes = Haa, tirtir wax kasta
privacy-wipe-no = Maya, haay
privacy-wipe-failed = Harbour ma wada tirtiri karin wax kasta. Xir Harbour, dib u fur, kadibna mar kale isku day.
privacy-outside = Harbour ma tirtiri karo waxa lagu kaydiyay meel ka baxsan Harbour. Fariimaha aad dirto iyo wicitaannada aad ka samayso Harbour waxay ku harayaan barnaamijka fariimaha (Messages) iyo liiska wicitaannada ee taleefankaaga. Kiiboodhkaaga (keyboard) iyo taariikhda (history) biraawsarkaaga sidoo kale waxay xasuusan karaan waxyaabo. Halkaas ka tirtir haddii aad u baahato.
