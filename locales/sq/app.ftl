## App shell

app-name = Harbour
nav-back = Kthehu

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = Kjo faqe nuk është në Harbour
error-not-found = Harbour nuk ka asnjë faqe në këtë adresë. Gjërat që ke ruajtur janë të sigurta.
error-generic-title = Diçka shkoi keq
error-generic = Kjo pjesë e Harbour nuk funksionoi. Gjërat që ke ruajtur janë të sigurta.
error-go-home = Shko në fillim
error-stopped = Harbour ndaloi së punuari. Mbylle dhe hape përsëri. Nëse je në rrezik, telefono 999.

## Home

home-title = Harbour
home-intro = Ndihmë dhe informacion në gjuhën tënde. Punon pa internet.
home-menu = Seksionet
home-numbers = Numrat e ndihmës
home-numbers-hint = Telefono ose dërgo mesazh dikujt që mund të të ndihmojë
home-language = Gjuha
home-language-hint = Zgjidh gjuhën e këtij aplikacioni

## Language picker

language-title = Zgjidh gjuhën tënde
language-intro = Mund ta ndryshosh këtë në çdo kohë.

## Translation status

translation-draft-label = Për këtë përkthim
translation-draft = Përkthim paraprak — ende nuk është kontrolluar nga një përkthyes.

## Problems with saved data

store-error-too-new = Ky version i Harbour është më i vjetër se të dhënat e ruajtura në këtë telefon. Të dhënat e tua janë të sigurta dhe nuk janë ndryshuar, por asgjë e re nuk mund të ruhet derisa Harbour të përditësohet.
store-error-corrupt = Të dhënat e tua të ruajtura nuk u lexuan dot. Harbour ruajti një kopje mënjanë dhe filloi nga e para. Asgjë nuk u fshi.
store-error-unavailable = Harbour tani nuk mund të ruajë asgjë në këtë pajisje. Ende mund ta përdorësh, por ndryshimet do të humbasin kur ta mbyllësh.
content-error-invalid = Ky informacion nuk u ngarkua dot. Të lutem, kërkoji punonjësit tënd përgjegjës (key worker) ta përditësojë Harbour.
home-about = Rreth Harbour
home-about-hint = Privatësia, dhe kush e bëri këtë përkthim

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Është hapur tashmë
other-tab-text = Ky aplikacion është hapur tashmë në një skedë (tab) ose dritare tjetër. Përdore atje, ose mbyll skedën ose dritaren tjetër dhe pastaj prek «Provo përsëri».
other-tab-retry = Provo përsëri
wipe-unfinished = Nuk u fshi dot ende gjithçka, sepse ky aplikacion është hapur në një skedë (tab) ose dritare tjetër. Mbyll skedën ose dritaren tjetër dhe pastaj prek «Provo përsëri».

## Language picker: search and translation status

language-search = Kërko një gjuhë
language-no-match = Asnjë gjuhë nuk përputhet me kërkimin tënd.
language-your-phone = Gjuha e telefonit tënd
language-status-draft = Përkthim paraprak — ende nuk është kontrolluar nga një përkthyes.
language-status-checked = E kontrolluar nga një përkthyes.
language-status-partly = E kontrolluar pjesërisht nga një përkthyes: { $percent }% deri tani.
reading-title = Leximi në ekran
reading-large = Tekst më i madh dhe kontrast i lartë
reading-large-hint = Shkronja më të mëdha dhe ngjyra më të forta në çdo ekran.
listen-start = Dëgjo
listen-pause = Pauzë
listen-resume = Vazhdo
listen-stop = Ndalo
listen-phone-voice = Lexohet nga zëri i telefonit tënd.
listen-no-voice = Ende nuk ka regjistrim ose zë telefoni për këtë gjuhë ({ $language }).
listen-recorded = Lexohet nga një regjistrim me zërin e një njeriu.
listen-recorded-machine = Lexohet nga një regjistrim provë me zërin e një kompjuteri, jo të një njeriu.
audio-title = Regjistrimet
audio-intro = Fjalët e Harbour, të lexuara me zë nga një njeri. Shkarkohen vetëm nëse i kërkon, ndaj përdor Wi-Fi nëse mundesh.
audio-none = Ende nuk ka regjistrime për këtë gjuhë ({ $language }).
audio-size = { $megabytes } MB
audio-offered = Regjistrime me zërin e njerëzve: { $size }
audio-offered-machine = Regjistrime provë me zërin e një kompjuteri: { $size }
audio-download = Shkarko regjistrimet për këtë gjuhë ({ $language }) — { $size }
audio-downloading = Po shkarkohen regjistrimet…
audio-kept = Regjistrimet për këtë gjuhë ({ $language }) janë në këtë telefon ({ $size }). Me butonin «Dëgjo» i dëgjon pa internet.
audio-remove = Hiq regjistrimet
audio-removed = Regjistrimet u hoqën nga ky telefon.
audio-error-offline = Serveri i Harbour nuk u arrit dot. Nuk u ndryshua asgjë.
audio-error-server = Serveri i Harbour nuk dërgoi regjistrimet (gabimi { $status }). Nuk u ndryshua asgjë.
audio-error-refused = Regjistrimet ishin të dëmtuara ose nuk ishin të nënshkruara nga Harbour, prandaj u refuzuan. Nuk u ndryshua asgjë.
audio-error-format = Këto regjistrime kërkojnë një version më të ri të Harbour. Nuk u ndryshua asgjë.
audio-error-locale = Këto regjistrime janë për një gjuhë tjetër, prandaj u refuzuan. Nuk u ndryshua asgjë.
audio-error-size = Regjistrimet ishin më të mëdha nga sa i ishte thënë Harbour, prandaj shkarkimi u ndalua. Nuk u ndryshua asgjë.

## About screen

about-title = Rreth Harbour
about-intro = Harbour të jep ndihmë dhe informacion në gjuhën tënde. Punon pa internet.
about-privacy-title = Privatësia jote
about-privacy = Harbour nuk ka llogari. Çfarë ruan mbetet në këtë telefon. Kur Harbour kërkon informacion të ri, dërgon vetëm emrin e zonës tënde.
about-facts = Faktet në Harbour vijnë nga burime zyrtare, organizata bamirëse dhe udhëzues ligjorë. Çdo faqe thotë kur u kontrolluan faktet e saj për herë të fundit. Rregullat mund të ndryshojnë: fjalën e fundit e ka avokati yt ose punonjësi yt social.
about-translation-title = Ky përkthim
about-translation-language = Gjuha: { $language }
about-produced-source = Ky është teksti origjinal. Përkthimet bëhen nga ky tekst.
about-produced-ai-draft = Ky përkthim është një version i parë, i bërë nga një program kompjuterik (inteligjencë artificiale).
about-produced-translator = Ky përkthim u bë nga një përkthyes.
about-checked-by = Kontrolluar nga: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = janar
date-month-2 = shkurt
date-month-3 = mars
date-month-4 = prill
date-month-5 = maj
date-month-6 = qershor
date-month-7 = korrik
date-month-8 = gusht
date-month-9 = shtator
date-month-10 = tetor
date-month-11 = nëntor
date-month-12 = dhjetor
date-weekday-1 = e hënë
date-weekday-2 = e martë
date-weekday-3 = e mërkurë
date-weekday-4 = e enjte
date-weekday-5 = e premte
date-weekday-6 = e shtunë
date-weekday-7 = e diel
