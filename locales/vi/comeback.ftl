## Home: the come-back control and the safety plan

home-come-back = Mình muốn quay về
home-come-back-more = Cách khác: gọi điện, cho biết nơi mình đang ở, hoặc báo là mình an toàn
home-danger = Đang gặp nguy hiểm? Gọi 999
home-plan = Kế hoạch an toàn của mình
home-plan-hint = Những điều giúp bạn, và cách giữ an toàn

## Come-back screen

comeback-title = Mình muốn quay về
comeback-welcome = Mất tích không phải là phạm tội. Mọi người muốn bạn được an toàn và quay về.
comeback-will-reach = Tin nhắn của bạn sẽ gửi tới
comeback-reach-until = { $name } — { $role } — đến { $until }
comeback-reach-any-time = { $name } — { $role } — bất cứ lúc nào
comeback-reach-out-of-hours = { $name } — { $role } — ngoài giờ làm việc
comeback-reach-helpline = Runaway Helpline (đường dây trợ giúp cho người trẻ bỏ đi hoặc mất tích) — 116 000 — miễn phí, gọi hoặc nhắn tin
comeback-why-out-of-hours = Những người lớn khác mà bạn tin tưởng không làm việc vào giờ này.
comeback-why-nobody-now = Không ai trong số những người lớn bạn tin tưởng làm việc vào giờ này, nên tin nhắn của bạn sẽ gửi tới Runaway Helpline. Họ có thể chuyển lời nhắn giúp bạn.
comeback-why-nobody-added = Bạn chưa thêm người lớn nào mà bạn tin tưởng, nên tin nhắn của bạn sẽ gửi tới Runaway Helpline. Họ có thể chuyển lời nhắn giúp bạn.
comeback-send = Nhắn tin cho { $name }
comeback-send-helpline = Nhắn tin cho Runaway Helpline
comeback-call = Gọi điện thay vào đó
comeback-safe-title = Chưa sẵn sàng quay về?
comeback-safe-explain = Bạn vẫn có thể báo cho ai đó biết là bạn an toàn. Giữ liên lạc giúp mọi người biết bạn vẫn ổn.
comeback-safe-send = Mình an toàn, nhưng chưa sẵn sàng quay về
comeback-call-only = Số này không nhận được tin nhắn. Chạm để gọi cho { $name }.
comeback-message-title = Tin nhắn của bạn
comeback-add-location = Thêm nơi mình đang ở
comeback-remove-location = Bỏ nơi mình đang ở
comeback-location-finding = Đang tìm nơi bạn đang ở…
comeback-location-added = Nơi bạn đang ở đã có trong tin nhắn. Harbour không giữ thông tin này, nhưng ứng dụng Tin nhắn (Messages) trên điện thoại của bạn giữ một bản sao những gì bạn gửi.
comeback-location-unavailable = Điện thoại của bạn không cho biết bạn đang ở đâu. Tin nhắn sẽ được gửi mà không có thông tin đó.
comeback-danger = Nếu bạn đang gặp nguy hiểm, hãy gọi 999
comeback-help-now = Nếu bạn cần giúp ngay, hãy gọi 999
comeback-helpline-closed-until = Đường dây trợ giúp hiện không hoạt động. Đường dây sẽ hoạt động lại lúc { $time }.
comeback-helpline-closed = Đường dây trợ giúp hiện không hoạt động.
comeback-helpline-unknown = Đường dây trợ giúp có thể không trả lời lúc này. Vào ban đêm, đường dây có thể không hoạt động cho đến sáng.
comeback-trace = Ứng dụng Tin nhắn (Messages) của bạn giữ một bản sao những gì bạn gửi. Điện thoại của bạn giữ danh sách các cuộc gọi của bạn.
comeback-manage = Những người lớn mình tin tưởng
comeback-manage-hint = Thêm, sửa hoặc xóa những người bạn có thể liên lạc
comeback-when-back = Điều gì xảy ra khi mình quay về
comeback-staying-safe = Giữ an toàn

## The text message itself (written in the adult's language, then in the young person's)

sms-greeting = Chào { $name }.
sms-greeting-helpline = Xin chào.
sms-body = Em muốn quay về. Anh chị có thể giúp em không?
sms-body-safe = Em vẫn an toàn, nhưng em chưa sẵn sàng quay về. Em muốn giữ liên lạc.
sms-signed = Từ { $name }.
sms-location = Em đang ở đây: { $place }

## Roles of trusted adults (as a label, and as "your …" in a sentence)

role-social-worker = Nhân viên xã hội
role-personal-adviser = Cố vấn cá nhân (personal adviser)
role-key-worker = Nhân viên phụ trách (key worker)
role-foster-carer = Gia đình chăm sóc (foster carer)
role-support-worker = Nhân viên hỗ trợ (support worker)
role-guardian = Người giám hộ (guardian)
role-emergency-duty-team = Đội trực khẩn cấp của hội đồng địa phương
role-other = Người mình tin tưởng
role-your-social-worker = nhân viên xã hội của bạn
role-your-personal-adviser = cố vấn cá nhân của bạn
role-your-key-worker = nhân viên phụ trách của bạn
role-your-foster-carer = gia đình chăm sóc của bạn
role-your-support-worker = nhân viên hỗ trợ của bạn
role-your-guardian = người giám hộ của bạn
role-your-emergency-duty-team = đội trực khẩn cấp của hội đồng địa phương
role-your-other = người bạn tin tưởng

## Trusted adults screen

adults-title = Những người lớn mình tin tưởng
adults-intro = Những người bạn có thể liên lạc khi muốn quay về. Danh sách này ở lại trên điện thoại này.
adults-empty = Bạn chưa thêm ai.
adults-add = Thêm một người lớn bạn tin tưởng
adults-edit = Sửa { $name }
adults-remove = Xóa { $name }
adults-remove-confirm = Xóa { $name } khỏi những người lớn bạn tin tưởng?
adults-remove-yes = Có, xóa
adults-keep = Không, giữ lại
adults-phone = Điện thoại: { $number }
adults-hours-any-time = Bạn có thể liên lạc với họ bất cứ lúc nào.
adults-out-of-hours-badge = Liên lạc ngoài giờ làm việc
adults-speaks = Nói được: { $languages }
adults-signature-title = Tên của bạn trong tin nhắn
adults-signature-hint = Tin nhắn của bạn kết thúc bằng tên này. Để trống nếu bạn muốn.
adults-signature-save = Lưu tên của mình
adults-saved = Đã lưu.

## Trusted adult form

adult-new-title = Thêm một người lớn bạn tin tưởng
adult-edit-title = Sửa một người lớn bạn tin tưởng
adult-name = Tên
adult-role = Họ là ai
adult-phone = Số điện thoại
adult-phone-hint = Một số ở Anh như 07700 900123, hoặc một số ở nước khác bắt đầu bằng +.
adult-hours = Khi nào bạn có thể liên lạc với họ (giờ Anh)
adult-hours-hint = Để trống nếu bạn có thể liên lạc với họ bất cứ lúc nào.
adult-hours-add = Thêm giờ
adult-hours-remove = Xóa những giờ này
adult-hours-from = Từ
adult-hours-to = Đến
adult-hours-days = Ngày
adult-languages = Ngôn ngữ họ nói
adult-languages-hint = Tin nhắn của bạn được viết trước bằng ngôn ngữ của họ, sau đó bằng ngôn ngữ của bạn. Nếu không chọn ngôn ngữ nào, tiếng Anh sẽ được dùng.
adult-out-of-hours = Đây là người mình liên lạc ngoài giờ làm việc
adult-out-of-hours-hint = Cho buổi tối, ban đêm và cuối tuần: ví dụ người chăm sóc bạn, hoặc đội trực khẩn cấp của hội đồng địa phương. Bạn chỉ có thể có một người; chọn người này sẽ thay người trước đó.
adult-save = Lưu
adult-cancel = Hủy

## Problems with what was typed (nothing is saved until it is right)

adult-error-name-empty = Vui lòng viết tên của họ.
adult-error-name-too-long = Tên này quá dài. Hãy dùng tối đa { $max } chữ.
adult-error-phone-empty = Vui lòng viết số điện thoại của họ.
adult-error-phone-not-a-number = Đây không phải là số điện thoại. Chỉ dùng chữ số, khoảng trắng và dấu + ở đầu.
adult-error-phone-invalid = Không thể gọi số này. Vui lòng kiểm tra các chữ số. Số di động ở Anh có 11 chữ số và bắt đầu bằng 07.
adult-error-phone-costly = Gọi đến số này rất tốn tiền, hoặc cuộc gọi bị chuyển sang một điện thoại khác. Harbour không thể lưu những số như thế này. Số di động ở Anh bắt đầu bằng 07, nhưng không bắt đầu bằng 070.
hours-error-no-day = Chọn ít nhất một ngày.
hours-error-time = Viết giờ như thế này: 09:00.
hours-error-same-time = Giờ bắt đầu và giờ kết thúc giống nhau.
adults-error-save = Không lưu được. Vui lòng thử lại.

## Opening hours of a trusted adult

hours-slot = { $days }: { $opens }–{ $closes }
hours-every-day = Hằng ngày
hours-weekdays = Thứ Hai đến thứ Sáu
hours-weekend = Thứ Bảy và Chủ Nhật
hours-day-list = { $first }, { $rest }

## When saved trusted adults cannot be read

comeback-why-unreadable = Harbour không đọc được danh sách những người lớn bạn tin tưởng mà bạn đã lưu, nên tin nhắn của bạn sẽ gửi tới Runaway Helpline. Họ có thể chuyển lời nhắn giúp bạn.
adults-unreadable = Harbour không đọc được một số người lớn bạn tin tưởng mà bạn đã lưu. Hãy kiểm tra danh sách và thêm lại những người còn thiếu.
