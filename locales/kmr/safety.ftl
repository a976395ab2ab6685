## "When I come back" card

card-return-title = Dema tu vegerî
card-return-intro = Winda bûn ne sûc e. Mirov dixwazin bizanin ku tu ewle yî.
card-return-safe-well = Polîs dê bixwaze te bibîne, da ku piştrast bibe ku tu ewle û baş î. Ji vê re «safe and well check» tê gotin.
card-return-interview = Dê ji te re were pêşniyarkirin ku tu bi kesekî ku li te xwedî dernakeve re biaxivî. Ji vê re «return interview» (hevpeyvîna vegerê) tê gotin. Li Skotlandê jê re «return discussion» (axaftina vegerê) tê gotin. Divê di nav 72 saetan (3 rojan) de piştî vegera te be. Tu dikarî wergêrekî bixwazî.
card-return-why = Di hevpeyvîna vegerê de tu dikarî bibêjî çima tu çûyî, û çi dê alîkariya te bike ku tu xwe ewle hîs bikî.
card-return-decline = Tu dikarî hevpeyvîna vegerê red bikî.
card-return-info = Divê ji te re were gotin ku heke tu dîsa biçî tu çawa di ewlehiyê de bimînî, û tu dikarî li kîjan xetên alîkariyê bigerî.

## "Staying safe" card

card-safe-title = Di ewlehiyê de mayîn
card-safe-signs-title = Îstismar dikare çawa xuya bike
card-safe-signs-what = Îstismar ev e: kesek te bi kar tîne da ku ji bo xwe pere an hêz bi dest bixe. Dibe ku te bixapîne, te bitirsîne an te neçar bike.
card-safe-sign-debt = Kesek dibêje ku tu deyndarê wî yî, wek mînak ji bo rêwîtiya te, telefonekê an xwarinê, û ji te re dibêje ku tu bixebitî da ku deyn bidî.
card-safe-sign-keeping = Kesek belgeyên te, pereyê te an telefona te li cem xwe digire.
card-safe-sign-moved = Tu ji cihekî bo cihekî din tê birin, an tu tê birin bajarên din.
card-safe-sign-distrust = Kesek ji te re dibêje ku polîs an karmendê te yê civakî dê zirarê bidin te û nabe ku tu bawerî bi wan bikî.
card-safe-sign-drugs = Kesek te neçar dike ku tu madeyên hişbir bifiroşî, an ji bo wî madeyên hişbir an pere hilgirî.
card-safe-sign-grow = Kesek te neçar dike ku tu li malekê li nebatên esrarê (cannabis) binêrî, û tu nikarî derkevî. Esrar madeyeke hişbir e.
card-safe-sign-sexual = Kesek te neçar dike ku tu karên seksî bikî. Dibe ku ew pere, diyarî, madeyên hişbir an cihekî mayînê bide te. Ev bi kuran re jî dibe.
card-safe-contact-title = Kesek dixwaze tu biçî cem wî
card-safe-contact-arrive = Kesekî ji te re gotiye ku dema tu gihîştî vir, telefonî wî bikî an peyamekê jê re bişînî. Dibe ku ew bixwaze te ji kesên ku li te xwedî derdikevin dûr bixe.
card-safe-contact-offer = Kesek li bajarekî din karekî, bilêtekê an cihekî mayînê pêşkêşî te dike. Dibe ku baş xuya bike, lê dikare xefik be.
card-safe-contact-talk = Berî ku tu biçî, bi karmendê xwe yê civakî an mezinekî din ê ku tu bawerî pê dikî re biaxive. Ne xeletiya te ye ku kesekî ev ji te xwest.
card-safe-online-title = Kesên ku tu li ser înternetê nas dikî
card-safe-online-lie = Mirov li ser înternetê dikarin derewan bikin ka ew kî ne, çend salî ne û çi dixwazin.
card-safe-online-signs = Hay ji xwe hebe heke kesek li ser înternetê ji te bixwaze ku tu sirekê veşêrî. Her weha hay ji xwe hebe heke ew bixwaze te bibîne, an wêneyên te bixwaze.
card-safe-online-help = Heke kesek li ser înternetê te bi fikar dike, êdî bersiva wî nede û wî asteng bike (block). Ji mezinekî ku tu bawerî pê dikî re bêje. Ne xeletiya te ye.
card-safe-relationships-title = Têkiliyên ewle
card-safe-gifts = Diyarî, pere an telefonek ji kesekî ku tu baş nas nakî dikare bibe «deynek» ku ji bo kontrolkirina te tê bikaranîn.
card-safe-talk = Heke tiştekî wiha dibe, ne xeletiya te ye. Tu dikarî bi karmendê xwe yê civakî re biaxivî, an li Runaway Helpline bi 116 000 bigerî.
card-safe-stay-away-title = Kesek min neçar dike ku dûr bimînim
card-safe-stay-away = Heke kesek te neçar dike ku tu dûr bimînî, ev cidî ye. Kesê ku vê dike bi îhtîmaleke mezin qanûnê binpê dike. Ne xeletiya te ye.
card-safe-stay-away-helpline = Runaway Helpline dikare alîkariya te bike ku tu ewle bibî: li 116 000 bigere an peyamê bişîne. Belaş e.
card-safe-stay-away-danger = Heke tu niha di xeterê de yî, li 999 bigere.

## "Where I live does not feel safe" card

card-placement-title = Ez xwe li cihê ku lê dijîm ewle hîs nakim
card-placement-intro = Divê tu xwe li cihê ku lê dijî ewle hîs bikî. Heke wisa nebe, tu dikarî vê bibêjî. Ne xeletiya te ye.
card-placement-why = Dibe ku kesek li wir te bitirsîne an zirarê bide te. Dibe ku mirovên ji welatê te bi xwe wisa bikin ku tu xwe ne ewle hîs bikî. Tu dikarî vê jî bibêjî.
card-placement-who-title = Tu dikarî ji kê re bibêjî
card-placement-social-worker = Karmendê te yê civakî. Heke tu xwe ne ewle hîs dikî, li benda serdana wî ya din nemîne. Niha bi wî re têkilî dayne.
card-placement-talk-out = Tu dikarî ji karmendê xwe yê civakî bixwazî ku li cihekî din te bibîne. Wê demê tu dikarî bi azadî biaxivî.
card-placement-iro = Berpirsê te yê Serbixwe yê Venêrînê (Independent Reviewing Officer, IRO). Her zarokê di bin lênêrînê de yekî wisa heye. Ew kontrol dike ku planên ji bo te rast in.
card-placement-iro-contact = Tu dikarî her dem bi IRO-yê xwe re têkilî daynî, ne tenê di civînan de. Divê navê wî û rêya gihîştina wî ji te re were gotin.
card-placement-advocate = Berevanek (advocate). Ev kesek e ku tenê li aliyê te ye. Ew ne ji bo lênêrvanên te û ne ji bo karmendê te yê civakî dixebite.
card-placement-advocate-right = Mafê te heye ku berevanekî te hebe dema ku tu dixwazî gilî bikî an guhertinekê bixwazî.
card-placement-move-title = Daxwaza çûna maleke din
card-placement-move = Tu dikarî bixwazî ku biçî maleke din. Ev ne her tim gengaz e. Lê divê ew guh bidin te.
card-placement-move-list = Nivîsandina lîsteyekê dikare alîkar be. Binivîse ka çi xelet e, û çi dê wê baştir bike.
card-placement-move-advocate = Berevan dikare alîkariya te bike ku tu tiştê ku dixwazî bibêjî. Ew dikare bi te re were civînan jî, an li şûna te biaxive.
card-placement-get-title = Çawa berevanekî bistînî
card-placement-coram-voice = Li Îngilîstanê, li Coram Voice bi 0808 800 5792 bigere û berevanekî (advocate) bixwaze. Telefonkirin belaş e.
card-placement-coram-hours = Ew di rojên kar de (Duşem heta În), ji 9:30ê sibehê heta 6ê êvarê bersiv didin. Di demên din de, tu dikarî peyamekê bihêlî.
card-placement-other-nations = Li derveyî Îngilîstanê, ji karmendê xwe yê civakî an ji parêzvanê xwe (guardian) bipirse ka tu çawa dikarî berevanekî (advocate) bistînî.
card-placement-danger = Heke tu niha di xeterê de yî, li 999 bigere.

## "If you are away" card

card-missing-title = Heke tu dûr bî
card-missing-intro = Carinan kesên ku li te xwedî derdikevin nizanin tu li ku yî. Wê demê ji te re «winda» (missing) tê gotin. Winda bûn ne sûc e.
card-missing-reported = Lênêrvanê te an karmendê te yê civakî dê ji polîsan re bibêje ku tu winda yî. Ji vê re «reported missing» (ragihandina winda bûnê) tê gotin.
card-missing-search = Polîs dê li te bigerin. Dibe ku bi hevalên te re biaxivin û li cihên ku tu diçî wir binêrin.
card-missing-why = Ew vê dikin ji ber ku ji bo te bi fikar in. Ew dixwazin bizanin ku tu ewle yî.
card-missing-until = Polîs li te digerin heta ku te bibînin. Divê ew piştrast bibin ku tu ewle û baş î.
card-missing-found-title = Dema tu dixwazî werî dîtin
card-missing-station = Tu dikarî biçî her qereqola polîsan, li her bajarî. An jî tu dikarî bi 101 li polîsan bigerî.
card-missing-unsafe = Heke cihê ku tu lê dijiyayî ne ewle bû, ji polîsan re bibêje. Heke tu ji 18 salî biçûktir î, divê ew bi karmendên civakî re li ser cihekî ewle ji bo te biaxivin.
card-missing-helpline = Runaway Helpline dikare alîkariya te bike ku tu bi polîsan re biaxivî. Li 116 000 bigere an peyamê bişîne. Belaş e.
card-missing-interview = Dema tu vegerî, dê hevpeyvîna vegerê (return interview) ji te re were pêşniyarkirin. Tu dikarî wergêrekî bixwazî. Wergêr bi zimanê te û bi îngilîzî diaxive.
card-missing-danger = Heke tu niha di xeterê de yî, li 999 bigere.

## "If they say you are an adult" card

card-age-title = Heke bibêjin tu mezin î
card-age-intro = Carinan Wezareta Karên Hundir (Home Office) an meclîsa herêmî bawerî bi temenê te nake. Dibe ku bibêjin tu ji 18 salî mezintir î.
card-age-not-fault = Ev bi gelek ciwanan re dibe. Ne xeletiya te ye.
card-age-do-title = Tu dikarî çi bikî
card-age-say = Heke tu ji 18 salî biçûktir î, bi zelalî bibêje ku tu zarok î. Her car bibêje. Temenê xwe û roja xwe ya jidayikbûnê ji wan re bibêje, heke tu dizanî.
card-age-ask = Karmendekî civakî û parêzerekî bixwaze. Parêzer qanûnê dizane û dikare alîkariya te bike.
card-age-council = Divê meclîsa herêmî bi xwe li ser temenê te biryarê bide. Ev rast e, heta ku Wezareta Karên Hundir bibêje tu mezin î jî.
card-age-challenge = Tu dikarî li dijî biryareke li ser temenê xwe derkevî. Ev tê wê wateyê ku tu dixwazî ew dîsa were nirxandin. Parêzerek dikare di vê de alîkariya te bike.
card-age-quick = Dema te ya derketina li dijî biryarê sînorkirî ye. Ji ber vê yekê zû alîkariyê bixwaze.
card-age-papers = Belgeyên ku temenê te nîşan didin dikarin alîkar bin. Heke li cem te hebin an tu bikarî wan bi dest bixî, wan bide parêzerê xwe.
card-age-help-title = Kî dikare alîkariyê bike
card-age-refugee-council = Projeya Nakokiya Temen a Meclîsa Penaberan (Refugee Council’s Age Dispute Project) alîkariya hin ciwanên ku wek mezin bi wan re tê tevgerîn dike. Ew tenê alîkariyê dikin heke bawer bikin ku tu ji 18 salî biçûktir î.
card-age-refugee-council-how = Mezinek ku alîkariya te dike, wek parêzerê te an karmendê te yê civakî, dikare ji wan re li ser te bibêje.
card-age-unsafe = Heke tu bi mezinan re dijî û xwe ewle hîs nakî, ji parêzerê xwe an karmendê xwe yê civakî re bibêje. Heke tu niha di xeterê de yî, li 999 bigere.
