## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Sortie rapide
quick-exit-discreet = Fermer

## Privacy and safety screen

home-privacy = Vie privée et sécurité
home-privacy-hint = Ce que Harbour garde, un code de verrouillage, et la sortie rapide
privacy-title = Vie privée et sécurité
privacy-kept-title = Ce que Harbour garde sur ce téléphone
privacy-kept-intro = Cette liste est faite à partir de ce qui est enregistré en ce moment.
privacy-kept-count = { $what } : { $count }
privacy-kept-nothing-sent = Rien de tout cela n’est envoyé nulle part. Harbour n’a pas de compte. Il télécharge seulement de nouvelles informations venant de son propre serveur. Pour cela, il envoie le nom de ta zone, mais jamais ton nom ni ce que tu as enregistré.
kept-setting = Réglages (langue, ton nom dans les messages, verrouillage)
kept-question = Questions pour ton avocat ou ton assistant social
kept-contact = Adultes de confiance
kept-plan-item = Lignes de ton plan de sécurité
kept-vault = Ce que tu as enregistré, verrouillé avec ton code
kept-audio-pack = Enregistrements des textes de Harbour, pour le bouton « Écouter »
kept-damaged = Copies abîmées de ce que tu as enregistré
privacy-damaged = Harbour n’a pas pu lire ces copies, alors il a recommencé à zéro, sans rien d’enregistré. Il les a gardées au cas où quelqu’un pourrait les réparer. Elles contiennent peut-être encore tes adultes de confiance, ton plan et tes questions.
privacy-damaged-delete = Effacer les copies abîmées
privacy-server-sees = Comme tout site web, le serveur de Harbour peut voir l’adresse internet de ton téléphone et à quel moment Harbour télécharge de nouvelles informations.
privacy-quick-exit-title = Sortie rapide
privacy-quick-exit = Le bouton « Sortie rapide » en haut de chaque écran cache Harbour tout de suite et affiche une calculatrice. Le bouton Retour ne fera pas revenir Harbour. Ce que tu étais en train d’écrire est d’abord enregistré.

## Discreet mode

privacy-discreet-title = Mode discret
privacy-discreet = En mode discret, Harbour affiche le nom « Calculatrice » et une icône de calculatrice. Son premier écran ne montre aucun mot sur l’aide ou la sécurité. L’adresse web ne change pas. Si tu avais déjà ajouté une icône de Harbour à ton écran d’accueil, elle garde son ancien nom.
privacy-discreet-on = Utiliser le mode discret
privacy-discreet-off-code = Harbour a un code de verrouillage, alors tape-le ici avant de désactiver le mode discret.
discreet-name = Calculatrice
discreet-open = Ouvrir

## Lock code (PIN)

privacy-pin-title = Code de verrouillage
privacy-pin-intro = Tu peux verrouiller Harbour avec un code de 4 à 12 chiffres. Il est demandé à l’ouverture de Harbour, et quand Harbour est resté 2 minutes en arrière-plan.
privacy-pin-protects = Avec un code, tes adultes de confiance, ton plan, tes questions et tes réglages restent verrouillés sur le téléphone. Sans le code, personne ne peut les lire, même si quelqu’un a ton téléphone entre les mains.
privacy-pin-limits = Le code ne peut pas arrêter quelqu’un qui te voit le taper, ou qui te force à le lui dire. Il ne cache pas que Harbour est sur le téléphone. Le mode discret aide pour cela.
privacy-pin-longer = Un code de 6 chiffres ou plus est beaucoup plus difficile à deviner. N’utilise pas ta date de naissance.
privacy-pin-current = Ton code actuel
privacy-pin-change = Changer le code
privacy-pin-forget-warning = Si tu oublies le code, la seule façon d’entrer à nouveau est de tout effacer dans Harbour. Personne ne peut le réinitialiser pour toi.
privacy-pin-new = Nouveau code
privacy-pin-confirm = Tape le code encore une fois
privacy-pin-set = Verrouiller avec ce code
privacy-pin-is-set = Harbour est verrouillé par un code.
privacy-pin-remove = Enlever le code
privacy-pin-saved = Enregistré. Harbour demandera ce code.
privacy-pin-removed = Le code est enlevé.
pin-error-length = Le code doit avoir de 4 à 12 chiffres.
pin-error-common = Ce code est trop facile à deviner. Choisis-en un autre.
pin-error-digits = Utilise seulement les chiffres de 0 à 9.
pin-error-mismatch = Les deux codes ne sont pas les mêmes.
pin-error-save = Le code n’a pas pu être enregistré. Réessaie.

## Lock screen

lock-title = Entre ton code
lock-code = Code
lock-open = Ouvrir
lock-wrong = Ce code n’est pas le bon.
lock-wait = Trop d’essais. Réessaie dans { $seconds } secondes.
lock-forgot = Code oublié ?
lock-forgot-explain = Sans le code, la seule façon d’entrer est d’effacer tout ce qui est enregistré dans Harbour : adultes de confiance, ton plan, tes questions et les réglages.

## Delete everything

privacy-wipe-title = Tout effacer
privacy-wipe = Cela efface tout ce que Harbour a enregistré sur ce téléphone : adultes de confiance, ton plan de sécurité, tes questions et tes réglages. Harbour sera comme neuf. On ne peut pas revenir en arrière.
privacy-wipe-button = Tout effacer
privacy-wipe-confirm = Tu es sûr ? Tout sera effacé.
privacy-wipe-yes = Oui, tout effacer
privacy-wipe-no = Non, garder
privacy-wipe-failed = Harbour n’a pas pu tout effacer. Ferme Harbour, ouvre-le à nouveau, et essaie encore une fois.
privacy-outside = Harbour ne peut pas effacer ce qui est gardé en dehors de Harbour. Les messages que tu envoies et les appels que tu passes depuis Harbour restent dans l’application Messages et dans la liste des appels de ton téléphone. L’historique de ton navigateur internet et ton clavier peuvent aussi se souvenir de certaines choses. Efface-les là-bas si tu en as besoin.
