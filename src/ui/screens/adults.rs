//! The young person's trusted adults: who they are, their number and hours, the out-of-hours
//! contact; change or remove one (removing asks first); and the name messages are signed with.

use dioxus::prelude::*;

use crate::core::contacts::{Contact, MAX_NAME_CHARS};
use crate::core::store::Store;
use crate::ui::components::AdultSummary;
use crate::ui::data::{use_data, use_query};
use crate::ui::route::Route;
use crate::ui::state::use_localizer;

#[component]
pub fn Adults() -> Element {
    let localizer = use_localizer();
    let saved = use_query(Store::saved_adults);
    let l = localizer.read();
    rsx! {
        h1 { "{l.tr(\"adults-title\")}" }
        p { class: "lead", "{l.tr(\"adults-intro\")}" }
        match saved() {
            Err(problem) => rsx! { p { class: "notice", role: "alert", "{l.tr(problem)}" } },
            Ok(saved) => rsx! {
                if saved.unreadable > 0 {
                    p { class: "notice", role: "alert", "{l.tr(\"adults-unreadable\")}" }
                }
                if saved.adults.is_empty() {
                    p { class: "empty", "{l.tr(\"adults-empty\")}" }
                } else {
                    ul { class: "adults",
                        for contact in saved.adults {
                            AdultCard { key: "{contact.id}", contact }
                        }
                    }
                }
            },
        }
        Link { to: Route::AdultNew {}, class: "action add", "{l.tr(\"adults-add\")}" }
        Signature {}
    }
}

#[component]
fn AdultCard(contact: Contact) -> Element {
    let localizer = use_localizer();
    let data = use_data();
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
                            onclick: move |_| {
                                if data.edit(|s| s.delete_contact(id)).is_err() {
                                    problem.set(Some("adults-error-save"));
                                }
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
    let data = use_data();
    let saved = use_query(Store::signature);
    let mut draft = use_signal(|| saved.peek().clone().ok().flatten().unwrap_or_default());
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
                onclick: move |_| {
                    let result = data.edit(|s| s.set_signature(&draft.read()));
                    feedback.set(Some(result.map_err(|e| e.message_id())));
                },
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
