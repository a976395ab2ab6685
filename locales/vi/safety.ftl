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
card-safe-sign-debt = Ai đó nói bạn nợ họ tiền, ví dụ tiền chuyến đi, một chiếc điện thoại hay đồ ăn, và bảo bạn phải làm việc để trả nợ.
card-safe-sign-keeping = Ai đó giữ giấy tờ, tiền hoặc điện thoại của bạn.
card-safe-sign-moved = Bạn bị chuyển từ chỗ này sang chỗ khác, hoặc bị đưa đến các thành phố khác.
card-safe-sign-distrust = Ai đó nói với bạn rằng cảnh sát hoặc nhân viên xã hội sẽ làm hại bạn và không thể tin họ.
card-safe-relationships-title = Những mối quan hệ an toàn
card-safe-gifts = Quà, tiền hoặc điện thoại từ người bạn không biết rõ có thể bị biến thành một «món nợ» dùng để kiểm soát bạn.
card-safe-talk = Nếu chuyện như vậy đang xảy ra, đó không phải lỗi của bạn. Bạn có thể nói với nhân viên xã hội, hoặc gọi Runaway Helpline theo số 116 000.
card-safe-stay-away-title = Có người bắt mình phải ở xa
card-safe-stay-away = Nếu có người bắt bạn phải ở xa, việc đó rất nghiêm trọng. Người làm việc này có lẽ đang phạm pháp. Đó không phải lỗi của bạn.
card-safe-stay-away-helpline = Runaway Helpline có thể giúp bạn được an toàn: gọi hoặc nhắn tin tới 116 000. Miễn phí.
card-safe-stay-away-danger = Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi 999.
