## Help numbers screen

numbers-title = Hejmarên alîkariyê
numbers-intro = Ji bo telefonê li ser hejmarê bitikîne. Heke tu an kesekî din niha di xeterê de ne, li 999 bigere.
numbers-helplines = Xetên alîkariyê
numbers-call = Telefon bike
numbers-text = Peyam bişîne
numbers-badges = Ev xet çi pêşkêş dike
numbers-badge-free = Belaş
numbers-badge-always-open = 24 saet, her roj
numbers-badge-text = Tu dikarî peyamê (SMS) bişînî
numbers-badge-interpreters = Wergêr ji bo zimanên din
numbers-source-verified = Çavkanî (fermî): { $source }
numbers-source-secondary = Çavkanî: { $source }
numbers-reviewed = Ev hejmar cara dawî di { $date } de hatin kontrolkirin.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Heke tu nikarî li ser telefonê biaxivî
numbers-silent-step-call = Li { $number } bigere.
numbers-silent-step-sound = Dema ku kesek bersiv da, heke tu nikarî biaxivî, bikuxe an li telefonê bixe.
numbers-silent-step-press = Dema ku dengekî tomarkirî ji te bixwaze, { $code } bitikîne. Ev te bi polîsan ve girê dide.
numbers-silent-step-questions = Polîs dê pirsên ku tu dikarî bi erê an na bersiv bidî bipirsin.
numbers-silent-location = Tikandina { $code } ji polîsan re nabêje ku tu li ku yî.

## Each line

numbers-emergency-name = Acîl: polîs, agirkuj, ambulans
numbers-emergency-about = Dema ku kesek niha di xeterê de ye an bi giranî birîndar e, telefon bike. Dema telefona te girtî be jî dixebite.
numbers-emergency-112-name = Acîl (112)
numbers-emergency-112-about = Wek 999 e. Li welatên din jî dixebite.
numbers-runaway-name = Xeta alîkariyê ya ji bo revî (Runaway Helpline)
numbers-runaway-about = Heke tu reviyayî, an kesek te neçar dike ku dûr bimînî. Ew guh didin te û dikarin peyamekê ji bo te bigihînin malê. Bersiva peyaman bi îngilîzî tê dayîn.
numbers-childline-name = Childline
numbers-childline-about = Ji bo her kesê ku ji 19 salî biçûktir e, li ser her tiştê ku te xemgîn dike. Telefon di fatûreya telefonê de xuya nake.
numbers-modern-slavery-name = Xeta alîkariyê ya koletiya nûjen û îstismarê (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Heke kesek te neçar dike ku bixebitî, sûc bikî, an tiştên ku tu naxwazî bikî.
numbers-samaritans-name = Samaritans
numbers-samaritans-about = Heke tu pir xemgîn an bi tenê yî, an dixwazî zirarê bidî xwe. Tu dikarî bê kredî jî telefon bikî.
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = Dema ku tu nexweş î an li ser tenduristiya xwe bi fikar î, û ne rewşeke acîl e. Heke tu di hişê xwe de pir xirab hîs dikî, vebijarka tenduristiya derûnî hilbijêre.
numbers-police-101-name = Polîs (ne acîl)
numbers-police-101-about = Ji bo axaftina bi polîsan re dema ku niha kes di xeterê de nîne. Telefonek 15p lê dikeve. Polîs dikarin wergêrekî bînin.
