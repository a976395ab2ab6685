//! The root of the app and the shell every screen sits in.

use std::rc::Rc;

use dioxus::prelude::*;

use super::route::Route;
use super::state::{use_app_state, use_localizer, AppState};
use crate::core::content::{NumbersPack, ProcessPack, SafetyPack};
use crate::core::i18n::Catalogue;
use crate::core::store::Opened;
use crate::platform;

impl RootProps {
    /// Chooses the language (stored choice, else the device's) and loads the embedded content.
    pub fn new(opened: Opened, preferred: Vec<String>, catalogue: &'static Catalogue) -> Self {
        let stored = opened.store.language().ok().flatten();
        let locale = catalogue.resolve(stored.as_deref(), &preferred);
        RootProps {
            locale: locale.code,
            state: AppState {
                store: Rc::new(opened.store),
                store_problem: opened.problem.as_ref().map(|p| p.message_id()),
                numbers: Rc::new(NumbersPack::embedded()),
                process: Rc::new(ProcessPack::embedded()),
                safety: Rc::new(SafetyPack::embedded()),
                english: Rc::new(catalogue.localizer(crate::core::i18n::SOURCE_LOCALE)),
                device_languages: Rc::new(preferred),
            },
        }
    }
}

/// What the app starts with: the shared state and the code of the language to open in.
#[derive(Props, Clone, PartialEq)]
pub struct RootProps {
    pub state: AppState,
    pub locale: &'static str,
}

/// Provides the shared state and the language, then hands over to the router.
#[allow(non_snake_case)]
pub fn Root(props: RootProps) -> Element {
    use_context_provider(|| props.state.clone());
    use_context_provider(|| Signal::new(Rc::new(Catalogue::embedded().localizer(props.locale))));
    rsx! { Router::<Route> {} }
}

/// The frame around every screen: language and direction on the root, a way back, and any
/// problem the store met, told in the person's language.
#[component]
pub fn Shell() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let at_home = use_route::<Route>() == Route::Home {};
    use_effect(move || {
        let l = localizer.read();
        platform::set_document_language(l.code(), l.dir(), &l.tr("app-name"));
    });
    let l = localizer.read();
    rsx! {
        div { class: "app", lang: l.code(), dir: l.dir(),
            header { class: "topbar",
                if !at_home {
                    Link { to: Route::Home {}, class: "back",
                        span { class: "back-arrow", aria_hidden: "true" }
                        "{l.tr(\"nav-back\")}"
                    }
                }
                span { class: "brand", "{l.tr(\"app-name\")}" }
            }
            main {
                if let Some(problem) = state.store_problem {
                    p { class: "notice", role: "alert", "{l.tr(problem)}" }
                }
                Outlet::<Route> {}
            }
        }
    }
}
