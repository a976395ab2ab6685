## Home: the come-back control and the safety plan

home-come-back = Ez dixwazim vegerim
home-come-back-more = Rêyên din: telefon bikim, bibêjim ez li ku me, an bibêjim ez ewle me
home-danger = Di xeterê de yî? Li 999 bigere
home-plan = Plana min a ewlehiyê
home-plan-hint = Tiştên ku alîkariya te dikin, û tu çawa di ewlehiyê de dimînî

## Come-back screen

comeback-title = Ez dixwazim vegerim
comeback-welcome = Winda bûn ne sûc e. Mirov dixwazin ku tu ewle bî û vegerî.
comeback-will-reach = Peyama te dê bigihîje
comeback-reach-until = { $name } — { $role } — heta { $until }
comeback-reach-any-time = { $name } — { $role } — her dem
comeback-reach-out-of-hours = { $name } — { $role } — derveyî demên kar
comeback-reach-helpline = Runaway Helpline (xeta alîkariyê ji bo yên ku winda bûne) — 116 000 — belaş, telefon an peyam
comeback-why-out-of-hours = Mezinên din ên ku tu bawerî pê dikî di vê demê de naxebitin.
comeback-why-nobody-now = Tu kes ji mezinên ku tu bawerî pê dikî di vê demê de naxebite, ji ber vê yekê peyama te diçe Runaway Helpline. Ew dikarin peyamekê ji bo te bigihînin.
comeback-why-nobody-added = Te hîn mezinekî ku tu bawerî pê dikî lê zêde nekiriye, ji ber vê yekê peyama te diçe Runaway Helpline. Ew dikarin peyamekê ji bo te bigihînin.
comeback-send = Ji { $name } re peyam bişîne
comeback-send-helpline = Ji Runaway Helpline re peyam bişîne
comeback-call = Li şûna wê telefon bike
comeback-safe-title = Hîn ne amade yî ku vegerî?
comeback-safe-explain = Tu dîsa jî dikarî ji kesekî re bibêjî ku tu ewle yî. Domandina têkiliyê alîkariya mirovan dike ku bizanin tu baş î.
comeback-safe-send = Ez ewle me, lê hîn ne amade me ku vegerim
comeback-call-only = Ev hejmar nikare peyamên nivîskî bistîne. Ji bo telefonkirina { $name } dest lê bide.
comeback-message-title = Peyama te
comeback-add-location = Cihê min lê zêde bike
comeback-remove-location = Cihê min derxe
comeback-location-finding = Em li cihê te digerin…
comeback-location-added = Cihê te niha di peyamê de ye. Harbour wê tomar nake, lê sepana peyaman (Messages) a telefona te kopiyeke tiştê ku tu dişînî diparêze.
comeback-location-unavailable = Telefona te negot tu li ku yî. Peyama te dê bêyî wê here.
comeback-danger = Heke tu di xeterê de yî, li 999 bigere
comeback-help-now = Heke niha alîkarî hewce dikî, li 999 bigere
comeback-helpline-closed-until = Xeta alîkariyê niha girtî ye. Di saet { $time } de vedibe.
comeback-helpline-closed = Xeta alîkariyê niha girtî ye.
comeback-helpline-unknown = Dibe ku xeta alîkariyê niha bersiv nede. Bi şev dibe ku heta sibehê girtî be.
comeback-trace = Sepana peyaman (Messages) a telefona te kopiyeke tiştê ku tu dişînî diparêze. Telefona te lîsteya bangên te diparêze.
comeback-manage = Mezinên ku ez bawerî pê dikim
comeback-manage-hint = Kesên ku tu dikarî bigihîjî wan lê zêde bike, biguherîne an jê bibe
comeback-when-back = Dema ez vegerim çi dibe
comeback-staying-safe = Di ewlehiyê de mayîn

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Silav { $name }.
sms-greeting-helpline = Silav.
sms-body = Ez dixwazim vegerim. Tu dikarî alîkariya min bikî?
sms-body-safe = Ez ewle me, lê hîn ne amade me ku vegerim. Ez dixwazim têkiliya me berdewam be.
sms-signed = Ji { $name }.
sms-location = Ez niha li vir im: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Karmendê civakî
role-personal-adviser = Şêwirmendê kesane (personal adviser)
role-key-worker = Karmendê berpirsiyar (key worker)
role-foster-carer = Malbata xwedîker (foster carer)
role-support-worker = Karmendê piştgiriyê (support worker)
role-guardian = Parêzvan (guardian)
role-emergency-duty-team = Tîma acîl a şaredariyê
role-other = Kesekî ku ez bawerî pê dikim
role-your-social-worker = karmendê te yê civakî
role-your-personal-adviser = şêwirmendê te yê kesane
role-your-key-worker = karmendê te yê berpirsiyar
role-your-foster-carer = malbata te ya xwedîker
role-your-support-worker = karmendê te yê piştgiriyê
role-your-guardian = parêzvanê te
role-your-emergency-duty-team = tîma acîl a şaredariyê
role-your-other = kesekî ku tu bawerî pê dikî

## Trusted adults screen

adults-title = Mezinên ku ez bawerî pê dikim
adults-intro = Kesên ku dema tu bixwazî vegerî tu dikarî bigihîjî wan. Ev lîste li ser vê telefonê dimîne.
adults-empty = Te hîn tu kes lê zêde nekiriye.
adults-add = Mezinekî ku tu bawerî pê dikî lê zêde bike
adults-edit = { $name } biguherîne
adults-remove = { $name } jê bibe
adults-remove-confirm = Tu dixwazî { $name } ji mezinên ku tu bawerî pê dikî derxî?
adults-remove-yes = Erê, jê bibe
adults-keep = Na, bihêle
adults-phone = Telefon: { $number }
adults-hours-any-time = Tu dikarî her dem bigihîjî wî.
adults-out-of-hours-badge = Têkiliya derveyî demên kar
adults-speaks = Bi van zimanan diaxive: { $languages }
adults-signature-title = Navê te di peyaman de
adults-signature-hint = Peyamên te bi vî navî diqedin. Heke tu dixwazî, vala bihêle.
adults-signature-save = Navê min tomar bike
adults-saved = Hat tomarkirin.

## Trusted adult form

adult-new-title = Mezinekî ku tu bawerî pê dikî lê zêde bike
adult-edit-title = Mezinekî ku tu bawerî pê dikî biguherîne
adult-name = Nav
adult-role = Ew kî ye
adult-phone = Hejmara telefonê
adult-phone-hint = Hejmareke Brîtanyayê wek 07700 900123, an hejmareke welatekî din ku bi + dest pê dike.
adult-hours = Kengî tu dikarî bigihîjî wî (dema Brîtanyayê)
adult-hours-hint = Heke tu dikarî her dem bigihîjî wî, vê vala bihêle.
adult-hours-add = Dem lê zêde bike
adult-hours-remove = Van deman jê bibe
adult-hours-from = Ji
adult-hours-to = Heta
adult-hours-days = Roj
adult-languages = Zimanên ku pê diaxive
adult-languages-hint = Peyama te pêşî bi zimanê wî, paşê bi zimanê te tê nivîsandin. Heke tu ziman neyê hilbijartin, Îngilîzî tê bikaranîn.
adult-out-of-hours = Ev têkiliya min a derveyî demên kar e
adult-out-of-hours-hint = Ji bo êvar, şev û dawiya hefteyê: wek mînak lênêrvanê te, an tîma acîl a şaredariyê. Tenê yek dikare hebe; hilbijartina vî kesî dibe şûna yê berê.
adult-save = Tomar bike
adult-cancel = Betal bike

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Ji kerema xwe navê wî binivîse.
adult-error-name-too-long = Ev nav pir dirêj e. Herî zêde { $max } tîpan bi kar bîne.
adult-error-phone-empty = Ji kerema xwe hejmara telefona wî binivîse.
adult-error-phone-not-a-number = Ev ne hejmara telefonê ye. Tenê reqem, valahî û + di destpêkê de bi kar bîne.
adult-error-phone-invalid = Ev hejmar nayê telefonkirin. Ji kerema xwe reqeman kontrol bike. Hejmara mobîl a Brîtanyayê 11 reqem e û bi 07 dest pê dike.
adult-error-phone-costly = Bangên ji bo vê hejmarê pir biha ne, an jî diçin ser telefoneke din. Harbour nikare hejmarên wiha tomar bike. Hejmara mobîl a Brîtanyayê bi 07 dest pê dike, lê ne bi 070.
hours-error-no-day = Herî kêm rojekê hilbijêre.
hours-error-time = Demê wiha binivîse: 09:00.
hours-error-same-time = Dema destpêk û dawiyê yek e.
adults-error-save = Nehat tomarkirin. Ji kerema xwe dîsa biceribîne.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = Her roj
hours-weekdays = Duşem heta În
hours-weekend = Şemî û Yekşem
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour nekarî mezinên ku tu bawerî pê dikî û te tomar kirine bixwîne, ji ber vê yekê peyama te diçe Runaway Helpline. Ew dikarin peyamekê ji bo te bigihînin.
adults-unreadable = Harbour nekarî hin ji mezinên ku tu bawerî pê dikî û te tomar kirine bixwîne. Lîsteyê kontrol bike û her kesê ku tê de tune lê zêde bike.
