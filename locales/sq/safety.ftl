## "When I come back" card

card-return-title = Kur të kthehesh
card-return-intro = Të zhdukesh nuk është krim. Njerëzit duan të dinë që je i sigurt.
card-return-safe-well = Policia do të dojë të të shohë, për të kontrolluar që je i sigurt dhe mirë. Kjo quhet «safe and well check».
card-return-interview = Do të të ofrohet një bisedë me dikë që nuk kujdeset për ty. Kjo quhet «return interview» (intervista e kthimit). Në Skoci quhet «return discussion». Duhet të bëhet brenda 72 orëve (3 ditëve) pasi të kthehesh. Mund të kërkosh një përkthyes.
card-return-why = Në intervistën e kthimit mund të thuash pse ike, dhe çfarë do të të ndihmonte të ndihesh i sigurt.
card-return-decline = Mund ta refuzosh intervistën e kthimit.
card-return-info = Duhet të të thuhet si të qëndrosh i sigurt nëse ikën përsëri, dhe cilat linja ndihme mund të telefonosh.

## "Staying safe" card

card-safe-title = Të qëndrosh i sigurt
card-safe-signs-title = Si mund të duket shfrytëzimi
card-safe-sign-debt = Dikush thotë se i ke borxh para, për shembull për udhëtimin tënd, një telefon ose ushqim, dhe të thotë të punosh për t’i shlyer.
card-safe-sign-keeping = Dikush mban dokumentet, paratë ose telefonin tënd.
card-safe-sign-moved = Të lëvizin nga një vend në tjetrin, ose të çojnë në qytete të tjera.
card-safe-sign-distrust = Dikush të thotë se policia ose punonjësi yt social do të të dëmtojnë dhe nuk mund t’u besosh.
card-safe-relationships-title = Marrëdhënie të sigurta
card-safe-gifts = Dhuratat, paratë ose një telefon nga dikush që nuk e njeh mirë mund të kthehen në një «borxh» që përdoret për të të kontrolluar.
card-safe-talk = Nëse po ndodh diçka e tillë, nuk është faji yt. Mund të flasësh me punonjësin tënd social, ose të telefonosh Runaway Helpline në 116 000.
card-safe-stay-away-title = Dikush po më detyron të rri larg
card-safe-stay-away = Nëse dikush po të detyron të rrish larg, kjo është e rëndë. Personi që e bën këtë ndoshta po shkel ligjin. Nuk është faji yt.
card-safe-stay-away-helpline = Runaway Helpline mund të të ndihmojë të jesh i sigurt: telefono ose dërgo mesazh në 116 000. Është falas.
card-safe-stay-away-danger = Nëse je në rrezik tani, telefono 999.
