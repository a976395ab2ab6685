## Safety plan screen

plan-title = Plana min a ewlehiyê
plan-intro = Plana te, bi gotinên te. Li ser vê telefonê dimîne û gava tu biguherînî tavilê tê tomarkirin.
plan-section-leaving = Dema ez dixwazim biçim
plan-section-helps = Tiştên ku alîkariya min dikin
plan-section-safe-places = Kes û cihên ku ez xwe tê de ewle hîs dikim
plan-section-ask-for-help = Ez dikarim ji kê alîkariyê bixwazim
plan-section-if-missing = Heke ez winda bibim: ez çawa di ewlehiyê de dimînim
plan-section-phone-taken = Heke kesek telefona min bibe
plan-empty = Hîn tiştek li vir tune.
plan-add-label = Li «{ $section }» zêde bike
plan-add = Zêde bike
plan-edit = «{ $item }» biguherîne
plan-edit-label = Vê rêzê biguherîne
plan-save = Tomar bike
plan-cancel = Betal bike
plan-delete = «{ $item }» jê bibe
plan-move-up = «{ $item }» bilind bike
plan-move-down = «{ $item }» nizm bike
plan-saved = Hat tomarkirin.
plan-suggestion = Pêşniyar: bihêle, biguherîne an jê bibe.
plan-error-empty = Pêşî tiştekî binivîse.
plan-error-too-long = Ev pir dirêj e. Herî zêde { $max } tîpan bi kar bîne.
plan-error-save = Nehat tomarkirin. Ji kerema xwe dîsa biceribîne.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = Ez nikarim razim û her dem li ser doza xwe difikirim.
plan-starter-leaving-2 = Kesekî ku ez bawerî pê nakim her dem peyaman ji min re dişîne.
plan-starter-helps-1 = Guhdarîkirina muzîkê.
plan-starter-helps-2 = Meşîn an lîstina futbolê.
plan-starter-safe-places-1 = Klûba ciwanan.
plan-starter-ask-for-help-1 = Karmendê min ê civakî.
plan-starter-ask-for-help-2 = Childline, 0800 1111: belaş, ji bo her kesê di bin 19 saliyê de.
plan-starter-if-missing-1 = Berî ku derkevim telefona xwe şarj bikim.
plan-starter-if-missing-2 = 116 000 ji ber bizanibim: Runaway Helpline, telefon û peyam belaş.
plan-starter-if-missing-3 = Heke ez di xeterê de bim, li 999 bigerim.
plan-starter-phone-taken-1 = Hejmara karmendê xwe yê civakî li ser kaxezê binivîsim û bi xwe re bigirim.
plan-starter-phone-taken-2 = Telefoneke ku karta SIM (SIM card) tê de hebe dikare li 999 bigere, heta ku kilîtkirî be an kredî tê de nebe jî.
