## "When I come back" card

card-return-title = Khi bạn quay về
card-return-intro = Mất tích không phải là phạm tội. Mọi người muốn biết bạn an toàn.
card-return-safe-well = Cảnh sát sẽ muốn gặp bạn, để kiểm tra xem bạn có an toàn và khỏe mạnh không. Việc này gọi là «safe and well check».
card-return-interview = Bạn sẽ được mời nói chuyện với một người không chăm sóc bạn. Việc này gọi là «return interview» (buổi trò chuyện sau khi trở về). Ở Scotland, việc này gọi là «return discussion». Nó nên diễn ra trong vòng 72 giờ (3 ngày) sau khi bạn quay về. Bạn có thể yêu cầu phiên dịch.
card-return-why = Trong buổi trò chuyện sau khi trở về, bạn có thể nói vì sao bạn đã bỏ đi, và điều gì sẽ giúp bạn cảm thấy an toàn.
card-return-decline = Bạn có thể từ chối buổi trò chuyện sau khi trở về.
card-return-info = Bạn nên được cho biết cách giữ an toàn nếu bạn lại bỏ đi, và những số đường dây trợ giúp bạn có thể gọi.

## "Staying safe" card

card-safe-title = Giữ an toàn
card-safe-signs-title = Bóc lột có thể trông như thế nào
card-safe-signs-what = Bóc lột là khi ai đó lợi dụng bạn để kiếm tiền hoặc quyền lực cho bản thân họ. Họ có thể lừa bạn, dọa bạn hoặc ép buộc bạn.
card-safe-sign-debt = Ai đó nói bạn nợ họ tiền, ví dụ tiền chuyến đi, một chiếc điện thoại hay đồ ăn, và bảo bạn phải làm việc để trả nợ.
card-safe-sign-keeping = Ai đó giữ giấy tờ, tiền hoặc điện thoại của bạn.
card-safe-sign-moved = Bạn bị chuyển từ chỗ này sang chỗ khác, hoặc bị đưa đến các thành phố khác.
card-safe-sign-distrust = Ai đó nói với bạn rằng cảnh sát hoặc nhân viên xã hội sẽ làm hại bạn và không thể tin họ.
card-safe-sign-drugs = Ai đó bắt bạn bán ma túy, hoặc mang ma túy hay tiền giúp họ.
card-safe-sign-grow = Ai đó bắt bạn trông coi cây cần sa trong một ngôi nhà, và bạn không thể rời khỏi đó. Cần sa là một loại ma túy.
card-safe-sign-sexual = Ai đó bắt bạn làm những việc liên quan đến tình dục. Họ có thể cho bạn tiền, quà, ma túy hoặc chỗ ở. Chuyện này cũng xảy ra với con trai.
card-safe-contact-title = Có người muốn bạn đến chỗ họ
card-safe-contact-arrive = Có người dặn bạn gọi điện hoặc nhắn tin cho họ khi bạn đến đây. Họ có thể muốn đưa bạn đi khỏi những người đang chăm sóc bạn.
card-safe-contact-offer = Có người đề nghị cho bạn một công việc, một tấm vé hoặc chỗ ở tại một thành phố khác. Nghe có vẻ tốt, nhưng đó có thể là một cái bẫy.
card-safe-contact-talk = Trước khi đi, hãy nói chuyện với nhân viên xã hội hoặc một người lớn khác mà bạn tin tưởng. Có người rủ bạn đi không phải là lỗi của bạn.
card-safe-online-title = Những người bạn gặp trên mạng
card-safe-online-lie = Người trên mạng có thể nói dối về việc họ là ai, họ bao nhiêu tuổi và họ muốn gì.
card-safe-online-signs = Hãy cẩn thận nếu ai đó trên mạng bảo bạn giữ bí mật. Cũng hãy cẩn thận nếu họ muốn gặp bạn, hoặc muốn có ảnh của bạn.
card-safe-online-help = Nếu ai đó trên mạng làm bạn lo lắng, hãy ngừng trả lời và chặn họ. Hãy nói với một người lớn bạn tin tưởng. Đó không phải lỗi của bạn.
card-safe-relationships-title = Những mối quan hệ an toàn
card-safe-gifts = Quà, tiền hoặc điện thoại từ người bạn không biết rõ có thể bị biến thành một «món nợ» dùng để kiểm soát bạn.
card-safe-talk = Nếu chuyện như vậy đang xảy ra, đó không phải lỗi của bạn. Bạn có thể nói với nhân viên xã hội, hoặc gọi Runaway Helpline theo số 116 000.
card-safe-stay-away-title = Có người bắt mình phải ở xa
card-safe-stay-away = Nếu có người bắt bạn phải ở xa, việc đó rất nghiêm trọng. Người làm việc này có lẽ đang phạm pháp. Đó không phải lỗi của bạn.
card-safe-stay-away-helpline = Runaway Helpline có thể giúp bạn được an toàn: gọi hoặc nhắn tin tới 116 000. Miễn phí.
card-safe-stay-away-danger = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.

## "Where I live does not feel safe" card

card-placement-title = Mình không thấy an toàn ở nơi mình sống
card-placement-intro = Nơi bạn sống phải là nơi bạn cảm thấy an toàn. Nếu không, bạn có thể nói ra. Đó không phải lỗi của bạn.
card-placement-why = Có thể ai đó ở đó làm bạn sợ hoặc làm hại bạn. Có thể những người cùng nước với bạn làm bạn thấy không an toàn. Bạn cũng có thể nói điều này.
card-placement-who-title = Bạn có thể nói với ai
card-placement-social-worker = Nhân viên xã hội của bạn. Nếu bạn không thấy an toàn, đừng chờ đến lần họ đến thăm tiếp theo. Hãy liên lạc với họ ngay.
card-placement-talk-out = Bạn có thể nhờ nhân viên xã hội gặp bạn ở một nơi khác. Như vậy bạn có thể nói chuyện thoải mái.
card-placement-iro = Người rà soát độc lập (Independent Reviewing Officer, IRO) của bạn. Mỗi trẻ em được hội đồng địa phương chăm sóc đều có một người như vậy. Họ kiểm tra xem các kế hoạch dành cho bạn có đúng không.
card-placement-iro-contact = Bạn có thể liên lạc với IRO của bạn bất cứ lúc nào, không chỉ trong các cuộc họp. Bạn nên được cho biết tên của họ và cách liên lạc với họ.
card-placement-advocate = Một người bênh vực (advocate). Đây là người chỉ đứng về phía bạn. Họ không làm việc cho những người chăm sóc bạn hay cho nhân viên xã hội của bạn.
card-placement-advocate-right = Bạn có quyền có một người bênh vực khi bạn muốn khiếu nại hoặc muốn xin thay đổi điều gì đó.
card-placement-move-title = Xin chuyển chỗ ở
card-placement-move = Bạn có thể xin chuyển đến một nơi ở khác. Không phải lúc nào cũng làm được. Nhưng họ phải lắng nghe bạn.
card-placement-move-list = Viết ra một danh sách có thể giúp ích. Hãy viết điều gì đang không ổn, và điều gì sẽ làm mọi thứ tốt hơn.
card-placement-move-advocate = Người bênh vực có thể giúp bạn nói ra điều bạn muốn. Họ cũng có thể đi họp cùng bạn, hoặc nói thay bạn.
card-placement-get-title = Cách để có người bênh vực
card-placement-coram-voice = Ở Anh (England), hãy gọi Coram Voice theo số 0808 800 5792 để xin một người bênh vực. Cuộc gọi miễn phí.
card-placement-coram-hours = Họ trả lời từ thứ Hai đến thứ Sáu, từ 9:30 đến 18:00. Vào những giờ khác, bạn có thể để lại lời nhắn.
card-placement-other-nations = Nếu bạn ở ngoài nước Anh (England), hãy hỏi nhân viên xã hội hoặc người giám hộ (guardian) của bạn cách để có người bênh vực.
card-placement-danger = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.

## "If you are away" card

card-missing-title = Nếu bạn đang ở xa
card-missing-intro = Đôi khi những người chăm sóc bạn không biết bạn đang ở đâu. Khi đó bạn được gọi là «mất tích» (missing). Mất tích không phải là phạm tội.
card-missing-reported = Người chăm sóc bạn hoặc nhân viên xã hội của bạn sẽ báo với cảnh sát rằng bạn mất tích. Việc này gọi là «được báo mất tích» (reported missing).
card-missing-search = Cảnh sát sẽ tìm bạn. Họ có thể nói chuyện với bạn bè của bạn và tìm ở những nơi bạn hay đến.
card-missing-why = Họ làm vậy vì họ lo cho bạn. Họ muốn biết bạn an toàn.
card-missing-until = Cảnh sát tiếp tục tìm cho đến khi họ gặp được bạn. Họ cần kiểm tra xem bạn có an toàn và khỏe mạnh không.
card-missing-found-title = Khi bạn muốn được tìm thấy
card-missing-station = Bạn có thể đến bất kỳ đồn cảnh sát nào, ở bất kỳ thành phố nào. Hoặc bạn có thể gọi cảnh sát theo số 101.
card-missing-unsafe = Nếu nơi bạn từng sống không an toàn, hãy nói với cảnh sát. Nếu bạn dưới 18 tuổi, họ nên nói chuyện với nhân viên xã hội về một nơi an toàn cho bạn.
card-missing-helpline = Runaway Helpline có thể giúp bạn nói chuyện với cảnh sát. Gọi hoặc nhắn tin tới 116 000. Miễn phí.
card-missing-interview = Khi bạn quay về, bạn sẽ được mời tham gia «return interview» (buổi trò chuyện sau khi trở về). Bạn có thể yêu cầu phiên dịch. Người phiên dịch nói được ngôn ngữ của bạn và tiếng Anh.
card-missing-danger = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.

## "If they say you are an adult" card

card-age-title = Nếu họ nói bạn là người lớn
card-age-intro = Đôi khi Bộ Nội vụ (Home Office) hoặc hội đồng địa phương không tin tuổi của bạn. Họ có thể nói bạn trên 18 tuổi.
card-age-not-fault = Chuyện này xảy ra với nhiều bạn trẻ. Đó không phải lỗi của bạn.
card-age-do-title = Bạn có thể làm gì
card-age-say = Nếu bạn dưới 18 tuổi, hãy nói rõ rằng bạn là trẻ em. Lần nào cũng nói như vậy. Hãy cho họ biết tuổi và ngày sinh của bạn, nếu bạn biết.
card-age-ask = Hãy xin có nhân viên xã hội và luật sư. Luật sư hiểu luật và có thể giúp bạn.
card-age-council = Hội đồng địa phương phải tự quyết định tuổi của bạn. Điều này vẫn đúng kể cả khi Bộ Nội vụ nói bạn là người lớn.
card-age-challenge = Bạn có thể phản đối quyết định về tuổi. Nghĩa là bạn xin xem xét lại quyết định đó. Luật sư có thể giúp bạn làm việc này.
card-age-quick = Có thời hạn để phản đối. Vì vậy hãy nhờ giúp đỡ thật nhanh.
card-age-papers = Giấy tờ cho thấy tuổi của bạn có thể giúp ích. Nếu bạn có hoặc có thể lấy được, hãy đưa cho luật sư của bạn.
card-age-help-title = Ai có thể giúp
card-age-refugee-council = Dự án Tranh chấp Tuổi của Hội đồng Người tị nạn (Refugee Council’s Age Dispute Project) giúp một số bạn trẻ bị đối xử như người lớn. Họ chỉ giúp nếu họ tin bạn dưới 18 tuổi.
card-age-refugee-council-how = Một người lớn đang giúp bạn, như luật sư hoặc nhân viên xã hội, có thể báo cho họ về bạn.
card-age-unsafe = Nếu bạn đang sống cùng người lớn và không thấy an toàn, hãy nói với luật sư hoặc nhân viên xã hội. Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.
