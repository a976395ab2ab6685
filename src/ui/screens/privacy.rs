//! Privacy and safety: what Harbour keeps (read from the store, not written by hand), Quick
//! exit, discreet mode, the lock code, and deleting everything.

use dioxus::prelude::*;

use crate::core::privacy::PIN_MAX;
use crate::core::store::Store;
use crate::ui::components::WipeControl;
use crate::ui::data::{use_data, use_query};
use crate::ui::state::{use_guard, use_localizer};

#[component]
pub fn Privacy() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let guard = use_guard();
    let kept = use_query(Store::inventory);
    let l = localizer.read();
    let mut discreet = guard.discreet;
    let mut discreet_problem = use_signal(|| None::<&'static str>);
    rsx! {
        h1 { "{l.tr(\"privacy-title\")}" }
        section { aria_labelledby: "heading-kept",
            h2 { id: "heading-kept", "{l.tr(\"privacy-kept-title\")}" }
            p { "{l.tr(\"privacy-kept-intro\")}" }
            match kept() {
                Ok(kept) => rsx! {
                    ul { class: "kept",
                        for item in kept.into_iter().filter_map(|k| Some((k.message_id?, k.count))) {
                            li { key: "{item.0}",
                                "{l.tr_with(\"privacy-kept-count\", &[(\"what\", &l.tr(item.0)), (\"count\", &item.1.to_string())])}"
                            }
                        }
                    }
                },
                Err(problem) => rsx! { p { class: "notice", role: "alert", "{l.tr(problem)}" } },
            }
            p { "{l.tr(\"privacy-kept-nothing-sent\")}" }
        }
        section { aria_labelledby: "heading-leave-now",
            h2 { id: "heading-leave-now", "{l.tr(\"privacy-quick-exit-title\")}" }
            p { "{l.tr(\"privacy-quick-exit\")}" }
        }
        section { aria_labelledby: "heading-discreet",
            h2 { id: "heading-discreet", "{l.tr(\"privacy-discreet-title\")}" }
            p { "{l.tr(\"privacy-discreet\")}" }
            label { class: "check",
                input {
                    r#type: "checkbox",
                    checked: discreet(),
                    onchange: move |e: FormEvent| match data.edit(|s| s.set_discreet(e.checked())) {
                        Ok(()) => {
                            discreet.set(e.checked());
                            discreet_problem.set(None);
                        }
                        Err(e) => discreet_problem.set(Some(e.message_id())),
                    },
                }
                span { "{l.tr(\"privacy-discreet-on\")}" }
            }
            if let Some(p) = discreet_problem() {
                p { class: "notice", role: "alert", "{l.tr(p)}" }
            }
        }
        PinSettings {}
        section { aria_labelledby: "heading-wipe",
            h2 { id: "heading-wipe", "{l.tr(\"privacy-wipe-title\")}" }
            p { "{l.tr(\"privacy-wipe\")}" }
            WipeControl {}
        }
    }
}

/// Setting, or removing, the lock code. The warning about forgetting it comes first.
#[component]
fn PinSettings() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let has_pin = use_query(Store::has_pin);
    let mut pin = use_signal(String::new);
    let mut confirm = use_signal(String::new);
    let mut feedback = use_signal(|| None::<Result<&'static str, &'static str>>);
    let l = localizer.read();
    let set = move |event: FormEvent| {
        event.prevent_default();
        let result = data.edit(|s| s.set_pin(&pin.read(), &confirm.read()));
        match result {
            Ok(()) => feedback.set(Some(Ok("privacy-pin-saved"))),
            Err(e) => feedback.set(Some(Err(e.message_id()))),
        }
        pin.set(String::new());
        confirm.set(String::new());
    };
    rsx! {
        section { aria_labelledby: "heading-pin",
            h2 { id: "heading-pin", "{l.tr(\"privacy-pin-title\")}" }
            p { "{l.tr(\"privacy-pin-intro\")}" }
            p { class: "warning", "{l.tr(\"privacy-pin-forget-warning\")}" }
            // A store that cannot say counts as having a code: removing one is offered, never
            // a second one set over it.
            if has_pin().unwrap_or(true) {
                p { "{l.tr(\"privacy-pin-is-set\")}" }
                button {
                    class: "quiet",
                    r#type: "button",
                    onclick: move |_| match data.edit(|s| s.clear_pin()) {
                        Ok(()) => feedback.set(Some(Ok("privacy-pin-removed"))),
                        Err(_) => feedback.set(Some(Err("pin-error-save"))),
                    },
                    "{l.tr(\"privacy-pin-remove\")}"
                }
            } else {
                form { class: "pin", onsubmit: set,
                    for (label, value) in [("privacy-pin-new", pin), ("privacy-pin-confirm", confirm)] {
                        label { key: "{label}", class: "field",
                            span { "{l.tr(label)}" }
                            input {
                                r#type: "password",
                                inputmode: "numeric",
                                autocomplete: "new-password",
                                maxlength: "{PIN_MAX}",
                                dir: "ltr",
                                value: "{value}",
                                oninput: move |e| {
                                    let mut value = value;
                                    value.set(e.value());
                                },
                            }
                        }
                    }
                    button { class: "primary", r#type: "submit", "{l.tr(\"privacy-pin-set\")}" }
                }
            }
            match feedback() {
                Some(Ok(id)) => rsx! { p { class: "saved", role: "status", "{l.tr(id)}" } },
                Some(Err(id)) => rsx! { p { class: "notice", role: "alert", "{l.tr(id)}" } },
                None => rsx! {},
            }
        }
    }
}
