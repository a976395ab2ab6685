//! "Delete everything": one button, one confirmation, then Harbour is as new.

use dioxus::prelude::*;

use crate::platform;
use crate::ui::state::use_localizer;

#[component]
pub fn WipeControl() -> Element {
    let localizer = use_localizer();
    let mut confirming = use_signal(|| false);
    let l = localizer.read();
    rsx! {
        if confirming() {
            div { class: "confirm", role: "group", aria_label: l.tr("privacy-wipe-confirm"),
                p { "{l.tr(\"privacy-wipe-confirm\")}" }
                button { class: "primary danger", r#type: "button", onclick: move |_| platform::request_wipe(), "{l.tr(\"privacy-wipe-yes\")}" }
                button { class: "quiet", r#type: "button", onclick: move |_| confirming.set(false), "{l.tr(\"privacy-wipe-no\")}" }
            }
        } else {
            button { class: "primary danger", r#type: "button", onclick: move |_| confirming.set(true), "{l.tr(\"privacy-wipe-button\")}" }
        }
    }
}
