## Home: the come-back control and the safety plan

home-come-back = I want to come back
home-come-back-more = More ways: call, say where I am, or say I am safe
home-danger = In danger? Call 999
home-plan = My safety plan
home-plan-hint = What helps you, and how you stay safe

## Come-back screen

comeback-title = I want to come back
comeback-welcome = Going missing is not a crime. People want you to be safe and to come back.
comeback-will-reach = Your message will go to
comeback-reach-until = { $name } — { $role } — until { $until }
comeback-reach-any-time = { $name } — { $role } — at any time
comeback-reach-out-of-hours = { $name } — { $role } — out of hours
comeback-reach-helpline = Runaway Helpline — 116 000 — free, call or text
comeback-why-out-of-hours = Your other trusted adults are not working at this time.
comeback-why-nobody-now = None of your trusted adults are working at this time, so your message goes to the Runaway Helpline. They can pass a message on for you.
comeback-why-nobody-added = You have not added a trusted adult yet, so your message goes to the Runaway Helpline. They can pass a message on for you.
comeback-send = Send a message to { $name }
comeback-send-helpline = Send a message to the Runaway Helpline
comeback-call = Call instead
comeback-safe-title = Not ready to come back?
comeback-safe-explain = You can still tell someone you are safe. Staying in touch helps people know you are OK.
comeback-safe-send = I am safe, but not ready to come back
comeback-call-only = This number cannot get text messages. Tap to call { $name }.
comeback-message-title = Your message
comeback-add-location = Add where I am
comeback-remove-location = Take out where I am
comeback-location-finding = Finding where you are…
comeback-location-added = Where you are is now in the message. Harbour does not keep it, but your phone’s Messages app keeps a copy of what you send.
comeback-location-unavailable = Your phone did not say where you are. Your message will go without it.
comeback-danger = If you are in danger, call 999
comeback-help-now = If you need help now, call 999
comeback-helpline-closed-until = The helpline is closed now. It opens at { $time }.
comeback-helpline-closed = The helpline is closed now.
comeback-helpline-unknown = The helpline may not answer now. At night it may be closed until the morning.
comeback-trace = Your Messages app keeps a copy of what you send. Your phone keeps a list of your calls.
comeback-manage = My trusted adults
comeback-manage-hint = Add, change or remove the people you can reach
comeback-when-back = What happens when I come back
comeback-staying-safe = Staying safe

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Hello { $name }.
sms-greeting-helpline = Hello.
sms-body = I want to come back. Can you help me?
sms-body-safe = I am safe, but I am not ready to come back yet. I want to stay in touch.
sms-signed = From { $name }.
sms-location = Where I am now: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Social worker
role-personal-adviser = Personal adviser
role-key-worker = Key worker
role-foster-carer = Foster carer
role-support-worker = Support worker
role-guardian = Guardian
role-emergency-duty-team = Council emergency duty team
role-other = Someone I trust
role-your-social-worker = your social worker
role-your-personal-adviser = your personal adviser
role-your-key-worker = your key worker
role-your-foster-carer = your foster carer
role-your-support-worker = your support worker
role-your-guardian = your guardian
role-your-emergency-duty-team = the council’s emergency duty team
role-your-other = someone you trust

## Trusted adults screen

adults-title = My trusted adults
adults-intro = The people you can reach when you want to come back. This list stays on this phone.
adults-empty = You have not added anyone yet.
adults-add = Add a trusted adult
adults-edit = Change { $name }
adults-remove = Remove { $name }
adults-remove-confirm = Remove { $name } from your trusted adults?
adults-remove-yes = Yes, remove
adults-keep = No, keep
adults-phone = Phone: { $number }
adults-hours-any-time = You can reach them at any time.
adults-out-of-hours-badge = Out-of-hours contact
adults-speaks = Speaks: { $languages }
adults-signature-title = Your name in messages
adults-signature-hint = Your messages end with this name. Leave it empty if you prefer.
adults-signature-save = Save my name
adults-saved = Saved.

## Trusted adult form

adult-new-title = Add a trusted adult
adult-edit-title = Change a trusted adult
adult-name = Name
adult-role = Who they are
adult-phone = Phone number
adult-phone-hint = A UK number such as 07700 900123, or a number from another country starting with +.
adult-hours = When you can reach them (UK time)
adult-hours-hint = Leave this empty if you can reach them at any time.
adult-hours-add = Add times
adult-hours-remove = Remove these times
adult-hours-from = From
adult-hours-to = To
adult-hours-days = Days
adult-languages = Languages they speak
adult-languages-hint = Your message is written first in their language, then in yours. If none is chosen, English is used.
adult-out-of-hours = This is my out-of-hours contact
adult-out-of-hours-hint = For evenings, nights and weekends: for example your carer, or the council’s emergency duty team. You can have one; choosing this person replaces the one you had.
adult-save = Save
adult-cancel = Cancel

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Please write their name.
adult-error-name-too-long = This name is too long. Please use at most { $max } letters.
adult-error-phone-empty = Please write their phone number.
adult-error-phone-not-a-number = This is not a phone number. Use only digits, spaces and a + at the start.
adult-error-phone-invalid = This number cannot be called. Please check the digits. A UK mobile number has 11 digits and starts with 07.
adult-error-phone-costly = Calls to this number cost a lot, or go on to another phone. Harbour cannot save numbers like this. A UK mobile number starts with 07, but not 070.
hours-error-no-day = Choose at least one day.
hours-error-time = Write the time like 09:00.
hours-error-same-time = The start and end times are the same.
adults-error-save = This could not be saved. Please try again.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = Every day
hours-weekdays = Monday to Friday
hours-weekend = Saturday and Sunday
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour could not read the trusted adults you saved, so your message goes to the Runaway Helpline. They can pass a message on for you.
adults-unreadable = Harbour could not read some of the trusted adults you saved. Check the list and add anyone who is missing.
