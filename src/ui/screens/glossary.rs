//! Words from letters and meetings, each explained in one line, with the step it belongs to.

use dioxus::prelude::*;

use crate::core::content::Step;
use crate::ui::components::Listen;
use crate::ui::route::{Route, Veiled};
use crate::ui::state::{use_localizer, use_pack};

#[component]
pub fn Glossary() -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let entries = match use_pack().as_ref() {
        Ok(pack) => pack.process.glossary.clone(),
        Err(_) => Vec::new(),
    };
    rsx! {
        h1 { "{l.tr(\"process-glossary\")}" }
        p { class: "lead", "{l.tr(\"process-glossary-intro\")}" }
        dl { class: "glossary",
            for entry in entries {
                div { key: "{entry.id}", class: "word", id: "word-{entry.id}",
                    dt { "{l.tr(&entry.term_id())}" }
                    dd {
                        p { "{l.tr(&entry.meaning_id())}" }
                        Listen {
                            area: "word-{entry.id}",
                            texts: vec![l.tr(&entry.term_id()), l.tr(&entry.meaning_id())],
                        }
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
