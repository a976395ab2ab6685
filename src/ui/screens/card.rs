//! "When I come back" and "Staying safe": short cards of what the guidance says, with their
//! sources and the date they were checked, and the numbers to call or text from them.

use dioxus::prelude::*;

use crate::ui::route::Veiled;

use crate::ui::app::Trouble;
use crate::ui::components::{Listen, NumberCard, Sources, Words};
use crate::ui::state::{use_localizer, use_pack};

#[component]
pub fn WhenBack() -> Element {
    rsx! { SafetyCard { id: "return" } }
}

#[component]
pub fn StayingSafe() -> Element {
    rsx! { SafetyCard { id: "safe" } }
}

/// Any card of the pack in use, by its veiled ID (`/x/<id>`): a new card needs no new code.
#[component]
pub fn CardPage(id: Veiled) -> Element {
    let id = id.0;
    rsx! { SafetyCard { key: "{id}", id } }
}

#[component]
fn SafetyCard(id: String) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let content = use_pack();
    let Some(card) = content
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|pack| pack.safety.card(&id))
    else {
        // A card the pack in use does not have (an old link, a mistyped address).
        return rsx! { Trouble { title: "error-not-found-title", explain: "error-not-found" } };
    };
    let numbers: Vec<_> = content
        .as_ref()
        .as_ref()
        .map(|pack| {
            card.number_ids()
                .into_iter()
                .filter_map(|id| pack.numbers.numbers.iter().find(|n| n.id == id))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let said: Vec<String> = card
        .sections
        .iter()
        .flat_map(|section| section.title.iter().chain(section.points.iter()))
        .map(|id| l.tr(id))
        .collect();
    rsx! {
        h1 { "{l.tr(&card.title_id())}" }
        Listen { area: "points-of-the-card", texts: said }
        div { id: "points-of-the-card",
            for (index, section) in card.sections.iter().enumerate() {
                section { key: "{index}", class: "points-section",
                    if let Some(title) = &section.title {
                        h2 { "{l.tr(title)}" }
                    }
                    ul { class: "points",
                        for point in section.points.iter() {
                            li { key: "{point}", Words { text: l.tr(point) } }
                        }
                    }
                }
            }
        }
        ul { class: "numbers",
            for number in numbers {
                li { key: "{number.id}", NumberCard { number } }
            }
        }
        Sources { facts: card.facts.clone(), reviewed: card.reviewed }
    }
}
