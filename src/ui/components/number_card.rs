//! One help line as a card: what it is, what it offers, and one tap to call or text.
//! Every phone number sits in a left-to-right isolate, so it reads the same in any script.

use dioxus::prelude::*;

use crate::core::content::{FactTag, HelpNumber, SilentSolution};
use crate::ui::components::{Listen, Words};
use crate::ui::state::use_localizer;

/// A phone number that always reads left to right, in Western digits.
#[component]
pub fn PhoneNumber(digits: String) -> Element {
    rsx! { bdi { class: "tel", dir: "ltr", "{digits}" } }
}

#[component]
pub fn NumberCard(number: HelpNumber) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let heading = format!("number-{}", number.id);
    let badges = [
        (number.free, "numbers-badge-free"),
        (number.always_open, "numbers-badge-always-open"),
        (number.text, "numbers-badge-text"),
        (number.interpreters, "numbers-badge-interpreters"),
    ];
    let source_id = match number.fact.tag {
        FactTag::Verified => "numbers-source-verified",
        FactTag::Secondary => "numbers-source-secondary",
    };
    rsx! {
        article {
            class: if number.emergency { "number-card emergency" } else { "number-card" },
            aria_labelledby: "{heading}",
            h2 { id: "{heading}", "{l.tr(&number.name_id())}" }
            p { id: "{heading}-about", Words { text: l.tr(&number.about_id()) } }
            Listen { area: "{heading}-about", texts: vec![l.tr(&number.about_id())] }
            ul { class: "badges", aria_label: l.tr("numbers-badges"),
                for (_, id) in badges.iter().filter(|(shown, _)| *shown) {
                    li { key: "{id}", "{l.tr(id)}" }
                }
            }
            div { class: "actions",
                if let Some(href) = number.call_href() {
                    a { class: "action call", href,
                        span { "{l.tr(\"numbers-call\")}" }
                        " "
                        PhoneNumber { digits: number.display.clone() }
                    }
                }
                if let Some(href) = number.text_href() {
                    a { class: "action text", href,
                        span { "{l.tr(\"numbers-text\")}" }
                        " "
                        PhoneNumber { digits: number.display.clone() }
                    }
                }
            }
            p { class: "source", "{l.tr_with(source_id, &[(\"source\", &number.fact.source)])}" }
        }
    }
}

#[component]
pub fn SilentSolutionCard(silent: SilentSolution) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let dial = [("number", silent.dial.as_str())];
    let code = [("code", silent.code.as_str())];
    rsx! {
        section { class: "silent", aria_labelledby: "silent-title",
            h2 { id: "silent-title", "{l.tr(\"numbers-silent-title\")}" }
            ol {
                li { "{l.tr_with(\"numbers-silent-step-call\", &dial)}" }
                li { "{l.tr(\"numbers-silent-step-sound\")}" }
                li { "{l.tr_with(\"numbers-silent-step-press\", &code)}" }
                li { "{l.tr(\"numbers-silent-step-questions\")}" }
            }
            p { "{l.tr_with(\"numbers-silent-location\", &code)}" }
        }
    }
}
