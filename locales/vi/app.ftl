## App shell

app-name = Harbour
nav-back = Quay lại

## When an address is not in Harbour, or a screen goes wrong

error-not-found-title = Trang này không có trong Harbour
error-not-found = Harbour không có trang nào ở địa chỉ này. Những gì bạn đã lưu vẫn an toàn.
error-generic-title = Đã xảy ra lỗi
error-generic = Phần này của Harbour đã không hoạt động. Những gì bạn đã lưu vẫn an toàn.
error-go-home = Về trang đầu
error-stopped = Harbour đã ngừng hoạt động. Hãy đóng ứng dụng và mở lại. Nếu bạn đang gặp nguy hiểm, hãy gọi 999.

## Home

home-title = Harbour
home-intro = Giúp đỡ và thông tin bằng ngôn ngữ của bạn. Dùng được khi không có internet.
home-menu = Các mục
home-numbers = Số điện thoại trợ giúp
home-numbers-hint = Gọi hoặc nhắn tin cho người có thể giúp bạn
home-language = Ngôn ngữ
home-language-hint = Chọn ngôn ngữ của ứng dụng này

## Language picker

language-title = Chọn ngôn ngữ của bạn
language-intro = Bạn có thể đổi lại bất cứ lúc nào.

## Translation status

translation-draft-label = Về bản dịch này
translation-draft = Bản dịch nháp — chưa được người dịch kiểm tra.

## Problems with saved data

store-error-too-new = Phiên bản Harbour này cũ hơn dữ liệu đã lưu trên điện thoại. Dữ liệu của bạn vẫn an toàn và không bị thay đổi, nhưng không thể lưu gì mới cho đến khi Harbour được cập nhật.
store-error-corrupt = Không đọc được dữ liệu đã lưu của bạn. Harbour đã cất riêng một bản sao và bắt đầu lại. Không có gì bị xóa.
store-error-unavailable = Lúc này Harbour không thể lưu gì trên thiết bị này. Bạn vẫn dùng được, nhưng những thay đổi sẽ mất khi bạn đóng ứng dụng.
content-error-invalid = Không tải được thông tin này. Hãy nhờ nhân viên phụ trách của bạn (key worker) cập nhật Harbour.
home-about = Về Harbour
home-about-hint = Quyền riêng tư, và ai đã làm bản dịch này

## When the app is already open in another tab (no word about Harbour: discreet mode too)

other-tab-title = Đã mở rồi
other-tab-text = Ứng dụng này đang mở trong một thẻ (tab) hoặc cửa sổ khác. Hãy dùng ở đó, hoặc đóng thẻ hoặc cửa sổ kia lại, rồi chạm «Thử lại».
other-tab-retry = Thử lại
wipe-unfinished = Chưa thể xóa hết mọi thứ, vì ứng dụng này đang mở trong một thẻ (tab) hoặc cửa sổ khác. Hãy đóng thẻ hoặc cửa sổ kia lại, rồi chạm «Thử lại».

## Language picker: search and translation status

language-search = Tìm ngôn ngữ
language-no-match = Không có ngôn ngữ nào khớp với tìm kiếm của bạn.
language-your-phone = Ngôn ngữ điện thoại của bạn
language-status-draft = Bản dịch nháp — chưa được người dịch kiểm tra.
language-status-checked = Đã được người dịch kiểm tra.
language-status-partly = Đã được người dịch kiểm tra một phần: { $percent }% cho đến nay.
reading-title = Đọc trên màn hình
reading-large = Chữ to hơn và độ tương phản cao
reading-large-hint = Chữ to hơn và màu đậm hơn trên mọi màn hình.
listen-start = Nghe
listen-pause = Tạm dừng
listen-resume = Tiếp tục
listen-stop = Dừng
listen-phone-voice = Giọng của điện thoại bạn đang đọc.
listen-no-voice = Chưa có bản ghi âm hay giọng đọc của điện thoại bằng { $language }.
listen-recorded = Đây là bản ghi âm do một người đọc.
listen-recorded-machine = Đây là bản ghi âm thử do giọng máy tính đọc, không phải do một người đọc.
audio-title = Bản ghi âm
audio-intro = Nội dung của Harbour do một người đọc thành tiếng. Bản ghi âm chỉ được tải về khi bạn yêu cầu, nên hãy dùng Wi-Fi nếu có thể.
audio-none = Chưa có bản ghi âm bằng { $language }.
audio-size = { $megabytes } MB
audio-offered = Bản ghi âm do người đọc: { $size }
audio-offered-machine = Bản ghi âm thử do giọng máy tính đọc: { $size }
audio-download = Tải về bản ghi âm bằng { $language } — { $size }
audio-downloading = Đang tải bản ghi âm về…
audio-kept = Bản ghi âm bằng { $language } đang ở trên điện thoại này ({ $size }). Nút «Nghe» phát chúng mà không cần internet.
audio-remove = Xóa bản ghi âm
audio-removed = Bản ghi âm đã được xóa khỏi điện thoại này.
audio-error-offline = Không kết nối được với máy chủ của Harbour. Không có gì bị thay đổi.
audio-error-server = Máy chủ của Harbour không gửi bản ghi âm (lỗi { $status }). Không có gì bị thay đổi.
audio-error-refused = Bản ghi âm bị hỏng hoặc không có chữ ký của Harbour, nên đã bị từ chối. Không có gì bị thay đổi.
audio-error-format = Bản ghi âm này cần phiên bản Harbour mới hơn. Không có gì bị thay đổi.
audio-error-locale = Bản ghi âm này dành cho một ngôn ngữ khác, nên đã bị từ chối. Không có gì bị thay đổi.
audio-error-size = Bản ghi âm lớn hơn mức Harbour được báo trước, nên việc tải về đã bị dừng. Không có gì bị thay đổi.

## About screen

about-title = Về Harbour
about-intro = Harbour cho bạn sự giúp đỡ và thông tin bằng ngôn ngữ của bạn. Dùng được khi không có internet.
about-privacy-title = Quyền riêng tư của bạn
about-privacy = Harbour không có tài khoản. Những gì bạn lưu sẽ ở lại trên điện thoại này. Khi Harbour tìm thông tin mới, ứng dụng chỉ gửi tên khu vực của bạn.
about-facts = Thông tin trong Harbour đến từ các nguồn chính thức, các tổ chức từ thiện và các tài liệu hướng dẫn về pháp luật. Mỗi trang cho biết thông tin được kiểm tra lần cuối khi nào. Luật có thể thay đổi: luật sư hoặc nhân viên xã hội của bạn là người có lời cuối cùng.
about-translation-title = Bản dịch này
about-translation-language = Ngôn ngữ: { $language }
about-produced-source = Đây là văn bản gốc. Các bản dịch được làm từ văn bản này.
about-produced-ai-draft = Bản dịch này là bản nháp do một chương trình máy tính (trí tuệ nhân tạo) viết.
about-produced-translator = Bản dịch này do một người dịch làm.
about-checked-by = Người kiểm tra: { $checker }

## Dates (Western digits, in the locale’s words)

date-long = ngày { $day } { $month } năm { $year }
date-month-1 = tháng 1
date-month-2 = tháng 2
date-month-3 = tháng 3
date-month-4 = tháng 4
date-month-5 = tháng 5
date-month-6 = tháng 6
date-month-7 = tháng 7
date-month-8 = tháng 8
date-month-9 = tháng 9
date-month-10 = tháng 10
date-month-11 = tháng 11
date-month-12 = tháng 12
date-weekday-1 = Thứ Hai
date-weekday-2 = Thứ Ba
date-weekday-3 = Thứ Tư
date-weekday-4 = Thứ Năm
date-weekday-5 = Thứ Sáu
date-weekday-6 = Thứ Bảy
date-weekday-7 = Chủ Nhật
