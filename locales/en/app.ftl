## App shell

app-name = Harbour
nav-back = Back

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
