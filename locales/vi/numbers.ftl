## Help numbers screen

numbers-title = Số điện thoại trợ giúp
numbers-intro = Chạm vào số để gọi. Nếu bạn hoặc người khác đang gặp nguy hiểm ngay lúc này, hãy gọi 999.
numbers-trace = Điện thoại của bạn giữ danh sách những số bạn đã gọi.
numbers-helplines = Đường dây trợ giúp
numbers-call = Gọi
numbers-text = Nhắn tin
numbers-badges = Đường dây này có gì
numbers-badge-free = Miễn phí
numbers-badge-always-open = 24 giờ, mỗi ngày
numbers-badge-text = Bạn có thể nhắn tin (SMS)
numbers-badge-interpreters = Có phiên dịch cho các ngôn ngữ khác
numbers-source-verified = Nguồn (chính thức): { $source }
numbers-source-secondary = Nguồn: { $source }
numbers-reviewed = Các số này được kiểm tra lần cuối vào { $date }.

## Calling 999 when you cannot speak (Silent Solution)

numbers-silent-title = Nếu bạn không thể nói qua điện thoại
numbers-silent-step-call = Gọi { $number }.
numbers-silent-step-sound = Khi có người trả lời, nếu bạn không nói được, hãy ho hoặc gõ vào điện thoại.
numbers-silent-step-press = Khi có giọng nói ghi âm yêu cầu, hãy bấm { $code }. Cách này chỉ dùng được trên điện thoại di động. Việc này nối bạn với cảnh sát. Nếu bạn không làm gì, cuộc gọi có thể bị ngắt.
numbers-silent-step-questions = Cảnh sát sẽ hỏi những câu bạn có thể trả lời bằng có hoặc không. Nếu có thể, hãy nói thầm câu trả lời.
numbers-silent-location = Bấm { $code } không cho cảnh sát biết bạn đang ở đâu. Nhưng điện thoại của bạn có thể tự gửi nơi bạn đang ở. Nếu có thể, hãy nói cho họ biết bạn đang ở đâu, dù chỉ nói thầm.

## Each line

numbers-emergency-name = Khẩn cấp: cảnh sát, cứu hỏa, cấp cứu
numbers-emergency-about = Gọi khi có người đang gặp nguy hiểm hoặc bị thương nặng ngay lúc này. Điện thoại của bạn cần có thẻ SIM, nhưng không cần còn tiền trong máy. Vẫn gọi được cả khi điện thoại đang khóa. Nếu bạn cần nói bằng ngôn ngữ của mình, hãy nói tên ngôn ngữ đó bằng tiếng Anh, ví dụ “Vietnamese”. Sau đó giữ máy, đừng tắt máy.
numbers-emergency-112-name = Khẩn cấp (112)
numbers-emergency-112-about = Giống hệt 999. Cũng dùng được ở các nước khác.
numbers-runaway-name = Đường dây trợ giúp cho người trẻ bỏ đi hoặc mất tích (Runaway Helpline)
numbers-runaway-about = Nếu bạn đã bỏ đi, hoặc có người đang bắt bạn phải ở xa nhà. Họ lắng nghe và có thể chuyển lời nhắn về nhà giúp bạn. Tin nhắn được trả lời bằng tiếng Anh. Ban đêm đường dây có thể không hoạt động. Nếu bạn cần giúp ngay, hãy gọi 999.
numbers-childline-name = Đường dây trợ giúp người trẻ (Childline)
numbers-childline-about = Cho bất kỳ ai dưới 19 tuổi, về bất cứ điều gì làm bạn lo lắng. Cuộc gọi không hiện trên hóa đơn điện thoại. Nhưng cuộc gọi vẫn hiện trong danh sách cuộc gọi trên điện thoại của bạn.
numbers-modern-slavery-name = Đường dây trợ giúp về nô lệ hiện đại và bóc lột (Modern Slavery and Exploitation Helpline)
numbers-modern-slavery-about = Nếu có người ép bạn làm việc, phạm tội, hoặc làm những việc bạn không muốn làm.
numbers-samaritans-name = Đường dây lắng nghe và chia sẻ (Samaritans)
numbers-samaritans-about = Nếu bạn thấy rất buồn, cô đơn hoặc muốn làm hại bản thân. Bạn có thể gọi ngay cả khi không còn tiền trong máy.
numbers-nhs-111-name = Đường dây y tế (NHS 111)
numbers-nhs-111-about = Khi bạn bị ốm hoặc lo về sức khỏe, và đó không phải là trường hợp khẩn cấp. Cuộc gọi miễn phí. Để có người phiên dịch, hãy nói tên ngôn ngữ của bạn bằng tiếng Anh. Hãy chọn mục sức khỏe tâm thần nếu bạn thấy tinh thần rất tệ.
numbers-police-101-name = Cảnh sát (không khẩn cấp)
numbers-police-101-about = Để nói chuyện với cảnh sát khi không có ai đang gặp nguy hiểm lúc này. Cuộc gọi miễn phí. Cảnh sát có thể tìm người phiên dịch.
numbers-coram-voice-name = Đường dây giúp tìm người bênh vực (Coram Voice – Always Heard)
numbers-coram-voice-about = Dành cho trẻ em được hội đồng địa phương chăm sóc ở Anh (England). Họ có thể giúp bạn có một người bênh vực (advocate): người chỉ đứng về phía bạn. Người bênh vực giúp bạn nói ra điều bạn muốn. Mở từ thứ Hai đến thứ Sáu, từ 9:30 đến 18:00. Vào những giờ khác, bạn có thể để lại lời nhắn.
