//! Choosing a language: each written in its own script, with its English name beside it.

use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::i18n::Catalogue;
use crate::ui::components::DraftNotice;
use crate::ui::state::{use_app_state, use_localizer};

#[component]
pub fn Language() -> Element {
    let mut localizer = use_localizer();
    let state = use_app_state();
    let mut save_problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let current = l.code();
    rsx! {
        h1 { "{l.tr(\"language-title\")}" }
        p { class: "lead", "{l.tr(\"language-intro\")}" }
        if let Some(problem) = save_problem() {
            p { class: "notice", role: "alert", "{l.tr(problem)}" }
        }
        ul { class: "languages",
            for locale in Catalogue::embedded().locales() {
                li { key: "{locale.code}",
                    button {
                        class: "language",
                        r#type: "button",
                        aria_pressed: if locale.code == current { "true" } else { "false" },
                        onclick: {
                            let store = state.store.clone();
                            let code = locale.code;
                            move |_| {
                                save_problem.set(store.set_language(code).err().map(|e| e.message_id()));
                                localizer.set(Rc::new(Catalogue::embedded().localizer(code)));
                            }
                        },
                        span { class: "native", lang: locale.code, dir: locale.dir.as_str(), "{locale.name}" }
                        span { class: "english", lang: "en", dir: "ltr", "{locale.english_name}" }
                    }
                }
            }
        }
        DraftNotice {}
    }
}
