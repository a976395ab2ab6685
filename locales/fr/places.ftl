## Home: the way into places near the young person

home-places = Lieux près de moi
home-places-hint = Accueils sans rendez-vous (drop-in), clubs de jeunes et aide, avec les horaires d’ouverture

## The list of places

places-title = Lieux près de moi
places-example = Exemples de lieux : ce ne sont pas encore de vrais lieux. Ton éducateur référent pourra te dire quand les lieux de ta zone seront ajoutés.
places-search = Chercher un lieu
places-category = Type de lieu
places-category-all = Tous les types
places-category-drop-in = Accueil sans rendez-vous (drop-in)
places-category-youth-club = Club de jeunes
places-category-cultural-centre = Communauté et culture
places-category-worship = Lieu de culte
places-category-legal-advice = Conseils juridiques
places-category-health = Santé
places-category-food = Nourriture
places-category-other = Autres aides
places-open-now = Ouvert maintenant
places-free = Gratuit seulement
places-language = Langue parlée
places-language-any = Toutes les langues
places-found = Lieux trouvés : { $count }
places-none = Aucun lieu ne correspond. Essaie avec moins de filtres.
places-show-more = Montrer plus de lieux
places-distance = À { $km } km
places-share-location = Montrer à quelle distance sont les lieux
places-share-location-hint = Ta position est utilisée seulement sur ce téléphone. Elle n’est ni gardée ni envoyée nulle part.
places-location-failed = Ta position n’a pas pu être trouvée. Les lieux sont affichés sans la distance.

## When a place is open

places-open-until = Ouvert maintenant, jusqu’à { $time }
places-opens-today = Fermé. Ouvre aujourd’hui à { $time }
places-opens-tomorrow = Fermé. Ouvre demain à { $time }
places-opens-day = Fermé. Ouvre { $day } à { $time }
places-opens-date = Fermé. Ouvre le { $date } à { $time }
places-closed = Fermé
places-hours-unknown = Horaires d’ouverture inconnus

## One place's page

place-back = Tous les lieux
place-not-found = Ce lieu n’est plus dans la liste de Harbour.
place-hours = Horaires d’ouverture
place-hours-line = { $when } : de { $opens } à { $closes }
place-when-fortnightly = { $days }, une semaine sur deux
place-when-every-weeks = { $days }, toutes les { $count } semaines
place-when-nth = { $nth } { $day } du mois
place-when-month-days = le { $days } du mois
place-when-last-day = le dernier jour du mois
place-nth-1 = le premier
place-nth-2 = le deuxième
place-nth-3 = le troisième
place-nth-4 = le quatrième
place-nth-5 = le cinquième
place-nth-last = le dernier
place-nth-second-last = l’avant-dernier
place-hours-from = à partir du { $date }
place-hours-to = jusqu’au { $date }
place-address = Adresse
place-directions = Voir l’itinéraire
place-directions-hint = Ouvre une application de cartes ou un site internet.
place-call = Appeler le { $number }
place-website = Site internet
place-web-address = Site internet (lien non sécurisé, donc Harbour ne l’ouvre pas) : { $address }
place-languages = Langues parlées
place-free = Gratuit
place-costs = Cela peut être payant. Demande avant d’y aller.
place-ages = De { $min } à { $max } ans
place-age-min = À partir de { $min } ans
place-age-max = Jusqu’à { $max } ans

## Updating places and numbers

places-updated = Lieux et numéros d’aide du { $date }
places-update = Chercher de nouveaux lieux et numéros
places-update-hint = Harbour demande à son serveur la liste la plus récente pour ta zone. Seul le nom de ta zone est envoyé. Ton nom et ce que tu as enregistré ne sont jamais envoyés.
places-update-checking = Vérification…
places-update-done = Mis à jour. Nombre de lieux dans Harbour : { $count }.
places-update-same = Tu as déjà les lieux et les numéros les plus récents.
places-update-offline = Le serveur de Harbour n’a pas pu être joint. Tes lieux et tes numéros restent comme avant.
places-update-server = Le serveur de Harbour n’a pas envoyé de mise à jour (erreur { $status }). Tes lieux et tes numéros restent comme avant.
pack-error-not-pack = La mise à jour n’était pas une liste de Harbour. Rien n’a été changé.
pack-error-signature = La mise à jour n’était pas signée par Harbour, alors elle a été refusée. Rien n’a été changé.
pack-error-damaged = La mise à jour était abîmée, alors elle a été refusée. Rien n’a été changé.
pack-error-format = La mise à jour demande une version plus récente de Harbour. Rien n’a été changé.
pack-error-older = La mise à jour était plus ancienne que ta liste, alors elle a été refusée. Rien n’a été changé.
pack-error-area = La mise à jour était pour une autre zone, alors elle a été refusée. Rien n’a été changé.
kept-content-pack = Lieux et numéros d’aide pour ta zone
