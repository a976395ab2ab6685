//! The asylum process as a list of steps, with "you are here", and a search that finds a step
//! or word from an English letter or in the young person's own language.

use dioxus::prelude::*;

use crate::core::content::Step;
use crate::core::process::{search, HitKind};
use crate::core::store::Store;
use crate::ui::data::use_query;
use crate::ui::route::{Route, Veiled};
use crate::ui::state::{use_app_state, use_localizer, use_pack};

#[component]
pub fn Process() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let mut query = use_signal(String::new);
    let here = use_query(Store::current_step);
    let l = localizer.read();
    let content = use_pack();
    let pack = match content.as_ref() {
        Ok(pack) => &pack.process,
        Err(problem) => {
            return rsx! {
                h1 { "{l.tr(\"process-title\")}" }
                p { class: "notice", role: "alert", "{l.tr(problem.message_id())}" }
            }
        }
    };
    let here = here().ok().flatten();
    let typed = query.read().trim().to_string();
    let hits = search(pack, &l, &state.english, &typed);
    rsx! {
        h1 { "{l.tr(\"process-title\")}" }
        p { class: "lead", "{l.tr(\"process-intro\")}" }
        p { class: "notice", "{l.tr(\"process-rules-changed\")}" }
        label { class: "search",
            span { "{l.tr(\"process-search\")}" }
            input {
                r#type: "search",
                value: "{query}",
                autocomplete: "off",
                oninput: move |e| query.set(e.value()),
            }
        }
        if !typed.is_empty() {
            section { aria_labelledby: "heading-results",
                h2 { id: "heading-results", class: "section", "{l.tr(\"process-search-results\")}" }
                if hits.is_empty() {
                    p { class: "empty", role: "status", "{l.tr(\"process-search-empty\")}" }
                }
                ul { class: "results",
                    for hit in hits {
                        li { key: "{hit.id}-{hit.kind:?}",
                            match hit.kind {
                                HitKind::Step => rsx! {
                                    Link { to: Route::Step { id: Veiled(hit.id.clone()) }, class: "result",
                                        {l.tr(&Step::title_id_of(&hit.id))}
                                    }
                                },
                                HitKind::Glossary => {
                                    let entry = pack.glossary.iter().find(|g| g.id == hit.id);
                                    rsx! {
                                        if let Some(entry) = entry {
                                            div { class: "result word",
                                                strong { "{l.tr(&entry.term_id())}" }
                                                p { "{l.tr(&entry.meaning_id())}" }
                                                if let Some(step) = entry.step.clone() {
                                                    Link { to: Route::Step { id: Veiled(step.clone()) },
                                                        {l.tr(&Step::title_id_of(&step))}
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else {
            ol { class: "steps",
                for (number, step) in pack.visible_steps(&l).into_iter().enumerate() {
                    li { key: "{step.id}",
                        Link { to: Route::Step { id: Veiled(step.id.clone()) }, class: "step-link",
                            span { class: "step-number", "{l.tr_with(\"process-step-number\", &[(\"number\", &(number + 1).to_string())])}" }
                            span { class: "step-title", "{l.tr(&step.title_id())}" }
                            if here.as_deref() == Some(step.id.as_str()) {
                                span { class: "badge here", "{l.tr(\"process-you-are-here\")}" }
                            }
                        }
                    }
                }
            }
            p {
                Link { to: Route::Glossary {}, class: "more", "{l.tr(\"process-glossary\")}" }
            }
        }
    }
}
