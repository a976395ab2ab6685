## Help numbers screen

numbers-title = Hejmarên alîkariyê
numbers-intro = Ji bo telefonkirinê li hejmarekê bitikîne. Heke tu an kesekî din niha di xeterê de ne, ji 999 re telefon bike.
numbers-trace = Telefona te lîsteya wan hejmaran diparêze ku tu ji wan re telefon dikî.
numbers-helplines = Xetên alîkariyê
numbers-call = Telefon bike
numbers-text = Peyam bişîne
numbers-badges = Ev xet çi pêşkêş dike
numbers-badge-free = Belaş
numbers-badge-always-open = 24 saet, her roj
numbers-badge-text = Tu dikarî peyamekê (SMS) bişînî
numbers-badge-interpreters = Wergêr ji bo zimanên din
numbers-source-verified = Çavkanî (fermî): { $source }
numbers-source-secondary = Çavkanî: { $source }
numbers-reviewed = Ev hejmar cara dawî di { $date } de hatine kontrolkirin.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Heke tu nikarî li ser telefonê biaxivî
numbers-silent-step-call = Ji { $number } re telefon bike.
numbers-silent-step-sound = Dema ku kesek bersiv da, heke tu nikarî biaxivî, bikuxe an jî bi sivikî li telefonê bixe.
numbers-silent-step-press = Dema ku dengekî tomarkirî ji te bixwaze, { $code } bitikîne. Ev tenê ji telefona destî (mobîl) dixebite. Ew te bi polîsan ve girê dide. Heke tu tiştekî nekî, dibe ku telefon qut bibe.
numbers-silent-step-questions = Polîs dê pirsên wisa ji te bipirsin ku tu bikarî bi erê an na bersiv bidî. Heke tu bikarî, bersivên xwe bi pistepist bêje.
numbers-silent-location = Tikandina { $code } ji polîsan re nabêje ku tu li ku yî. Lê dibe ku telefona te bi serê xwe bişîne ku tu li ku yî. Heke tu bikarî, ji wan re bêje ku tu li ku yî, heta bi pistepist be jî.

## Each line

numbers-emergency-name = Acîl: polîs, agirkuj, ambulans
numbers-emergency-about = Dema ku kesek niha di xeterê de ye an bi giranî birîndar e, telefon bike. Divê karta SIM (SIM card) di telefona te de hebe, lê kredî ne hewce ye. Dema telefona te kilîtkirî be jî dixebite. Heke zimanê xwe hewce dikî, navê wî bi îngilîzî bêje, wek mînak «Kurdish Kurmanji». Paşê li ser xetê bimîne.
numbers-emergency-112-name = Acîl (112)
numbers-emergency-112-about = Wek 999 e. Li welatên din jî dixebite.
numbers-runaway-name = Xeta alîkariyê ji bo yên ku winda bûne (Runaway Helpline)
numbers-runaway-about = Heke tu reviyabî, an kesek te neçar dike ku dûr bimînî. Ew guh didin te û dikarin peyamekê ji bo te bigihînin malê. Bersiva peyaman (SMS) bi îngilîzî tê dayîn. Dibe ku bi şev girtî bin. Heke niha alîkarî hewce dikî, ji 999 re telefon bike.
numbers-childline-name = Xeta alîkariyê ya zarokan (Childline)
numbers-childline-about = Ji bo her kesê ku ji 19 salî biçûktir e, li ser her tiştê ku te xemgîn dike. Telefonkirin di fatûreya telefonê de xuya nabe. Lê di lîsteya bangan a li ser telefona te de xuya dibe.
numbers-modern-slavery-name = Xeta alîkariyê ya koletiya nûjen û îstismarê (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Heke kesek te neçar dike ku bixebitî, sûc bikî, an tiştên ku tu naxwazî bikî.
numbers-samaritans-name = Xeta piştgiriyê (Samaritans)
numbers-samaritans-about = Heke tu xwe pir xemgîn an bi tenê hîs dikî, an dixwazî zirarê bidî xwe. Tu dikarî bê kredî (pere li ser xeta te) jî telefon bikî.
numbers-nhs-111-name = Xeta tenduristiyê (NHS 111)
numbers-nhs-111-about = Dema ku tu nexweş î an li ser tenduristiya xwe bi fikar î, û ne rewşeke acîl e. Telefonkirin belaş e. Ji bo wergêrekî, navê zimanê xwe bi îngilîzî bêje. Heke tu di hişê xwe de pir xirab hîs dikî, vebijarka tenduristiya derûnî hilbijêre.
numbers-police-101-name = Polîs (ne acîl)
numbers-police-101-about = Ji bo axaftina bi polîsan re dema ku niha kes di xeterê de nîne. Telefonkirin belaş e. Polîs dikarin wergêrekî bînin.
numbers-coram-voice-name = Coram Voice (Always Heard)
numbers-coram-voice-about = Ji bo zarokên di bin lênêrînê de li Îngilîstanê. Ew dikarin alîkariya te bikin ku tu berevanekî (advocate) bistînî: kesek ku tenê li aliyê te ye. Berevan alîkariya te dike ku tu tiştê ku dixwazî bibêjî. Di rojên kar de (Duşem heta În), ji 9:30ê sibehê heta 6ê êvarê vekirî ye. Di demên din de, tu dikarî peyamekê bihêlî.
