//! The one source of truth on the phone: a SQLite database through rusqlite.
//!
//! Every edit commits at once, so a killed app loses nothing that was shown as saved; an edit
//! of several statements runs in `Store::atomically`, so it is kept whole or not at all. The
//! schema version lives in `PRAGMA user_version`; the pending migrations run in order, all in one
//! transaction (an upgrade is whole or not at all), and a database newer than this code is
//! refused and left untouched.
//! Where the file lives and how it is opened is the platform's business (`StorePlace`).

mod contacts;
mod migrations;
mod open;
mod pack;
mod plan;
mod privacy;
mod progress;
mod settings;
mod setup;

pub use contacts::{SavedAdults, SignatureError};
pub use migrations::SCHEMA_VERSION;
pub use open::{open_or_recover, Opened, StorePlace};
pub use pack::StoredPack;
pub use privacy::Kept;
pub use progress::Question;

use rusqlite::{Connection, ErrorCode};

/// What can go wrong with the store; each variant a person can meet has a message in Fluent.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("saved data has schema version {found}, newer than this app's {supported}")]
    TooNew { found: i64, supported: i64 },
    #[error("saved data is not a database or is damaged")]
    Corrupt,
    /// The platform has nowhere to keep a database (no data folder, no IndexedDB).
    #[error("saved data could not be opened: {0}")]
    Unavailable(String),
    /// SQLite could not do what was asked (the file could not be opened, the disk is full...).
    #[error("saved data could not be read or written")]
    Database(#[source] rusqlite::Error),
    /// The lock code has not been entered: nothing saved can be read or changed until it is.
    #[error("saved data is locked")]
    Locked,
}

impl StoreError {
    /// The Fluent message that tells the person what happened, in their language.
    pub fn message_id(&self) -> &'static str {
        match self {
            StoreError::TooNew { .. } => "store-error-too-new",
            StoreError::Corrupt => "store-error-corrupt",
            StoreError::Unavailable(_) | StoreError::Database(_) | StoreError::Locked => {
                "store-error-unavailable"
            }
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    /// A file that is not a database, or a damaged one, is `Corrupt` (and is moved aside by
    /// `open_or_recover`); anything else keeps SQLite's error as its source.
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt,
            _ => StoreError::Database(err),
        }
    }
}

/// An open, migrated database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Checks and migrates an opened connection. `tune` sets the platform's pragmas (some,
    /// like WAL, write to the file), so it runs only once the database is known to be ours.
    pub fn from_connection(
        conn: Connection,
        tune: impl FnOnce(&Connection) -> rusqlite::Result<()>,
    ) -> Result<Store, StoreError> {
        // Reading the schema makes SQLite read the header: a file that is not a database fails here.
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        migrations::check_not_newer(&conn)?;
        tune(&conn)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations::migrate(&conn)?;
        Ok(Store { conn })
    }

    /// A store that lives only as long as the app: used when the real one cannot be used.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::from_connection(Connection::open_in_memory()?, |_| Ok(()))
    }

    /// Runs `edit` inside a savepoint: all of it is kept, or none of it. Savepoints nest, so an
    /// edit made of other edits (applying a setup) is still one change.
    pub(super) fn atomically<T, E: From<StoreError>>(
        &self,
        edit: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        self.conn
            .execute_batch("SAVEPOINT edit")
            .map_err(StoreError::from)?;
        match edit(self) {
            Ok(value) => {
                self.conn
                    .execute_batch("RELEASE edit")
                    .map_err(StoreError::from)?;
                Ok(value)
            }
            Err(problem) => {
                // If even the rollback fails, SQLite undoes the open transaction on close.
                let _ = self.conn.execute_batch("ROLLBACK TO edit; RELEASE edit");
                Err(problem)
            }
        }
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(migrations::user_version(&self.conn)?)
    }
}
