## App shell

app-name = Harbour
nav-back = Dib u noqo

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = Boggan kuma jiro Harbour
error-not-found = Harbour bog kuma laha cinwaankan. Waxyaabaha aad kaydisay way badbaadsan yihiin.
error-generic-title = Wax baa khaldamay
error-generic = Qaybtan Harbour ma shaqayn. Waxyaabaha aad kaydisay way badbaadsan yihiin.
error-go-home = Aad bilowga
error-stopped = Harbour wuu joogsaday. Xir oo mar kale fur. Haddii aad khatar ku jirto, wac 999.

## Home

home-title = Harbour
home-intro = Caawimaad iyo macluumaad ku qoran luqaddaada. Wuxuu shaqeeyaa internet la'aan.
home-menu = Qaybaha
home-numbers = Lambarrada caawimaadda
home-numbers-hint = Wac ama fariin u dir qof ku caawin kara
home-language = Luqadda
home-language-hint = Dooro luqadda app-kan

## Language picker

language-title = Dooro luqaddaada
language-intro = Tan waad beddeli kartaa wakhti kasta.

## Translation status

translation-draft-label = Ku saabsan tarjumaaddan
translation-draft = Tarjumaad qabyo ah — weli turjubaan ma hubin.

## Problems with saved data

store-error-too-new = Noocan Harbour wuu ka duugsan yahay xogta ku kaydsan telefoonkan. Xogtaada kaydsan waa ammaan oo lama beddelin, laakiin wax cusub lama kaydin karo ilaa Harbour la cusbooneysiiyo.
store-error-corrupt = Xogtaada kaydsan lama akhrin karin. Harbour nuqul ayuu dhinac u dhigay, mar kalena wuu bilaabay. Waxba lama tirtirin.
store-error-unavailable = Harbour hadda waxba kuma kaydin karo qalabkan. Weli waad isticmaali kartaa, laakiin isbeddelladaadu way lumi doonaan markaad xirto.
content-error-invalid = Macluumaadkan lama soo gelin karin. Fadlan ka codso shaqaalahaaga masuulka ah (key worker) inuu cusbooneysiiyo Harbour.
home-about = Ku saabsan Harbour
home-about-hint = Qarsoodiga, iyo cidda samaysay tarjumaaddan

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Horay ayuu u furan yahay
other-tab-text = App-kan horay ayuu ugu furan yahay tab kale ama daaqad kale. Isticmaal kaas, ama xir, kadibna taabo «Mar kale isku day».
other-tab-retry = Mar kale isku day
wipe-unfinished = Wax kasta weli lama wada tirtiri karin, sababtoo ah app-kan wuxuu ku furan yahay tab kale ama daaqad kale. Xir kaas, kadibna taabo «Mar kale isku day».

## Language picker: search and translation status

language-search = Raadi luqad
language-no-match = Ma jiro luqad la mid ah raadintaada.
language-your-phone = Luqadda telefoonkaaga
language-status-draft = Tarjumaad qabyo ah — weli turjubaan ma hubin.
language-status-checked = Turjubaan ayaa hubiyay.
language-status-partly = Turjubaan ayaa qayb ahaan hubiyay: { $percent }% ilaa hadda.
reading-title = Akhriska shaashadda
reading-large = Qoraal weyn iyo midabyo xooggan
reading-large-hint = Xarfo waaweyn iyo midabyo xooggan oo ka muuqda shaashad kasta.
listen-start = Dhageyso
listen-pause = Hakad geli
listen-resume = Sii wad
listen-stop = Jooji
listen-phone-voice = Waxaa akhrinaya codka taleefankaaga.
listen-no-voice = Weli ma jiro cod duuban ama cod taleefan oo ku hadla { $language }.
listen-recorded = Waxaa akhrinaya cod uu qof duubay.
listen-recorded-machine = Waxaa akhrinaya cod tijaabo ah oo kombiyuutar sameeyay oo la duubay, ma aha qof.
audio-title = Codadka duuban
audio-intro = Erayada Harbour oo uu qof kor u akhriyay oo la duubay. Waxaa la soo dejiyaa oo keliya haddii aad codsato, sidaa darteed isticmaal Wi-Fi haddii aad awoodid.
audio-none = Weli ma jiraan codad duuban oo ku hadla { $language }.
audio-size = { $megabytes } MB
audio-offered = Codad ay dad duubeen: { $size }
audio-offered-machine = Codad tijaabo ah oo kombiyuutar sameeyay: { $size }
audio-download = Soo deji codadka duuban ee ku hadla { $language } — { $size }
audio-downloading = Codadka duuban waa la soo dejinayaa…
audio-kept = Codadka duuban ee ku hadla { $language } waxay ku jiraan telefoonkan ({ $size }). Marka aad riixdo «Dhageyso», waxaad maqli kartaa internet la'aan.
audio-remove = Tirtir codadka duuban
audio-removed = Codadka duuban waa laga tirtiray telefoonkan.
audio-error-offline = Server-ka Harbour lama gaari karin. Waxba lama beddelin.
audio-error-server = Server-ka Harbour ma soo dirin codadka duuban (khalad { $status }). Waxba lama beddelin.
audio-error-refused = Codadka duuban way xumaadeen ama Harbour ma saxiixin, sidaa darteed waa la diiday. Waxba lama beddelin.
audio-error-format = Codadka duuban waxay u baahan yihiin nooc ka cusub oo Harbour ah. Waxba lama beddelin.
audio-error-locale = Codadkan duuban waxay u yihiin luqad kale, sidaa darteed waa la diiday. Waxba lama beddelin.
audio-error-size = Codadka duuban way ka weynaayeen intii Harbour loo sheegay, sidaa darteed soo dejintii waa la joojiyay. Waxba lama beddelin.

## About screen

about-title = Ku saabsan Harbour
about-intro = Harbour wuxuu ku siiyaa caawimaad iyo macluumaad luqaddaada ah. Wuxuu shaqeeyaa internet la'aan.
about-privacy-title = Qarsoodigaaga
about-privacy = Harbour ma laha akoon. Waxa aad kaydiso waxay ku harayaan telefoonkan. Marka Harbour raadiyo macluumaad cusub, wuxuu diraa oo keliya magaca deegaankaaga.
about-facts = Xaqiiqooyinka Harbour waxay ka yimaadeen ilo rasmi ah, hay'ado samafal iyo hagayaal sharci. Bog kastaa wuxuu sheegaa goorta ugu dambaysay ee xaqiiqooyinkiisa la hubiyay. Xeerarku way isbeddeli karaan: erayga ugu dambeeya waxaa leh qareenkaaga ama shaqaalahaaga bulshada.
about-translation-title = Tarjumaaddan
about-translation-language = Luqadda: { $language }
about-produced-source = Kani waa qoraalka asalka ah. Tarjumaaddaha isaga ayaa laga sameeyaa.
about-produced-ai-draft = Tarjumaaddan waxaa qabyo ahaan u qoray barnaamij kombiyuutar (sirdoon macmal ah).
about-produced-translator = Tarjumaaddan waxaa sameeyay turjubaan.
about-checked-by = Waxaa hubiyay: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = Janaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = Maajo
date-month-6 = Juun
date-month-7 = Luuliyo
date-month-8 = Agoosto
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Nofembar
date-month-12 = Desembar
date-weekday-1 = Isniin
date-weekday-2 = Talaado
date-weekday-3 = Arbaco
date-weekday-4 = Khamiis
date-weekday-5 = Jimco
date-weekday-6 = Sabti
date-weekday-7 = Axad
