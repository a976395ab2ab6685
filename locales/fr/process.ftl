## The asylum process: list, step screen, search and glossary

process-title = La demande d’asile étape par étape
process-intro = Ce qui se passe, étape par étape. Touche une étape pour la lire.
process-home-hint = Ce qui vient ensuite, étape par étape
process-rules-changed = Les règles ont changé en 2026 et peuvent encore changer. C’est ton avocat qui a le dernier mot sur ton dossier.
process-you-are-here = Tu es ici
process-mark-here = J’en suis à cette étape
process-home-current = Tu en es à : { $step }
process-what = Ce qui se passe
process-who = Qui sera là
process-ask = Ce que tu peux demander
process-next = Ce qui vient ensuite
process-time = Combien de temps ça peut prendre
process-sources = D’où viennent ces informations
process-source-verified = Source officielle : { $source }
process-source-secondary = Autre source (pas officielle) : { $source }
process-reviewed = Vérifié pour la dernière fois le { $date }.
process-previous = Étape précédente
process-following = Étape suivante
process-step-number = Étape { $number }
process-search = Cherche un mot que tu as lu dans une lettre
process-search-results = Résultats
process-search-empty = Rien trouvé. Essaie un autre mot, ou demande à ton assistant social ou à ton avocat ce que le mot veut dire.
process-glossary = Des mots que tu peux entendre
process-glossary-intro = Des mots qu’on lit dans les lettres et qu’on entend aux rendez-vous, expliqués simplement.
process-questions = Mes questions pour mon avocat ou mon assistant social
process-questions-private = Toi seul peux les voir. Elles restent sur ce téléphone.
process-question-label = Écris une question
process-question-save = Enregistrer la question
process-question-delete = Supprimer
process-question-empty = Écris d’abord ta question.
process-question-too-long = Cette question est trop longue. Garde-la sous { $max } lettres.
process-question-saved = Question enregistrée.
process-question-none = Pas encore de question.

## Step 1: arrival

process-arrival-title = L’arrivée au Royaume-Uni
process-arrival-what = Beaucoup de jeunes arrivent dans le Kent. Les agents de la police des frontières (Border Force) peuvent te garder dans un lieu comme le Kent Intake Unit, à Douvres, pendant qu’ils organisent ta prise en charge. Le conseil local (council) doit s’occuper de tout enfant qui n’a ici ni parent ni personne qui s’occupe de lui.
process-arrival-who = Les agents de la police des frontières (Border Force). Un assistant social du conseil local est appelé.
process-arrival-ask = Un interprète. Être traité comme un enfant.
process-arrival-next = Le conseil local s’occupe de toi. Le ministère de l’Intérieur (Home Office) te pose ses premières questions (l’entretien de bien-être).
process-arrival-time = Cela peut prendre beaucoup d’heures, pendant qu’on organise ta prise en charge.

## Step 2: welfare interview

process-welfare-interview-title = L’entretien de bien-être (le “petit” entretien)
process-welfare-interview-what = Le ministère de l’Intérieur (Home Office) pose des questions simples : ton nom, ta date de naissance, ton pays et ta famille. Ils peuvent demander un peu pourquoi tu es venu et comment tu as voyagé. Ils prennent ta photo et tes empreintes digitales. Tu peux recevoir un formulaire appelé SEF.
process-welfare-interview-who = Un agent du ministère de l’Intérieur (Home Office) et un interprète. Si tu as moins de 16 ans, ton assistant social ou un autre adulte responsable vient aussi. En Écosse, un adulte accompagne tous les moins de 18 ans.
process-welfare-interview-ask = Un interprète. Un autre interprète si tu ne comprends pas celui que tu as.
process-welfare-interview-next = Si le ministère de l’Intérieur pense que tu as plus de 18 ans, il peut te traiter comme un adulte. Si tu es un enfant, dis-le clairement. Demande un assistant social et un avocat. Tu peux contester une décision sur ton âge.
process-welfare-interview-time = Il a lieu peu après ton arrivée.

## Step 3: age assessment

process-age-assessment-title = S’ils ne croient pas ton âge
process-age-assessment-what = Si quelqu’un doute de ton âge, des assistants sociaux parlent avec toi pour le déterminer. Le conseil local doit décider lui-même, même si le ministère de l’Intérieur (Home Office) pense que tu es adulte. Une équipe nationale d’assistants sociaux peut aussi décider de ton âge.
process-age-assessment-who = En général deux assistants sociaux, souvent avec un autre adulte présent pour te soutenir.
process-age-assessment-ask = Être traité comme un enfant pendant qu’ils décident. L’aide d’un avocat. Le projet sur les litiges d’âge du Refugee Council (Refugee Council’s Age Dispute Project) peut t’aider s’ils pensent que tu as moins de 18 ans.
process-age-assessment-next = S’ils décident que tu es un enfant, le conseil local s’occupe de toi comme d’un enfant. S’ils décident que tu es adulte, tu peux contester cette décision avec un avocat. Demande de l’aide rapidement.
process-age-assessment-time = Il n’y a pas de délai fixe. Demande à ton assistant social ou à ton avocat.

## Step 4: being looked after

process-looked-after-title = Être pris en charge par le conseil local
process-looked-after-what = Le conseil local s’occupe de toi. Tu es un “enfant pris en charge” (looked-after child). Tu as un assistant social et un endroit où vivre, par exemple une famille d’accueil. Si tu as 16 ou 17 ans, ça peut aussi être un logement accompagné. Le conseil local t’aide aussi pour la santé et l’école.
process-looked-after-who = Ton assistant social, et ta famille d’accueil ou ton éducateur référent (key worker).
process-looked-after-ask = Un défenseur (advocate) : quelqu’un qui parle pour toi. De l’aide pour trouver un avocat.
process-looked-after-next = Tu peux être transféré dans un autre conseil local (le programme national de transfert, National Transfer Scheme). Tu as un avocat pour ta demande d’asile.
process-looked-after-time = À partir du jour où tu rencontres le conseil local pour la première fois.

## Step 5: National Transfer Scheme

process-transfer-title = Aller dans un autre conseil local (National Transfer Scheme)
process-transfer-what = Beaucoup de jeunes arrivent dans quelques endroits, comme le Kent. Le programme national de transfert (National Transfer Scheme) envoie certains d’entre eux dans un conseil d’une autre partie du Royaume-Uni, pour que tous les conseils partagent la prise en charge. Chaque conseil doit y participer.
process-transfer-who = Le conseil où tu es maintenant et le conseil où tu vas.
process-transfer-ask = Que ton intérêt supérieur soit une partie principale de la décision. Tu peux demander à ton assistant social où tu vas et pourquoi.
process-transfer-next = Ton nouveau conseil s’occupe de toi.
process-transfer-time = Le transfert devrait se faire dans les 10 jours ouvrables.

## Step 6: getting a lawyer

process-lawyer-title = Avoir un avocat
process-lawyer-what = Un avocat (legal representative) t’aide pour ta demande d’asile. L’aide juridictionnelle (legal aid) paie l’avocat, donc tu ne paies rien. Ce que tu dis à ton avocat est confidentiel : il le garde pour lui.
process-lawyer-who = Ton avocat, souvent avec un interprète.
process-lawyer-ask = De l’aide de ta famille d’accueil, de ton éducateur référent ou de ton assistant social pour trouver un avocat.
process-lawyer-next = Ton avocat t’aide à remplir le formulaire de déclaration des preuves (Statement of Evidence Form, SEF).
process-lawyer-time = Il n’y a pas de délai fixe. Ta famille d’accueil, ton éducateur référent ou ton assistant social doit t’aider à trouver un avocat.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = Le formulaire de déclaration des preuves (SEF)
process-sef-what = Le SEF est un formulaire où tu expliques qui tu es et pourquoi tu as besoin de protection. Il est rempli en anglais, toujours avec ton avocat. Le ministère de l’Intérieur (Home Office) utilise le SEF seulement pour dire oui. S’il ne peut pas dire oui, il te convoque en général d’abord à un entretien. Un essai a commencé en janvier 2026 pour certains jeunes de 16 et 17 ans qui ont un avocat. S’ils sont d’accord, ils sautent le SEF et vont directement à l’entretien. Demande à ton avocat si c’est pour toi.
process-sef-who = Ton avocat, et un interprète si tu en as besoin.
process-sef-ask = De l’aide pour trouver un avocat si tu n’en as pas. Plus de temps, si tu en as besoin.
process-sef-next = L’entretien principal (le “grand”), sauf si le ministère de l’Intérieur peut décider sans lui.
process-sef-time = Le ministère de l’Intérieur doit recevoir ton SEF dans les 60 jours ouvrables après le jour où tu as demandé l’asile. Les jours ouvrables vont du lundi au vendredi, sans les jours fériés. Cela fait environ 3 mois. Ton avocat peut demander plus de temps.

## Step 8: the main interview

process-interview-title = L’entretien principal (le “grand” entretien)
process-interview-what = Les jeunes de plus de 12 ans ont en général cet entretien. On te demande pourquoi tu es parti, comment s’est passé ton voyage, ta vie d’avant, et ce dont tu as peur.
process-interview-who = Un décideur du ministère de l’Intérieur (Home Office), ton avocat, un interprète et un adulte responsable (responsible adult) : ton assistant social, ta famille d’accueil ou ton éducateur référent, ou une autre personne en qui tu as confiance.
process-interview-ask = Un interprète homme ou femme (demande-le tôt à ton avocat). Un autre interprète si la langue ou le dialecte ne va pas. Des pauses. Arrêter et continuer un autre jour si tu es trop malade.
process-interview-next = Tu attends la décision. Si tu as 18 ans avant l’entretien, il a quand même lieu, avec une personne formée aux dossiers d’enfants.
process-interview-time = Il vient après le SEF.

## Step 9: waiting

process-waiting-title = Attendre la décision
process-waiting-what = Le ministère de l’Intérieur (Home Office) prend sa décision. Attendre peut être très dur. Ton avocat peut interroger le ministère sur les retards, et on peut contacter ton député (MP).
process-waiting-who = Il n’y a pas de rendez-vous. Le ministère de l’Intérieur envoie la décision à ton avocat et à ton assistant social.
process-waiting-ask = Demande à ton avocat de relancer le ministère de l’Intérieur si c’est très long.
process-waiting-next = La décision.
process-waiting-time = Beaucoup de mois, parfois des années.

## Step 10: the decision

process-decision-title = La décision
process-decision-what = La réponse peut être : le statut de réfugié (refugee status) ; la protection humanitaire (humanitarian protection) ; l’autorisation de séjour pour mineur non accompagné (UASC leave) ; un autre type d’autorisation de rester ; ou un refus. Le ministère de l’Intérieur (Home Office) informe ton assistant social et ton avocat.
process-decision-who = La lettre va à ton avocat et à ton assistant social. Demande-leur de te l’expliquer.
process-decision-ask = Demande à ton avocat ce que la décision veut dire pour toi et combien de temps dure ton autorisation de rester.
process-decision-next = Si ta demande est refusée, tu peux en général faire appel. L’UASC leave veut dire que ta demande d’asile a été refusée. En général, tu peux aussi faire appel de ce refus. Tu as seulement 14 jours, alors parle à ton avocat tout de suite. Avant la fin de ton UASC leave, tu dois redemander. Vois un avocat 3 à 6 mois avant la fin.
process-decision-time = L’UASC leave dure 30 mois, ou jusqu’à tes 17 ans et demi si cela arrive avant. D’autres autorisations de rester peuvent être plus longues ou plus courtes. Cela dépend de la date de ta demande d’asile. Demande à ton avocat combien de temps dure la tienne.

## Step 11: appeal

process-appeal-title = Faire appel d’un refus
process-appeal-what = Si le ministère de l’Intérieur (Home Office) dit non, tu peux en général faire appel. Alors un juge (le tribunal de première instance, First-tier Tribunal) réexamine ton dossier. Tu n’as pas besoin d’autorisation pour faire appel. Ta lettre de décision dit si tu peux faire appel.
process-appeal-who = Un juge, ton avocat, un adulte responsable et un interprète.
process-appeal-ask = Un interprète dans ta langue et ton dialecte : ton formulaire d’appel doit dire lesquels. Un adulte responsable avec toi à l’audience.
process-appeal-next = Si le juge dit non, il est peut-être possible d’aller devant un tribunal supérieur (Upper Tribunal). Si tu as plus de 18 ans et que tous tes appels échouent, le conseil local peut arrêter une partie de son aide. Avant de le faire, il doit te dire pourquoi, par écrit.
process-appeal-time = Ton appel doit arriver au plus tard 14 jours après l’envoi du refus. Préviens ton avocat tout de suite. La décision du juge arrive en général 3 à 4 semaines après l’audience.

## Step 12: turning 18 and leaving care

process-turning-18-title = Avoir 18 ans et quitter la prise en charge
process-turning-18-what = Vers 16 ans, tu as un conseiller personnel (personal adviser) et un plan de parcours (pathway plan) : ton plan pour devenir adulte. Il remplace ton plan de prise en charge.
process-turning-18-who = Ton conseiller personnel (personal adviser).
process-turning-18-ask = Un plan de parcours revu au moins tous les 6 mois. En Angleterre, l’aide de ton conseiller personnel jusqu’à 25 ans. De l’aide pour avoir des conseils juridiques sur ta situation de séjour.
process-turning-18-next = En Angleterre, ton conseil local doit publier ce qu’il propose aux jeunes qui quittent la prise en charge (son “offre locale”, local offer).
process-turning-18-time = Le plan commence vers 16 ans. En Angleterre, ton conseiller personnel peut t’aider jusqu’à 25 ans.

## Step 13: National Referral Mechanism

process-nrm-title = Si quelqu’un t’a exploité (National Referral Mechanism)
process-nrm-what = Le mécanisme national d’orientation (National Referral Mechanism, NRM) est la façon dont le Royaume-Uni trouve et protège les personnes victimes de traite ou d’exploitation : forcées à travailler, à commettre des délits, ou maltraitées d’autres façons. Toute personne de moins de 18 ans doit être orientée. Les enfants n’ont pas besoin d’être d’accord.
process-nrm-who = Un “premier intervenant” (first responder), comme la police, le conseil local, ou une association comme Barnardo’s, la NSPCC ou le Refugee Council.
process-nrm-ask = Un tuteur (guardian) : quelqu’un qui est de ton côté et te conseille. Dans beaucoup de régions d’Angleterre et du pays de Galles, c’est un tuteur indépendant pour les enfants victimes de traite (Independent Child Trafficking Guardian). En Écosse, chaque enfant qui arrive seul a un tuteur de Guardianship Scotland. En Irlande du Nord, c’est l’Independent Guardian Service (service de tuteurs indépendants) qui aide.
process-nrm-next = D’abord une décision sur des “motifs raisonnables” (reasonable grounds), puis une décision sur des “motifs concluants” (conclusive grounds). Si tu as 18 ans avant la décision finale, tu peux dire, à l’oral ou par écrit, que tu veux rester dans le NRM.
process-nrm-time = La première décision prend environ 5 jours ouvrables quand c’est possible. La décision finale arrive après au moins 30 jours ; il n’y a pas de délai fixe.

## Glossary

glossary-home-office-term = Home Office (ministère de l’Intérieur)
glossary-home-office-meaning = La partie du gouvernement britannique qui décide des demandes d’asile.
glossary-sef-term = SEF (formulaire de déclaration des preuves, Statement of Evidence Form)
glossary-sef-meaning = Le formulaire où tu expliques, avec ton avocat, qui tu es et pourquoi tu as besoin de protection.
glossary-interview-term = Substantive interview (entretien principal)
glossary-interview-meaning = Le principal (“grand”) entretien d’asile, où tu expliques pourquoi tu as besoin de protection.
glossary-responsible-adult-term = Responsible adult (adulte responsable)
glossary-responsible-adult-meaning = Un adulte qui vient avec toi aux entretiens pour te soutenir, comme ton assistant social ou ton éducateur référent.
glossary-legal-aid-term = Legal aid (aide juridictionnelle)
glossary-legal-aid-meaning = De l’argent du gouvernement qui paie ton avocat, donc tu ne paies rien.
glossary-looked-after-term = Looked-after child (enfant pris en charge)
glossary-looked-after-meaning = Un enfant dont le conseil local s’occupe, avec un assistant social et un endroit où vivre.
glossary-refugee-status-term = Refugee status (statut de réfugié)
glossary-refugee-status-meaning = Un oui à ta demande d’asile : le Royaume-Uni reconnaît que tu as besoin de protection.
glossary-humanitarian-protection-term = Humanitarian protection (protection humanitaire)
glossary-humanitarian-protection-meaning = L’autorisation de rester parce que tu risquerais un grave danger si tu rentrais.
glossary-uasc-leave-term = UASC leave (autorisation de séjour pour mineur non accompagné)
glossary-uasc-leave-meaning = Une courte autorisation de rester pour un enfant dont la demande d’asile a été refusée. En général, tu peux faire appel de ce refus. Tu as seulement 14 jours, alors parle à ton avocat tout de suite. Tu dois redemander avant la fin de l’UASC leave.
glossary-tribunal-term = Tribunal (tribunal)
glossary-tribunal-meaning = Un tribunal où un juge réexamine ton dossier après un refus.
glossary-pathway-plan-term = Pathway plan (plan de parcours)
glossary-pathway-plan-meaning = Ton plan pour devenir adulte et quitter la prise en charge, fait avec ton conseiller personnel.
glossary-personal-adviser-term = Personal adviser (conseiller personnel)
glossary-personal-adviser-meaning = La personne qui t’aide quand tu quittes la prise en charge. En Angleterre, elle peut t’aider jusqu’à 25 ans.
glossary-nrm-term = NRM (mécanisme national d’orientation, National Referral Mechanism)
glossary-nrm-meaning = La façon dont le Royaume-Uni trouve et protège les victimes de traite ou d’exploitation.
