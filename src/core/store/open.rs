//! Opening the store so that the app always starts, whatever state the file is in.
//!
//! A damaged file is moved aside (never deleted: someone may be able to recover it) and a fresh
//! one is made; a file from a newer app is left exactly as it is and the app runs on a store in
//! memory. Either way the person is told, in their language, through `StoreError::message_id`.

use rusqlite::Connection;

use super::{Store, StoreError};

/// Where the database lives on one platform: a file natively, IndexedDB on the web.
pub trait StorePlace {
    /// Opens (creating if needed) the database connection at this place, changing nothing in it.
    fn connect(&self) -> rusqlite::Result<Connection>;
    /// Sets this platform's pragmas, once the database is known to be one this app can use.
    fn tune(&self, _conn: &Connection) -> rusqlite::Result<()> {
        Ok(())
    }
    /// Moves the current database out of the way under a new name, keeping its bytes.
    fn move_aside(&self) -> Result<(), String>;
}

/// A store that is ready, and what the person should be told about how it was opened.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub problem: Option<StoreError>,
    /// False when the app runs on a store in memory: nothing will outlive the app.
    pub persistent: bool,
}

fn at(place: &impl StorePlace) -> Result<Store, StoreError> {
    Store::from_connection(place.connect()?, |conn| place.tune(conn))
}

fn in_memory(problem: StoreError) -> Opened {
    // An in-memory SQLite database has no outside input to fail on.
    let store = Store::in_memory().expect("an in-memory database always opens");
    Opened {
        store,
        problem: Some(problem),
        persistent: false,
    }
}

impl Opened {
    /// When there is nowhere to keep a database at all (no storage on this device).
    pub fn without_place(problem: StoreError) -> Opened {
        in_memory(problem)
    }
}

pub fn open_or_recover(place: &impl StorePlace) -> Opened {
    match at(place) {
        Ok(store) => Opened {
            store,
            problem: None,
            persistent: true,
        },
        Err(StoreError::Corrupt) => match place.move_aside() {
            Ok(()) => match at(place) {
                Ok(store) => Opened {
                    store,
                    problem: Some(StoreError::Corrupt),
                    persistent: true,
                },
                Err(err) => in_memory(err),
            },
            Err(why) => in_memory(StoreError::Unavailable(why)),
        },
        Err(err) => in_memory(err),
    }
}
