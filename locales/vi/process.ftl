## The asylum process: list, step screen, search and glossary

process-title = Quy trình xin tị nạn
process-intro = Điều gì sẽ xảy ra, từng bước một. Chạm vào một bước để đọc.
process-home-hint = Điều gì sẽ đến tiếp theo, từng bước một
process-rules-changed = Luật đã thay đổi vào năm 2026 và có thể thay đổi nữa. Luật sư của bạn là người có lời cuối cùng về hồ sơ của bạn.
process-you-are-here = Bạn đang ở đây
process-mark-here = Tôi đang ở bước này
process-home-current = Bạn đang ở bước: { $step }
process-what = Điều gì xảy ra
process-who = Ai sẽ có mặt
process-ask = Bạn có thể yêu cầu gì
process-next = Tiếp theo là gì
process-time = Có thể mất bao lâu
process-sources = Thông tin này lấy từ đâu
process-source-verified = Nguồn chính thức: { $source }
process-source-secondary = Nguồn khác (không chính thức): { $source }
process-reviewed = Được kiểm tra lần cuối vào { $date }.
process-previous = Bước trước
process-following = Bước tiếp theo
process-step-number = Bước { $number }
process-search = Tìm một từ trong thư bạn nhận được
process-search-results = Kết quả
process-search-empty = Không tìm thấy gì. Hãy thử từ khác, hoặc hỏi nhân viên xã hội hay luật sư của bạn từ đó nghĩa là gì.
process-glossary = Những từ bạn có thể nghe thấy
process-glossary-intro = Các từ trong thư và các cuộc họp, giải thích đơn giản.
process-questions = Câu hỏi của tôi cho luật sư hoặc nhân viên xã hội
process-questions-private = Chỉ bạn mới xem được. Chúng được giữ trên điện thoại này.
process-question-label = Viết một câu hỏi
process-question-save = Lưu câu hỏi
process-question-delete = Xóa
process-question-empty = Hãy viết câu hỏi trước.
process-question-too-long = Câu hỏi này quá dài. Hãy viết ngắn hơn { $max } chữ cái.
process-question-saved = Đã lưu câu hỏi.
process-question-none = Chưa có câu hỏi nào.

## Step 1: arrival

process-arrival-title = Đến Vương quốc Anh
process-arrival-what = Nhiều bạn trẻ đến Kent. Nhân viên Lực lượng Biên phòng (Border Force) có thể giữ bạn ở một nơi như Đơn vị Tiếp nhận Kent (Kent Intake Unit) ở Dover trong khi họ sắp xếp người chăm sóc bạn. Hội đồng địa phương (council) phải chăm sóc bất kỳ trẻ em nào không có cha mẹ hay người chăm sóc ở đây.
process-arrival-who = Nhân viên Lực lượng Biên phòng (Border Force). Một nhân viên xã hội của hội đồng địa phương được gọi đến.
process-arrival-ask = Phiên dịch. Được đối xử như một đứa trẻ.
process-arrival-next = Hội đồng địa phương chăm sóc bạn. Bộ Nội vụ (Home Office) hỏi bạn những câu đầu tiên (buổi phỏng vấn phúc lợi).
process-arrival-time = Có thể mất nhiều giờ, trong khi người ta sắp xếp việc chăm sóc bạn.

## Step 2: welfare interview

process-welfare-interview-title = Phỏng vấn phúc lợi (buổi phỏng vấn “nhỏ”)
process-welfare-interview-what = Bộ Nội vụ (Home Office) hỏi những câu đơn giản: tên, ngày sinh, quốc gia và gia đình của bạn. Họ có thể hỏi một chút về lý do bạn đến và bạn đã đi như thế nào. Họ chụp ảnh và lấy dấu vân tay của bạn. Bạn có thể nhận một mẫu đơn gọi là SEF.
process-welfare-interview-who = Một nhân viên Bộ Nội vụ (Home Office) và một phiên dịch. Nếu bạn dưới 16 tuổi, nhân viên xã hội của bạn hoặc một người lớn có trách nhiệm khác cũng đến. Ở Scotland, một người lớn đi cùng mọi người dưới 18 tuổi.
process-welfare-interview-ask = Phiên dịch. Một phiên dịch khác nếu bạn không hiểu người phiên dịch hiện tại.
process-welfare-interview-next = Nếu Bộ Nội vụ nghĩ bạn trên 18 tuổi, họ có thể đối xử với bạn như người lớn. Nếu bạn là trẻ em, hãy nói rõ điều đó. Hãy yêu cầu có nhân viên xã hội và luật sư. Bạn có thể phản đối một quyết định về tuổi của bạn.
process-welfare-interview-time = Diễn ra không lâu sau khi bạn đến.

## Step 3: age assessment

process-age-assessment-title = Nếu họ không tin tuổi của bạn
process-age-assessment-what = Nếu có người nghi ngờ tuổi của bạn, các nhân viên xã hội sẽ nói chuyện với bạn để xác định tuổi. Hội đồng địa phương phải tự quyết định, kể cả khi Bộ Nội vụ (Home Office) nghĩ bạn là người lớn. Một nhóm nhân viên xã hội cấp quốc gia cũng có thể xác định tuổi của bạn.
process-age-assessment-who = Thường là hai nhân viên xã hội, thường có thêm một người lớn khác để hỗ trợ bạn.
process-age-assessment-ask = Được đối xử như trẻ em trong khi họ quyết định. Sự giúp đỡ của luật sư. Dự án Tranh chấp Tuổi của Hội đồng Người tị nạn (Refugee Council’s Age Dispute Project) có thể giúp nếu họ tin bạn dưới 18 tuổi.
process-age-assessment-next = Nếu họ quyết định bạn là trẻ em, hội đồng địa phương chăm sóc bạn như một đứa trẻ. Nếu họ quyết định bạn là người lớn, bạn có thể phản đối quyết định này cùng với luật sư. Hãy nhờ giúp đỡ thật nhanh.
process-age-assessment-time = Không có thời gian cố định. Hãy hỏi nhân viên xã hội hoặc luật sư của bạn.

## Step 4: being looked after

process-looked-after-title = Được hội đồng địa phương chăm sóc
process-looked-after-what = Hội đồng địa phương chăm sóc bạn. Bạn là “trẻ em được chăm sóc” (looked-after child). Bạn có một nhân viên xã hội và một nơi để ở, ví dụ với một gia đình chăm sóc. Nếu bạn 16 hay 17 tuổi, nơi ở cũng có thể là nhà ở có hỗ trợ. Hội đồng địa phương cũng giúp bạn về sức khỏe và việc học.
process-looked-after-who = Nhân viên xã hội của bạn, và gia đình chăm sóc hoặc nhân viên phụ trách (key worker) của bạn.
process-looked-after-ask = Một người bênh vực (advocate): người lên tiếng thay bạn. Giúp tìm luật sư.
process-looked-after-next = Bạn có thể chuyển đến hội đồng địa phương khác (Chương trình Chuyển giao Quốc gia, National Transfer Scheme). Bạn có luật sư cho hồ sơ xin tị nạn.
process-looked-after-time = Từ ngày bạn gặp hội đồng địa phương lần đầu.

## Step 5: National Transfer Scheme

process-transfer-title = Chuyển đến hội đồng khác (National Transfer Scheme)
process-transfer-what = Nhiều bạn trẻ đến một vài nơi, như Kent. Chương trình Chuyển giao Quốc gia (National Transfer Scheme) chuyển một số bạn đến hội đồng ở vùng khác của Vương quốc Anh, để tất cả các hội đồng cùng chia sẻ việc chăm sóc. Mọi hội đồng đều phải tham gia.
process-transfer-who = Hội đồng nơi bạn đang ở và hội đồng nơi bạn chuyển đến.
process-transfer-ask = Lợi ích tốt nhất của bạn phải là phần chính của quyết định. Bạn có thể hỏi nhân viên xã hội bạn sẽ đi đâu và tại sao.
process-transfer-next = Hội đồng mới chăm sóc bạn.
process-transfer-time = Việc chuyển nên diễn ra trong vòng 10 ngày làm việc.

## Step 6: getting a lawyer

process-lawyer-title = Có luật sư
process-lawyer-what = Luật sư (người đại diện pháp lý) giúp bạn với hồ sơ xin tị nạn. Trợ giúp pháp lý (legal aid) trả tiền cho luật sư, nên bạn không phải trả. Những gì bạn nói với luật sư là bí mật: họ giữ kín.
process-lawyer-who = Luật sư của bạn, thường có phiên dịch.
process-lawyer-ask = Sự giúp đỡ của người chăm sóc bạn, nhân viên phụ trách hoặc nhân viên xã hội để tìm luật sư.
process-lawyer-next = Luật sư giúp bạn điền Mẫu Khai Bằng chứng (Statement of Evidence Form, SEF).
process-lawyer-time = Không có thời gian cố định. Người chăm sóc bạn, nhân viên phụ trách hoặc nhân viên xã hội phải giúp bạn tìm luật sư.

## Step 7: Statement of Evidence Form (SEF)

process-sef-title = Mẫu Khai Bằng chứng (SEF)
process-sef-what = SEF là mẫu đơn bạn giải thích bạn là ai và tại sao bạn cần được bảo vệ. Mẫu được điền bằng tiếng Anh, luôn cùng với luật sư. Bộ Nội vụ (Home Office) chỉ dùng SEF để nói có. Nếu không thể nói có, họ thường mời bạn đến một buổi phỏng vấn trước. Từ tháng 1 năm 2026 có một chương trình thử nghiệm cho một số bạn 16 và 17 tuổi có luật sư. Nếu các bạn ấy đồng ý, các bạn ấy bỏ qua SEF và đi thẳng đến buổi phỏng vấn. Hãy hỏi luật sư xem điều này có dành cho bạn không.
process-sef-who = Luật sư của bạn, và phiên dịch nếu bạn cần.
process-sef-ask = Giúp tìm luật sư nếu bạn chưa có. Thêm thời gian, nếu bạn cần.
process-sef-next = Buổi phỏng vấn chính (“lớn”), trừ khi Bộ Nội vụ có thể quyết định mà không cần nó.
process-sef-time = Bộ Nội vụ phải nhận được SEF của bạn trong vòng 60 ngày làm việc kể từ ngày bạn xin tị nạn. Ngày làm việc là từ thứ Hai đến thứ Sáu, nhưng không tính ngày lễ. Như vậy là khoảng 3 tháng. Luật sư của bạn có thể xin thêm thời gian.

## Step 8: the main interview

process-interview-title = Buổi phỏng vấn chính (“lớn”)
process-interview-what = Các bạn trên 12 tuổi thường có buổi phỏng vấn này. Họ hỏi tại sao bạn rời đi, về hành trình, cuộc sống trước đây của bạn, và bạn sợ điều gì.
process-interview-who = Một người ra quyết định của Bộ Nội vụ (Home Office), luật sư của bạn, một phiên dịch và một người lớn có trách nhiệm (responsible adult): nhân viên xã hội, gia đình chăm sóc hoặc nhân viên phụ trách, hoặc một người khác mà bạn tin tưởng.
process-interview-ask = Phiên dịch nam hoặc nữ (hãy nhờ luật sư sớm). Phiên dịch khác nếu sai ngôn ngữ hoặc phương ngữ. Được nghỉ giải lao. Dừng lại và làm tiếp vào ngày khác nếu bạn quá mệt hoặc ốm.
process-interview-next = Bạn chờ quyết định. Nếu bạn tròn 18 tuổi trước buổi phỏng vấn, buổi phỏng vấn vẫn diễn ra, với người được đào tạo về các trường hợp trẻ em.
process-interview-time = Diễn ra sau SEF.

## Step 9: waiting

process-waiting-title = Chờ quyết định
process-waiting-what = Bộ Nội vụ (Home Office) đưa ra quyết định. Việc chờ đợi có thể rất khó khăn. Luật sư có thể hỏi Bộ Nội vụ về sự chậm trễ, và có thể liên hệ với nghị sĩ (MP) của bạn.
process-waiting-who = Không có cuộc họp nào. Bộ Nội vụ gửi quyết định cho luật sư và nhân viên xã hội của bạn.
process-waiting-ask = Nhờ luật sư hỏi lại Bộ Nội vụ nếu chờ quá lâu.
process-waiting-next = Quyết định.
process-waiting-time = Nhiều tháng, đôi khi nhiều năm.

## Step 10: the decision

process-decision-title = Quyết định
process-decision-what = Câu trả lời có thể là: quy chế người tị nạn (refugee status); bảo vệ nhân đạo (humanitarian protection); giấy phép lưu trú cho trẻ không có người đi kèm (UASC leave); một loại giấy phép ở lại khác; hoặc bị từ chối. Bộ Nội vụ (Home Office) thông báo cho nhân viên xã hội và luật sư của bạn.
process-decision-who = Thư được gửi cho luật sư và nhân viên xã hội của bạn. Hãy nhờ họ giải thích cùng bạn.
process-decision-ask = Hỏi luật sư quyết định này có nghĩa gì với bạn và giấy phép ở lại của bạn kéo dài bao lâu.
process-decision-next = Nếu bị từ chối, thường bạn có thể kháng cáo. UASC leave có nghĩa là hồ sơ xin tị nạn của bạn đã bị từ chối. Thường bạn cũng có thể kháng cáo quyết định này. Bạn chỉ có 14 ngày, nên hãy nói với luật sư ngay. Trước khi UASC leave hết hạn, bạn phải nộp đơn lại. Hãy gặp luật sư từ 3 đến 6 tháng trước khi hết hạn.
process-decision-time = UASC leave kéo dài 30 tháng, hoặc đến khi bạn 17 tuổi rưỡi nếu mốc đó đến trước. Các loại giấy phép ở lại khác có thể dài hơn hoặc ngắn hơn. Điều này tùy vào ngày bạn xin tị nạn. Hãy hỏi luật sư giấy phép của bạn kéo dài bao lâu.

## Step 11: appeal

process-appeal-title = Kháng cáo khi bị từ chối
process-appeal-what = Nếu Bộ Nội vụ (Home Office) nói không, thường bạn có thể kháng cáo. Khi đó một thẩm phán (Tòa sơ thẩm, First-tier Tribunal) xem lại hồ sơ của bạn. Bạn không cần xin phép để kháng cáo. Thư quyết định của bạn cho biết bạn có thể kháng cáo hay không.
process-appeal-who = Một thẩm phán, luật sư của bạn, một người lớn có trách nhiệm và một phiên dịch.
process-appeal-ask = Phiên dịch đúng ngôn ngữ và phương ngữ của bạn: đơn kháng cáo phải ghi rõ. Một người lớn có trách nhiệm đi cùng bạn đến phiên tòa.
process-appeal-next = Nếu thẩm phán nói không, có thể lên một tòa cao hơn (Upper Tribunal). Nếu bạn trên 18 tuổi và mọi lần kháng cáo đều thất bại, hội đồng địa phương có thể ngừng một phần sự giúp đỡ. Trước khi làm vậy, họ phải cho bạn biết lý do bằng văn bản.
process-appeal-time = Đơn kháng cáo phải đến chậm nhất 14 ngày sau khi thư từ chối được gửi. Hãy báo ngay cho luật sư. Quyết định của thẩm phán thường có sau phiên tòa từ 3 đến 4 tuần.

## Step 12: turning 18 and leaving care

process-turning-18-title = Tròn 18 tuổi và rời khỏi sự chăm sóc
process-turning-18-what = Từ khoảng 16 tuổi, bạn có một cố vấn cá nhân (personal adviser) và một kế hoạch lộ trình (pathway plan): kế hoạch để bạn trở thành người lớn. Kế hoạch này thay cho kế hoạch chăm sóc của bạn.
process-turning-18-who = Cố vấn cá nhân (personal adviser) của bạn.
process-turning-18-ask = Kế hoạch lộ trình được xem lại ít nhất 6 tháng một lần. Ở Anh (England), sự giúp đỡ của cố vấn cá nhân đến khi bạn 25 tuổi. Giúp bạn nhận tư vấn pháp lý về tình trạng cư trú.
process-turning-18-next = Ở Anh (England), hội đồng địa phương phải công bố những gì họ dành cho người trẻ rời khỏi sự chăm sóc (“hỗ trợ địa phương”, local offer).
process-turning-18-time = Kế hoạch bắt đầu vào khoảng 16 tuổi. Ở Anh (England), cố vấn cá nhân có thể giúp bạn đến 25 tuổi.

## Step 13: National Referral Mechanism

process-nrm-title = Nếu có người bóc lột bạn (National Referral Mechanism)
process-nrm-what = Cơ chế Chuyển tuyến Quốc gia (National Referral Mechanism, NRM) là cách Vương quốc Anh tìm và bảo vệ những người bị buôn bán hoặc bóc lột: bị ép làm việc, ép phạm tội, hoặc bị làm hại theo cách khác. Bất kỳ ai dưới 18 tuổi đều phải được chuyển tuyến. Trẻ em không cần đồng ý.
process-nrm-who = Một “người phản ứng đầu tiên” (first responder), như cảnh sát, hội đồng địa phương, hoặc tổ chức từ thiện như Barnardo’s, NSPCC hay Hội đồng Người tị nạn (Refugee Council).
process-nrm-ask = Một người giám hộ (guardian): người đứng về phía bạn và cho bạn lời khuyên. Ở nhiều vùng của Anh và xứ Wales, đó là một Người Giám hộ Độc lập cho Trẻ bị Buôn bán (Independent Child Trafficking Guardian). Ở Scotland, mọi trẻ em đến một mình đều có một người giám hộ từ Guardianship Scotland. Ở Bắc Ireland, Dịch vụ Giám hộ Độc lập (Independent Guardian Service) giúp bạn.
process-nrm-next = Đầu tiên là quyết định “có căn cứ hợp lý” (reasonable grounds), sau đó là quyết định “có căn cứ kết luận” (conclusive grounds). Nếu bạn tròn 18 tuổi trước quyết định cuối cùng, bạn có thể nói, bằng lời hoặc bằng văn bản, rằng bạn muốn ở lại trong NRM.
process-nrm-time = Quyết định đầu tiên mất khoảng 5 ngày làm việc nếu có thể. Quyết định cuối cùng đến sau ít nhất 30 ngày; không có thời gian cố định.

## Glossary

glossary-home-office-term = Home Office (Bộ Nội vụ)
glossary-home-office-meaning = Bộ phận của chính phủ Anh quyết định các hồ sơ xin tị nạn.
glossary-sef-term = SEF (Mẫu Khai Bằng chứng, Statement of Evidence Form)
glossary-sef-meaning = Mẫu đơn bạn cùng luật sư giải thích bạn là ai và tại sao bạn cần được bảo vệ.
glossary-interview-term = Substantive interview (buổi phỏng vấn chính)
glossary-interview-meaning = Buổi phỏng vấn tị nạn chính (“lớn”), nơi bạn giải thích tại sao bạn cần được bảo vệ.
glossary-responsible-adult-term = Responsible adult (người lớn có trách nhiệm)
glossary-responsible-adult-meaning = Người lớn đi cùng bạn đến các buổi phỏng vấn để hỗ trợ bạn, như nhân viên xã hội hoặc nhân viên phụ trách.
glossary-legal-aid-term = Legal aid (trợ giúp pháp lý)
glossary-legal-aid-meaning = Tiền của chính phủ trả cho luật sư của bạn, nên bạn không phải trả.
glossary-looked-after-term = Looked-after child (trẻ em được chăm sóc)
glossary-looked-after-meaning = Trẻ em được hội đồng địa phương chăm sóc, có nhân viên xã hội và nơi để ở.
glossary-refugee-status-term = Refugee status (quy chế người tị nạn)
glossary-refugee-status-meaning = Câu trả lời có cho hồ sơ tị nạn: Vương quốc Anh chấp nhận bạn cần được bảo vệ.
glossary-humanitarian-protection-term = Humanitarian protection (bảo vệ nhân đạo)
glossary-humanitarian-protection-meaning = Được phép ở lại vì nếu quay về bạn sẽ gặp nguy hại nghiêm trọng.
glossary-uasc-leave-term = UASC leave (giấy phép lưu trú cho trẻ không có người đi kèm)
glossary-uasc-leave-meaning = Giấy phép ở lại ngắn hạn cho trẻ em bị từ chối tị nạn. Thường bạn có thể kháng cáo quyết định từ chối. Bạn chỉ có 14 ngày, nên hãy nói với luật sư ngay. Bạn phải nộp đơn lại trước khi UASC leave hết hạn.
glossary-tribunal-term = Tribunal (tòa án)
glossary-tribunal-meaning = Tòa án nơi thẩm phán xem lại hồ sơ của bạn sau khi bị từ chối.
glossary-pathway-plan-term = Pathway plan (kế hoạch lộ trình)
glossary-pathway-plan-meaning = Kế hoạch để bạn trở thành người lớn và rời khỏi sự chăm sóc, được lập cùng cố vấn cá nhân.
glossary-personal-adviser-term = Personal adviser (cố vấn cá nhân)
glossary-personal-adviser-meaning = Người giúp bạn khi bạn rời khỏi sự chăm sóc. Ở Anh (England), họ có thể giúp bạn đến khi bạn 25 tuổi.
glossary-nrm-term = NRM (Cơ chế Chuyển tuyến Quốc gia, National Referral Mechanism)
glossary-nrm-meaning = Cách Vương quốc Anh tìm và bảo vệ những người bị buôn bán hoặc bóc lột.
