## "When I come back" card

card-return-title = Quand tu reviens
card-return-intro = Disparaître n’est pas un délit. Les gens veulent savoir que tu es en sécurité.
card-return-safe-well = La police voudra te voir, pour vérifier que tu es en sécurité et en bonne santé. On appelle ça un « safe and well check ».
card-return-interview = On te proposera de parler avec quelqu’un qui ne s’occupe pas de toi. On appelle ça un « return interview » (entretien de retour). En Écosse, on l’appelle « return discussion ». Il devrait avoir lieu dans les 72 heures (3 jours) après ton retour. Tu peux demander un interprète.
card-return-why = Pendant l’entretien de retour, tu peux dire pourquoi tu es parti, et ce qui t’aiderait à te sentir en sécurité.
card-return-decline = Tu peux refuser l’entretien de retour.
card-return-info = On devrait te dire comment rester en sécurité si tu repars, et quelles lignes d’aide tu peux appeler.

## "Staying safe" card

card-safe-title = Rester en sécurité
card-safe-signs-title = À quoi l’exploitation peut ressembler
card-safe-signs-what = L’exploitation, c’est quand quelqu’un se sert de toi pour avoir de l’argent ou du pouvoir pour lui-même. Il peut te tromper, te faire peur ou te forcer.
card-safe-sign-debt = Quelqu’un dit que tu lui dois de l’argent, par exemple pour ton voyage, un téléphone ou de la nourriture, et te dit de travailler pour rembourser.
card-safe-sign-keeping = Quelqu’un garde tes papiers, ton argent ou ton téléphone.
card-safe-sign-moved = On te déplace d’un endroit à l’autre, ou on t’emmène dans d’autres villes.
card-safe-sign-distrust = Quelqu’un te dit que la police ou ton assistant social vont te faire du mal et qu’on ne peut pas leur faire confiance.
card-safe-sign-drugs = Quelqu’un t’oblige à vendre de la drogue, ou à transporter de la drogue ou de l’argent pour lui.
card-safe-sign-grow = Quelqu’un t’oblige à t’occuper de plants de cannabis dans une maison, et tu ne peux pas partir. Le cannabis est une drogue.
card-safe-sign-sexual = Quelqu’un t’oblige à faire des choses sexuelles. Il peut te donner de l’argent, des cadeaux, de la drogue ou un endroit où loger. Cela arrive aussi aux garçons.
card-safe-contact-title = Quelqu’un veut que tu ailles le rejoindre
card-safe-contact-arrive = Quelqu’un t’a dit de l’appeler ou de lui envoyer un message quand tu arriverais ici. Il veut peut-être t’éloigner des personnes qui s’occupent de toi.
card-safe-contact-offer = Quelqu’un te propose un travail, un billet ou un endroit où loger dans une autre ville. Ça peut paraître bien, mais ça peut être un piège.
card-safe-contact-talk = Avant de partir, parle à ton assistant social ou à un autre adulte de confiance. Ce n’est pas ta faute si quelqu’un t’a demandé ça.
card-safe-online-title = Les gens que tu rencontres en ligne
card-safe-online-lie = Les gens en ligne peuvent mentir sur qui ils sont, sur leur âge et sur ce qu’ils veulent.
card-safe-online-signs = Fais attention si quelqu’un en ligne te demande de garder un secret. Fais aussi attention s’il veut te rencontrer, ou s’il veut des photos de toi.
card-safe-online-help = Si quelqu’un en ligne t’inquiète, arrête de lui répondre et bloque-le. Parles-en à un adulte de confiance. Ce n’est pas ta faute.
card-safe-relationships-title = Des relations sûres
card-safe-gifts = Des cadeaux, de l’argent ou un téléphone donnés par quelqu’un que tu ne connais pas bien peuvent devenir une « dette » qui sert à te contrôler.
card-safe-talk = Si quelque chose comme ça t’arrive, ce n’est pas ta faute. Tu peux en parler à ton assistant social, ou appeler la Runaway Helpline au 116 000.
card-safe-stay-away-title = Quelqu’un m’oblige à rester loin
card-safe-stay-away = Si quelqu’un t’oblige à rester loin, c’est grave. La personne qui fait ça enfreint probablement la loi. Ce n’est pas ta faute.
card-safe-stay-away-helpline = La Runaway Helpline peut t’aider à te mettre en sécurité : appelle ou envoie un SMS au 116 000. C’est gratuit.
card-safe-stay-away-danger = Si tu es en danger maintenant, appelle le 999.

## "Where I live does not feel safe" card

card-placement-title = Je ne me sens pas en sécurité là où je vis
card-placement-intro = Tu dois pouvoir te sentir en sécurité là où tu vis. Si ce n’est pas le cas, tu peux le dire. Ce n’est pas ta faute.
card-placement-why = Peut-être que quelqu’un là-bas te fait peur ou te fait du mal. Peut-être que des gens de ton propre pays font que tu ne te sens pas en sécurité. Tu peux le dire aussi.
card-placement-who-title = À qui tu peux le dire
card-placement-social-worker = Ton assistant social. Si tu ne te sens pas en sécurité, n’attends pas sa prochaine visite. Contacte-le maintenant.
card-placement-talk-out = Tu peux demander à ton assistant social de te voir ailleurs. Comme ça, tu peux parler librement.
card-placement-iro = Ton responsable indépendant du suivi (Independent Reviewing Officer, IRO). Chaque enfant pris en charge en a un. Il vérifie que les plans prévus pour toi sont les bons.
card-placement-iro-contact = Tu peux contacter ton IRO à tout moment, pas seulement pendant les réunions. On devrait te dire son nom et comment le joindre.
card-placement-advocate = Un défenseur (advocate). C’est quelqu’un qui est seulement de ton côté. Il ne travaille ni pour les personnes qui s’occupent de toi, ni pour ton assistant social.
card-placement-advocate-right = Tu as le droit d’avoir un défenseur quand tu veux te plaindre ou demander un changement.
card-placement-move-title = Demander à changer de logement
card-placement-move = Tu peux demander à aller vivre dans un autre logement. Ce n’est pas toujours possible. Mais ils doivent t’écouter.
card-placement-move-list = Ça peut aider d’écrire une liste. Écris ce qui ne va pas, et ce qui améliorerait les choses.
card-placement-move-advocate = Un défenseur peut t’aider à dire ce que tu veux. Il peut aussi venir aux réunions avec toi, ou parler pour toi.
card-placement-get-title = Comment avoir un défenseur
card-placement-coram-voice = En Angleterre, appelle Coram Voice au 0808 800 5792 pour demander un défenseur. L’appel est gratuit.
card-placement-coram-hours = Ils répondent du lundi au vendredi, de 9 h 30 à 18 h. À d’autres moments, tu peux laisser un message.
card-placement-other-nations = En dehors de l’Angleterre, demande à ton assistant social ou à ton tuteur (guardian) comment avoir un défenseur.
card-placement-danger = Si tu es en danger maintenant, appelle le 999.

## "If you are away" card

card-missing-title = Si tu es parti
card-missing-intro = Parfois, les personnes qui s’occupent de toi ne savent pas où tu es. On dit alors que tu es « disparu » (missing). Disparaître n’est pas un délit.
card-missing-reported = La personne qui s’occupe de toi ou ton assistant social dira à la police que tu as disparu. On appelle ça être « signalé disparu » (reported missing).
card-missing-search = La police va te chercher. Elle peut parler à tes amis et chercher dans les endroits où tu vas.
card-missing-why = Elle fait ça parce qu’elle s’inquiète pour toi. Elle veut savoir que tu es en sécurité.
card-missing-until = La police continue à chercher jusqu’à ce qu’elle te voie. Elle doit vérifier que tu es en sécurité et en bonne santé.
card-missing-found-title = Quand tu veux qu’on te retrouve
card-missing-station = Tu peux aller dans n’importe quel commissariat de police, dans n’importe quelle ville. Ou tu peux appeler la police au 101.
card-missing-unsafe = Si tu n’étais pas en sécurité là où tu vivais, dis-le à la police. Si tu as moins de 18 ans, elle devrait parler aux assistants sociaux pour trouver un endroit sûr pour toi.
card-missing-helpline = La Runaway Helpline peut t’aider à parler à la police. Appelle ou envoie un SMS au 116 000. C’est gratuit.
card-missing-interview = Quand tu reviens, on te proposera un « return interview » (entretien de retour). Tu peux demander un interprète. Un interprète parle ta langue et l’anglais.
card-missing-danger = Si tu es en danger maintenant, appelle le 999.

## "If they say you are an adult" card

card-age-title = S’ils disent que tu es adulte
card-age-intro = Parfois, le ministère de l’Intérieur (Home Office) ou le conseil local ne croit pas ton âge. Ils peuvent dire que tu as plus de 18 ans.
card-age-not-fault = Cela arrive à beaucoup de jeunes. Ce n’est pas ta faute.
card-age-do-title = Ce que tu peux faire
card-age-say = Si tu as moins de 18 ans, dis clairement que tu es un enfant. Dis-le à chaque fois. Donne-leur ton âge et ta date de naissance, si tu la connais.
card-age-ask = Demande un assistant social et un avocat. Un avocat connaît la loi et peut t’aider.
card-age-council = Le conseil local doit décider lui-même de ton âge. C’est vrai même si le ministère de l’Intérieur dit que tu es adulte.
card-age-challenge = Tu peux contester une décision sur ton âge. Cela veut dire que tu demandes qu’elle soit réexaminée. Un avocat peut t’aider à le faire.
card-age-quick = Il y a un délai pour contester. Alors demande de l’aide rapidement.
card-age-papers = Des papiers qui montrent ton âge peuvent aider. Si tu en as ou si tu peux en avoir, donne-les à ton avocat.
card-age-help-title = Qui peut aider
card-age-refugee-council = Le projet sur les litiges d’âge du Refugee Council (Refugee Council’s Age Dispute Project) aide certains jeunes qui sont traités comme des adultes. Il aide seulement s’il pense que tu as moins de 18 ans.
card-age-refugee-council-how = Un adulte qui t’aide, comme ton avocat ou ton assistant social, peut leur parler de toi.
card-age-unsafe = Si tu vis avec des adultes et que tu ne te sens pas en sécurité, dis-le à ton avocat ou à ton assistant social. Si tu es en danger maintenant, appelle le 999.
