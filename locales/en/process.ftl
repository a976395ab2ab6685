## The asylum process: list, step screen, search and glossary

process-title = Your asylum process
process-intro = What happens, step by step. Tap a step to read it.
process-home-hint = What happens next, step by step
process-rules-changed = The rules changed in 2026, and they can change again. Your lawyer has the final word on your case.
process-you-are-here = You are here
process-mark-here = I am at this step
process-home-current = You are at: { $step }
process-what = What happens
process-who = Who will be there
process-ask = What you can ask for
process-next = What comes next
process-time = How long it can take
process-sources = Where this comes from
process-source-verified = Official source: { $source }
process-source-secondary = Other source (not official): { $source }
process-reviewed = Last checked on { $date }.
process-previous = Previous step
process-following = Next step
process-step-number = Step { $number }
process-search = Search for a word from a letter
process-search-results = Results
process-search-empty = Nothing found. Try another word. Or ask your social worker or lawyer what the word means.
process-glossary = Words you may hear
process-glossary-intro = Words from letters and meetings, in simple language.
process-questions = My questions for my lawyer or social worker
process-questions-private = Only you can see these. They stay on this phone.
process-question-label = Write a question
process-question-save = Save question
process-question-delete = Delete
process-question-empty = Write your question first.
process-question-too-long = This question is too long. Please keep it under { $max } letters.
process-question-saved = Question saved.
process-question-none = No questions yet.

## Step 1: arrival

process-arrival-title = Arriving in the UK
process-arrival-what = Many young people arrive in Kent. Border Force officers may keep you at a place like the Kent Intake Unit in Dover. They do this while they arrange care. The council must look after a child who has no parent or carer here.
process-arrival-who = Border Force officers. A social worker from the council is called.
process-arrival-ask = An interpreter. To be treated as a child.
process-arrival-next = The council looks after you. The Home Office asks you its first questions (the welfare interview).
process-arrival-time = It can take many hours, while your care is arranged.

## Step 2: welfare interview

process-welfare-interview-title = The welfare interview (the “small” interview)
process-welfare-interview-what = The Home Office asks simple questions. They ask your name, date of birth, country and family. They may ask a little about why you came and how you travelled. They take your photo and fingerprints. You may get a form called the SEF.
process-welfare-interview-who = A Home Office officer and an interpreter. If you are under 16, an adult comes too. This is your social worker or another responsible adult. In Scotland, an adult comes with everyone under 18.
process-welfare-interview-ask = An interpreter. Another interpreter if you cannot understand the one you have.
process-welfare-interview-next = If the Home Office thinks you are over 18, it may treat you as an adult. If you are a child, say so clearly. Ask for a social worker and a lawyer. You can challenge a decision about your age.
process-welfare-interview-time = It happens soon after you arrive.

## Step 3: age assessment

process-age-assessment-title = If they do not believe your age
process-age-assessment-what = If people doubt your age, social workers talk with you to decide it. The council must decide for itself, even if the Home Office thinks you are an adult. A national team of social workers can also decide your age.
process-age-assessment-who = Usually two social workers. Often another adult is there to support you.
process-age-assessment-ask = To be treated as a child while they decide. Help from a lawyer. The Refugee Council’s Age Dispute Project may help if they believe you are under 18.
process-age-assessment-next = If they decide you are a child, the council looks after you as a child. If they decide you are an adult, you can challenge this with a lawyer. Ask for help quickly.
process-age-assessment-time = There is no fixed time. Ask your social worker or lawyer.

## Step 4: being looked after

process-looked-after-title = Being looked after by the council
process-looked-after-what = The council looks after you. You are a “looked-after child”. You get a social worker and a place to live. It can be with a foster family. If you are 16 or 17, it may also be supported housing. The council also helps with health and school.
process-looked-after-who = Your social worker, and your foster carer or key worker.
process-looked-after-ask = An advocate. This is someone who speaks up for you. Help to find a lawyer.
process-looked-after-next = You may move to another council (the National Transfer Scheme). You get a lawyer for your asylum claim.
process-looked-after-time = From the day you first meet the council.

## Step 5: National Transfer Scheme

process-transfer-title = Moving to another council (National Transfer Scheme)
process-transfer-what = Many young people arrive in a few places, like Kent. The National Transfer Scheme moves some of them to a council in another part of the UK. This way all councils share the care. Every council must take part.
process-transfer-who = The council where you are now and the council you move to.
process-transfer-ask = That your best interests are a main part of the decision. You can ask your social worker where you are going and why.
process-transfer-next = Your new council looks after you.
process-transfer-time = The move should happen within 10 working days.

## Step 6: getting a lawyer

process-lawyer-title = Getting a lawyer
process-lawyer-what = A lawyer (legal representative) helps you with your asylum claim. Legal aid pays for the lawyer, so you do not pay. What you tell your lawyer is confidential. This means they keep it private.
process-lawyer-who = Your lawyer, often with an interpreter.
process-lawyer-ask = Help from your carer, key worker or social worker to find a lawyer.
process-lawyer-next = Your lawyer helps you fill in the Statement of Evidence Form (SEF).
process-lawyer-time = There is no fixed time. Your carer, key worker or social worker should help you find a lawyer.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = The Statement of Evidence Form (SEF)
process-sef-what = The SEF is a form where you explain who you are and why you need protection. It is filled in in English, always with your lawyer. The Home Office uses the SEF only to say yes. If it cannot say yes, it usually asks you to an interview first. In January 2026, a trial started. It is for some 16 and 17 year olds who have a lawyer. If they agree, they skip the SEF and go straight to the interview. Ask your lawyer if this is for you.
process-sef-who = Your lawyer, and an interpreter if you need one.
process-sef-ask = Help to find a lawyer if you do not have one. More time, if you need it.
process-sef-next = The main (“big”) interview, unless the Home Office can decide without it.
process-sef-time = The Home Office must get your SEF within 60 working days from the day you claimed asylum. Working days are Monday to Friday, but not public holidays. So this is about 3 months. Your lawyer can ask for more time.

## Step 8: the main interview

process-interview-title = The main (“big”) interview
process-interview-what = Young people over 12 usually have this interview. They ask why you left, about your journey, your life before, and what you are afraid of.
process-interview-who = A Home Office officer who makes the decision. Your lawyer. An interpreter. A responsible adult. This can be your social worker, foster carer or key worker. Or it can be another person you trust.
process-interview-ask = A man or a woman as your interpreter. Ask your lawyer early. A different interpreter if the language or dialect is wrong. Breaks. To stop and do it another day if you are too ill.
process-interview-next = You wait for the decision. If you turn 18 before the interview, it still happens. It is with someone trained for children’s cases.
process-interview-time = It comes after the SEF.

## Step 9: waiting

process-waiting-title = Waiting for the decision
process-waiting-what = The Home Office makes its decision. Waiting can be very hard. Your lawyer can ask the Home Office about delays. Your MP (your member of parliament) can also be contacted.
process-waiting-who = There is no meeting. The Home Office sends the decision to your lawyer and your social worker.
process-waiting-ask = Ask your lawyer to chase the Home Office if it takes a long time.
process-waiting-next = The decision.
process-waiting-time = Many months, sometimes years.

## Step 10: the decision

process-decision-title = The decision
process-decision-what = The answer can be refugee status or humanitarian protection. It can be UASC leave or another kind of permission to stay. Or it can be a refusal. The Home Office tells your social worker and your lawyer.
process-decision-who = The letter goes to your lawyer and your social worker. Ask them to explain it with you.
process-decision-ask = Ask your lawyer what the decision means for you and how long your permission to stay lasts.
process-decision-next = If you are refused, you can usually appeal. UASC leave means your asylum claim was refused. You can usually appeal this too. You have only 14 days, so talk to your lawyer at once. Before your UASC leave ends, you must apply again. See a lawyer 3 to 6 months before it ends.
process-decision-time = UASC leave lasts 30 months, or until you are 17 and a half if that comes first. Other permission can be longer or shorter. It depends on the date you claimed asylum. Ask your lawyer how long yours lasts.

## Step 11: appeal

process-appeal-title = Appealing a refusal
process-appeal-what = If the Home Office says no, you can usually appeal. Then a judge (the First-tier Tribunal) looks at your case again. You do not need permission to appeal. Your decision letter says if you can appeal.
process-appeal-who = A judge, your lawyer, a responsible adult and an interpreter.
process-appeal-ask = An interpreter in your language and dialect. Your appeal form must say which. A responsible adult with you at the hearing.
process-appeal-next = If the judge says no, you may be able to go to a higher court (the Upper Tribunal). If you are over 18 and all your appeals fail, the council may stop some help. Before it does, it must tell you why in writing.
process-appeal-time = Your appeal must arrive no later than 14 days after the refusal was sent. Tell your lawyer at once. The judge’s decision usually comes 3 to 4 weeks after the hearing.

## Step 12: turning 18 and leaving care

process-turning-18-title = Turning 18 and leaving care
process-turning-18-what = From about 16, you get a personal adviser. You also get a pathway plan. This is your plan for becoming an adult. It takes the place of your care plan.
process-turning-18-who = Your personal adviser.
process-turning-18-ask = A pathway plan that is checked at least every 6 months. In England, help from your personal adviser until you are 25. Help to get legal advice about your immigration status.
process-turning-18-next = In England, your council must publish what it offers young people leaving care. This is its “local offer”.
process-turning-18-time = The plan starts around 16. In England, your personal adviser can help you until you are 25.

## Step 13: National Referral Mechanism

process-nrm-title = If someone exploited you (National Referral Mechanism)
process-nrm-what = The National Referral Mechanism (NRM) is for people who were trafficked or exploited. It is how the UK finds and protects them. That means people forced to work or to commit crimes. Or people harmed in other ways. Anyone under 18 should be referred. Children do not have to agree to it.
process-nrm-who = A “first responder”. This can be the police or the council. Or it can be a charity like Barnardo’s, the NSPCC or the Refugee Council.
process-nrm-ask = A guardian. This is someone who is on your side and gives you advice. In many parts of England and Wales, this is an Independent Child Trafficking Guardian. In Scotland, every child who comes alone gets a guardian. The guardian is from Guardianship Scotland. In Northern Ireland, the Independent Guardian Service helps.
process-nrm-next = First there is a “reasonable grounds” decision. Then there is a “conclusive grounds” decision. If you turn 18 before the final decision, you can say that you want to stay in the NRM. You can say it in words or in writing.
process-nrm-time = The first decision takes about 5 working days where possible. The final decision comes after at least 30 days. There is no fixed time.

## Glossary

glossary-home-office-term = Home Office
glossary-home-office-meaning = The part of the UK government that decides asylum claims.
glossary-sef-term = SEF (Statement of Evidence Form)
glossary-sef-meaning = The form where you explain, with your lawyer, who you are and why you need protection.
glossary-interview-term = Substantive interview
glossary-interview-meaning = The main (“big”) asylum interview. Here you explain why you need protection.
glossary-responsible-adult-term = Responsible adult
glossary-responsible-adult-meaning = An adult who comes with you to interviews to support you. For example, your social worker or key worker.
glossary-legal-aid-term = Legal aid
glossary-legal-aid-meaning = Money from the government that pays for your lawyer, so you do not pay.
glossary-looked-after-term = Looked-after child
glossary-looked-after-meaning = A child the council cares for, with a social worker and a place to live.
glossary-refugee-status-term = Refugee status
glossary-refugee-status-meaning = A yes to your asylum claim: the UK accepts you need protection.
glossary-humanitarian-protection-term = Humanitarian protection
glossary-humanitarian-protection-meaning = Permission to stay because you would face serious harm if you went back.
glossary-uasc-leave-term = UASC leave
glossary-uasc-leave-meaning = Short permission to stay for a child whose asylum claim was refused. You can usually appeal the refusal. You have only 14 days, so talk to your lawyer at once. You must apply again before UASC leave ends.
glossary-tribunal-term = Tribunal
glossary-tribunal-meaning = A court where a judge looks at your case again after a refusal.
glossary-pathway-plan-term = Pathway plan
glossary-pathway-plan-meaning = Your plan for becoming an adult and leaving care. You make it with your personal adviser.
glossary-personal-adviser-term = Personal adviser
glossary-personal-adviser-meaning = The person who helps you when you leave care. In England, they can help you until you are 25.
glossary-nrm-term = NRM (National Referral Mechanism)
glossary-nrm-meaning = The UK’s way to find and protect people who were trafficked or exploited.
