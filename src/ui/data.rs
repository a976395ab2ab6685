//! The one way screens reach what is saved on the phone: a session that is locked or open, a
//! revision every read follows, and edits that commit at once and move the revision on.
//!
//! Why it exists: screens used to call the store from their render bodies and refresh with
//! counters of their own, so a write made elsewhere (a setup import, the save before Quick exit)
//! refreshed nothing already on screen, and the lock was only a flag over an open store. Now:
//! - a read is a memo over the session and the revision (`use_query`), so it runs again exactly
//!   when something was saved, and never on a render that changed nothing it reads;
//! - an edit (`Data::edit`) runs in an event handler, commits before it returns, then moves the
//!   revision on, so every mounted screen that reads the store reads it again;
//! - while the session is locked no screen can reach the store at all: only `Data::unlock` can.
//!   The store itself holds the key that opens the sealed data while the session is open, and
//!   drops it when the session locks (`Store::lock`).
//!
//! What must be readable before the session opens (the language, discreet mode) is read once at
//! start (`RootProps`) and lives in its own signals (the localizer, `Guard`).

use std::future::Future;
use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::privacy::PinError;
use crate::core::store::{Store, StoreError};
use crate::platform::{self, WipeFailed, WipeWords};

/// The saved data: closed behind the lock code, or open to every screen.
#[derive(Clone)]
enum Session {
    /// A lock code is set and has not been entered since the app started or went away.
    Locked(Rc<Store>),
    Open(Rc<Store>),
}

impl Session {
    fn store(&self) -> &Rc<Store> {
        match self {
            Session::Locked(store) | Session::Open(store) => store,
        }
    }
}

/// The handle every screen gets from context (`use_data`). Cheap to copy.
#[derive(Clone, Copy, PartialEq)]
pub struct Data {
    session: Signal<Session>,
    revision: Signal<u64>,
}

impl Data {
    /// Opens the session over `store`: locked when a lock code is set. A store that cannot say
    /// whether a code is set counts as having one (the lock fails closed; "Delete everything"
    /// stays reachable from the lock screen).
    pub fn start(store: Rc<Store>) -> Data {
        let session = if store.has_pin().unwrap_or(true) {
            Session::Locked(store)
        } else {
            Session::Open(store)
        };
        Data {
            session: Signal::new(session),
            revision: Signal::new(0),
        }
    }

    /// Whether the lock screen must show instead of Harbour.
    pub fn is_locked(&self) -> bool {
        matches!(*self.session.read(), Session::Locked(_))
    }

    /// Tries the typed code; on success the session opens and every screen can read again.
    pub fn unlock(&self, code: &str, running: std::time::Duration) -> Result<(), PinError> {
        let store = self.session.peek().store().clone();
        store.unlock(code, running)?;
        let mut session = self.session;
        session.set(Session::Open(store));
        Ok(())
    }

    /// Closes the session if a lock code is set (after time in the background).
    pub fn lock_if_set(&self) {
        let store = self.session.peek().store().clone();
        if store.has_pin().unwrap_or(true) {
            store.lock();
            let mut session = self.session;
            session.set(Session::Locked(store));
        }
    }

    /// Runs one edit on the open store: it commits before this returns, then every read on
    /// screen runs again. Called from event handlers and effects, never while rendering.
    pub fn edit<T, E: From<StoreError>>(
        &self,
        edit: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let store = self.open_store().ok_or(StoreError::Locked)?;
        let result = edit(&store);
        let mut revision = self.revision;
        revision += 1;
        result
    }

    /// The same for work that waits on something (a download) between reading and writing.
    pub async fn edit_async<T, F, Fut>(&self, edit: F) -> Result<T, StoreError>
    where
        F: FnOnce(Rc<Store>) -> Fut,
        Fut: Future<Output = T>,
    {
        let store = self.open_store().ok_or(StoreError::Locked)?;
        let result = edit(store).await;
        let mut revision = self.revision;
        revision += 1;
        Ok(result)
    }

    /// A read made by an event handler or a task (never by a render body: screens render from
    /// `use_query`).
    pub fn read<T>(
        &self,
        read: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let store = self.open_store().ok_or(StoreError::Locked)?;
        read(&store)
    }

    /// An edit made once when a screen is first built (`use_hook`), before its reads: it does
    /// not move the revision on, because nothing on screen has read the store yet.
    pub fn prepare<T, E: From<StoreError>>(
        &self,
        edit: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let store = self.open_store().ok_or(StoreError::Locked)?;
        edit(&store)
    }

    /// A write that must happen as the app is left (Quick exit's drafts): no re-render follows.
    pub fn save_on_exit(&self, edit: impl FnOnce(&Store)) {
        if let Some(store) = self.open_store() {
            edit(&store);
        }
    }

    /// "Delete everything", from the lock screen too (`platform::request_wipe`). It returns only
    /// if something could not be deleted; what was deleted is read again on every screen.
    pub fn wipe(&self, words: &WipeWords) -> Result<(), WipeFailed> {
        let store = self.session.peek().store().clone();
        let result = platform::request_wipe(words, &store);
        let mut revision = self.revision;
        revision += 1;
        result
    }

    fn open_store(&self) -> Option<Rc<Store>> {
        match &*self.session.peek() {
            Session::Open(store) => Some(store.clone()),
            Session::Locked(_) => None,
        }
    }
}

pub fn use_data() -> Data {
    use_context()
}

/// A read of the store that runs again whenever something is saved or the session changes.
/// Its error is the Fluent message that says what went wrong.
pub fn use_query<T: PartialEq + 'static>(
    read: impl Fn(&Store) -> Result<T, StoreError> + 'static,
) -> Memo<Result<T, &'static str>> {
    let data = use_data();
    use_memo(move || {
        data.revision.read();
        let session = data.session.read();
        match &*session {
            Session::Open(store) => read(store).map_err(|e| e.message_id()),
            Session::Locked(_) => Err(StoreError::Locked.message_id()),
        }
    })
}
