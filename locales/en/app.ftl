## App shell

app-name = Harbour
nav-back = Back

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = This page is not in Harbour
error-not-found = Harbour has no page at this address. Your saved things are safe.
error-generic-title = Something went wrong
error-generic = This part of Harbour did not work. Your saved things are safe.
error-go-home = Go to the start
error-stopped = Harbour stopped working. Close it and open it again. If you are in danger, call 999.

## Home

home-title = Harbour
home-intro = Help and information in your language. It works without internet.
home-menu = Sections
home-numbers = Help numbers
home-numbers-hint = Call or text someone who can help
home-language = Language
home-language-hint = Choose the language of this app

## Language picker

language-title = Choose your language
language-intro = You can change this at any time.

## Translation status

translation-draft-label = About this translation
translation-draft = Draft translation — not yet checked by a translator.

## Problems with saved data

store-error-too-new = This version of Harbour is older than the data saved on this phone. Your saved data is safe and has not been changed, but nothing new can be saved until Harbour is updated.
store-error-corrupt = Your saved data could not be read. Harbour kept a copy aside and started again. Nothing was deleted.
store-error-unavailable = Harbour cannot save anything on this device right now. You can still use it, but your changes will be lost when you close it.
content-error-invalid = This information could not be loaded. Please ask your key worker to update Harbour.
home-about = About Harbour
home-about-hint = Privacy, and who made this translation

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Already open
other-tab-text = This app is already open in another tab or window. Use that one, or close it and then tap Try again.
other-tab-retry = Try again
# Shown before the app starts, if "Delete everything" could not finish. Neutral words, as above.
wipe-unfinished = Not everything could be deleted yet, because this app is open in another tab or window. Close it there, then tap Try again.

## Language picker: search and translation status

language-search = Search for a language
language-no-match = No language matches your search.
language-your-phone = Your phone’s language
language-status-draft = Draft translation — not yet checked by a translator.
language-status-checked = Checked by a translator.
language-status-partly = Partly checked by a translator: { $percent }% so far.
reading-title = Reading
reading-large = Larger text and high contrast
reading-large-hint = Bigger letters and stronger colours on every screen.
listen-start = Listen
listen-pause = Pause
listen-resume = Go on
listen-stop = Stop
listen-phone-voice = Read by your phone’s voice.
listen-no-voice = No recording or phone voice in { $language } yet.
listen-recorded = Read from a recording made by a person.
listen-recorded-machine = Read from a test recording made by a computer voice, not by a person.
# Recordings of Harbour's words in a language, published by the council; downloaded only when
# the young person asks, then kept on the phone for Listen to play offline.
audio-title = Recordings
audio-intro = Harbour's words read aloud by a person. They are downloaded only if you ask, so use Wi-Fi if you can.
audio-none = There are no recordings in { $language } yet.
# $megabytes is a number with one decimal, with the language's decimal mark (4.2, 4,2)
audio-size = { $megabytes } MB
audio-offered = Recordings made by people: { $size }
audio-offered-machine = Test recordings made by a computer voice: { $size }
audio-download = Download the recordings in { $language } — { $size }
audio-downloading = Downloading the recordings…
audio-kept = The recordings in { $language } are on this phone ({ $size }). Listen plays them without the internet.
audio-remove = Remove the recordings
audio-removed = The recordings were removed from this phone.
audio-error-offline = Harbour's server could not be reached. Nothing was changed.
audio-error-server = Harbour's server did not send the recordings (error { $status }). Nothing was changed.
audio-error-refused = The recordings were damaged or not signed by Harbour, so they were refused. Nothing was changed.
audio-error-format = The recordings need a newer version of Harbour. Nothing was changed.
audio-error-locale = These recordings are for another language, so they were refused. Nothing was changed.
audio-error-size = The recordings were bigger than Harbour was told, so the download was stopped. Nothing was changed.

## About screen

about-title = About Harbour
about-intro = Harbour gives you help and information in your language. It works without internet.
about-privacy-title = Your privacy
about-privacy = Harbour has no account. What you save stays on this phone. When Harbour looks for new information, it sends only the name of your area.
about-facts = The facts in Harbour come from official sources, charities and legal guides. Each screen says when its facts were last checked. Rules can change: your lawyer or social worker has the final word.
about-translation-title = This translation
about-translation-language = Language: { $language }
about-produced-source = This is the original text. Translations are made from it.
about-produced-ai-draft = This translation was drafted by a computer program (AI).
about-produced-translator = This translation was made by a translator.
about-checked-by = Checked by: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
