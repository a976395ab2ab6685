//! The one source of truth on the phone: a SQLite database through rusqlite.
//!
//! Every edit commits at once, so a killed app loses nothing that was shown as saved; an edit
//! of several statements runs in `Store::atomically`, so it is kept whole or not at all. The
//! schema version lives in `PRAGMA user_version`; the pending migrations run in order, all in one
//! transaction (an upgrade is whole or not at all), and a database newer than this code is
//! refused and left untouched.
//! Where the file lives and how it is opened is the platform's business (`StorePlace`).
//! With a lock code set, what the young person saved is sealed under a key from the code
//! (`vault`): every method that reads or writes it answers `StoreError::Locked` until
//! `Store::unlock` has opened the seal.

mod audio;
mod contacts;
mod migrations;
mod open;
mod pack;
mod plan;
mod privacy;
mod progress;
mod settings;
mod setup;
mod vault;

pub use contacts::{SavedAdults, SignatureError};
pub use migrations::SCHEMA_VERSION;
pub use open::{open_or_recover, Opened, StorePlace};
pub use pack::StoredPack;
pub use privacy::Kept;
pub use progress::Question;

use std::cell::{Cell, Ref, RefCell};
use std::ops::Deref;

use rusqlite::{Connection, ErrorCode};

use vault::Vault;

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
///
/// With no lock code, `disk` is the working database. With one, `disk` keeps only what must be
/// read before the code is entered and the seal (`vault`); what the young person saved lives,
/// once the code has opened the seal, in a database in memory, sealed again after every edit.
pub struct Store {
    disk: Connection,
    vault: RefCell<Option<Vault>>,
    /// Whether `disk` holds a seal: then nothing personal can be read until it is opened.
    sealed: Cell<bool>,
    /// How many `atomically` edits are running inside each other (the outermost one seals).
    depth: Cell<u32>,
    /// When the lock code's wait ends, on the app's running clock (see `privacy.rs`).
    wait_ends: Cell<Option<std::time::Duration>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("sealed", &self.sealed.get())
            .field("open", &self.vault.borrow().is_some())
            .finish()
    }
}

/// The working database: the one on disk, or the opened seal's copy in memory.
enum Conn<'a> {
    Disk(&'a Connection),
    Vault(Ref<'a, Connection>),
}

impl Deref for Conn<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        match self {
            Conn::Disk(conn) => conn,
            Conn::Vault(conn) => conn,
        }
    }
}

impl Store {
    /// Checks and migrates an opened connection. `tune` sets the platform's pragmas (some,
    /// like WAL, write to the file), so it runs only once the database is known to be ours.
    pub fn from_connection(
        conn: Connection,
        tune: impl FnOnce(&Connection) -> rusqlite::Result<()>,
    ) -> Result<Store, StoreError> {
        prepare(&conn, tune)?;
        let sealed = vault::is_sealed(&conn)?;
        Ok(Store {
            disk: conn,
            vault: RefCell::new(None),
            sealed: Cell::new(sealed),
            depth: Cell::new(0),
            wait_ends: Cell::new(None),
        })
    }

    /// A store that lives only as long as the app: used when the real one cannot be used.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::from_connection(Connection::open_in_memory()?, |_| Ok(()))
    }

    /// The working database, or `Locked` while a seal is closed.
    fn conn(&self) -> Result<Conn<'_>, StoreError> {
        if self.sealed.get() && self.vault.borrow().is_none() {
            return Err(StoreError::Locked);
        }
        Ok(self.working())
    }

    /// The opened seal's database if there is one, else the one on disk (where, while a seal
    /// is closed, only what is read before the code can be found).
    fn working(&self) -> Conn<'_> {
        match Ref::filter_map(self.vault.borrow(), |v| v.as_ref().map(|v| &v.memory)) {
            Ok(memory) => Conn::Vault(memory),
            Err(_) => Conn::Disk(&self.disk),
        }
    }

    /// Runs `edit` inside a savepoint: all of it is kept, or none of it. Savepoints nest, so an
    /// edit made of other edits (applying a setup) is still one change. With a seal open, the
    /// outermost edit also seals the result and writes it to disk in the same commit as what
    /// it changed there (the language, say); if sealing fails, the edit is undone in memory too.
    pub(super) fn atomically<T, E: From<StoreError>>(
        &self,
        edit: impl FnOnce(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let sealing = self.depth.get() == 0 && self.vault.borrow().is_some();
        let batch = |conn: &Connection, sql: &str| -> Result<(), E> {
            conn.execute_batch(sql)
                .map_err(|e| E::from(StoreError::from(e)))
        };
        if sealing {
            batch(&self.disk, "SAVEPOINT edit")?;
        }
        if let Err(problem) = batch(&self.working(), "SAVEPOINT edit") {
            if sealing {
                let _ = batch(&self.disk, "ROLLBACK TO edit; RELEASE edit");
            }
            return Err(problem);
        }
        self.depth.set(self.depth.get() + 1);
        let result = edit(self);
        self.depth.set(self.depth.get() - 1);
        let result = result.and_then(|value| {
            batch(&self.working(), "RELEASE edit")?;
            if sealing {
                self.seal().map_err(E::from)?;
                batch(&self.disk, "RELEASE edit")?;
            }
            Ok(value)
        });
        if result.is_err() {
            // If even the rollback fails, SQLite undoes the open transaction on close. After
            // a failed seal the savepoint in memory is already released: the copy is read again
            // from the last seal instead.
            let _ = batch(&self.working(), "ROLLBACK TO edit; RELEASE edit");
            if sealing {
                let _ = batch(&self.disk, "ROLLBACK TO edit; RELEASE edit");
                self.reopen_vault();
            }
        }
        result
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(migrations::user_version(&self.disk)?)
    }
}

/// What every database the store works on gets: checked to be a database not from a newer
/// app, tuned, with foreign keys and secure deletion (freed space is overwritten, so a deleted
/// line or an unsealed copy leaves no words behind), then migrated.
fn prepare(
    conn: &Connection,
    tune: impl FnOnce(&Connection) -> rusqlite::Result<()>,
) -> Result<(), StoreError> {
    // Reading the schema makes SQLite read the header: a file that is not a database fails here.
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
    migrations::check_not_newer(conn)?;
    tune(conn)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "secure_delete", true)?;
    migrations::migrate(conn)?;
    Ok(())
}
