## Help numbers screen

numbers-title = Numéros d’aide
numbers-intro = Touche un numéro pour appeler. Si tu es en danger maintenant, ou si quelqu’un d’autre l’est, appelle le 999.
numbers-trace = Ton téléphone garde une liste des numéros que tu appelles.
numbers-helplines = Lignes d’aide
numbers-call = Appeler
numbers-text = SMS
numbers-badges = Ce que propose cette ligne
numbers-badge-free = Gratuit
numbers-badge-always-open = 24 heures sur 24, tous les jours
numbers-badge-text = Tu peux envoyer un SMS
numbers-badge-interpreters = Interprètes pour d’autres langues
numbers-source-verified = Source (officielle) : { $source }
numbers-source-secondary = Source : { $source }
numbers-reviewed = Ces numéros ont été vérifiés pour la dernière fois le { $date }.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Si tu ne peux pas parler au téléphone
numbers-silent-step-call = Appelle le { $number }.
numbers-silent-step-sound = Quand quelqu’un répond, si tu ne peux pas parler, tousse ou tapote le téléphone.
numbers-silent-step-press = Quand une voix enregistrée te le demande, appuie sur { $code }. Cela marche seulement depuis un téléphone portable. Cela te met en contact avec la police. Si tu ne fais rien, l’appel peut s’arrêter.
numbers-silent-step-questions = La police te posera des questions auxquelles tu peux répondre par oui ou par non. Si tu peux, chuchote tes réponses.
numbers-silent-location = Appuyer sur { $code } ne dit pas à la police où tu es. Mais ton téléphone peut envoyer tout seul l’endroit où tu es. Si tu peux, dis-leur où tu es, même en chuchotant.

## Each line

numbers-emergency-name = Urgences : police, pompiers, ambulance
numbers-emergency-about = Appelle quand quelqu’un est en danger ou gravement blessé maintenant. Ton téléphone doit avoir une carte SIM, mais il n’a pas besoin de crédit. Ça marche même quand ton téléphone est verrouillé. Si tu as besoin de ta langue, dis son nom en anglais, par exemple « French ». Ensuite, reste en ligne.
numbers-emergency-112-name = Urgences (112)
numbers-emergency-112-about = C’est comme le 999. Ça marche aussi dans d’autres pays.
numbers-runaway-name = Ligne d’aide pour les jeunes en fugue (Runaway Helpline)
numbers-runaway-about = Si tu as fugué, ou si quelqu’un t’oblige à rester loin. Ils t’écoutent et peuvent faire passer un message chez toi de ta part. On répond aux SMS en anglais. La ligne peut être fermée la nuit. Si tu as besoin d’aide maintenant, appelle le 999.
numbers-childline-name = Ligne d’aide pour les jeunes (Childline)
numbers-childline-about = Pour toute personne de moins de 19 ans, pour tout ce qui t’inquiète. L’appel n’apparaît pas sur la facture de téléphone. Mais il apparaît dans la liste des appels de ton téléphone.
numbers-modern-slavery-name = Ligne d’aide contre l’esclavage moderne et l’exploitation (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Si quelqu’un t’oblige à travailler, à commettre des délits ou à faire des choses que tu ne veux pas faire.
numbers-samaritans-name = Ligne d’écoute (Samaritans)
numbers-samaritans-about = Si tu te sens très triste, seul ou si tu veux te faire du mal. Tu peux appeler même sans crédit.
numbers-nhs-111-name = Santé (NHS 111)
numbers-nhs-111-about = Quand tu es malade ou inquiet pour ta santé, et que ce n’est pas une urgence. L’appel est gratuit. Pour avoir un interprète, dis le nom de ta langue en anglais. Choisis l’option santé mentale si tu te sens très mal dans ta tête.
numbers-police-101-name = Police (pas une urgence)
numbers-police-101-about = Pour parler à la police quand personne n’est en danger maintenant. L’appel est gratuit. La police peut faire venir un interprète.
numbers-coram-voice-name = Ligne pour avoir un défenseur (Coram Voice – Always Heard)
numbers-coram-voice-about = Pour les enfants pris en charge par le conseil local en Angleterre. Ils peuvent t’aider à avoir un défenseur (advocate) : quelqu’un qui est seulement de ton côté. Un défenseur t’aide à dire ce que tu veux. Ouvert du lundi au vendredi, de 9 h 30 à 18 h. À d’autres moments, tu peux laisser un message.
