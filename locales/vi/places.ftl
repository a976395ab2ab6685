## Home: the way into places near the young person

home-places = Địa điểm gần mình
home-places-hint = Trung tâm không cần hẹn trước (drop-in), câu lạc bộ thanh thiếu niên và nơi giúp đỡ, kèm giờ mở cửa

## The list of places

places-title = Địa điểm gần mình
places-example = Đây là các địa điểm ví dụ: chưa phải là địa điểm thật. Nhân viên phụ trách của bạn có thể cho bạn biết khi nào các địa điểm ở khu vực của bạn được thêm vào.
places-search = Tìm địa điểm
places-category = Loại địa điểm
places-category-all = Tất cả các loại
places-category-drop-in = Trung tâm không cần hẹn trước (drop-in)
places-category-youth-club = Câu lạc bộ thanh thiếu niên
places-category-cultural-centre = Cộng đồng và văn hóa
places-category-worship = Nơi thờ phượng
places-category-legal-advice = Tư vấn pháp lý
places-category-health = Sức khỏe
places-category-food = Đồ ăn
places-category-other = Giúp đỡ khác
places-open-now = Đang mở cửa
places-free = Chỉ nơi miễn phí
places-language = Ngôn ngữ sử dụng
places-language-any = Mọi ngôn ngữ
places-found = Số địa điểm tìm thấy: { $count }
places-none = Không có địa điểm nào phù hợp. Hãy thử bỏ bớt bộ lọc.
places-show-more = Xem thêm địa điểm
places-distance = Cách { $km } km
places-share-location = Cho biết các địa điểm cách bao xa
places-share-location-hint = Vị trí của bạn chỉ được dùng trên điện thoại này. Vị trí không được lưu lại hay gửi đi đâu cả.
places-location-failed = Không tìm được vị trí của bạn. Các địa điểm được hiện ra mà không có khoảng cách.

## When a place is open

places-open-until = Đang mở cửa, đến { $time }
places-opens-today = Đang đóng cửa. Mở cửa hôm nay lúc { $time }
places-opens-tomorrow = Đang đóng cửa. Mở cửa ngày mai lúc { $time }
places-opens-day = Đang đóng cửa. Mở cửa vào { $day } lúc { $time }
places-opens-date = Đang đóng cửa. Mở cửa vào { $date } lúc { $time }
places-closed = Đóng cửa
places-hours-unknown = Chưa biết giờ mở cửa

## One place's page

place-back = Tất cả địa điểm
place-not-found = Địa điểm này không còn trong danh sách của Harbour nữa.
place-hours = Giờ mở cửa
place-hours-line = { $when }: từ { $opens } đến { $closes }
place-when-fortnightly = { $days }, hai tuần một lần
place-when-every-weeks = { $days }, { $count } tuần một lần
place-when-nth = { $day } { $nth } trong tháng
place-when-month-days = ngày { $days } hằng tháng
place-when-last-day = ngày cuối cùng của tháng
place-nth-1 = đầu tiên
place-nth-2 = thứ 2
place-nth-3 = thứ 3
place-nth-4 = thứ 4
place-nth-5 = thứ 5
place-nth-last = cuối cùng
place-nth-second-last = áp chót
place-hours-from = từ { $date }
place-hours-to = đến { $date }
place-address = Địa chỉ
place-directions = Xem đường đi
place-directions-hint = Mở một ứng dụng bản đồ hoặc trang web.
place-call = Gọi { $number }
place-website = Trang web
place-web-address = Trang web (không phải đường link an toàn, nên Harbour không mở): { $address }
place-languages = Ngôn ngữ sử dụng
place-free = Miễn phí
place-costs = Có thể mất phí. Hãy hỏi trước khi đến.
place-ages = Từ { $min } đến { $max } tuổi
place-age-min = Từ { $min } tuổi trở lên
place-age-max = Đến { $max } tuổi

## Updating places and numbers

places-updated = Địa điểm và số điện thoại trợ giúp, cập nhật vào { $date }
places-update = Kiểm tra địa điểm và số điện thoại mới
places-update-hint = Harbour sẽ lấy danh sách mới nhất cho khu vực của bạn từ máy chủ của Harbour. Chỉ tên khu vực của bạn được gửi đi. Tên của bạn và những gì bạn đã lưu không bao giờ được gửi đi.
places-update-checking = Đang kiểm tra…
places-update-done = Đã cập nhật. Harbour hiện có { $count } địa điểm.
places-update-same = Bạn đã có các địa điểm và số điện thoại mới nhất.
places-update-offline = Không kết nối được với máy chủ của Harbour. Các địa điểm và số điện thoại của bạn vẫn giữ nguyên.
places-update-server = Máy chủ của Harbour không gửi bản cập nhật (lỗi { $status }). Các địa điểm và số điện thoại của bạn vẫn giữ nguyên.
pack-error-not-pack = Bản cập nhật này không phải là danh sách của Harbour. Không có gì bị thay đổi.
pack-error-signature = Bản cập nhật không có chữ ký của Harbour, nên đã bị từ chối. Không có gì bị thay đổi.
pack-error-damaged = Bản cập nhật bị hỏng, nên đã bị từ chối. Không có gì bị thay đổi.
pack-error-format = Bản cập nhật này cần phiên bản Harbour mới hơn. Không có gì bị thay đổi.
pack-error-older = Bản cập nhật cũ hơn danh sách bạn đang có, nên đã bị từ chối. Không có gì bị thay đổi.
pack-error-area = Bản cập nhật dành cho khu vực khác, nên đã bị từ chối. Không có gì bị thay đổi.
kept-content-pack = Địa điểm và số điện thoại trợ giúp cho khu vực của bạn
