## Help numbers screen

numbers-title = Help numbers
numbers-intro = Tap a number to call. If you or someone else is in danger now, call 999.
numbers-trace = Your phone keeps a list of the numbers you call.
numbers-helplines = Helplines
numbers-call = Call
numbers-text = Text
numbers-badges = What this line offers
numbers-badge-free = Free
numbers-badge-always-open = 24 hours, every day
numbers-badge-text = You can send a text
numbers-badge-interpreters = Interpreters for other languages
numbers-source-verified = Source (official): { $source }
numbers-source-secondary = Source: { $source }
numbers-reviewed = These numbers were last checked on { $date }.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = If you cannot speak on the phone
numbers-silent-step-call = Call { $number }.
numbers-silent-step-sound = When someone answers, cough or tap the phone if you cannot talk.
numbers-silent-step-press = When a recorded voice asks you, press { $code }. This works only from a mobile phone. It puts you through to the police. If you do nothing, the call may end.
numbers-silent-step-questions = The police will ask questions that you can answer with yes or no. If you can, whisper your answers.
numbers-silent-location = Pressing { $code } does not tell the police where you are. But your phone may send where you are by itself. If you can, tell them where you are, even in a whisper.

## Each line

numbers-emergency-name = Emergency: police, fire, ambulance
numbers-emergency-about = Call when someone is in danger or badly hurt now. Your phone needs a SIM card, but no credit. It works even when your phone is locked. If you need your language, say its name in English, for example “Arabic”. Then stay on the line.
numbers-emergency-112-name = Emergency (112)
numbers-emergency-112-about = The same as 999. It also works in other countries.
numbers-runaway-name = Runaway Helpline
numbers-runaway-about = If you have run away, or someone is making you stay away. They listen and can pass a message home for you. Texts are answered in English. They may be closed at night. If you need help now, call 999.
numbers-childline-name = Childline
numbers-childline-about = For anyone under 19, about anything that worries you. The call does not show on the phone bill. But it does show in the list of calls on your phone.
numbers-modern-slavery-name = Modern Slavery and Exploitation Helpline
numbers-modern-slavery-about = If someone is forcing you to work, to do crime or to do things you do not want to do.
numbers-samaritans-name = Samaritans
numbers-samaritans-about = If you feel very sad, alone or want to hurt yourself. You can call even with no credit.
numbers-nhs-111-name = NHS 111
numbers-nhs-111-about = When you are ill or worried about your health, and it is not an emergency. The call is free. To get an interpreter, say the name of your language in English. Choose the mental health option if you feel very bad in your mind.
numbers-police-101-name = Police (not an emergency)
numbers-police-101-about = To talk to the police when nobody is in danger now. The call is free. The police can get an interpreter.
numbers-coram-voice-name = Coram Voice (Always Heard)
numbers-coram-voice-about = For children in care in England. They can help you get an advocate: someone who is only on your side. An advocate helps you say what you want. Open on weekdays, 9.30am to 6pm. At other times, you can leave a message.
