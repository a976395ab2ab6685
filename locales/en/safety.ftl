## "When I come back" card

card-return-title = When you come back
card-return-intro = Going missing is not a crime. People want to know you are safe.
card-return-safe-well = The police will want to see you, to check that you are safe and well. This is called a “safe and well check”.
card-return-interview = You will be offered a talk with someone who does not look after you. This is called a “return interview”. In Scotland it is called a “return discussion”. It should happen within 72 hours (3 days) of you coming back. You can ask for an interpreter.
card-return-why = In the return interview you can say why you left, and what would help you feel safe.
card-return-decline = You can say no to the return interview.
card-return-info = You should be told how to stay safe if you leave again, and which helpline numbers you can call.

## "Staying safe" card

card-safe-title = Staying safe
card-safe-signs-title = What exploitation can look like
card-safe-sign-debt = Someone says you owe them money, for example for your journey, a phone or food, and tells you to work to pay it back.
card-safe-sign-keeping = Someone keeps your papers, your money or your phone.
card-safe-sign-moved = You are moved from place to place, or taken to other towns.
card-safe-sign-distrust = Someone tells you that the police or your social worker will hurt you and cannot be trusted.
card-safe-relationships-title = Safe relationships
card-safe-gifts = Gifts, money or a phone from someone you do not know well can be turned into a “debt” that is used to control you.
card-safe-talk = If something like this is happening, you are not to blame. You can talk to your social worker, or call the Runaway Helpline on 116 000.
card-safe-stay-away-title = Someone is making me stay away
card-safe-stay-away = If someone is making you stay away, that is serious. The person doing this is probably breaking the law. It is not your fault.
card-safe-stay-away-helpline = The Runaway Helpline can help you get safe: call or text 116 000. It is free.
card-safe-stay-away-danger = If you are in danger now, call 999.
