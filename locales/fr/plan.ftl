## Safety plan screen

plan-title = Mon plan de sécurité
plan-intro = Ton plan, avec tes mots. Il reste sur ce téléphone et il est enregistré dès que tu le changes.
plan-section-leaving = Quand j’ai envie de partir
plan-section-helps = Ce qui m’aide
plan-section-safe-places = Les personnes et les lieux où je me sens en sécurité
plan-section-ask-for-help = À qui je peux demander de l’aide
plan-section-if-missing = Si je disparais : comment je reste en sécurité
plan-section-phone-taken = Si quelqu’un prend mon téléphone
plan-empty = Rien ici pour l’instant.
plan-add-label = Ajouter à « { $section } »
plan-add = Ajouter
plan-edit = Changer « { $item } »
plan-edit-label = Changer cette ligne
plan-save = Enregistrer
plan-cancel = Annuler
plan-delete = Supprimer « { $item } »
plan-move-up = Monter « { $item } »
plan-move-down = Descendre « { $item } »
plan-saved = Enregistré.
plan-suggestion = Suggestion : garde-la, change-la ou supprime-la.
plan-error-empty = Écris d’abord quelque chose.
plan-error-too-long = C’est trop long. Utilise au maximum { $max } lettres.
plan-error-save = Cela n’a pas pu être enregistré. Réessaie.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = Je n’arrive pas à dormir et je pense tout le temps à mon dossier.
plan-starter-leaving-2 = Quelqu’un en qui je n’ai pas confiance m’envoie sans arrêt des messages.
plan-starter-helps-1 = Écouter de la musique.
plan-starter-helps-2 = Marcher ou jouer au foot.
plan-starter-safe-places-1 = Le club de jeunes.
plan-starter-ask-for-help-1 = Mon assistant social.
plan-starter-ask-for-help-2 = Childline, 0800 1111 : gratuit, pour tous les moins de 19 ans.
plan-starter-if-missing-1 = Charger mon téléphone avant de sortir.
plan-starter-if-missing-2 = Connaître le 116 000 par cœur : la Runaway Helpline, appel ou SMS gratuit.
plan-starter-if-missing-3 = Si je suis en danger, appeler le 999.
plan-starter-phone-taken-1 = Écrire le numéro de mon assistant social sur un papier et le garder sur moi.
plan-starter-phone-taken-2 = Un téléphone avec une carte SIM peut appeler le 999, même s’il est verrouillé ou n’a pas de crédit.
