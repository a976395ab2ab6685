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
card-safe-sign-debt = Kesek dibêje ku tu deyndarê wî yî, wek mînak ji bo rêwîtiya te, telefonekê an xwarinê, û ji te re dibêje ku bixebite da ku bidî.
card-safe-sign-keeping = Kesek belgeyên te, pereyê te an telefona te li cem xwe digire.
card-safe-sign-moved = Tu ji cihekî bo cihekî din tê birin, an tu tê birin bajarên din.
card-safe-sign-distrust = Kesek ji te re dibêje ku polîs an karmendê te yê civakî dê zirarê bidin te û nabe ku tu bawerî bi wan bikî.
card-safe-relationships-title = Têkiliyên ewle
card-safe-gifts = Diyarî, pere an telefonek ji kesekî ku tu baş nas nakî dikare bibe «deynek» ku ji bo kontrolkirina te tê bikaranîn.
card-safe-talk = Heke tiştekî wiha dibe, ne sûcê te ye. Tu dikarî bi karmendê xwe yê civakî re biaxivî, an li Runaway Helpline bi 116 000 bigerî.
card-safe-stay-away-title = Kesek min neçar dike ku dûr bimînim
card-safe-stay-away = Heke kesek te neçar dike ku tu dûr bimînî, ev cidî ye. Kesê ku vê dike bi îhtîmaleke mezin qanûnê binpê dike. Ne sûcê te ye.
card-safe-stay-away-helpline = Runaway Helpline dikare alîkariya te bike ku tu ewle bibî: li 116 000 bigere an peyamê bişîne. Belaş e.
card-safe-stay-away-danger = Heke tu niha di xeterê de yî, li 999 bigere.
