## Home: the two ways into setting a phone up

home-setup-import = Cài đặt bằng mã của nhân viên phụ trách
home-setup-import-hint = Quét hoặc dán mã từ buổi gặp chào đón
home-key-worker = Cài đặt điện thoại cho một người trẻ
home-key-worker-hint = Dành cho nhân viên phụ trách (key worker) và nhân viên xã hội (social worker)

## Key-worker mode: building a setup at the welcome meeting

kw-title = Cài đặt điện thoại cho một người trẻ
kw-intro = Hãy điền phần này cùng với người trẻ. Không có gì bạn nhập ở đây được lưu trên điện thoại này hay gửi đi đâu cả: tất cả nằm trong một mã mà điện thoại của em ấy sẽ đọc.
kw-language = Ngôn ngữ của em ấy
kw-name = Tên của em ấy (không bắt buộc)
kw-name-hint = Tên này được ghi ở cuối các tin nhắn em ấy gửi. Em ấy có thể đổi sau.
kw-adults = Những người lớn em ấy tin tưởng
kw-adults-none = Chưa thêm người lớn nào em ấy tin tưởng.
kw-adult-add = Thêm một người lớn em ấy tin tưởng
kw-adult-change = Sửa { $name }
kw-adult-remove = Xóa { $name }
kw-area = Khu vực để tìm địa điểm gần em ấy (không bắt buộc)
kw-area-hint = Một thị trấn hoặc hội đồng địa phương, ví dụ Bristol.
kw-plan = Kế hoạch an toàn, cùng nhau thống nhất
kw-plan-hint = Viết các dòng bằng những lời hai bên đã thống nhất, bằng ngôn ngữ của em ấy nếu có thể.
kw-plan-section = Phần của kế hoạch
kw-plan-line = Dòng
kw-plan-add = Thêm dòng này
kw-plan-remove = Xóa «{ $line }»
kw-sign = Ký các mã với danh nghĩa tổ chức của bạn (không bắt buộc)
kw-sign-hint = Chọn tệp khóa ký của tổ chức bạn. Tệp này chỉ ở trên thiết bị này và không được tải lên đâu cả.
kw-sign-as = Các mã được ký với danh nghĩa { $organisation }.
kw-sign-unknown = Khóa ký này không có trong danh sách của khu vực này, nên các mã ký bằng khóa này sẽ hiện là chưa có chữ ký. Vui lòng nhờ người phát hành Harbour ở khu vực của bạn thêm khóa này vào.
kw-sign-bad = Đây không phải là tệp khóa ký. Vui lòng chọn tệp mà tổ chức của bạn đã đưa cho bạn.
kw-make = Tạo mã
kw-code-title = Mã cài đặt
kw-code-alt = Mã QR để cài đặt Harbour trên điện thoại của người trẻ
kw-code-how = Trên điện thoại của người trẻ, mở máy ảnh và hướng vào mã này, rồi mở đường liên kết hiện ra. Hoặc, trong Harbour trên điện thoại của em ấy, chọn «Cài đặt bằng mã của nhân viên phụ trách».
kw-numbers = Hãy đọc { $count } chữ số này cho người trẻ nghe. Điện thoại của em ấy sẽ hỏi các chữ số này sau khi đọc mã. Chúng không có trong mã hay trên thẻ, nên chỉ có mã thôi thì không cho ai khác thấy gì cả.
kw-code-text = Mã dạng chữ, để dán nếu máy ảnh không đọc được
kw-code-size = QR phiên bản { $version }, { $chars } ký tự.
kw-expires = Mã này dùng được trong { $days } ngày, đến { $date }. Sau đó, vui lòng tạo mã mới.
kw-print = In thẻ
kw-changed = Bạn đã thay đổi thông tin sau khi tạo mã. Vui lòng tạo lại mã.
kw-error-name-too-long = Tên này quá dài. Vui lòng dùng tối đa { $max } ký tự.
kw-error-area-too-long = Nội dung này quá dài. Vui lòng dùng tối đa { $max } ký tự.
kw-error-too-many-adults = Một lần cài đặt chỉ chứa được tối đa { $max } người lớn em ấy tin tưởng.
kw-error-too-many-lines = Một lần cài đặt chỉ chứa được tối đa { $max } dòng kế hoạch.
kw-error-too-large = Quá nhiều nội dung cho một mã. Vui lòng xóa bớt hoặc rút ngắn một số dòng kế hoạch, rồi thử lại.
kw-error-tools = Không tạo được mã. Vui lòng kiểm tra kết nối một lần và thử lại.

## The printed card (in the young person's language, then in English)

card-setup-title = Harbour
card-setup-scan = Để cài đặt Harbour, hãy quét mã này bằng máy ảnh điện thoại của bạn. Sau đó nhập các chữ số mà nhân viên phụ trách nói với bạn.
card-setup-adults = Những người bạn có thể liên lạc
card-setup-emergency = Khẩn cấp (cảnh sát, xe cứu thương, cứu hỏa): 999
card-setup-runaway = Runaway Helpline, miễn phí, gọi hoặc nhắn tin: 116 000

## Importing a setup on the young person's phone

import-title = Cài đặt bằng mã của nhân viên phụ trách
import-intro = Nhân viên phụ trách của bạn đã cùng bạn tạo một mã. Harbour đọc mã này trên điện thoại này và không gửi nó tới máy chủ nào. Nếu không có các chữ số mà nhân viên phụ trách nói với bạn, mã này không cho thấy gì cả, kể cả khi đường link vẫn còn trong lịch sử của trình duyệt web.
import-scan = Quét mã
import-scan-stop = Tắt máy ảnh
import-scan-looking = Hướng máy ảnh vào mã…
import-camera-denied = Harbour không dùng được máy ảnh. Bạn có thể dán mã thay vào đó.
import-paste = Hoặc dán mã
import-read = Đọc mã
import-checking = Đang đọc mã…
import-numbers-intro = Harbour đã đọc mã. Để mở mã, hãy nhập { $count } chữ số mà nhân viên phụ trách nói với bạn.
import-numbers = { $count } chữ số từ nhân viên phụ trách của bạn
import-open = Mở mã
import-tools-error = Không kiểm tra được mã. Hãy thử lại.
import-preview-title = Những thứ này sẽ được thêm vào Harbour
import-preview-hint = Hãy cùng nhân viên phụ trách kiểm tra lại. Chưa có gì được lưu cho đến khi bạn chạm «Thêm vào Harbour».
import-made-by = Do { $organisation } tạo
import-unsigned = Mã này không có chữ ký của một tổ chức mà Harbour biết. Chỉ thêm nó nếu có một nhân viên phụ trách đang ở cùng bạn lúc này.
import-language = Ngôn ngữ: { $language }
import-language-missing = Mã cài đặt này cần một ngôn ngữ mà Harbour chưa có ({ $code }). Harbour vẫn dùng { $language }.
import-name = Tên của bạn trong tin nhắn: { $name }
import-name-kept = Tên của bạn trong tin nhắn vẫn là { $name }.
import-adults = Những người lớn bạn tin tưởng
import-adult-saved = Đã lưu từ trước: giữ nguyên
import-out-of-hours-kept = { $old } vẫn là người liên lạc ngoài giờ làm việc của bạn. Bạn có thể đổi lại sau trong mục những người lớn bạn tin tưởng.
import-area = Khu vực tìm địa điểm: { $area }
import-routing-title = Tin nhắn «Mình muốn quay về» sẽ gửi tới ai
import-when-weekday-morning = Thứ Hai đến thứ Sáu, lúc 11:00
import-when-weekday-night = Thứ Hai đến thứ Sáu, lúc 22:00
import-when-saturday = Thứ Bảy, lúc 14:00
import-reaches = { $when }: { $who }
import-reaches-changed = { $when }: { $who }. Hiện tại, tin nhắn gửi tới { $before }.
import-any-time = { $name } không có giờ cố định. Vì vậy { $name } sẽ nhận tin nhắn của bạn bất cứ lúc nào, kể cả buổi tối và cuối tuần.
import-routing-changes = Mã cài đặt này thay đổi người nhận tin nhắn của bạn. Chỉ thêm nó nếu nhân viên phụ trách của bạn đang ở cùng bạn lúc này.
import-code = Mã khóa của bạn
import-plan = Kế hoạch an toàn của bạn
import-confirm = Thêm vào Harbour
import-cancel = Để sau
import-cancelled = Chưa thêm gì cả.
import-done = Harbour đã được cài đặt xong.
import-storage-refused = Trình duyệt web này có thể xóa những gì Harbour lưu nếu điện thoại không còn đủ dung lượng. Hãy giữ một bản sao số điện thoại của những người lớn bạn tin tưởng ở một nơi an toàn.
import-done-pin = Đặt mã khóa để chỉ mình bạn mở được Harbour
import-done-home = Về trang đầu
import-save-error = Không lưu được. Không có gì bị thay đổi. Hãy thử lại.

## What is wrong with a code (nothing is saved)

setup-error-not-harbour = Đây không phải là mã cài đặt Harbour.
setup-error-malformed = Mã này không đúng. Hãy nhờ nhân viên phụ trách tạo lại mã.
setup-error-truncated = Chỉ đọc được một phần của mã. Hãy thử lại, hoặc dán toàn bộ mã.
setup-error-too-large = Mã này quá lớn, không phải là mã cài đặt Harbour.
setup-error-newer = Mã này được tạo bằng phiên bản Harbour mới hơn. Hãy cập nhật Harbour, rồi thử lại.
setup-error-damaged = Mã này bị hỏng. Hãy thử lại, hoặc nhờ nhân viên phụ trách tạo lại mã.
setup-error-expired = Mã cài đặt này đã quá cũ. Hãy nhờ nhân viên phụ trách tạo mã mới.
setup-error-numbers = Các chữ số này không mở được mã này. Hãy kiểm tra lại với nhân viên phụ trách rồi nhập lại.
setup-error-numbers-incomplete = Hãy nhập đủ cả { $count } chữ số mà nhân viên phụ trách nói với bạn.
setup-error-adult = Không gọi được số của { $name } trong mã cài đặt này. Hãy nhờ nhân viên phụ trách tạo lại mã.
