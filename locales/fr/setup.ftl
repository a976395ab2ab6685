## Home: the two ways into setting a phone up

home-setup-import = Configurer avec le code de ton éducateur référent
home-setup-import-hint = Scanne ou colle le code de la réunion d’accueil
home-key-worker = Configurer le téléphone d’un jeune
home-key-worker-hint = Pour les éducateurs référents (key workers) et les assistants sociaux (social workers)

## Key-worker mode: building a setup at the welcome meeting

kw-title = Configurer le téléphone d’un jeune
kw-intro = Remplissez ce formulaire avec le jeune. Rien de ce que vous tapez ici n’est gardé sur ce téléphone ni envoyé nulle part : tout va dans un code que son téléphone lira.
kw-language = Sa langue
kw-name = Son prénom (facultatif)
kw-name-hint = Ce prénom apparaît à la fin des messages que le jeune envoie. Il pourra le changer plus tard.
kw-adults = Adultes de confiance
kw-adults-none = Aucun adulte de confiance ajouté pour l’instant.
kw-adult-add = Ajouter un adulte de confiance
kw-adult-change = Modifier { $name }
kw-adult-remove = Retirer { $name }
kw-area = Zone pour les lieux près de chez lui (facultatif)
kw-area-hint = Une ville ou un conseil local, par exemple Bristol.
kw-plan = Plan de sécurité, décidé ensemble
kw-plan-hint = Écrivez les lignes avec les mots sur lesquels vous vous mettez d’accord, dans sa langue si possible.
kw-plan-section = Partie du plan
kw-plan-line = Ligne
kw-plan-add = Ajouter la ligne
kw-plan-remove = Retirer « { $line } »
kw-sign = Signer les codes au nom de votre organisation (facultatif)
kw-sign-hint = Choisissez le fichier de clé de votre organisation. Il reste sur cet appareil et n’est envoyé nulle part.
kw-sign-as = Les codes sont signés au nom de { $organisation }.
kw-sign-unknown = Cette clé n’est pas dans la liste pour cette zone : les codes signés avec elle s’affichent comme non signés. Demandez à la personne qui publie Harbour dans votre zone de l’ajouter.
kw-sign-bad = Ce n’est pas un fichier de clé. Choisissez le fichier que votre organisation vous a donné.
kw-make = Créer le code
kw-code-title = Le code de configuration
kw-code-alt = Code QR qui configure Harbour sur le téléphone du jeune
kw-code-how = Sur le téléphone du jeune, ouvrez l’appareil photo et visez ce code, puis ouvrez le lien qui s’affiche. Ou bien, dans Harbour sur son téléphone, choisissez « Configurer avec le code de ton éducateur référent ».
kw-numbers = Dites ces { $count } chiffres au jeune. Son téléphone les demande après avoir lu le code. Ils ne sont ni dans le code ni sur la carte : le code seul ne montre donc rien à personne d’autre.
kw-code-text = Le code en texte, à coller si l’appareil photo n’arrive pas à le lire
kw-code-size = QR version { $version }, { $chars } caractères.
kw-expires = Ce code fonctionne pendant { $days } jours, jusqu’au { $date }. Ensuite, créez-en un nouveau.
kw-print = Imprimer la carte
kw-changed = Vous avez modifié quelque chose après la création du code. Créez le code à nouveau.
kw-error-name-too-long = Ce prénom est trop long. Utilisez au maximum { $max } caractères.
kw-error-area-too-long = C’est trop long. Utilisez au maximum { $max } caractères.
kw-error-too-many-adults = Une configuration peut contenir au maximum { $max } adultes de confiance.
kw-error-too-many-lines = Une configuration peut contenir au maximum { $max } lignes de plan.
kw-error-too-large = C’est trop pour un seul code. Retirez des lignes du plan ou raccourcissez-les, puis réessayez.
kw-error-tools = Le code n’a pas pu être créé. Vérifiez votre connexion une fois, puis réessayez.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = Pour configurer Harbour, scanne ce code avec l’appareil photo de ton téléphone. Ensuite, tape les chiffres que ton éducateur référent te dit.
card-setup-adults = Les personnes que tu peux joindre
card-setup-emergency = Urgences (police, ambulance, pompiers) : 999
card-setup-runaway = Runaway Helpline, gratuit, appel ou SMS : 116 000

## Importing a setup on the young person's phone

import-title = Configurer avec le code de ton éducateur référent
import-intro = Ton éducateur référent a créé un code avec toi. Harbour le lit sur ce téléphone et ne l’envoie à aucun serveur. Sans les chiffres que ton éducateur référent te dit, le code ne montre rien, même si le lien reste dans l’historique de ton navigateur internet.
import-scan = Scanner le code
import-scan-stop = Arrêter l’appareil photo
import-scan-looking = Vise le code avec l’appareil photo…
import-camera-denied = Harbour ne peut pas utiliser l’appareil photo. Tu peux coller le code à la place.
import-paste = Ou colle le code
import-read = Lire le code
import-checking = Lecture du code…
import-numbers-intro = Harbour a lu le code. Pour l’ouvrir, tape les { $count } chiffres que ton éducateur référent te dit.
import-numbers = Les { $count } chiffres de ton éducateur référent
import-open = Ouvrir le code
import-tools-error = Le code n’a pas pu être vérifié. Réessaie.
import-preview-title = Ceci sera ajouté à Harbour
import-preview-hint = Vérifie avec ton éducateur référent. Rien n’est enregistré tant que tu n’as pas touché « Ajouter à Harbour ».
import-made-by = Créé par { $organisation }
import-unsigned = Ce code n’est pas signé par une organisation que Harbour connaît. Ajoute-le seulement si un éducateur référent est avec toi maintenant.
import-language = Langue : { $language }
import-language-missing = Cette configuration demande une langue que Harbour n’a pas encore ({ $code }). Harbour reste en { $language }.
import-name = Ton nom dans les messages : { $name }
import-name-kept = Ton nom dans les messages reste { $name }.
import-adults = Adultes de confiance
import-adult-saved = Déjà enregistré : gardé tel quel
import-out-of-hours-kept = { $old } reste ton contact en dehors des heures de bureau. Tu peux le changer plus tard dans tes adultes de confiance.
import-area = Zone pour les lieux : { $area }
import-routing-title = À qui ira « Je veux revenir »
import-when-weekday-morning = Un jour de semaine à 11:00
import-when-weekday-night = Un jour de semaine à 22:00
import-when-saturday = Le samedi à 14:00
import-reaches = { $when } : { $who }
import-reaches-changed = { $when } : { $who }. Pour l’instant, c’est { $before }.
import-any-time = { $name } n’a pas d’horaires fixes. Donc { $name } recevra ton message à tout moment, même le soir et le week-end.
import-routing-changes = Cette configuration change qui reçoit ton message. Ajoute-la seulement si ton éducateur référent est avec toi maintenant.
import-code = Ton code de verrouillage
import-plan = Ton plan de sécurité
import-confirm = Ajouter à Harbour
import-cancel = Pas maintenant
import-cancelled = Rien n’a été ajouté.
import-done = Harbour est configuré.
import-storage-refused = Ce navigateur internet peut effacer ce que Harbour garde si le téléphone manque de place. Garde une copie des numéros de tes adultes de confiance dans un endroit sûr.
import-done-pin = Choisis un code de verrouillage pour que toi seul puisses ouvrir Harbour
import-done-home = Aller au début
import-save-error = Cela n’a pas pu être enregistré. Rien n’a été changé. Réessaie.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = Ce n’est pas un code de configuration Harbour.
setup-error-malformed = Ce code n’est pas correct. Demande à ton éducateur référent de le refaire.
setup-error-truncated = Seule une partie du code a été lue. Réessaie, ou colle-le en entier.
setup-error-too-large = Ce code est trop gros pour être une configuration Harbour.
setup-error-newer = Ce code a été créé par une version plus récente de Harbour. Mets Harbour à jour, puis réessaie.
setup-error-damaged = Ce code est abîmé. Réessaie, ou demande à ton éducateur référent de le refaire.
setup-error-expired = Ce code de configuration est trop ancien. Demande à ton éducateur référent d’en créer un nouveau.
setup-error-numbers = Ces chiffres n’ouvrent pas ce code. Vérifie-les avec ton éducateur référent et tape-les à nouveau.
setup-error-numbers-incomplete = Tape tous les { $count } chiffres que ton éducateur référent te dit.
setup-error-adult = Le numéro de { $name } dans cette configuration ne peut pas être appelé. Demande à ton éducateur référent de refaire le code.
