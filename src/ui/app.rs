//! The root of the app and the shell every screen sits in.

use std::rc::Rc;

use dioxus::prelude::*;

use super::components::QuickExit;
use super::route::Route;
use super::screens::{Cover, LockScreen};
use super::state::{use_app_state, use_guard, use_localizer, AppState, Content, Drafts, Guard};
use crate::core::content::PackKey;
use crate::core::sync;
use crate::core::i18n::Catalogue;
use crate::core::store::Opened;
use crate::platform;

impl RootProps {
    /// Chooses the language (stored choice, else the device's) and loads the embedded content.
    pub fn new(opened: Opened, preferred: Vec<String>, catalogue: &'static Catalogue) -> Self {
        let stored = opened.store.language().ok().flatten();
        let locale = catalogue.resolve(stored.as_deref(), &preferred);
        let content = match PackKey::built_in() {
            Ok(key) => {
                let (pack, stored) = sync::choose(opened.store.stored_pack().ok().flatten(), &key);
                Content {
                    pack: Rc::new(pack),
                    updated_at: stored.as_ref().map(|s| s.updated_at),
                    etag: stored.and_then(|s| s.etag),
                }
            }
            Err(problem) => Content { pack: Rc::new(Err(problem)), updated_at: None, etag: None },
        };
        RootProps {
            locale: locale.code,
            state: AppState {
                store: Rc::new(opened.store),
                store_problem: opened.problem.as_ref().map(|p| p.message_id()),
                content,
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

/// How long Harbour may stay in the background before the lock code is asked again.
const LOCK_AFTER_SECONDS: i64 = 120;

/// Provides the shared state, the language and the guard (lock, discreet mode), then shows the
/// lock screen, discreet mode's cover, or the router.
#[allow(non_snake_case)]
pub fn Root(props: RootProps) -> Element {
    let state = use_context_provider(|| props.state.clone());
    use_context_provider(|| Signal::new(props.state.content.clone()));
    let localizer =
        use_context_provider(|| Signal::new(Rc::new(Catalogue::embedded().localizer(props.locale))));
    use_context_provider(Drafts::default);
    let guard = use_context_provider(|| {
        let locked = state.store.has_pin().unwrap_or(false);
        let discreet = state.store.discreet().unwrap_or(false);
        Guard {
            locked: Signal::new(locked),
            discreet: Signal::new(discreet),
            covered: Signal::new(discreet && !locked),
        }
    });
    use_hook(|| {
        let store = state.store.clone();
        let locked = guard.locked;
        platform::watch_background(move |seconds| {
            if seconds >= LOCK_AFTER_SECONDS && store.has_pin().unwrap_or(false) {
                let mut locked = locked;
                locked.set(true);
            }
        });
    });
    use_effect(move || {
        let l = localizer.read();
        let discreet = (guard.discreet)();
        let title = if discreet { l.tr("discreet-name") } else { l.tr("app-name") };
        platform::set_document_language(l.code(), l.dir(), &title);
        platform::set_discreet_identity(discreet);
    });
    if (guard.locked)() {
        return rsx! { Frame { LockScreen {} } };
    }
    if (guard.covered)() {
        return rsx! { Frame { Cover {} } };
    }
    rsx! { Router::<Route> {} }
}

/// The top bar and frame of the lock screen and the cover: the app's name (neutral in discreet
/// mode) and Quick exit.
#[component]
fn Frame(children: Element) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    rsx! {
        div { class: "app", lang: l.code(), dir: l.dir(),
            header { class: "topbar",
                Brand {}
                QuickExit {}
            }
            main { {children} }
        }
    }
}

/// The app's name in the top bar: Harbour, or discreet mode's neutral name.
#[component]
fn Brand() -> Element {
    let localizer = use_localizer();
    let guard = use_guard();
    let l = localizer.read();
    let name = if (guard.discreet)() { l.tr("discreet-name") } else { l.tr("app-name") };
    rsx! { span { class: "brand", "{name}" } }
}

/// The frame around every screen: language and direction on the root, a way back, Quick exit,
/// and any problem the store met, told in the person's language.
#[component]
pub fn Shell() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let at_home = use_route::<Route>() == Route::Home {};
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
                Brand {}
                QuickExit {}
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
