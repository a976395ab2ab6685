//! The root of the app and the shell every screen sits in.

use std::rc::Rc;

use dioxus::prelude::*;

use super::components::{Listening, QuickExit, TranslationNotice};
use super::data::Data;
use super::route::Route;
use super::screens::{Cover, LockScreen};
use super::state::{
    use_app_state, use_guard, use_localizer, use_pack, use_reading, AppState, Content, Drafts,
    Guard, Reading,
};
use crate::core::contacts::helpline;
use crate::core::content::{PackError, PackKey};
use crate::core::i18n::Catalogue;
use crate::core::privacy::LOCK_AFTER_SECONDS;
use crate::core::store::{Opened, Store};
use crate::core::sync;
use crate::platform;

impl RootProps {
    /// Chooses the language (stored choice, else the device's) and the content pack. After a
    /// start that stopped before its first screen, the downloaded pack is forgotten and the
    /// built-in one used, so a pack that crashes Harbour cannot stop it from opening (security
    /// review L4); the next update downloads it again. `trusted` is the key a downloaded pack
    /// must be signed with: the build's (`PackKey::built_in`), or a test's.
    pub fn new(
        opened: Opened,
        preferred: Vec<String>,
        catalogue: &'static Catalogue,
        after_failed_start: bool,
        trusted: Result<PackKey, PackError>,
    ) -> Self {
        let stored = opened.store.language().ok().flatten();
        let locale = catalogue.resolve(stored.as_deref(), &preferred);
        if after_failed_start {
            let _ = opened.store.forget_pack();
        }
        let content = match trusted {
            Ok(key) => {
                let (pack, stored) = sync::choose(opened.store.stored_pack().ok().flatten(), &key);
                Content {
                    pack: Rc::new(pack),
                    etag: stored.and_then(|s| s.etag),
                }
            }
            Err(problem) => Content {
                pack: Rc::new(Err(problem)),
                etag: None,
            },
        };
        RootProps {
            locale: locale.code,
            store: Rc::new(opened.store),
            state: AppState {
                store_problem: opened.problem.as_ref().map(|p| p.message_id()),
                content,
                english: Rc::new(catalogue.localizer(crate::core::i18n::SOURCE_LOCALE)),
                device_languages: Rc::new(preferred),
            },
        }
    }
}

/// What the app starts with: the saved data, the shared state and the language to open in.
#[derive(Props, Clone)]
pub struct RootProps {
    pub store: Rc<Store>,
    pub state: AppState,
    pub locale: &'static str,
}

impl PartialEq for RootProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
            && self.state == other.state
            && self.locale == other.locale
    }
}

/// Provides the shared state, the language and the guard (lock, discreet mode), then shows the
/// lock screen, discreet mode's cover, or the router.
#[allow(non_snake_case)]
pub fn Root(props: RootProps) -> Element {
    use_context_provider(|| props.state.clone());
    let data = use_context_provider(|| Data::start(props.store.clone()));
    use_context_provider(|| Signal::new(props.state.content.clone()));
    let localizer = use_context_provider(|| {
        Signal::new(Rc::new(Catalogue::embedded().localizer(props.locale)))
    });
    let drafts = use_context_provider(Drafts::default);
    let guard = use_context_provider(|| {
        // Read before the session opens: discreet mode must hold on the lock screen too.
        let discreet = props.store.discreet().unwrap_or(false);
        Guard {
            discreet: Signal::new(discreet),
            covered: Signal::new(discreet && !data.is_locked()),
        }
    });
    use_context_provider(Listening::new);
    use_context_provider(|| Reading {
        large: Signal::new(props.store.large_text().unwrap_or(false)),
    });
    use_hook(|| {
        platform::watch_background(move |seconds| {
            if seconds >= LOCK_AFTER_SECONDS {
                // What was being typed is kept, as Quick exit keeps it.
                drafts.save_all();
                data.lock_if_set();
            }
        });
    });
    // Drawn: the mark of a start under way can go (`platform::started`).
    use_effect(platform::started);
    use_effect(move || {
        let l = localizer.read();
        let discreet = (guard.discreet)();
        let title = if discreet {
            l.tr("discreet-name")
        } else {
            l.tr("app-name")
        };
        platform::set_document_language(l.code(), l.dir(), &title);
        platform::set_discreet_identity(discreet);
        platform::remember_first_response(l.code(), discreet);
    });
    if data.is_locked() {
        return rsx! { Frame { LockScreen {} } };
    }
    if (guard.covered)() {
        return rsx! { Frame { Cover {} } };
    }
    rsx! { Router::<Route> {} }
}

/// The frame of every screen: language and direction on the root, the app's name (neutral in
/// discreet mode), a way back when `back` is given, and Quick exit.
#[component]
fn Frame(#[props(default)] back: Option<Element>, children: Element) -> Element {
    let localizer = use_localizer();
    let large = (use_reading().large)();
    let l = localizer.read();
    rsx! {
        div { class: if large { "app large" } else { "app" }, lang: l.code(), dir: l.dir(),
            header { class: "topbar",
                {back}
                Brand {}
                QuickExit {}
            }
            main { {children} }
            // Not in discreet mode: its words would say what the app is.
            if !(use_guard().discreet)() {
                IfHarbourStops {}
            }
        }
    }
}

/// The app's name in the top bar: Harbour, or discreet mode's neutral name.
#[component]
fn Brand() -> Element {
    let localizer = use_localizer();
    let guard = use_guard();
    let l = localizer.read();
    let name = if (guard.discreet)() {
        l.tr("discreet-name")
    } else {
        l.tr("app-name")
    };
    rsx! { span { class: "brand", "{name}" } }
}

/// The frame around every screen: a way back, any problem the store met, and the screen. A
/// screen that fails while rendering is replaced by a message in the person's language, inside
/// the frame, so Quick exit and the way home are never lost.
#[component]
pub fn Shell() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let route = use_route::<Route>();
    let at_home = route == Route::Home {};
    let l = localizer.read();
    let back = (!at_home).then(|| {
        rsx! {
            Link { to: Route::Home {}, class: "back",
                span { class: "back-arrow", aria_hidden: "true" }
                "{l.tr(\"nav-back\")}"
            }
        }
    });
    rsx! {
        Frame { back,
            if let Some(problem) = state.store_problem {
                p { class: "notice", role: "alert", "{l.tr(problem)}" }
            }
            Guarded { Outlet::<Route> {} }
            TranslationNotice { areas: route.areas() }
        }
    }
}

/// A screen that returns an error or panics while rendering (natively a panic is caught and
/// becomes an error) is replaced by `Trouble`. In the web build a panic aborts the whole wasm
/// instance instead: `assets/boot.js` then shows `IfHarbourStops`.
#[component]
pub fn Guarded(children: Element) -> Element {
    rsx! {
        ErrorBoundary {
            handle_error: |_: ErrorContext| rsx! { Trouble { title: "error-generic-title", explain: "error-generic" } },
            {children}
        }
    }
}

/// What shows in place of a screen that is not there or went wrong: what happened, in the
/// person's language, and the way home. The way home is a plain link, so it also starts the
/// app afresh (served from the service worker's cache when offline).
#[component]
pub fn Trouble(title: &'static str, explain: &'static str) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    rsx! {
        h1 { "{l.tr(title)}" }
        p { role: "alert", "{l.tr(explain)}" }
        a { class: "action", href: "/", "{l.tr(\"error-go-home\")}" }
    }
}

/// Help that must outlive the app: kept hidden in every screen, in the person's language, and
/// shown by `assets/boot.js` if the wasm stops (a panic aborts it), when nothing in Rust can run.
#[component]
fn IfHarbourStops() -> Element {
    let localizer = use_localizer();
    let content = use_pack();
    let l = localizer.read();
    let helpline = helpline(content.as_ref().as_ref().ok().map(|pack| &pack.numbers));
    rsx! {
        div { id: "if-harbour-stops", hidden: true,
            p { role: "alert", "{l.tr(\"error-stopped\")}" }
            a { class: "action danger", href: "tel:999", "{l.tr(\"comeback-danger\")}" }
            a { class: "action", href: helpline.tel_href(),
                "{l.tr(\"numbers-runaway-name\")} "
                bdi { dir: "ltr", "{helpline.display}" }
            }
        }
    }
}
