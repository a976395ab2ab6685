## Safety plan screen

plan-title = Plani im i sigurisë
plan-intro = Plani yt, me fjalët e tua. Mbetet në këtë telefon dhe ruhet sapo ta ndryshosh.
plan-section-leaving = Kur më vjen të iki
plan-section-helps = Gjërat që më ndihmojnë
plan-section-safe-places = Njerëzit dhe vendet ku ndihem i sigurt
plan-section-ask-for-help = Kujt mund t’i kërkoj ndihmë
plan-section-if-missing = Nëse zhdukem: si qëndroj i sigurt
plan-section-phone-taken = Nëse dikush ma merr telefonin
plan-empty = Ende asgjë këtu.
plan-add-label = Shto te «{ $section }»
plan-add = Shto
plan-edit = Ndrysho «{ $item }»
plan-edit-label = Ndrysho këtë rresht
plan-save = Ruaj
plan-cancel = Anulo
plan-delete = Fshi «{ $item }»
plan-move-up = Ngrije «{ $item }» lart
plan-move-down = Ule «{ $item }» poshtë
plan-saved = U ruajt.
plan-suggestion = Sugjerim: mbaje, ndryshoje ose fshije.
plan-error-empty = Shkruaj diçka më parë.
plan-error-too-long = Kjo është shumë e gjatë. Përdor të shumtën { $max } shkronja.
plan-error-save = Nuk u ruajt. Të lutem provo përsëri.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = Nuk mund të fle dhe mendoj gjithë kohën për çështjen time.
plan-starter-leaving-2 = Dikush që nuk i besoj më dërgon mesazhe vazhdimisht.
plan-starter-helps-1 = Të dëgjoj muzikë.
plan-starter-helps-2 = Të eci ose të luaj futboll.
plan-starter-safe-places-1 = Klubi i të rinjve.
plan-starter-ask-for-help-1 = Punonjësi im social.
plan-starter-ask-for-help-2 = Childline, 0800 1111: falas, për këdo nën 19 vjeç.
plan-starter-if-missing-1 = Ta karikoj telefonin para se të dal.
plan-starter-if-missing-2 = Ta di përmendësh 116 000: Runaway Helpline, telefonatë ose mesazh falas.
plan-starter-if-missing-3 = Nëse jam në rrezik, të telefonoj 999.
plan-starter-phone-taken-1 = Ta shkruaj numrin e punonjësit tim social në letër dhe ta mbaj me vete.
plan-starter-phone-taken-2 = Një telefon me kartë SIM mund të telefonojë 999, edhe kur është i kyçur ose pa kredit.
