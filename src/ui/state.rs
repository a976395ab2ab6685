//! What every screen can reach: the store, the content, and the current language.

use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::content::{ContentError, NumbersPack, ProcessPack, SafetyPack};
use crate::core::i18n::Localizer;
use crate::core::store::Store;

/// Shared, long-lived app state, provided once at the root.
#[derive(Clone)]
pub struct AppState {
    pub store: Rc<Store>,
    /// A problem met while opening the store, as a Fluent message ID.
    pub store_problem: Option<&'static str>,
    pub numbers: Rc<Result<NumbersPack, ContentError>>,
    pub process: Rc<Result<ProcessPack, ContentError>>,
    pub safety: Rc<Result<SafetyPack, ContentError>>,
    /// English, for the messages shown in English beside the person's language.
    pub english: Rc<Localizer>,
    /// The device's languages, most preferred first (the picker lists the match first).
    pub device_languages: Rc<Vec<String>>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.store, &other.store)
    }
}

/// The current language's messages; screens re-render when it changes.
pub fn use_localizer() -> Signal<Rc<Localizer>> {
    use_context()
}

pub fn use_app_state() -> AppState {
    use_context()
}
