//! Privacy and safety: what Harbour keeps (read from the store, not written by hand), Quick
//! exit, discreet mode, the lock code, and deleting everything.

use dioxus::prelude::*;

use crate::core::privacy::PinError;
use crate::core::store::Store;
use crate::platform;
use crate::ui::components::{CodeField, WipeControl};
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
    let mut discreet_problem = use_signal(|| None::<String>);
    // With a lock code set, discreet mode goes off only with the code typed first.
    let discreet_code = use_signal(String::new);
    let has_pin = use_query(Store::has_pin);
    // Drawn again after a refused change, so the box shows the mode that is still on.
    let mut refused = use_signal(|| 0u32);
    let guarded = discreet() && has_pin().unwrap_or(true);
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
            DamagedCopies {}
            p { "{l.tr(\"privacy-kept-nothing-sent\")}" }
            p { "{l.tr(\"privacy-server-sees\")}" }
        }
        section { aria_labelledby: "heading-leave-now",
            h2 { id: "heading-leave-now", "{l.tr(\"privacy-quick-exit-title\")}" }
            p { "{l.tr(\"privacy-quick-exit\")}" }
        }
        section { aria_labelledby: "heading-discreet",
            h2 { id: "heading-discreet", "{l.tr(\"privacy-discreet-title\")}" }
            p { "{l.tr(\"privacy-discreet\")}" }
            if guarded {
                p { class: "hint", "{l.tr(\"privacy-discreet-off-code\")}" }
                CodeField { label: l.tr("privacy-pin-current"), value: discreet_code }
            }
            // A keyed list of one: a new key draws a new box, checked as the mode still is.
            for attempt in [refused()] {
                label { class: "check", key: "{attempt}",
                    input {
                        r#type: "checkbox",
                        checked: discreet(),
                        onchange: move |e: FormEvent| {
                            let on = e.checked();
                            let result = data.edit(|s| match on {
                                true => s.set_discreet(true).map_err(PinError::from),
                                false => s.leave_discreet(&discreet_code.read(), platform::running()),
                            });
                            let mut code = discreet_code;
                            code.set(String::new());
                            match result {
                                Ok(()) => {
                                    discreet.set(on);
                                    discreet_problem.set(None);
                                }
                                Err(e) => {
                                    let words = localizer
                                        .read()
                                        .tr_with(e.message_id(), &[("seconds", &e.seconds().to_string())]);
                                    discreet_problem.set(Some(words));
                                    refused += 1;
                                }
                            }
                        },
                    }
                    span { "{l.tr(\"privacy-discreet-on\")}" }
                }
            }
            if let Some(problem) = discreet_problem() {
                p { class: "notice", role: "alert", "{problem}" }
            }
        }
        PinSettings {}
        section { aria_labelledby: "heading-wipe",
            h2 { id: "heading-wipe", "{l.tr(\"privacy-wipe-title\")}" }
            p { "{l.tr(\"privacy-wipe\")}" }
            WipeControl {}
            p { "{l.tr(\"privacy-outside\")}" }
        }
    }
}

/// The copies of a damaged store that were moved aside when it could not be read (they may
/// hold everything the young person saved): how many, and a button that deletes them.
#[component]
fn DamagedCopies() -> Element {
    let localizer = use_localizer();
    let mut copies = use_resource(platform::damaged_copies);
    let mut problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let count = copies().unwrap_or(0);
    let forget = move |_| async move {
        problem.set(
            platform::forget_damaged_copies()
                .await
                .err()
                .map(|e| e.message_id()),
        );
        copies.restart();
    };
    rsx! {
        if count > 0 {
            p { "{l.tr_with(\"privacy-kept-count\", &[(\"what\", &l.tr(\"kept-damaged\")), (\"count\", &count.to_string())])}" }
            p { "{l.tr(\"privacy-damaged\")}" }
            button { class: "primary danger", r#type: "button", onclick: forget, "{l.tr(\"privacy-damaged-delete\")}" }
        }
        if let Some(id) = problem() {
            p { class: "notice", role: "alert", "{l.tr(id)}" }
        }
    }
}

/// Setting, changing or removing the lock code: first what it does and does not protect, and
/// the warning about forgetting it. Changing or removing needs the code in use.
#[component]
fn PinSettings() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let has_pin = use_query(Store::has_pin);
    let current = use_signal(String::new);
    let pin = use_signal(String::new);
    let confirm = use_signal(String::new);
    let mut feedback = use_signal(|| None::<Result<&'static str, PinError>>);
    let l = localizer.read();
    let mut done = move |result: Result<(), PinError>, saved: &'static str| {
        feedback.set(Some(result.map(|()| saved)));
        for mut field in [current, pin, confirm] {
            field.set(String::new());
        }
    };
    let set = move |event: FormEvent| {
        event.prevent_default();
        let result = data.edit(|s| match has_pin().unwrap_or(true) {
            true => s.change_pin(
                &current.read(),
                &pin.read(),
                &confirm.read(),
                platform::running(),
            ),
            false => s.set_pin(&pin.read(), &confirm.read()),
        });
        done(result, "privacy-pin-saved");
    };
    let remove = move |_| {
        let result = data.edit(|s| s.clear_pin(&current.read(), platform::running()));
        done(result, "privacy-pin-removed");
    };
    // A store that cannot say counts as having a code: changing or removing it is offered,
    // never a second one set over it.
    let is_set = has_pin().unwrap_or(true);
    rsx! {
        section { aria_labelledby: "heading-pin",
            h2 { id: "heading-pin", "{l.tr(\"privacy-pin-title\")}" }
            p { "{l.tr(\"privacy-pin-intro\")}" }
            p { "{l.tr(\"privacy-pin-protects\")}" }
            p { "{l.tr(\"privacy-pin-limits\")}" }
            p { class: "warning", "{l.tr(\"privacy-pin-forget-warning\")}" }
            if is_set {
                p { "{l.tr(\"privacy-pin-is-set\")}" }
            }
            form { class: "pin", onsubmit: set,
                if is_set {
                    CodeField { label: l.tr("privacy-pin-current"), value: current }
                }
                p { class: "hint", "{l.tr(\"privacy-pin-longer\")}" }
                CodeField { label: l.tr("privacy-pin-new"), value: pin }
                CodeField { label: l.tr("privacy-pin-confirm"), value: confirm }
                button { class: "primary", r#type: "submit",
                    if is_set { "{l.tr(\"privacy-pin-change\")}" } else { "{l.tr(\"privacy-pin-set\")}" }
                }
                if is_set {
                    button { class: "quiet", r#type: "button", onclick: remove, "{l.tr(\"privacy-pin-remove\")}" }
                }
            }
            match feedback() {
                Some(Ok(id)) => rsx! { p { class: "saved", role: "status", "{l.tr(id)}" } },
                Some(Err(e)) => rsx! {
                    p { class: "notice", role: "alert",
                        "{l.tr_with(e.message_id(), &[(\"seconds\", &e.seconds().to_string())])}"
                    }
                },
                None => rsx! {},
            }
        }
    }
}
