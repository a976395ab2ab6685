## App shell

app-name = Harbour
nav-back = Deebi'i

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = Fuulli kun Harbour keessa hin jiru
error-not-found = Harbour teessoo kana irratti fuula hin qabu. Wanti ati kuufatte nagaa dha.
error-generic-title = Rakkoon tokko uumame
error-generic = Kutaan Harbour kun hin hojjenne. Wanti ati kuufatte nagaa dha.
error-go-home = Jalqabatti deebi'i
error-stopped = Harbour hojjechuu dhaabe. Cufiitii irra deebi'ii bani. Yoo balaa keessa jirta ta'e, 999 bilbili.

## Home

home-title = Harbour
home-intro = Gargaarsaa fi odeeffannoo afaan keetiin. Interneetii malee hojjeta.
home-menu = Kutaalee
home-numbers = Lakkoofsota gargaarsaa
home-numbers-hint = Nama si gargaaruu danda'uuf bilbili ykn ergaa ergi
home-language = Afaan
home-language-hint = Afaan appii kanaa filadhu

## Language picker

language-title = Afaan kee filadhu
language-intro = Yeroo barbaadde kana jijjiiruu dandeessa.

## Translation status

translation-draft-label = Waa'ee hiikkaa kanaa
translation-draft = Hiikkaa jalqabaa — ammallee hiikaan hin mirkaneessine.

## Problems with saved data

store-error-too-new = Versiiniin Harbour kanaa odeeffannoo bilbila kana irratti kuufame caalaa moofaa dha. Odeeffannoon kee kuufame nagaa dha, hin jijjiiramne, garuu hanga Harbour haaromfamutti wanti haaraan kuufamuu hin danda'u.
store-error-corrupt = Odeeffannoon kee kuufame dubbifamuu hin dandeenye. Harbour garagalchaa isaa gama tokkotti kaa'ee haaraatti jalqabe. Wanti haqame hin jiru.
store-error-unavailable = Harbour amma meeshaa kana irratti homaa kuusuu hin danda'u. Ammallee itti fayyadamuu dandeessa, garuu yeroo cuftu jijjiiramni kee ni bada.
content-error-invalid = Odeeffannoon kun fe'amuu hin dandeenye. Maaloo hojjetaa kee itti gaafatamaa (key worker) akka Harbour haaromsu gaafadhu.
home-about = Waa'ee Harbour
home-about-hint = Iccitii, fi eenyu hiikkaa kana akka hojjete

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Duraan banameera
other-tab-text = Appiin kun duraan taabii (tab) ykn foddaa biraa keessatti banameera. Sana fayyadami, ykn cufiitii achiis «Irra deebi'ii yaali» tuqi.
other-tab-retry = Irra deebi'ii yaali
wipe-unfinished = Wanti hundi hanga ammaatti hin haqamne, sababni isaas appiin kun taabii (tab) ykn foddaa biraa keessatti banameera. Achitti cufiitii achiis «Irra deebi'ii yaali» tuqi.

## Language picker: search and translation status

language-search = Afaan barbaadi
language-no-match = Afaan barbaacha kee wajjin walsimu hin jiru.
language-your-phone = Afaan bilbila keetii
language-status-draft = Hiikkaa jalqabaa — ammallee hiikaan hin mirkaneessine.
language-status-checked = Hiikaan mirkaneesseera.
language-status-partly = Hiikaan gartokkeen mirkaneesseera: hanga ammaatti { $percent }%.
reading-title = Bilbila irratti dubbisuu
reading-large = Barreeffama guddaa fi halluuwwan ifaa
reading-large-hint = Fuula hunda irratti qubee gurguddaa fi halluuwwan cimoo.
listen-start = Dhaggeeffadhu
listen-pause = Xiqqoo dhaabi
listen-resume = Itti fufi
listen-stop = Dhaabi
listen-phone-voice = Sagalee bilbila keetiin dubbifama.
listen-no-voice = Ammallee sagaleen galmaa'e ykn sagaleen bilbilaa kan { $language } dubbatu hin jiru.
listen-recorded = Sagalee namni galmeesse irraa dubbifama.
listen-recorded-machine = Sagalee yaalii kompiitaraan galmaa'e irraa dubbifama; nama miti.
audio-title = Sagaleewwan galmaa'an
audio-intro = Jechoota Harbour kan namni sagaleedhaan dubbisee galmeesse. Yoo ati gaafatte qofa buufamu, kanaaf yoo dandeesse Wi-Fi fayyadami.
audio-none = Ammallee sagaleewwan galmaa'an kan { $language } dubbatan hin jiran.
audio-size = { $megabytes } MB
audio-offered = Sagaleewwan namootaan galmaa'an: { $size }
audio-offered-machine = Sagaleewwan yaalii kompiitaraan hojjetaman: { $size }
audio-download = Sagaleewwan galmaa'an kan { $language } dubbatan buusi — { $size }
audio-downloading = Sagaleewwan galmaa'an buufamaa jiru…
audio-kept = Sagaleewwan galmaa'an kan { $language } dubbatan bilbila kana irra jiru ({ $size }). Yeroo “Dhaggeeffadhu” tuqxu, interneetii malee dhaggeeffachuu dandeessa.
audio-remove = Sagaleewwan galmaa'an haqi
audio-removed = Sagaleewwan galmaa'an bilbila kana irraa haqamaniiru.
audio-error-offline = Sarvara Harbour bira ga'uun hin danda'amne. Homtuu hin jijjiiramne.
audio-error-server = Sarvarri Harbour sagaleewwan galmaa'an hin erganne (dogoggora { $status }). Homtuu hin jijjiiramne.
audio-error-refused = Sagaleewwan galmaa'an miidhamaniiru ykn Harbour hin mallatteessine, kanaaf didamaniiru. Homtuu hin jijjiiramne.
audio-error-format = Sagaleewwan galmaa'an kunniin versiinii Harbour haaraa barbaadu. Homtuu hin jijjiiramne.
audio-error-locale = Sagaleewwan galmaa'an kunniin afaan biraatiif turan, kanaaf didamaniiru. Homtuu hin jijjiiramne.
audio-error-size = Sagaleewwan galmaa'an hamma Harbour itti himame caalaa guddaa turan, kanaaf buusuun dhaabameera. Homtuu hin jijjiiramne.

## About screen

about-title = Waa'ee Harbour
about-intro = Harbour afaan keetiin gargaarsaa fi odeeffannoo siif kenna. Interneetii malee hojjeta.
about-privacy-title = Iccitii kee
about-privacy = Harbour herrega (account) hin qabu. Wanti ati kuufattu bilbila kana irra tura. Yeroo Harbour odeeffannoo haaraa barbaadu, maqaa naannoo keetii qofa erga.
about-facts = Odeeffannoon Harbour keessa jiru madda mootummaa, dhaabbilee gargaarsaa fi qajeelfamoota seeraa irraa dhufe. Fuulli hundi yeroo dhumaaf odeeffannoon isaa yoom akka mirkanaa'e ni hima. Seerri jijjiiramuu danda'a: jechi dhumaa kan abukaattoo keetii ykn hojjetaa hawaasummaa keetiiti.
about-translation-title = Hiikkaa kana
about-translation-language = Afaan: { $language }
about-produced-source = Kun barreeffama jalqabaa ti. Hiikkaaleen kana irraa hojjetamu.
about-produced-ai-draft = Hiikkaan kun sagantaa kompiitaraa (AI, sammuu namtolchee) tiin akka hiikkaa jalqabaatti qophaa'e.
about-produced-translator = Hiikkaan kun hiikaadhaan hojjetame.
about-checked-by = Kan mirkaneesse: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = Amajjii
date-month-2 = Guraandhala
date-month-3 = Bitootessa
date-month-4 = Ebla
date-month-5 = Caamsaa
date-month-6 = Waxabajjii
date-month-7 = Adooleessa
date-month-8 = Hagayya
date-month-9 = Fulbaana
date-month-10 = Onkoloolessa
date-month-11 = Sadaasa
date-month-12 = Muddee
date-weekday-1 = Wiixata
date-weekday-2 = Kibxata
date-weekday-3 = Roobii
date-weekday-4 = Kamiisa
date-weekday-5 = Jimaata
date-weekday-6 = Sanbata
date-weekday-7 = Dilbata
