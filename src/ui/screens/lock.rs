//! The screens before Harbour opens: the lock screen (when a code is set) and discreet mode's
//! neutral cover. Neither shows Harbour's name or any word about help or safety.

use dioxus::prelude::*;

use crate::platform;
use crate::ui::components::{CodeField, WipeControl};
use crate::ui::data::use_data;
use crate::ui::state::{use_guard, use_localizer};

#[component]
pub fn LockScreen() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let mut code = use_signal(String::new);
    let mut problem = use_signal(|| None::<(&'static str, i64)>);
    let mut forgot = use_signal(|| false);
    let l = localizer.read();
    let open = move |event: FormEvent| {
        event.prevent_default();
        let typed = code.read().clone();
        match data.unlock(&typed, platform::running()) {
            Ok(()) => {}
            Err(e) => problem.set(Some((e.message_id(), e.seconds()))),
        }
        code.set(String::new());
    };
    rsx! {
        h1 { "{l.tr(\"lock-title\")}" }
        form { class: "lock", onsubmit: open,
            CodeField { label: l.tr("lock-code"), value: code }
            button { class: "primary", r#type: "submit", "{l.tr(\"lock-open\")}" }
        }
        if let Some((id, seconds)) = problem() {
            p { class: "notice", role: "alert", "{l.tr_with(id, &[(\"seconds\", &seconds.to_string())])}" }
        }
        // Help never waits for the code.
        a { class: "action danger", href: "tel:999", "{l.tr(\"home-danger\")}" }
        button { class: "quiet", r#type: "button", aria_expanded: "{forgot}", onclick: move |_| forgot.toggle(), "{l.tr(\"lock-forgot\")}" }
        if forgot() {
            p { "{l.tr(\"lock-forgot-explain\")}" }
            WipeControl {}
        }
    }
}

/// Discreet mode's first screen: a neutral name and one button.
#[component]
pub fn Cover() -> Element {
    let localizer = use_localizer();
    let guard = use_guard();
    let l = localizer.read();
    let mut covered = guard.covered;
    rsx! {
        h1 { "{l.tr(\"discreet-name\")}" }
        button { class: "primary", r#type: "button", onclick: move |_| covered.set(false), "{l.tr(\"discreet-open\")}" }
    }
}
