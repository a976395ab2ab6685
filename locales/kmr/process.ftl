## The asylum process: list, step screen, search and glossary

process-title = Penaberî gav bi gav
process-intro = Çi diqewime, gav bi gav. Ji bo xwendinê li ser gavekê bitikîne.
process-home-hint = Paşê çi dibe, gav bi gav
process-rules-changed = Qanûn di 2026 de guherîn, û dikarin dîsa biguherin. Gotina dawî di doza te de ya parêzerê te ye.
process-you-are-here = Tu li vir î
process-mark-here = Ez di vê gavê de me
process-home-current = Tu di vê gavê de yî: { $step }
process-what = Çi diqewime
process-who = Kî dê li wir be
process-ask = Tu dikarî çi bixwazî
process-next = Paşê çi tê
process-time = Çiqas dem dikişîne
process-sources = Ev agahî ji ku tê
process-source-verified = Çavkaniya fermî: { $source }
process-source-secondary = Çavkaniyeke din (ne fermî): { $source }
process-reviewed = Cara dawî di { $date } de hat kontrolkirin.
process-previous = Gava berê
process-following = Gava piştre
process-step-number = Gav { $number }
process-search = Li peyveke ji nameya xwe bigere
process-search-results = Encam
process-search-empty = Tiştek nehat dîtin. Peyveke din biceribîne, an ji karmendê xwe yê civakî an parêzerê xwe wateya peyvê bipirse.
process-glossary = Peyvên ku dibe tu bibihîzî
process-glossary-intro = Peyvên ji name û civînan, bi zimanekî hêsan.
process-questions = Pirsên min ji bo parêzer an karmendê civakî
process-questions-private = Tenê tu dikarî wan bibînî. Ew li ser vê telefonê dimînin.
process-question-label = Pirsekê binivîse
process-question-save = Pirsê tomar bike
process-question-delete = Jê bibe
process-question-empty = Pêşî pirsa xwe binivîse.
process-question-too-long = Ev pirs pir dirêj e. Ji kerema xwe wê ji { $max } tîpan kurttir bike.
process-question-saved = Pirs hat tomarkirin.
process-question-none = Hîn tu pirs nîne.

## Step 1: arrival

process-arrival-title = Gihîştina Keyaniya Yekbûyî (UK)
process-arrival-what = Gelek ciwan digihîjin Kentê (Kent). Efserên Hêza Sînor (Border Force) dibe ku te li cihekî wek Yekîneya Wergirtinê ya Kentê (Kent Intake Unit) li Doverê bihêlin heta ku lênêrîna te amade bikin. Meclîsa herêmî divê li her zarokê ku li vir dê, bav an lênêrvanê wî tune, binêre.
process-arrival-who = Efserên Hêza Sînor (Border Force). Karmendekî civakî ji meclîsa herêmî tê gazîkirin.
process-arrival-ask = Wergêr. Û ku wek zarok bi te re were tevgerîn.
process-arrival-next = Meclîsa herêmî li te dinêre. Wezareta Karên Hundir (Home Office) pirsên xwe yên pêşîn ji te dike (hevpeyvîna başbûnê).
process-arrival-time = Dibe ku gelek saetan bikişîne, heta ku lênêrîna te tê amadekirin.

## Step 2: welfare interview

process-welfare-interview-title = Hevpeyvîna başbûnê (hevpeyvîna “biçûk”)
process-welfare-interview-what = Wezareta Karên Hundir (Home Office) pirsên hêsan dike: navê te, roja jidayikbûna te, welat û malbata te. Dibe ku hinekî bipirsin çima tu hatî û tu çawa rêwîtî kirî. Wêneyê te û şopa tiliyên te digirin. Dibe ku tu formeke bi navê SEF bistînî.
process-welfare-interview-who = Karmendekî Wezareta Karên Hundir (Home Office) û wergêrek. Heke tu ji 16 salî biçûktir î, karmendê te yê civakî an mezinekî din ê berpirsiyar jî tê. Li Skotlandê, mezinek bi her kesê di bin 18 salî de re tê.
process-welfare-interview-ask = Wergêr. Û wergêrekî din heke tu ji wergêrê niha fêm nakî.
process-welfare-interview-next = Heke Wezareta Karên Hundir bifikire ku tu ji 18 salî mezintir î, dibe ku wek mezinekî bi te re tevbigere. Heke tu zarok î, vê bi zelalî bibêje. Karmendekî civakî û parêzerekî bixwaze. Tu dikarî li dijî biryareke li ser temenê xwe derkevî.
process-welfare-interview-time = Piştî gihîştina te bi demeke kurt pêk tê.

## Step 3: age assessment

process-age-assessment-title = Heke ji temenê te bawer nekin
process-age-assessment-what = Heke kesek ji temenê te bi şik be, karmendên civakî bi te re diaxivin da ku temenê te diyar bikin. Meclîsa herêmî divê bi xwe biryarê bide, heta heke Wezareta Karên Hundir (Home Office) bifikire ku tu mezin î. Tîmeke neteweyî ya karmendên civakî jî dikare temenê te diyar bike.
process-age-assessment-who = Bi gelemperî du karmendên civakî, gelek caran bi mezinekî din re ku piştgiriya te bike.
process-age-assessment-ask = Ku heta ku biryar didin wek zarok bi te re were tevgerîn. Alîkarî ji parêzerekî. Projeya Nakokiya Temen a Meclîsa Penaberan (Refugee Council’s Age Dispute Project) dibe ku alîkariyê bike heke ew bawer bikin ku tu ji 18 salî biçûktir î.
process-age-assessment-next = Heke biryar bidin ku tu zarok î, meclîsa herêmî wek zarok li te dinêre. Heke biryar bidin ku tu mezin î, tu dikarî bi parêzerekî re li dijî vê biryarê derkevî. Zû alîkariyê bixwaze.
process-age-assessment-time = Demeke diyar tune. Ji karmendê xwe yê civakî an parêzerê xwe bipirse.

## Step 4: being looked after

process-looked-after-title = Lênêrîna meclîsa herêmî ji bo te
process-looked-after-what = Meclîsa herêmî li te dinêre. Tu “zarokekî di bin lênêrînê de” yî (looked-after child). Tu karmendekî civakî û cihekî jiyanê distînî, wek malbateke xwedîker. Heke tu 16 an 17 salî yî, dibe ku ew xaniyekî bi piştgirî be jî. Meclîsa herêmî di tenduristî û dibistanê de jî alîkariya te dike.
process-looked-after-who = Karmendê te yê civakî, û malbata xwedîker an karmendê te yê berpirsiyar (key worker).
process-looked-after-ask = Berevanek (advocate): kesek ku li ser navê te diaxive. Alîkarî ji bo dîtina parêzerekî.
process-looked-after-next = Dibe ku tu biçî meclîseke din a herêmî (Bernameya Veguhastina Neteweyî, National Transfer Scheme). Tu ji bo daxwaza penaberiyê parêzerekî distînî.
process-looked-after-time = Ji roja ku tu cara pêşîn meclîsa herêmî dibînî.

## Step 5: National Transfer Scheme

process-transfer-title = Çûna meclîseke din (National Transfer Scheme)
process-transfer-what = Gelek ciwan digihîjin çend cihên kêm, wek Kentê (Kent). Bernameya Veguhastina Neteweyî (National Transfer Scheme) hinek ji wan dişîne meclîseke li beşeke din a Keyaniya Yekbûyî, da ku hemû meclîs di lênêrînê de par bibin. Her meclîs divê beşdar bibe.
process-transfer-who = Meclîsa ku tu niha tê de yî û meclîsa ku tu diçiyê.
process-transfer-ask = Ku berjewendiya te ya herî baş beşeke sereke ya biryarê be. Tu dikarî ji karmendê xwe yê civakî bipirsî ku tu diçî ku û çima.
process-transfer-next = Meclîsa te ya nû li te dinêre.
process-transfer-time = Veguhastin divê di nav 10 rojên kar de pêk were.

## Step 6: getting a lawyer

process-lawyer-title = Wergirtina parêzerekî
process-lawyer-what = Parêzerek (nûnerê hiqûqî) di daxwaza te ya penaberiyê de alîkariya te dike. Alîkariya hiqûqî ya belaş (legal aid) pereyê parêzer dide, ji ber vê yekê tu pere nadî. Tiştê ku tu ji parêzerê xwe re dibêjî nepenî ye: ew wê bi xwe re diparêze.
process-lawyer-who = Parêzerê te, gelek caran bi wergêrekî re.
process-lawyer-ask = Alîkarî ji lênêrvanê te, karmendê berpirsiyar an karmendê te yê civakî ji bo dîtina parêzerekî.
process-lawyer-next = Parêzerê te di dagirtina Forma Daxuyaniya Delîlan (Statement of Evidence Form, SEF) de alîkariya te dike.
process-lawyer-time = Demeke diyar tune. Lênêrvanê te, karmendê berpirsiyar an karmendê te yê civakî divê ji bo dîtina parêzerekî alîkariya te bikin.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = Forma Daxuyaniya Delîlan (SEF)
process-sef-what = SEF formek e ku tê de tu rave dikî tu kî yî û çima pêdiviya te bi parastinê heye. Bi îngilîzî tê dagirtin, her tim bi parêzerê te re. Wezareta Karên Hundir (Home Office) SEF tenê ji bo gotina erê bikar tîne. Heke nikaribe erê bibêje, bi gelemperî pêşî te gazî hevpeyvînê dike. Di Çileya 2026an de ceribandinek ji bo hinek ciwanên 16 û 17 salî yên ku parêzerê wan heye dest pê kir. Heke ew qebûl bikin, SEF derbas dikin û rasterast diçin hevpeyvînê. Ji parêzerê xwe bipirse ka ev ji bo te ye an na.
process-sef-who = Parêzerê te, û wergêrek heke pêdiviya te hebe.
process-sef-ask = Alîkarî ji bo dîtina parêzerekî heke parêzerê te tune be. Dema zêdetir, heke pêdiviya te hebe.
process-sef-next = Hevpeyvîna sereke (“mezin”), heke Wezareta Karên Hundir bêyî wê nikaribe biryarê bide.
process-sef-time = Divê Wezareta Karên Hundir SEF-a te di nav 60 rojên kar de bistîne, ji roja ku te daxwaza penaberiyê kir. Rojên kar Duşem heta În in, lê betlaneyên fermî ne rojên kar in. Ji ber vê yekê ev nêzî 3 mehan e. Parêzerê te dikare dema zêdetir bixwaze.

## Step 8: the main interview

process-interview-title = Hevpeyvîna sereke (“mezin”)
process-interview-what = Ciwanên ji 12 salî mezintir bi gelemperî vê hevpeyvînê dikin. Ew dipirsin çima tu derketî, li ser rêwîtiya te, jiyana te ya berê, û tu ji çi ditirsî.
process-interview-who = Biryardarekî Wezareta Karên Hundir (Home Office), parêzerê te, wergêrek û mezinekî berpirsiyar (responsible adult): karmendê te yê civakî, malbata xwedîker an karmendê berpirsiyar, an kesekî din ku tu bawerî pê dikî.
process-interview-ask = Wergêrekî mêr an jin (zû ji parêzerê xwe bixwaze). Wergêrekî din heke ziman an zarava şaş be. Bêhnvedan. Ku rawestînin û rojeke din bidomînin heke tu pir nexweş î.
process-interview-next = Tu li benda biryarê dimînî. Heke tu berî hevpeyvînê bibî 18 salî, ew dîsa jî pêk tê, bi kesekî ku ji bo dozên zarokan hatiye perwerdekirin.
process-interview-time = Piştî SEF tê.

## Step 9: waiting

process-waiting-title = Li benda biryarê
process-waiting-what = Wezareta Karên Hundir (Home Office) biryarê dide. Li bendê man dikare pir dijwar be. Parêzerê te dikare li ser derengmayînê ji wezaretê bipirse, û dikare bi endamê te yê parlamentoyê (MP) re têkilî were danîn.
process-waiting-who = Civîn tune. Wezareta Karên Hundir biryarê ji parêzer û karmendê te yê civakî re dişîne.
process-waiting-ask = Heke pir dirêj bikişîne, ji parêzerê xwe bixwaze ku li pey Wezareta Karên Hundir bikeve.
process-waiting-next = Biryar.
process-waiting-time = Gelek meh, carinan sal.

## Step 10: the decision

process-decision-title = Biryar
process-decision-what = Bersiv dikare ev be: statuya penaberiyê (refugee status); parastina mirovî (humanitarian protection); destûra mayînê ji bo zarokên bê xwedî (UASC leave); cureyekî din ê destûra mayînê; an red. Wezareta Karên Hundir (Home Office) ji karmendê te yê civakî û parêzerê te re dibêje.
process-decision-who = Name diçe parêzer û karmendê te yê civakî. Ji wan bixwaze ku bi te re rave bikin.
process-decision-ask = Ji parêzerê xwe bipirse ku ev biryar ji bo te tê çi wateyê û destûra te ya mayînê çiqas didome.
process-decision-next = Heke tu werî redkirin, bi gelemperî tu dikarî îtîraz bikî. UASC leave tê wê wateyê ku daxwaza te ya penaberiyê hatiye redkirin. Bi gelemperî tu dikarî li dijî vê jî îtîraz bikî. Tenê 14 rojên te hene, ji ber vê yekê tavilê bi parêzerê xwe re biaxive. Berî ku destûra te ya UASC leave biqede, divê tu dîsa serlêdanê bikî. 3 heta 6 mehan berî ku biqede parêzerekî bibîne.
process-decision-time = UASC leave 30 mehan didome, an heta ku tu bibî 17 salî û nîv heke ew zûtir be. Destûrên din ên mayînê dikarin dirêjtir an kurttir bin. Ev girêdayî roja ku te daxwaza penaberiyê kiriye ye. Ji parêzerê xwe bipirse ka destûra te çiqas didome.

## Step 11: appeal

process-appeal-title = Îtîraza li dijî redê
process-appeal-what = Heke Wezareta Karên Hundir (Home Office) na bibêje, bi gelemperî tu dikarî îtîraz bikî. Paşê dadwerek (Dadgeha Pêşîn, First-tier Tribunal) doza te dîsa dinêre. Ji bo îtîrazê destûr ne pêwîst e. Nameya te ya biryarê dibêje ka tu dikarî îtîraz bikî an na.
process-appeal-who = Dadwerek, parêzerê te, mezinekî berpirsiyar û wergêrek.
process-appeal-ask = Wergêrek bi ziman û zaravayê te: forma îtîraza te divê bibêje kîjan. Mezinekî berpirsiyar bi te re di danişînê de.
process-appeal-next = Heke dadwer na bibêje, dibe ku çûna dadgeheke bilindtir (Upper Tribunal) mimkun be. Heke tu ji 18 salî mezintir î û hemû îtîrazên te bi ser nekevin, dibe ku meclîsa herêmî hin alîkariyan rawestîne. Berî vê, divê bi nivîskî ji te re bibêje çima.
process-appeal-time = Îtîraza te divê herî dereng 14 roj piştî şandina redê bigihîje. Tavilê ji parêzerê xwe re bibêje. Biryara dadwer bi gelemperî 3 heta 4 hefteyan piştî danişînê tê.

## Step 12: turning 18 and leaving care

process-turning-18-title = Bûna 18 salî û derketina ji lênêrînê
process-turning-18-what = Ji nêzî 16 salî ve, tu şêwirmendekî kesane (personal adviser) û plana rêyê (pathway plan) distînî: plana te ya ji bo bûna mezin. Ew şûna plana te ya lênêrînê digire.
process-turning-18-who = Şêwirmendê te yê kesane (personal adviser).
process-turning-18-ask = Plana rêyê ya ku herî kêm her 6 mehan carekê tê kontrolkirin. Li Îngilîstanê, alîkarî ji şêwirmendê te yê kesane heta 25 salî. Alîkarî ji bo wergirtina şîreta hiqûqî li ser rewşa te ya mayînê.
process-turning-18-next = Li Îngilîstanê, meclîsa te ya herêmî divê belav bike ka çi pêşkêşî ciwanên ku ji lênêrînê derdikevin dike (“pêşniyara herêmî”, local offer).
process-turning-18-time = Plan nêzî 16 salî dest pê dike. Li Îngilîstanê, şêwirmendê te yê kesane dikare heta 25 salî alîkariya te bike.

## Step 13: National Referral Mechanism

process-nrm-title = Heke kesekî tu îstismar kiribî (National Referral Mechanism)
process-nrm-what = Mekanîzmaya Şandina Neteweyî (National Referral Mechanism, NRM) rêya ku Keyaniya Yekbûyî pê kesên ku bûne qurbaniyên bazirganiya mirovan (trafficking) an hatine îstismarkirin dibîne û diparêze ye: kesên ku bi zorê hatine xebitandin an neçar bûne ku sûc bikin, an jî bi rêyên din zirar dîtine. Her kesê di bin 18 salî de divê were şandin. Zarok ne mecbûr in qebûl bikin.
process-nrm-who = “Bersivdarê pêşîn” (first responder), wek polîs, meclîsa herêmî, an rêxistineke xêrxwaz wek Barnardo’s, NSPCC an Meclîsa Penaberan (Refugee Council).
process-nrm-ask = Parêzvanek (guardian): kesek ku li aliyê te ye û şîretan dide te. Li gelek herêmên Îngilîstan û Walesê, ev Parêzvanekî serbixwe ji bo zarokên qurbaniyên bazirganiya mirovan ye (Independent Child Trafficking Guardian). Li Skotlandê, her zarokê ku bi tenê tê, parêzvanekî ji Guardianship Scotland distîne. Li Îrlendaya Bakur, Xizmeta Parêzvanên Serbixwe (Independent Guardian Service) alîkariyê dike.
process-nrm-next = Pêşî biryara “sedemên maqûl” (reasonable grounds), paşê biryara “sedemên teqez” (conclusive grounds). Heke tu berî biryara dawî bibî 18 salî, tu dikarî bi devkî an bi nivîskî bibêjî ku tu dixwazî di NRM de bimînî.
process-nrm-time = Biryara pêşîn heke mimkun be nêzî 5 rojên kar dikişîne. Biryara dawî herî kêm piştî 30 rojan tê; demeke diyar tune.

## Glossary

glossary-home-office-term = Home Office (Wezareta Karên Hundir)
glossary-home-office-meaning = Beşa hikûmeta Keyaniya Yekbûyî ya ku li ser daxwazên penaberiyê biryarê dide.
glossary-sef-term = SEF (Forma Daxuyaniya Delîlan, Statement of Evidence Form)
glossary-sef-meaning = Forma ku tê de tu bi parêzerê xwe re rave dikî tu kî yî û çima pêdiviya te bi parastinê heye.
glossary-interview-term = Substantive interview (hevpeyvîna sereke)
glossary-interview-meaning = Hevpeyvîna sereke (“mezin”) a penaberiyê, ku tê de tu rave dikî çima pêdiviya te bi parastinê heye.
glossary-responsible-adult-term = Responsible adult (mezinê berpirsiyar)
glossary-responsible-adult-meaning = Mezinek ku bi te re tê hevpeyvînan da ku piştgiriya te bike, wek karmendê te yê civakî an karmendê berpirsiyar.
glossary-legal-aid-term = Legal aid (alîkariya hiqûqî ya belaş)
glossary-legal-aid-meaning = Pereyê hikûmetê ku pereyê parêzerê te dide, ji ber vê yekê tu pere nadî.
glossary-looked-after-term = Looked-after child (zarokê di bin lênêrînê de)
glossary-looked-after-meaning = Zarokek ku meclîsa herêmî lê dinêre, bi karmendekî civakî û cihekî jiyanê.
glossary-refugee-status-term = Refugee status (statuya penaberiyê)
glossary-refugee-status-meaning = Erêyek ji bo daxwaza te ya penaberiyê: Keyaniya Yekbûyî qebûl dike ku pêdiviya te bi parastinê heye.
glossary-humanitarian-protection-term = Humanitarian protection (parastina mirovî)
glossary-humanitarian-protection-meaning = Destûra mayînê ji ber ku heke tu vegerî dê bi zirareke giran re rû bi rû bimînî.
glossary-uasc-leave-term = UASC leave (destûra mayînê ji bo zarokên bê xwedî)
glossary-uasc-leave-meaning = Destûreke kurt a mayînê ji bo zarokekî ku daxwaza wî ya penaberiyê hatiye redkirin. Bi gelemperî tu dikarî li dijî redê îtîraz bikî. Tenê 14 rojên te hene, ji ber vê yekê tavilê bi parêzerê xwe re biaxive. Divê berî ku UASC leave biqede tu dîsa serlêdanê bikî.
glossary-tribunal-term = Tribunal (dadgeh)
glossary-tribunal-meaning = Dadgehek ku tê de dadwerek piştî redê doza te dîsa dinêre.
glossary-pathway-plan-term = Pathway plan (plana rêyê)
glossary-pathway-plan-meaning = Plana te ya ji bo bûna mezin û derketina ji lênêrînê, ku bi şêwirmendê te yê kesane re tê çêkirin.
glossary-personal-adviser-term = Personal adviser (şêwirmendê kesane)
glossary-personal-adviser-meaning = Kesê ku dema tu ji lênêrînê derdikevî alîkariya te dike. Li Îngilîstanê, ew dikare heta 25 salî alîkariya te bike.
glossary-nrm-term = NRM (Mekanîzmaya Şandina Neteweyî, National Referral Mechanism)
glossary-nrm-meaning = Rêya Keyaniya Yekbûyî ji bo dîtin û parastina kesên ku bûne qurbaniyên bazirganiya mirovan an hatine îstismarkirin.
