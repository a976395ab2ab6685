## Home: the two ways into setting a phone up

home-setup-import = Set up from a key worker's code
home-setup-import-hint = Scan or paste the code from the welcome meeting
home-key-worker = Set up a young person's phone
home-key-worker-hint = For key workers and social workers

## Key-worker mode: building a setup at the welcome meeting

kw-title = Set up a young person's phone
kw-intro = Fill this in together with the young person. Nothing you type here is kept on this phone or sent anywhere. It all goes into a code that their phone reads.
kw-language = Their language
kw-name = Their first name (optional)
kw-name-hint = It signs the messages they send. They can change it later.
kw-adults = Trusted adults
kw-adults-none = No trusted adults added yet.
kw-adult-add = Add a trusted adult
kw-adult-change = Change { $name }
kw-adult-remove = Remove { $name }
kw-area = Area for places near them (optional)
kw-area-hint = A town or council, for example Bristol.
kw-plan = Safety plan, agreed together
kw-plan-hint = Write the lines in the words you agree on, in their language if you can.
kw-plan-section = Part of the plan
kw-plan-line = Line
kw-plan-add = Add the line
kw-plan-remove = Remove "{ $line }"
kw-sign = Sign the codes as your organisation (optional)
kw-sign-hint = Choose your organisation's key file. It stays on this device and is not uploaded anywhere.
# $organisation is the organisation's name, as the content for this area lists it.
kw-sign-as = Codes are signed as { $organisation }.
kw-sign-unknown = This key is not listed for this area, so codes signed with it show as not signed. Ask whoever publishes Harbour in your area to add it.
kw-sign-bad = This is not a key file. Choose the file your organisation gave you.
kw-make = Make the code
kw-code-title = The setup code
kw-code-alt = QR code that sets up Harbour on the young person's phone
kw-code-how = On the young person's phone, open the camera and point it at this code, then open the link it shows. Or, in Harbour on their phone, choose "Set up from a key worker's code".
# $count is the number of digits, 8.
kw-numbers = Say these { $count } numbers to the young person. Their phone asks for them after it reads the code. They are not in the code or on the card, so the code alone shows nothing to anyone else.
kw-code-text = The code as text, to paste if the camera cannot read it
kw-code-size = QR version { $version }, { $chars } characters.
# $days is 7; $date is the day the code stops working, as in "8 December 2026".
kw-expires = This code works for { $days } days, until { $date }. After that, make a new one.
kw-print = Print the card
kw-changed = You changed something after the code was made. Make the code again.
kw-error-name-too-long = This name is too long. Use at most { $max } characters.
kw-error-area-too-long = This is too long. Use at most { $max } characters.
kw-error-too-many-adults = A setup can hold at most { $max } trusted adults.
kw-error-too-many-lines = A setup can hold at most { $max } plan lines.
kw-error-too-large = This is too much for one code. Remove some plan lines or make them shorter, then try again.
kw-error-tools = The code could not be made. Check your connection once and try again.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = To set up Harbour, scan this code with your phone's camera. Then type the numbers your key worker tells you.
card-setup-adults = People you can contact
card-setup-emergency = Emergency (police, ambulance, fire): 999
card-setup-runaway = Runaway Helpline, free, call or text: 116 000

## Importing a setup on the young person's phone

import-title = Set up from a key worker's code
import-intro = Your key worker has made a code with you. Harbour reads it on this phone and does not send it to any server. The code shows nothing without the numbers your key worker tells you. Even a link kept in your web browser's history shows nothing without them.
import-scan = Scan the code
import-scan-stop = Stop the camera
import-scan-looking = Point the camera at the code…
import-camera-denied = Harbour cannot use the camera. You can paste the code instead.
import-paste = Or paste the code
import-read = Read the code
import-checking = Reading the code…
# $count is the number of digits, 8.
import-numbers-intro = Harbour has read the code. To open it, type the { $count } numbers your key worker tells you.
import-numbers = The { $count } numbers from your key worker
import-open = Open the code
import-tools-error = The code could not be checked. Try again.
import-preview-title = This will be added to Harbour
import-preview-hint = Check it with your key worker. Nothing is saved until you tap "Add to Harbour".
# $organisation is the name of the organisation that signed the code, for example a council's children's services.
import-made-by = Made by { $organisation }
import-unsigned = This code is not signed by an organisation Harbour knows. Only add it if a key worker is with you now.
import-language = Language: { $language }
import-language-missing = This setup asks for a language Harbour does not have yet ({ $code }). Harbour stays in { $language }.
import-name = Your name in messages: { $name }
import-name-kept = Your name in messages stays { $name }.
import-adults = Trusted adults
import-adult-saved = Already saved: kept as it is
# $old is the trusted adult already saved as the out-of-hours contact.
import-out-of-hours-kept = { $old } stays your out-of-hours contact. You can change this later in your trusted adults.
import-area = Area for places: { $area }
import-routing-title = Who “I want to come back” will reach
import-when-weekday-morning = On a weekday at 11:00
import-when-weekday-night = On a weekday at 22:00
import-when-saturday = On Saturday at 14:00
# $when is one of the three times above; $who is a person's name, or the helpline's name.
import-reaches = { $when }: { $who }
# $before is who gets the message at that time now, before this setup is added.
import-reaches-changed = { $when }: { $who }. Now it is { $before }.
import-any-time = { $name } has no set hours. So { $name } will get your message at any time, also in the evenings and at weekends.
import-routing-changes = This setup changes who gets your message. Only add it if your key worker is with you now.
import-code = Your lock code
import-plan = Your safety plan
import-confirm = Add to Harbour
import-cancel = Not now
import-cancelled = Nothing was added.
import-done = Harbour is set up.
import-storage-refused = This web browser may delete what Harbour keeps if the phone is short of space. Keep a copy of your trusted adults' numbers somewhere safe.
import-done-pin = Set a lock code so only you can open Harbour
import-done-home = Go to the start
import-save-error = It could not be saved. Nothing was changed. Try again.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = This is not a Harbour setup code.
setup-error-malformed = This code is not right. Ask your key worker to make it again.
setup-error-truncated = Only part of the code was read. Try again, or paste all of it.
setup-error-too-large = This code is too big to be a Harbour setup.
setup-error-newer = This code was made by a newer Harbour. Update Harbour, then try again.
setup-error-damaged = This code is damaged. Try again, or ask your key worker to make it again.
setup-error-expired = This setup code is too old. Ask your key worker to make a new one.
setup-error-numbers = These numbers do not open this code. Check them with your key worker and type them again.
# $count is the number of digits, 8.
setup-error-numbers-incomplete = Type all { $count } numbers your key worker tells you.
setup-error-adult = The number for { $name } in this setup cannot be called. Ask your key worker to make the code again.
