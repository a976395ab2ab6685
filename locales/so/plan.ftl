## Safety plan screen

plan-title = Qorshahayga badbaadada
plan-intro = Qorshahaaga, ereyadaada. Wuxuu ku jiraa taleefankan, waana la kaydiyaa isla marka aad beddesho.
plan-section-leaving = Marka aan dareemo inaan tago
plan-section-helps = Waxyaabaha i caawiya
plan-section-safe-places = Dadka iyo meelaha aan ku dareemo badbaado
plan-section-ask-for-help = Cidda aan caawimaad weydiisan karo
plan-section-if-missing = Haddii aan maqnaado: sida aan u ahaado mid badbaadsan
plan-section-phone-taken = Haddii qof qaato taleefankayga
plan-empty = Weli halkan waxba kuma jiraan.
plan-add-label = Ku dar «{ $section }»
plan-add = Ku dar
plan-edit = Beddel «{ $item }»
plan-edit-label = Beddel sadarkan
plan-save = Kaydi
plan-cancel = Jooji
plan-delete = Tirtir «{ $item }»
plan-move-up = «{ $item }» kor u qaad
plan-move-down = «{ $item }» hoos u dhig
plan-saved = Waa la kaydiyay.
plan-suggestion = Talo: haay, beddel ama tirtir.
plan-error-empty = Marka hore wax qor.
plan-error-too-long = Tani aad bay u dheer tahay. Isticmaal ugu badnaan { $max } xaraf.
plan-error-save = Lama kaydin karin. Fadlan mar kale isku day.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = Ma seexan karo, had iyo jeerna waxaan ka fekeraa kiiskayga.
plan-starter-leaving-2 = Qof aanan aaminin ayaa had iyo jeer fariimo ii soo dira.
plan-starter-helps-1 = Dhageysiga muusiga.
plan-starter-helps-2 = Socod ama ciyaarta kubadda cagta.
plan-starter-safe-places-1 = Naadiga dhalinyarada.
plan-starter-ask-for-help-1 = Shaqaalahayga bulshada.
plan-starter-ask-for-help-2 = Childline, 0800 1111: bilaash, qof kasta oo ka yar 19 sano.
plan-starter-if-missing-1 = Inaan dallaco taleefankayga ka hor inta aanan bixin.
plan-starter-if-missing-2 = Inaan xafido 116 000: Runaway Helpline, wac ama fariin dir bilaash.
plan-starter-if-missing-3 = Haddii aan khatar ku jiro, inaan wac 999.
plan-starter-phone-taken-1 = Inaan lambarka shaqaalahayga bulshada ku qoro warqad oo aan la qaato.
plan-starter-phone-taken-2 = Taleefan leh shiriig (SIM card) wuxuu wici karaa 999, xataa haddii uu quful yahay ama aanay lacag (credit) ku jirin.
