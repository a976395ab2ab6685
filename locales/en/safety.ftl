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
card-safe-signs-what = Exploitation means someone uses you to get money or power for themselves. They may trick you, scare you or force you.
card-safe-sign-debt = Someone says you owe them money, for example for your journey, a phone or food. They tell you to work to pay it back.
card-safe-sign-keeping = Someone keeps your papers, your money or your phone.
card-safe-sign-moved = You are moved from place to place, or taken to other towns.
card-safe-sign-distrust = Someone tells you that the police or your social worker will hurt you and cannot be trusted.
card-safe-sign-drugs = Someone makes you sell drugs, or carry drugs or money for them.
card-safe-sign-grow = Someone makes you look after cannabis plants in a house, and you cannot leave. Cannabis is a drug.
card-safe-sign-sexual = Someone makes you do sexual things. They may give you money, gifts, drugs or a place to stay. This happens to boys too.
card-safe-contact-title = Someone wants you to go to them
card-safe-contact-arrive = Someone told you to call or message them when you get here. They may want to take you away from the people who look after you.
card-safe-contact-offer = Someone offers you a job, a ticket or a place to stay in another city. It can sound good, but it can be a trap.
card-safe-contact-talk = Before you go, talk to your social worker or another adult you trust. It is not your fault that someone asked you.
card-safe-online-title = People you meet online
card-safe-online-lie = People online can lie about who they are, how old they are and what they want.
card-safe-online-signs = Be careful if someone online asks you to keep a secret. Also be careful if they want to meet you, or want photos of you.
card-safe-online-help = If someone online worries you, stop replying and block them. Tell an adult you trust. It is not your fault.
card-safe-relationships-title = Safe relationships
card-safe-gifts = Gifts, money or a phone from someone you do not know well can become a “debt”. Then the debt is used to control you.
card-safe-talk = If something like this is happening, you are not to blame. You can talk to your social worker, or call the Runaway Helpline on 116 000.
card-safe-stay-away-title = Someone is making me stay away
card-safe-stay-away = If someone is making you stay away, that is serious. The person doing this is probably breaking the law. It is not your fault.
card-safe-stay-away-helpline = The Runaway Helpline can help you get safe: call or text 116 000. It is free.
card-safe-stay-away-danger = If you are in danger now, call 999.

## "Where I live does not feel safe" card

card-placement-title = Where I live does not feel safe
card-placement-intro = You should feel safe where you live. If you do not, you can say so. It is not your fault.
card-placement-why = Maybe someone there scares you or hurts you. Maybe people from your own country make you feel unsafe. You can say this too.
card-placement-who-title = Who you can tell
card-placement-social-worker = Your social worker. If you do not feel safe, do not wait for their next visit. Contact them now.
card-placement-talk-out = You can ask your social worker to meet you somewhere else. Then you can talk freely.
card-placement-iro = Your Independent Reviewing Officer (IRO). Every child in care has one. They check that the plans for you are right.
card-placement-iro-contact = You can contact your IRO at any time, not only at meetings. You should be told their name and how to reach them.
card-placement-advocate = An advocate. This is someone who is only on your side. They do not work for your carers or your social worker.
card-placement-advocate-right = You have a right to an advocate when you want to complain or ask for a change.
card-placement-move-title = Asking to move
card-placement-move = You can ask to move to a different home. It is not always possible. But they must listen to you.
card-placement-move-list = It can help to write a list. Write what is wrong, and what would make it better.
card-placement-move-advocate = An advocate can help you say what you want. They can also come to meetings with you, or speak for you.
card-placement-get-title = How to get an advocate
card-placement-coram-voice = In England, call Coram Voice on 0808 800 5792 to ask for an advocate. The call is free.
card-placement-coram-hours = They answer on weekdays, from 9.30am to 6pm. At other times, you can leave a message.
card-placement-other-nations = Outside England, ask your social worker or guardian how to get an advocate.
card-placement-danger = If you are in danger now, call 999.

## "If you are away" card

card-missing-title = If you are away
card-missing-intro = Sometimes the people who look after you do not know where you are. Then you are called “missing”. Going missing is not a crime.
card-missing-reported = Your carer or social worker will tell the police that you are missing. This is called being “reported missing”.
card-missing-search = The police will look for you. They may talk to your friends and look in places you go.
card-missing-why = They do this because they are worried about you. They want to know that you are safe.
card-missing-until = The police keep looking until they see you. They need to check that you are safe and well.
card-missing-found-title = When you want to be found
card-missing-station = You can go to any police station, in any town. Or you can call the police on 101.
card-missing-unsafe = If it was not safe where you lived, tell the police. If you are under 18, they should talk to social workers about a safe place for you.
card-missing-helpline = The Runaway Helpline can help you talk to the police. Call or text 116 000. It is free.
card-missing-interview = When you come back, you will be offered a return interview. You can ask for an interpreter. An interpreter speaks your language and English.
card-missing-danger = If you are in danger now, call 999.

## "If they say you are an adult" card

card-age-title = If they say you are an adult
card-age-intro = Sometimes the Home Office or the council does not believe your age. They may say you are over 18.
card-age-not-fault = This happens to many young people. It is not your fault.
card-age-do-title = What you can do
card-age-say = If you are under 18, say clearly that you are a child. Say it every time. Tell them your age and your date of birth, if you know it.
card-age-ask = Ask for a social worker and a lawyer. A lawyer knows the law and can help you.
card-age-council = The council must decide your age for itself. This is true even if the Home Office says you are an adult.
card-age-challenge = You can challenge an age decision. This means you ask for it to be looked at again. A lawyer can help you do this.
card-age-quick = There is a time limit to challenge. So ask for help quickly.
card-age-papers = Papers that show your age can help. If you have them or can get them, give them to your lawyer.
card-age-help-title = Who can help
card-age-refugee-council = The Refugee Council’s Age Dispute Project helps some young people who are treated as adults. They help only if they believe you are under 18.
card-age-refugee-council-how = An adult who helps you, like your lawyer or social worker, can tell them about you.
card-age-unsafe = If you live with adults and do not feel safe, tell your lawyer or social worker. If you are in danger now, call 999.
