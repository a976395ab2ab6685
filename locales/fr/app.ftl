## App shell

app-name = Harbour
nav-back = Retour

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = Cette page n’est pas dans Harbour
error-not-found = Harbour n’a pas de page à cette adresse. Ce que tu as enregistré est en sécurité.
error-generic-title = Quelque chose n’a pas marché
error-generic = Cette partie de Harbour n’a pas marché. Ce que tu as enregistré est en sécurité.
error-go-home = Aller au début
error-stopped = Harbour a cessé de fonctionner. Ferme-le et ouvre-le à nouveau. Si tu es en danger, appelle le 999.

## Home

home-title = Harbour
home-intro = De l’aide et des informations dans ta langue. Ça marche sans internet.
home-menu = Rubriques
home-numbers = Numéros d’aide
home-numbers-hint = Appelle ou envoie un SMS à quelqu’un qui peut t’aider
home-language = Langue
home-language-hint = Choisis la langue de cette application

## Language picker

language-title = Choisis ta langue
language-intro = Tu peux la changer à tout moment.

## Translation status

translation-draft-label = À propos de cette traduction
translation-draft = Traduction provisoire — pas encore vérifiée par un traducteur.

## Problems with saved data

store-error-too-new = Cette version de Harbour est plus ancienne que les données enregistrées sur ce téléphone. Tes données sont en sécurité et n’ont pas été modifiées, mais rien de nouveau ne peut être enregistré tant que Harbour n’est pas mis à jour.
store-error-corrupt = Tes données enregistrées n’ont pas pu être lues. Harbour en a gardé une copie de côté et a recommencé à zéro. Rien n’a été supprimé.
store-error-unavailable = Harbour ne peut rien enregistrer sur cet appareil pour le moment. Tu peux quand même l’utiliser, mais tes changements seront perdus quand tu le fermeras.
content-error-invalid = Ces informations n’ont pas pu être chargées. Demande à ton éducateur référent (key worker) de mettre Harbour à jour.
home-about = À propos de Harbour
home-about-hint = Vie privée, et qui a fait cette traduction

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Déjà ouverte
other-tab-text = Cette application est déjà ouverte dans un autre onglet ou une autre fenêtre. Utilise-la là-bas, ou ferme l’autre onglet ou l’autre fenêtre, puis touche « Réessayer ».
other-tab-retry = Réessayer
wipe-unfinished = Tout n’a pas encore pu être effacé, car cette application est ouverte dans un autre onglet ou une autre fenêtre. Ferme l’autre onglet ou l’autre fenêtre, puis touche « Réessayer ».

## Language picker: search and translation status

language-search = Chercher une langue
language-no-match = Aucune langue ne correspond à ta recherche.
language-your-phone = La langue de ton téléphone
language-status-draft = Traduction provisoire — pas encore vérifiée par un traducteur.
language-status-checked = Vérifiée par un traducteur.
language-status-partly = Vérifiée en partie par un traducteur : { $percent }% pour l’instant.
reading-title = Lecture à l’écran
reading-large = Texte plus grand et contraste élevé
reading-large-hint = Des lettres plus grandes et des couleurs plus fortes sur chaque écran.
listen-start = Écouter
listen-pause = Pause
listen-resume = Continuer
listen-stop = Arrêter
listen-phone-voice = Lu par la voix de ton téléphone.
listen-no-voice = Pas encore d’enregistrement ni de voix du téléphone pour cette langue ({ $language }).
listen-recorded = Lu à partir d’un enregistrement fait par une personne.
listen-recorded-machine = Lu à partir d’un enregistrement d’essai fait par une voix d’ordinateur, pas par une personne.
audio-title = Enregistrements
audio-intro = Les textes de Harbour lus à voix haute par une personne. Ils sont téléchargés seulement si tu le demandes, alors utilise le Wi-Fi si tu peux.
audio-none = Il n’y a pas encore d’enregistrements pour cette langue ({ $language }).
audio-size = { $megabytes } Mo
audio-offered = Enregistrements faits par des personnes : { $size }
audio-offered-machine = Enregistrements d’essai faits par une voix d’ordinateur : { $size }
audio-download = Télécharger les enregistrements pour cette langue ({ $language }) — { $size }
audio-downloading = Téléchargement des enregistrements…
audio-kept = Les enregistrements pour cette langue ({ $language }) sont sur ce téléphone ({ $size }). Le bouton « Écouter » les lit sans internet.
audio-remove = Supprimer les enregistrements
audio-removed = Les enregistrements ont été supprimés de ce téléphone.
audio-error-offline = Le serveur de Harbour n’a pas pu être joint. Rien n’a été changé.
audio-error-server = Le serveur de Harbour n’a pas envoyé les enregistrements (erreur { $status }). Rien n’a été changé.
audio-error-refused = Les enregistrements étaient abîmés ou n’étaient pas signés par Harbour, alors ils ont été refusés. Rien n’a été changé.
audio-error-format = Les enregistrements demandent une version plus récente de Harbour. Rien n’a été changé.
audio-error-locale = Ces enregistrements sont pour une autre langue, alors ils ont été refusés. Rien n’a été changé.
audio-error-size = Les enregistrements étaient plus gros que ce qui avait été annoncé à Harbour, alors le téléchargement a été arrêté. Rien n’a été changé.

## About screen

about-title = À propos de Harbour
about-intro = Harbour te donne de l’aide et des informations dans ta langue. Ça marche sans internet.
about-privacy-title = Ta vie privée
about-privacy = Harbour n’a pas de compte. Ce que tu enregistres reste sur ce téléphone. Quand Harbour cherche de nouvelles informations, il envoie seulement le nom de ta zone.
about-facts = Les informations de Harbour viennent de sources officielles, d’associations et de guides juridiques. Chaque écran indique quand ses informations ont été vérifiées pour la dernière fois. Les règles peuvent changer : ton avocat ou ton assistant social a le dernier mot.
about-translation-title = Cette traduction
about-translation-language = Langue : { $language }
about-produced-source = Ceci est le texte original. Les traductions sont faites à partir de ce texte.
about-produced-ai-draft = Cette traduction est un brouillon écrit par un programme informatique (IA, intelligence artificielle).
about-produced-translator = Cette traduction a été faite par un traducteur.
about-checked-by = Vérifiée par : { $checker }

## Dates (Western digits, in the locale’s words)

date-long = { $day } { $month } { $year }
date-month-1 = janvier
date-month-2 = février
date-month-3 = mars
date-month-4 = avril
date-month-5 = mai
date-month-6 = juin
date-month-7 = juillet
date-month-8 = août
date-month-9 = septembre
date-month-10 = octobre
date-month-11 = novembre
date-month-12 = décembre
date-weekday-1 = lundi
date-weekday-2 = mardi
date-weekday-3 = mercredi
date-weekday-4 = jeudi
date-weekday-5 = vendredi
date-weekday-6 = samedi
date-weekday-7 = dimanche
