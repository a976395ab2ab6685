//! What every screen can reach besides the saved data (`data`): the content, the current
//! language, the guard in front of the screen, and the drafts saved before a Quick exit.

use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::content::{Pack, PackError};
use crate::core::i18n::Localizer;

/// Shared, long-lived app state, provided once at the root.
#[derive(Clone)]
pub struct AppState {
    /// A problem met while opening the store, as a Fluent message ID.
    pub store_problem: Option<&'static str>,
    /// The content at start; `use_content` holds it from then on, as updates replace it.
    pub content: Content,
    /// English, for the messages shown in English beside the person's language.
    pub english: Rc<Localizer>,
    /// The device's languages, most preferred first (the picker lists the match first).
    pub device_languages: Rc<Vec<String>>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.english, &other.english)
    }
}

/// The content pack in use (places, numbers, the explainers' facts). Screens say when its
/// publisher made it, never when it arrived.
#[derive(Clone)]
pub struct Content {
    pub pack: Rc<Result<Pack, PackError>>,
    /// The ETag it came with, to ask the server for anything newer.
    pub etag: Option<String>,
}

/// The content in use; screens that read it re-render when an update replaces it.
pub fn use_content() -> Signal<Content> {
    use_context()
}

/// The pack in use (subscribing the screen to updates).
pub fn use_pack() -> Rc<Result<Pack, PackError>> {
    use_content().read().pack.clone()
}

/// The current language's messages; screens re-render when it changes.
pub fn use_localizer() -> Signal<Rc<Localizer>> {
    use_context()
}

pub fn use_app_state() -> AppState {
    use_context()
}

/// What stands between the phone's screen and Harbour besides the lock (which is the session's,
/// `data::Data`): discreet mode, and the neutral cover that discreet mode opens on.
#[derive(Clone, Copy, PartialEq)]
pub struct Guard {
    pub discreet: Signal<bool>,
    /// Discreet mode's neutral first screen is showing.
    pub covered: Signal<bool>,
}

pub fn use_guard() -> Guard {
    use_context()
}

/// How the young person reads Harbour: larger text and high contrast, chosen on the language
/// screen and kept in the store (read before the lock code, so the lock screen follows it).
#[derive(Clone, Copy, PartialEq)]
pub struct Reading {
    pub large: Signal<bool>,
}

pub fn use_reading() -> Reading {
    use_context()
}

/// One screen's way to save what is typed there, under the number it registered with.
type Saver = (usize, Rc<dyn Fn()>);

/// Things typed but not yet saved, saved at once before a quick exit.
#[derive(Clone, Default)]
pub struct Drafts(Rc<std::cell::RefCell<Vec<Saver>>>);

impl Drafts {
    /// Saves every unsaved draft on screen.
    pub fn save_all(&self) {
        let savers: Vec<Rc<dyn Fn()>> = self.0.borrow().iter().map(|(_, f)| f.clone()).collect();
        for save in savers {
            save();
        }
    }
}

/// Registers `save` to run before a quick exit, for as long as the calling component lives.
/// `save` reads its signals with `peek`, so it saves the draft as it is at that moment.
pub fn use_save_before_exit(save: impl Fn() + 'static) {
    let drafts: Drafts = use_context();
    let id = use_hook(|| {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        drafts
            .0
            .borrow_mut()
            .push((id, Rc::new(save) as Rc<dyn Fn()>));
        id
    });
    use_drop(move || drafts.0.borrow_mut().retain(|(i, _)| *i != id));
}
