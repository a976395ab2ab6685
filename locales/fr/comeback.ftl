## Home: the come-back control and the safety plan

home-come-back = Je veux revenir
home-come-back-more = Autres moyens : appeler, dire où je suis, ou dire que je suis en sécurité
home-danger = En danger ? Appelle le 999
home-plan = Mon plan de sécurité
home-plan-hint = Ce qui t’aide, et comment rester en sécurité

## Come-back screen

comeback-title = Je veux revenir
comeback-welcome = Disparaître n’est pas un délit. Les gens veulent que tu sois en sécurité et que tu reviennes.
comeback-will-reach = Ton message ira à
comeback-reach-until = { $name } — { $role } — jusqu’à { $until }
comeback-reach-any-time = { $name } — { $role } — à tout moment
comeback-reach-out-of-hours = { $name } — { $role } — en dehors des heures de bureau
comeback-reach-helpline = Runaway Helpline — 116 000 — gratuit, appel ou SMS
comeback-why-out-of-hours = Tes autres adultes de confiance ne travaillent pas à cette heure-ci.
comeback-why-nobody-now = Aucun de tes adultes de confiance ne travaille à cette heure-ci, alors ton message va à la Runaway Helpline (ligne d’aide pour les jeunes qui ont fugué). Elle peut transmettre un message pour toi.
comeback-why-nobody-added = Tu n’as pas encore ajouté d’adulte de confiance, alors ton message va à la Runaway Helpline (ligne d’aide pour les jeunes qui ont fugué). Elle peut transmettre un message pour toi.
comeback-send = Envoyer un message à { $name }
comeback-send-helpline = Envoyer un message à la Runaway Helpline
comeback-call = Appeler plutôt
comeback-safe-title = Pas prêt à revenir ?
comeback-safe-explain = Tu peux quand même dire à quelqu’un que tu es en sécurité. Garder le contact aide les gens à savoir que tu vas bien.
comeback-safe-send = Je suis en sécurité, mais pas prêt à revenir
comeback-call-only = Ce numéro ne peut pas recevoir de SMS. Touche pour appeler { $name }.
comeback-message-title = Ton message
comeback-add-location = Ajouter où je suis
comeback-remove-location = Enlever où je suis
comeback-location-finding = Recherche de l’endroit où tu es…
comeback-location-added = L’endroit où tu es est maintenant dans le message. Harbour ne le garde pas, mais l’application Messages de ton téléphone garde une copie de ce que tu envoies.
comeback-location-unavailable = Ton téléphone n’a pas dit où tu es. Ton message partira sans.
comeback-danger = Si tu es en danger, appelle le 999
comeback-help-now = Si tu as besoin d’aide maintenant, appelle le 999
comeback-helpline-closed-until = La ligne d’aide est fermée maintenant. Elle ouvre à { $time }.
comeback-helpline-closed = La ligne d’aide est fermée maintenant.
comeback-helpline-unknown = La ligne d’aide peut ne pas répondre maintenant. La nuit, elle peut être fermée jusqu’au matin.
comeback-trace = Ton application Messages garde une copie de ce que tu envoies. Ton téléphone garde une liste de tes appels.
comeback-manage = Mes adultes de confiance
comeback-manage-hint = Ajouter, changer ou enlever les personnes que tu peux joindre
comeback-when-back = Ce qui se passe quand je reviens
comeback-staying-safe = Rester en sécurité

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Bonjour { $name }.
sms-greeting-helpline = Bonjour.
sms-body = Je veux revenir. Vous pouvez m’aider ?
sms-body-safe = Je suis en sécurité, mais je ne suis pas encore prêt à revenir. Je veux garder le contact.
sms-signed = De la part de { $name }.
sms-location = Où je suis maintenant : { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Assistant social
role-personal-adviser = Conseiller personnel (personal adviser)
role-key-worker = Éducateur référent (key worker)
role-foster-carer = Famille d’accueil (foster carer)
role-support-worker = Accompagnateur (support worker)
role-guardian = Tuteur (guardian)
role-emergency-duty-team = Équipe d’urgence du conseil local
role-other = Quelqu’un de confiance
role-your-social-worker = ton assistant social
role-your-personal-adviser = ton conseiller personnel
role-your-key-worker = ton éducateur référent
role-your-foster-carer = ta famille d’accueil
role-your-support-worker = ton accompagnateur
role-your-guardian = ton tuteur
role-your-emergency-duty-team = l’équipe d’urgence du conseil local
role-your-other = quelqu’un de confiance

## Trusted adults screen

adults-title = Mes adultes de confiance
adults-intro = Les personnes que tu peux joindre quand tu veux revenir. Cette liste reste sur ce téléphone.
adults-empty = Tu n’as encore ajouté personne.
adults-add = Ajouter un adulte de confiance
adults-edit = Changer { $name }
adults-remove = Enlever { $name }
adults-remove-confirm = Enlever { $name } de tes adultes de confiance ?
adults-remove-yes = Oui, enlever
adults-keep = Non, garder
adults-phone = Téléphone : { $number }
adults-hours-any-time = Tu peux le joindre à tout moment.
adults-out-of-hours-badge = Contact en dehors des heures de bureau
adults-speaks = Parle : { $languages }
adults-signature-title = Ton nom dans les messages
adults-signature-hint = Tes messages finissent par ce nom. Laisse vide si tu préfères.
adults-signature-save = Enregistrer mon nom
adults-saved = Enregistré.

## Trusted adult form

adult-new-title = Ajouter un adulte de confiance
adult-edit-title = Changer un adulte de confiance
adult-name = Nom
adult-role = Qui c’est
adult-phone = Numéro de téléphone
adult-phone-hint = Un numéro du Royaume-Uni comme 07700 900123, ou un numéro d’un autre pays qui commence par +.
adult-hours = Quand tu peux le joindre (heure du Royaume-Uni)
adult-hours-hint = Laisse vide si tu peux le joindre à tout moment.
adult-hours-add = Ajouter des horaires
adult-hours-remove = Enlever ces horaires
adult-hours-from = De
adult-hours-to = À
adult-hours-days = Jours
adult-languages = Langues qu’il parle
adult-languages-hint = Ton message est écrit d’abord dans sa langue, puis dans la tienne. Si aucune n’est choisie, c’est l’anglais.
adult-out-of-hours = C’est mon contact en dehors des heures de bureau
adult-out-of-hours-hint = Pour le soir, la nuit et le week-end : par exemple ta famille d’accueil, ou l’équipe d’urgence du conseil local. Tu peux en avoir un ; choisir cette personne remplace celle d’avant.
adult-save = Enregistrer
adult-cancel = Annuler

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Écris son nom.
adult-error-name-too-long = Ce nom est trop long. Utilise au maximum { $max } lettres.
adult-error-phone-empty = Écris son numéro de téléphone.
adult-error-phone-not-a-number = Ce n’est pas un numéro de téléphone. Utilise seulement des chiffres, des espaces et un + au début.
adult-error-phone-invalid = Ce numéro ne peut pas être appelé. Vérifie les chiffres. Un portable du Royaume-Uni a 11 chiffres et commence par 07.
adult-error-phone-costly = Les appels vers ce numéro coûtent cher, ou sont renvoyés vers un autre téléphone. Harbour ne peut pas enregistrer ce genre de numéro. Un portable du Royaume-Uni commence par 07, mais pas par 070.
hours-error-no-day = Choisis au moins un jour.
hours-error-time = Écris l’heure comme ceci : 09:00.
hours-error-same-time = L’heure de début et l’heure de fin sont les mêmes.
adults-error-save = Cela n’a pas pu être enregistré. Réessaie.

## Opening hours of a trusted adult

hours-slot = { $days } : { $opens }–{ $closes }
hours-every-day = Tous les jours
hours-weekdays = Du lundi au vendredi
hours-weekend = Samedi et dimanche
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour n’a pas pu lire les adultes de confiance que tu as enregistrés, alors ton message va à la Runaway Helpline (ligne d’aide pour les jeunes qui ont fugué). Elle peut transmettre un message pour toi.
adults-unreadable = Harbour n’a pas pu lire certains des adultes de confiance que tu as enregistrés. Vérifie la liste et ajoute de nouveau les personnes qui manquent.
