//! The Quick exit button: on every screen, including the lock screen. It saves whatever is being
//! typed, then leaves a harmless page on screen (Escape does the same, see `assets/boot.js`).

use dioxus::prelude::*;

use crate::platform;
use crate::ui::state::{use_guard, use_localizer, Drafts};

#[component]
pub fn QuickExit() -> Element {
    let localizer = use_localizer();
    let guard = use_guard();
    let drafts: Drafts = use_context();
    let l = localizer.read();
    let label = if (guard.discreet)() {
        l.tr("quick-exit-discreet")
    } else {
        l.tr("quick-exit")
    };
    rsx! {
        button {
            class: "leave-now",
            r#type: "button",
            onclick: move |_| {
                drafts.save_all();
                platform::quick_exit();
            },
            "{label}"
        }
    }
}
