//! "Delete everything": one button, one confirmation, then Harbour is as new.

use dioxus::prelude::*;

use crate::platform::WipeWords;
use crate::ui::data::use_data;
use crate::ui::state::use_localizer;

#[component]
pub fn WipeControl() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let mut confirming = use_signal(|| false);
    let mut failed = use_signal(|| None);
    let l = localizer.read();
    let wipe = move |_| {
        let l = localizer.read();
        let words = WipeWords {
            unfinished: l.tr("wipe-unfinished"),
            retry: l.tr("other-tab-retry"),
            lang: l.code(),
            dir: l.dir(),
        };
        failed.set(data.wipe(&words).err());
        confirming.set(false);
    };
    rsx! {
        if let Some(problem) = failed() {
            p { class: "notice", role: "alert", "{l.tr(problem.message_id())}" }
        }
        if confirming() {
            div { class: "confirm", role: "group", aria_label: l.tr("privacy-wipe-confirm"),
                p { "{l.tr(\"privacy-wipe-confirm\")}" }
                button { class: "primary danger", r#type: "button", onclick: wipe, "{l.tr(\"privacy-wipe-yes\")}" }
                button { class: "quiet", r#type: "button", onclick: move |_| confirming.set(false), "{l.tr(\"privacy-wipe-no\")}" }
            }
        } else {
            button { class: "primary danger", r#type: "button", onclick: move |_| confirming.set(true), "{l.tr(\"privacy-wipe-button\")}" }
        }
    }
}
