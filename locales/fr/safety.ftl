## "When I come back" card

card-return-title = Quand tu reviens
card-return-intro = Disparaître n’est pas un délit. Les gens veulent savoir que tu es en sécurité.
card-return-safe-well = La police voudra te voir, pour vérifier que tu es en sécurité et en bonne santé. On appelle ça un « safe and well check ».
card-return-interview = On te proposera de parler avec quelqu’un qui ne s’occupe pas de toi. On appelle ça un « return interview » (entretien de retour). En Écosse, on l’appelle « return discussion ». Il devrait avoir lieu dans les 72 heures (3 jours) après ton retour. Tu peux demander un interprète.
card-return-why = Pendant l’entretien de retour, tu peux dire pourquoi tu es parti, et ce qui t’aiderait à te sentir en sécurité.
card-return-decline = Tu peux refuser l’entretien de retour.
card-return-info = On devrait te dire comment rester en sécurité si tu repars, et quels numéros d’aide tu peux appeler.

## "Staying safe" card

card-safe-title = Rester en sécurité
card-safe-signs-title = À quoi l’exploitation peut ressembler
card-safe-sign-debt = Quelqu’un dit que tu lui dois de l’argent, par exemple pour ton voyage, un téléphone ou de la nourriture, et te dit de travailler pour rembourser.
card-safe-sign-keeping = Quelqu’un garde tes papiers, ton argent ou ton téléphone.
card-safe-sign-moved = On te déplace d’un endroit à l’autre, ou on t’emmène dans d’autres villes.
card-safe-sign-distrust = Quelqu’un te dit que la police ou ton assistant social vont te faire du mal et qu’on ne peut pas leur faire confiance.
card-safe-relationships-title = Des relations sûres
card-safe-gifts = Des cadeaux, de l’argent ou un téléphone donnés par quelqu’un que tu ne connais pas bien peuvent devenir une « dette » qui sert à te contrôler.
card-safe-talk = Si quelque chose comme ça t’arrive, ce n’est pas ta faute. Tu peux en parler à ton assistant social, ou appeler la Runaway Helpline au 116 000.
card-safe-stay-away-title = Quelqu’un m’oblige à rester loin
card-safe-stay-away = Si quelqu’un t’oblige à rester loin, c’est grave. La personne qui fait ça enfreint probablement la loi. Ce n’est pas ta faute.
card-safe-stay-away-helpline = La Runaway Helpline peut t’aider à te mettre en sécurité : appelle ou envoie un SMS au 116 000. C’est gratuit.
card-safe-stay-away-danger = Si tu es en danger maintenant, appelle le 999.
