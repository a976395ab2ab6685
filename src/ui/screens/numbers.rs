//! Emergency and help numbers: one tap to call or text, and how to call 999 without speaking.

use dioxus::prelude::*;

use crate::ui::components::{NumberCard, SilentSolutionCard};
use crate::ui::state::{use_localizer, use_pack};

#[component]
pub fn Numbers() -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let content = use_pack();
    let pack = match content.as_ref() {
        Ok(pack) => &pack.numbers,
        Err(problem) => {
            return rsx! {
                h1 { "{l.tr(\"numbers-title\")}" }
                p { class: "notice", role: "alert", "{l.tr(problem.message_id())}" }
            }
        }
    };
    let reviewed = l.long_date(pack.reviewed);
    let (urgent, others): (Vec<_>, Vec<_>) = pack.numbers.iter().partition(|n| n.emergency);
    rsx! {
        h1 { "{l.tr(\"numbers-title\")}" }
        p { class: "lead", "{l.tr(\"numbers-intro\")}" }
        p { class: "hint", "{l.tr(\"numbers-trace\")}" }
        ul { class: "numbers",
            for number in urgent {
                li { key: "{number.id}", NumberCard { number: number.clone() } }
            }
        }
        SilentSolutionCard { silent: pack.silent_solution.clone() }
        h2 { class: "section", "{l.tr(\"numbers-helplines\")}" }
        ul { class: "numbers",
            for number in others {
                li { key: "{number.id}", NumberCard { number: number.clone() } }
            }
        }
        p { class: "reviewed", "{l.tr_with(\"numbers-reviewed\", &[(\"date\", &reviewed)])}" }
    }
}
