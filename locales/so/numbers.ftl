## Help numbers screen

numbers-title = Lambarrada caawimaadda
numbers-intro = Taabo lambar si aad u wacdo. Haddii adiga ama qof kale hadda khatar ku jirtaan, wac 999.
numbers-trace = Telefoonkaagu wuxuu kaydiyaa liiska lambarrada aad wacdo.
numbers-helplines = Khadadka caawimaadda
numbers-call = Wac
numbers-text = Fariin dir
numbers-badges = Waxa khadkani bixiyo
numbers-badge-free = Bilaash
numbers-badge-always-open = 24 saacadood, maalin kasta
numbers-badge-text = Waad diri kartaa fariin (SMS)
numbers-badge-interpreters = Turjubaanno luqadaha kale
numbers-source-verified = Isha (rasmi): { $source }
numbers-source-secondary = Isha: { $source }
numbers-reviewed = Lambarradan markii ugu dambaysay waxaa la hubiyay { $date }.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Haddii aadan telefoonka ku hadli karin
numbers-silent-step-call = Wac { $number }.
numbers-silent-step-sound = Marka qof jawaabo, haddii aadan hadli karin, qufac ama si tartiib ah u garaac telefoonka.
numbers-silent-step-press = Marka cod duuban ku weydiiyo, riix { $code }. Tani waxay ka shaqaysaa oo keliya telefoon gacmeed (mobile). Waxay kugu xiraysaa booliska. Haddii aadan waxba samayn, wicitaanku wuu go'i karaa.
numbers-silent-step-questions = Booliisku wuxuu ku weydiin doonaa su'aalo aad ugu jawaabi karto haa ama maya. Haddii aad awoodo, jawaabahaaga ku faq (ku sheeg cod aad u hooseeya).
numbers-silent-location = Riixidda { $code } uma sheegto booliska meesha aad joogto. Laakiin telefoonkaagu waxaa laga yaabaa inuu iskii u diro meesha aad joogto. Haddii aad awoodo, u sheeg meesha aad joogto, xitaa adigoo faqaya.

## Each line

numbers-emergency-name = Degdeg: booliis, dab-demis, ambalaas
numbers-emergency-about = Wac marka qof hadda khatar ku jiro ama si xun u dhaawacmay. Telefoonkaagu wuxuu u baahan yahay shiriig (SIM card), laakiin uma baahna lacag ku jirta (credit). Wuu shaqeeyaa xitaa marka telefoonkaagu quful yahay. Haddii aad u baahan tahay luqaddaada, magaceeda ku sheeg Ingiriisi, tusaale ahaan «Somali». Kadib khadka ku sii jir.
numbers-emergency-112-name = Degdeg (112)
numbers-emergency-112-about = Wuxuu la mid yahay 999. Waddamada kalena wuu ka shaqeeyaa.
numbers-runaway-name = Khadka caawimaadda Runaway Helpline
numbers-runaway-about = Haddii aad carartay, ama qof kugu qasbayo inaad fogaato. Way ku dhageystaan oo fariin ayay guriga kuu gaarsiin karaan. Fariimaha (SMS) waxaa looga jawaabaa af Ingiriisi. Habeenkii way xirnaan karaan. Haddii aad hadda caawimaad u baahan tahay, wac 999.
numbers-childline-name = Khadka caawimaadda carruurta (Childline)
numbers-childline-about = Qof kasta oo ka yar 19 sano, wax kasta oo ku welwel geliya. Wicitaanku kuma muuqdo biilka telefoonka. Laakiin wuxuu ka muuqdaa liiska wicitaannada ee telefoonkaaga.
numbers-modern-slavery-name = Khadka caawimaadda addoonsiga casriga ah iyo dhiig-miirashada (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Haddii qof kugu qasbayo inaad shaqeyso, dembi gasho, ama samayso waxyaabo aadan rabin.
numbers-samaritans-name = Khadka taageerada (Samaritans)
numbers-samaritans-about = Haddii aad dareemayso murugo badan, kalinimo, ama aad rabto inaad naftaada waxyeelliso. Waad wici kartaa xitaa adigoon haysan kaadh (credit).
numbers-nhs-111-name = Khadka caafimaadka (NHS 111)
numbers-nhs-111-about = Marka aad jiran tahay ama aad caafimaadkaaga ka welwelsan tahay, oo aanay ahayn xaalad degdeg ah. Wicitaanku waa bilaash. Si aad u hesho turjubaan, ku sheeg magaca luqaddaada Ingiriisi. Dooro xulashada caafimaadka maskaxda haddii aad maskax ahaan aad u xun tahay.
numbers-police-101-name = Booliska (aan degdeg ahayn)
numbers-police-101-about = Si aad ula hadasho booliska marka aanu qofna hadda khatar ku jirin. Wicitaanku waa bilaash. Booliisku wuxuu keeni karaa turjubaan.
numbers-coram-voice-name = Coram Voice (Always Heard)
numbers-coram-voice-about = Waxaa loogu talagalay carruurta daryeelka ku jirta ee England. Waxay kaa caawin karaan inaad hesho u-doode (advocate): qof adiga oo keliya kula jira. U-doodaha ayaa kaa caawiya inaad sheegto waxa aad rabto. Waa furan yihiin maalmaha shaqada (Isniin ilaa Jimce), 09:30 ilaa 18:00. Wakhtiyada kale, fariin ayaad uga tagi kartaa.
