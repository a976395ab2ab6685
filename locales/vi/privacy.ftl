## Quick exit (always on screen; Escape also works on a computer)

quick-exit = Thoát nhanh
quick-exit-discreet = Đóng

## Privacy and safety screen

home-privacy = Riêng tư và an toàn
home-privacy-hint = Những gì Harbour lưu, mã khóa và thoát nhanh
privacy-title = Riêng tư và an toàn
privacy-kept-title = Những gì Harbour lưu trên điện thoại này
privacy-kept-intro = Danh sách này được tạo từ những gì đang được lưu ngay lúc này.
privacy-kept-count = { $what }: { $count }
privacy-kept-nothing-sent = Không có gì trong số này được gửi đi đâu cả. Harbour không có tài khoản. Nó chỉ tải về thông tin mới từ máy chủ của chính nó. Để làm việc này, nó gửi tên khu vực của bạn, nhưng không bao giờ gửi tên của bạn hay những gì bạn đã lưu.
kept-setting = Cài đặt (ngôn ngữ, tên của bạn trong tin nhắn, khóa)
kept-question = Câu hỏi cho luật sư hoặc nhân viên xã hội của bạn
kept-contact = Những người lớn bạn tin tưởng
kept-plan-item = Các dòng trong kế hoạch an toàn của bạn
kept-vault = Những gì bạn đã lưu, được khóa bằng mã của bạn
kept-audio-pack = Bản ghi âm nội dung của Harbour, dùng cho nút «Nghe»
kept-damaged = Các bản sao bị hỏng của những gì bạn đã lưu
privacy-damaged = Harbour không đọc được các bản sao này, nên đã bắt đầu lại từ đầu, không có gì được lưu. Harbour giữ chúng lại phòng khi có người sửa được. Có thể chúng vẫn còn những người lớn bạn tin tưởng, kế hoạch và câu hỏi của bạn.
privacy-damaged-delete = Xóa các bản sao bị hỏng
privacy-server-sees = Giống như mọi trang web, máy chủ của Harbour có thể thấy địa chỉ internet (IP) của điện thoại bạn và thời điểm Harbour tải về thông tin mới.
privacy-quick-exit-title = Thoát nhanh
privacy-quick-exit = Nút «Thoát nhanh» ở trên cùng mỗi màn hình ẩn Harbour ngay lập tức và hiện một máy tính. Nút Quay lại sẽ không đưa Harbour trở lại. Mọi thứ bạn đang viết sẽ được lưu trước.

## Discreet mode

privacy-discreet-title = Chế độ kín đáo
privacy-discreet = Ở chế độ kín đáo, Harbour hiện tên «Máy tính» và một biểu tượng hình máy tính bỏ túi. Màn hình đầu tiên không có chữ nào về giúp đỡ hay an toàn. Địa chỉ web không thay đổi. Nếu trước đây bạn đã thêm biểu tượng Harbour vào màn hình chính, biểu tượng đó vẫn giữ tên cũ.
privacy-discreet-on = Dùng chế độ kín đáo
privacy-discreet-off-code = Harbour có mã khóa, nên hãy nhập mã ở đây trước khi tắt chế độ kín đáo.
discreet-name = Máy tính
discreet-open = Mở

## Lock code (PIN)

privacy-pin-title = Mã khóa
privacy-pin-intro = Bạn có thể khóa Harbour bằng một mã có 4 đến 12 chữ số. Mã được hỏi khi Harbour mở, và sau khi Harbour ở chế độ nền 2 phút.
privacy-pin-protects = Khi có mã, những người lớn bạn tin tưởng, kế hoạch, câu hỏi và cài đặt của bạn được khóa lại trên điện thoại. Không có mã, không ai đọc được chúng, kể cả khi họ cầm điện thoại của bạn trong tay.
privacy-pin-limits = Mã không thể ngăn người nhìn thấy bạn nhập mã, hoặc người ép bạn nói mã cho họ. Mã cũng không che giấu việc Harbour có trên điện thoại. Chế độ kín đáo giúp được việc này.
privacy-pin-longer = Mã có từ 6 chữ số trở lên khó đoán hơn nhiều. Đừng dùng ngày sinh của bạn.
privacy-pin-current = Mã bạn đang dùng
privacy-pin-change = Đổi mã
privacy-pin-forget-warning = Nếu bạn quên mã, cách duy nhất để vào lại là xóa mọi thứ trong Harbour. Không ai có thể đặt lại mã cho bạn.
privacy-pin-new = Mã mới
privacy-pin-confirm = Nhập lại mã
privacy-pin-set = Khóa bằng mã này
privacy-pin-is-set = Harbour đang được khóa bằng mã.
privacy-pin-remove = Bỏ mã
privacy-pin-saved = Đã lưu. Harbour sẽ hỏi mã này.
privacy-pin-removed = Đã bỏ mã.
pin-error-length = Mã phải có từ 4 đến 12 chữ số.
pin-error-common = Mã này quá dễ đoán. Hãy chọn mã khác.
pin-error-digits = Chỉ dùng các chữ số từ 0 đến 9.
pin-error-mismatch = Hai mã không giống nhau.
pin-error-save = Không lưu được mã. Vui lòng thử lại.

## Lock screen

lock-title = Nhập mã của bạn
lock-code = Mã
lock-open = Mở
lock-wrong = Mã đó không đúng.
lock-wait = Thử quá nhiều lần. Hãy thử lại sau { $seconds } giây.
lock-forgot = Quên mã?
lock-forgot-explain = Không có mã, cách duy nhất để vào là xóa mọi thứ đã lưu trong Harbour: những người lớn bạn tin tưởng, kế hoạch, câu hỏi và cài đặt của bạn.

## Delete everything

privacy-wipe-title = Xóa mọi thứ
privacy-wipe = Việc này xóa mọi thứ Harbour đã lưu trên điện thoại này: những người lớn bạn tin tưởng, kế hoạch an toàn, câu hỏi và cài đặt của bạn. Harbour sẽ như mới. Không thể hoàn tác.
privacy-wipe-button = Xóa mọi thứ
privacy-wipe-confirm = Bạn có chắc không? Mọi thứ sẽ bị xóa.
privacy-wipe-yes = Có, xóa mọi thứ
privacy-wipe-no = Không, giữ lại
privacy-wipe-failed = Harbour không xóa hết được mọi thứ. Hãy đóng Harbour, mở lại, rồi thử thêm một lần nữa.
privacy-outside = Harbour không thể xóa những gì được lưu bên ngoài Harbour. Tin nhắn bạn gửi và cuộc gọi bạn thực hiện từ Harbour vẫn còn trong ứng dụng Tin nhắn (Messages) và trong danh sách cuộc gọi trên điện thoại của bạn. Bàn phím của bạn và lịch sử của trình duyệt web cũng có thể nhớ một số thứ. Hãy xóa chúng ở đó nếu bạn cần.
