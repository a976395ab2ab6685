//! The young person's trusted adults: who they are, their number and hours, the out-of-hours
//! contact; change or remove one (removing asks first); and the name messages are signed with.

use dioxus::prelude::*;

use crate::core::contacts::{Contact, MAX_NAME_CHARS};
use crate::ui::components::AdultSummary;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, use_localizer};

#[component]
pub fn Adults() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let version = use_signal(|| 0u32);
    let store = state.store.clone();
    let contacts = use_memo(move || {
        version();
        store.contacts().map_err(|e| e.message_id())
    });
    let l = localizer.read();
    rsx! {
        h1 { "{l.tr(\"adults-title\")}" }
        p { class: "lead", "{l.tr(\"adults-intro\")}" }
        match contacts() {
            Err(problem) => rsx! { p { class: "notice", role: "alert", "{l.tr(problem)}" } },
            Ok(list) if list.is_empty() => rsx! { p { class: "empty", "{l.tr(\"adults-empty\")}" } },
            Ok(list) => rsx! {
                ul { class: "adults",
                    for contact in list {
                        AdultCard { key: "{contact.id}", contact, version }
                    }
                }
            },
        }
        Link { to: Route::AdultNew {}, class: "action add", "{l.tr(\"adults-add\")}" }
        Signature {}
    }
}

#[component]
fn AdultCard(contact: Contact, version: Signal<u32>) -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let mut confirming = use_signal(|| false);
    let mut problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let heading = format!("adult-{}", contact.id);
    let id = contact.id;
    let name = contact.name.clone();
    rsx! {
        li {
            article { class: "adult", aria_labelledby: "{heading}",
                h2 { id: "{heading}", "{contact.name}" }
                AdultSummary { contact: contact.clone() }
                div { class: "row",
                    Link {
                        to: Route::AdultEdit { id },
                        class: "action quiet",
                        "{l.tr_with(\"adults-edit\", &[(\"name\", &name)])}"
                    }
                    button {
                        class: "quiet",
                        r#type: "button",
                        onclick: move |_| confirming.set(true),
                        "{l.tr_with(\"adults-remove\", &[(\"name\", &name)])}"
                    }
                }
                if confirming() {
                    div { class: "confirm", role: "group", aria_label: l.tr_with("adults-remove-confirm", &[("name", &name)]),
                        p { "{l.tr_with(\"adults-remove-confirm\", &[(\"name\", &name)])}" }
                        button {
                            class: "primary danger",
                            r#type: "button",
                            onclick: move |_| match state.store.delete_contact(id) {
                                Ok(()) => version += 1,
                                Err(_) => problem.set(Some("adults-error-save")),
                            },
                            "{l.tr(\"adults-remove-yes\")}"
                        }
                        button { class: "quiet", r#type: "button", onclick: move |_| confirming.set(false), "{l.tr(\"adults-keep\")}" }
                    }
                }
                if let Some(p) = problem() {
                    p { class: "notice", role: "alert", "{l.tr(p)}" }
                }
            }
        }
    }
}

/// The name the young person signs messages with (optional).
#[component]
fn Signature() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let mut draft = use_signal(|| state.store.signature().ok().flatten().unwrap_or_default());
    let mut feedback = use_signal(|| None::<Result<(), &'static str>>);
    let l = localizer.read();
    let max = MAX_NAME_CHARS.to_string();
    rsx! {
        section { class: "signature", aria_labelledby: "heading-signature",
            h2 { id: "heading-signature", "{l.tr(\"adults-signature-title\")}" }
            label { class: "field",
                span { "{l.tr(\"adults-signature-hint\")}" }
                input {
                    r#type: "text",
                    value: "{draft}",
                    autocomplete: "off",
                    oninput: move |e| {
                        draft.set(e.value());
                        feedback.set(None);
                    },
                }
            }
            button {
                class: "primary",
                r#type: "button",
                onclick: move |_| feedback.set(Some(state.store.set_signature(&draft.read()).map_err(|e| e.message_id()))),
                "{l.tr(\"adults-signature-save\")}"
            }
            match feedback() {
                Some(Ok(())) => rsx! { p { class: "saved", role: "status", "{l.tr(\"adults-saved\")}" } },
                Some(Err(id)) => rsx! { p { class: "notice", role: "alert", "{l.tr_with(id, &[(\"max\", &max)])}" } },
                None => rsx! {},
            }
        }
    }
}
