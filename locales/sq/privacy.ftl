## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Dalje e shpejtë
quick-exit-discreet = Mbyll

## Privacy and safety screen

home-privacy = Privatësia dhe siguria
home-privacy-hint = Çfarë ruan Harbour, kodi i kyçjes dhe dalja e shpejtë
privacy-title = Privatësia dhe siguria
privacy-kept-title = Çfarë ruan Harbour në këtë telefon
privacy-kept-intro = Kjo listë është bërë nga ajo që është ruajtur tani.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = Asgjë nga këto nuk dërgohet askund. Harbour nuk ka llogari. Vetëm shkarkon informacion të ri nga serveri i vet. Për këtë dërgon emrin e zonës tënde, por kurrë emrin tënd ose çfarë ke ruajtur.
kept-setting = Cilësimet (gjuha, emri yt në mesazhe, kyçja)
kept-question = Pyetje për avokatin ose punonjësin social
kept-contact = Të rriturit që ti u beson
kept-plan-item = Rreshtat e planit tënd të sigurisë
kept-vault = Gjërat që ke ruajtur, të kyçura me kodin tënd
kept-audio-pack = Regjistrimet e fjalëve të Harbour, për butonin «Dëgjo»
kept-damaged = Kopje të dëmtuara të asaj që ke ruajtur
privacy-damaged = Harbour nuk i lexoi dot këto kopje, prandaj filloi nga e para pa asgjë të ruajtur. I mbajti në rast se dikush mund t’i riparojë. Në to mund të jenë ende të rriturit që u beson, plani dhe pyetjet e tua.
privacy-damaged-delete = Fshi kopjet e dëmtuara
privacy-server-sees = Si çdo faqe interneti, serveri i Harbour mund të shohë adresën e internetit të telefonit tënd dhe kur Harbour shkarkon informacion të ri.
privacy-quick-exit-title = Dalje e shpejtë
privacy-quick-exit = Butoni «Dalje e shpejtë» në krye të çdo ekrani e fsheh Harbour menjëherë dhe tregon një makinë llogaritëse. Butoni Prapa nuk e kthen Harbour. Çfarëdo që po shkruaje ruhet më parë.

## Discreet mode

privacy-discreet-title = Mënyra e fshehtë
privacy-discreet = Në mënyrën e fshehtë, Harbour tregon emrin «Makinë llogaritëse» dhe ikonën e një makine llogaritëse. Ekrani i tij i parë nuk ka asnjë fjalë për ndihmë ose siguri. Adresa web nuk ndryshon. Një ikonë që ke shtuar më parë në ekranin bazë të telefonit e mban emrin e vjetër.
privacy-discreet-on = Përdor mënyrën e fshehtë
privacy-discreet-off-code = Harbour ka një kod kyçjeje, prandaj shkruaje këtu para se ta fikësh mënyrën e fshehtë.
discreet-name = Makinë llogaritëse
discreet-open = Hap

## Lock code (PIN)

privacy-pin-title = Kodi i kyçjes
privacy-pin-intro = Mund ta kyçësh Harbour me një kod prej 4 deri në 12 shifrash. Kodi kërkohet kur hapet Harbour dhe pasi Harbour ka qenë në sfond për 2 minuta.
privacy-pin-protects = Me një kod, të rriturit që u beson, plani, pyetjet dhe cilësimet e tua mbahen nën kyç në telefon. Pa kodin, askush nuk mund t’i lexojë, edhe nëse e mban telefonin tënd në dorë.
privacy-pin-limits = Kodi nuk mund të ndalojë dikë që të sheh kur e shkruan, ose që të detyron t’ia thuash. Kodi nuk e fsheh që Harbour është në telefon. Për këtë ndihmon mënyra e fshehtë.
privacy-pin-longer = Një kod me 6 shifra ose më shumë është shumë më i vështirë për t’u hamendësuar. Mos përdor datëlindjen tënde.
privacy-pin-current = Kodi që përdor tani
privacy-pin-change = Ndrysho kodin
privacy-pin-forget-warning = Nëse e harron kodin, e vetmja mënyrë për të hyrë përsëri është të fshish gjithçka në Harbour. Askush nuk mund ta rivendosë për ty.
privacy-pin-new = Kod i ri
privacy-pin-confirm = Shkruaje kodin përsëri
privacy-pin-set = Kyçe me këtë kod
privacy-pin-is-set = Harbour është i kyçur me kod.
privacy-pin-remove = Hiqe kodin
privacy-pin-saved = U ruajt. Harbour do ta kërkojë këtë kod.
privacy-pin-removed = Kodi u hoq.
pin-error-length = Kodi duhet të ketë 4 deri në 12 shifra.
pin-error-common = Ky kod është shumë i lehtë për t’u hamendësuar. Zgjidh një tjetër.
pin-error-digits = Përdor vetëm shifrat nga 0 deri në 9.
pin-error-mismatch = Dy kodet nuk janë të njëjta.
pin-error-save = Kodi nuk u ruajt. Të lutem provo përsëri.

## Lock screen

lock-title = Shkruaj kodin tënd
lock-code = Kodi
lock-open = Hap
lock-wrong = Ky kod nuk është i saktë.
lock-wait = Shumë përpjekje. Provo përsëri pas { $seconds } sekondash.
lock-forgot = E harrove kodin?
lock-forgot-explain = Pa kodin, e vetmja mënyrë për të hyrë është të fshish gjithçka që është ruajtur në Harbour: të rriturit që u beson, planin tënd, pyetjet dhe cilësimet.

## Delete everything

privacy-wipe-title = Fshi gjithçka
privacy-wipe = Kjo fshin gjithçka që Harbour ka ruajtur në këtë telefon: të rriturit që u beson, planin tënd të sigurisë, pyetjet dhe cilësimet e tua. Harbour do të jetë si i ri. Kjo nuk mund të zhbëhet.
privacy-wipe-button = Fshi gjithçka
privacy-wipe-confirm = A je i sigurt? Gjithçka do të fshihet.
privacy-wipe-yes = Po, fshi gjithçka
privacy-wipe-no = Jo, mbaje
privacy-wipe-failed = Harbour nuk e fshiu dot gjithçka. Mbylle Harbour, hape përsëri dhe provo edhe një herë.
privacy-outside = Harbour nuk mund të fshijë atë që ruhet jashtë Harbour. Mesazhet që dërgon dhe telefonatat që bën nga Harbour mbeten në aplikacionin e mesazheve (Messages) dhe në listën e telefonatave të telefonit tënd. Edhe historiku i shfletuesit tënd të internetit dhe tastiera jote mund të mbajnë mend disa gjëra. Fshiji atje, nëse të duhet.
