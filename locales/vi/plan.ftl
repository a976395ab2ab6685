## Safety plan screen

plan-title = Kế hoạch an toàn của mình
plan-intro = Kế hoạch của bạn, bằng lời của bạn. Nó ở lại trên điện thoại này và được lưu ngay khi bạn thay đổi.
plan-section-leaving = Khi mình muốn bỏ đi
plan-section-helps = Những điều giúp mình
plan-section-safe-places = Những người và nơi mình thấy an toàn
plan-section-ask-for-help = Người mình có thể nhờ giúp đỡ
plan-section-if-missing = Nếu mình mất tích: cách mình giữ an toàn
plan-section-phone-taken = Nếu ai đó lấy điện thoại của mình
plan-empty = Chưa có gì ở đây.
plan-add-label = Thêm vào «{ $section }»
plan-add = Thêm
plan-edit = Sửa «{ $item }»
plan-edit-label = Sửa dòng này
plan-save = Lưu
plan-cancel = Hủy
plan-delete = Xóa «{ $item }»
plan-move-up = Đưa «{ $item }» lên
plan-move-down = Đưa «{ $item }» xuống
plan-saved = Đã lưu.
plan-suggestion = Gợi ý: giữ lại, sửa hoặc xóa.
plan-error-empty = Hãy viết gì đó trước.
plan-error-too-long = Dòng này quá dài. Hãy dùng tối đa { $max } chữ.
plan-error-save = Không lưu được. Vui lòng thử lại.

## Suggestions to start a plan with (the young person keeps, changes or deletes them)

plan-starter-leaving-1 = Mình không ngủ được và cứ nghĩ mãi về hồ sơ của mình.
plan-starter-leaving-2 = Một người mình không tin cứ nhắn tin cho mình.
plan-starter-helps-1 = Nghe nhạc.
plan-starter-helps-2 = Đi bộ hoặc đá bóng.
plan-starter-safe-places-1 = Câu lạc bộ thanh thiếu niên.
plan-starter-ask-for-help-1 = Nhân viên xã hội của mình.
plan-starter-ask-for-help-2 = Childline, 0800 1111: miễn phí, cho bất kỳ ai dưới 19 tuổi.
plan-starter-if-missing-1 = Sạc điện thoại trước khi ra ngoài.
plan-starter-if-missing-2 = Thuộc lòng số 116 000: Runaway Helpline, gọi hoặc nhắn tin miễn phí.
plan-starter-if-missing-3 = Nếu gặp nguy hiểm, gọi 999.
plan-starter-phone-taken-1 = Viết số của nhân viên xã hội ra giấy và mang theo bên mình.
plan-starter-phone-taken-2 = Điện thoại có thẻ SIM gọi được 999, kể cả khi đang khóa hoặc không còn tiền trong máy.
