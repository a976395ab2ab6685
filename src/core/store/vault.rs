//! The seal: what a young person saved, encrypted at rest under a key from their lock code.
//!
//! Why: a lock that only hides screens leaves every name, number and plan line readable in the
//! browser's storage while the lock screen shows (security review 2026-12, H1). With a code set,
//! the database on disk keeps only what must be read before the code is entered (the language,
//! discreet mode, larger text, the wrong-try count, the public and signed content pack) and one
//! `vault` row:
//! the rest of the database, serialized, compressed and encrypted with XChaCha20-Poly1305 under
//! a 32-byte key derived from the code with Argon2id (its salt and cost kept beside it). The
//! right code is the one that opens the seal; nothing else about the code is kept. While open,
//! that part is a database in memory, sealed again by every edit before it returns
//! (`Store::atomically`); locking drops it and wipes the key.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, MAIN_DB};
use zeroize::Zeroizing;

use super::{prepare, Store, StoreError};
use crate::core::privacy::{derive_key, KeyCost, PinError, KEY_COST};

/// Settings read before the code is entered (larger text too: the lock screen must be readable).
/// Every other row of every table but these two is sealed, so a table added later is sealed
/// unless it is named here.
pub(super) const OUTSIDE_SETTINGS: [&str; 5] = [
    "language",
    "discreet",
    "large_text",
    "pin_failures",
    "pin_wait",
];
const OUTSIDE_TABLES: [&str; 3] = ["audio_pack", "content_pack", "vault"];
/// Bound to every seal, so that bytes encrypted for anything else do not open as one.
const CONTEXT: &[u8] = b"harbour vault v1";
/// Far more than a young person could save; a seal that opens to more is refused.
const MAX_OPENED_BYTES: usize = 64 << 20;
const NONCE_BYTES: usize = 24;
const SALT_BYTES: usize = 16;

/// An opened seal: the saved data in memory and the key that seals it again.
pub(super) struct Vault {
    pub(super) memory: Connection,
    key: Zeroizing<[u8; 32]>,
    salt: Vec<u8>,
    cost: KeyCost,
}

/// The `vault` row as kept on disk.
struct Seal {
    salt: Vec<u8>,
    cost: KeyCost,
    nonce: Vec<u8>,
    bytes: Vec<u8>,
}

pub(super) fn is_sealed(disk: &Connection) -> Result<bool, StoreError> {
    let rows: i64 = disk.query_row("SELECT count(*) FROM vault", [], |r| r.get(0))?;
    Ok(rows > 0)
}

fn read_seal(disk: &Connection) -> Result<Option<Seal>, StoreError> {
    Ok(disk
        .query_row(
            "SELECT salt, memory_kib, passes, lanes, nonce, sealed FROM vault WHERE id = 1",
            [],
            |r| {
                Ok(Seal {
                    salt: r.get(0)?,
                    cost: KeyCost {
                        memory_kib: r.get(1)?,
                        passes: r.get(2)?,
                        lanes: r.get(3)?,
                    },
                    nonce: r.get(4)?,
                    bytes: r.get(5)?,
                })
            },
        )
        .optional()?)
}

fn write_seal(disk: &Connection, seal: &Seal) -> Result<(), StoreError> {
    disk.execute(
        "INSERT INTO vault (id, salt, memory_kib, passes, lanes, nonce, sealed)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, memory_kib = excluded.memory_kib,
             passes = excluded.passes, lanes = excluded.lanes, nonce = excluded.nonce,
             sealed = excluded.sealed",
        rusqlite::params![
            seal.salt,
            seal.cost.memory_kib,
            seal.cost.passes,
            seal.cost.lanes,
            seal.nonce,
            seal.bytes
        ],
    )?;
    Ok(())
}

fn random(bytes: usize) -> Result<Vec<u8>, StoreError> {
    let mut out = vec![0u8; bytes];
    getrandom::getrandom(&mut out)
        .map_err(|e| StoreError::Unavailable(format!("no randomness: {e}")))?;
    Ok(out)
}

fn cipher(key: &[u8; 32]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(key.into())
}

/// The database in memory, serialized, compressed and encrypted under `vault`'s key.
fn close(vault: &mut Vault) -> Result<Seal, StoreError> {
    let packed = {
        let plain = vault.memory.serialize(MAIN_DB)?;
        Zeroizing::new(miniz_oxide::deflate::compress_to_vec(&plain, 6))
    };
    let nonce = random(NONCE_BYTES)?;
    let bytes = cipher(&vault.key)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &packed,
                aad: CONTEXT,
            },
        )
        .map_err(|_| StoreError::Unavailable("the seal could not be made".into()))?;
    Ok(Seal {
        salt: vault.salt.clone(),
        cost: vault.cost,
        nonce,
        bytes,
    })
}

/// The sealed database, opened into memory and migrated; `None` when `key` is not its key.
fn open(seal: &Seal, key: &[u8; 32]) -> Result<Option<Connection>, StoreError> {
    if seal.nonce.len() != NONCE_BYTES {
        return Err(StoreError::Corrupt);
    }
    let payload = Payload {
        msg: &seal.bytes,
        aad: CONTEXT,
    };
    let Ok(packed) = cipher(key).decrypt(XNonce::from_slice(&seal.nonce), payload) else {
        return Ok(None);
    };
    let packed = Zeroizing::new(packed);
    let plain = Zeroizing::new(
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_OPENED_BYTES)
            .map_err(|_| StoreError::Corrupt)?,
    );
    let mut memory = Connection::open_in_memory()?;
    memory.deserialize_read_exact(MAIN_DB, &plain[..], plain.len(), false)?;
    prepare(&memory, |_| Ok(()))?;
    Ok(Some(memory))
}

/// Each sealed table of `conn`'s schema, with the condition its sealed rows meet.
fn sealed_parts(conn: &Connection) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )?;
    let tables = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let outside = OUTSIDE_SETTINGS
        .iter()
        .map(|key| format!("'{key}'"))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(tables
        .into_iter()
        .filter(|t| !OUTSIDE_TABLES.contains(&t.as_str()))
        .map(|table| {
            let rows = match table.as_str() {
                "setting" => format!("key NOT IN ({outside})"),
                _ => "1".to_string(),
            };
            (table, rows)
        })
        .collect())
}

/// Copies the rows of `table` that meet `rows` from one database to another of the same schema.
fn copy_rows(from: &Connection, to: &Connection, table: &str, rows: &str) -> rusqlite::Result<()> {
    // Table names come from the schema, never from a person; quoted all the same.
    let table = format!("\"{}\"", table.replace('"', "\"\""));
    let mut read = from.prepare(&format!("SELECT * FROM {table} WHERE {rows}"))?;
    let columns = read.column_count();
    let slots = (1..=columns)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut write = to.prepare(&format!("INSERT INTO {table} VALUES ({slots})"))?;
    let mut found = read.query([])?;
    while let Some(row) = found.next()? {
        let values = (0..columns)
            .map(|i| row.get::<_, Value>(i))
            .collect::<Result<Vec<_>, _>>()?;
        write.execute(rusqlite::params_from_iter(values))?;
    }
    Ok(())
}

impl Store {
    /// Seals the opened data again and writes it to disk (nothing to do without a seal open).
    pub(super) fn seal(&self) -> Result<(), StoreError> {
        let mut slot = self.vault.borrow_mut();
        let Some(vault) = slot.as_mut() else {
            return Ok(());
        };
        let seal = close(vault)?;
        write_seal(&self.disk, &seal)
    }

    /// Reads the opened data again from the last seal on disk (after an edit that could not be
    /// sealed); if even that fails, the seal is closed: the lock fails closed.
    pub(super) fn reopen_vault(&self) {
        let mut slot = self.vault.borrow_mut();
        *slot = slot.take().and_then(|vault| {
            let seal = read_seal(&self.disk).ok()??;
            let memory = open(&seal, &vault.key).ok()??;
            Some(Vault { memory, ..vault })
        });
    }

    /// Tries `code` on the seal: `Ok(true)` when it opened it.
    pub(super) fn open_seal(&self, code: &str) -> Result<bool, PinError> {
        let Some(seal) = read_seal(&self.disk)? else {
            return Ok(false);
        };
        let key = derive_key(code, &seal.salt, seal.cost)?;
        let Some(memory) = open(&seal, &key)? else {
            return Ok(false);
        };
        *self.vault.borrow_mut() = Some(Vault {
            memory,
            key,
            salt: seal.salt,
            cost: seal.cost,
        });
        // Sealed again at once: a seal from an older app is kept in the new schema, and the
        // bytes on disk change at every opening.
        self.seal()?;
        Ok(true)
    }

    /// Seals what is saved under `code`. With a seal open, the code is changed; otherwise the
    /// saved rows move from disk into the seal in one commit, and freed space is overwritten.
    pub(super) fn seal_with(&self, code: &str) -> Result<(), PinError> {
        let salt = random(SALT_BYTES)?;
        let key = derive_key(code, &salt, KEY_COST)?;
        // Changing the code: the seal is made again under the new key, or the old key stays.
        let before = self.vault.borrow_mut().as_mut().map(|vault| {
            let key = std::mem::replace(&mut vault.key, key.clone());
            let salt = std::mem::replace(&mut vault.salt, salt.clone());
            (key, salt, std::mem::replace(&mut vault.cost, KEY_COST))
        });
        if let Some((old_key, old_salt, old_cost)) = before {
            return self.seal().map_err(|problem| {
                if let Some(vault) = self.vault.borrow_mut().as_mut() {
                    (vault.key, vault.salt, vault.cost) = (old_key, old_salt, old_cost);
                }
                problem.into()
            });
        }
        let memory = Connection::open_in_memory().map_err(StoreError::from)?;
        prepare(&memory, |_| Ok(()))?;
        let mut vault = Vault {
            memory,
            key,
            salt,
            cost: KEY_COST,
        };
        let tx = self
            .disk
            .unchecked_transaction()
            .map_err(StoreError::from)?;
        for (table, rows) in sealed_parts(&self.disk)? {
            copy_rows(&tx, &vault.memory, &table, &rows).map_err(StoreError::from)?;
            tx.execute(&format!("DELETE FROM \"{table}\" WHERE {rows}"), [])
                .map_err(StoreError::from)?;
        }
        write_seal(&tx, &close(&mut vault)?)?;
        tx.commit().map_err(StoreError::from)?;
        // Natively the old pages may still be in the write-ahead log: fold it in and empty it.
        let _ = self.disk.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
        self.sealed.set(true);
        *self.vault.borrow_mut() = Some(vault);
        Ok(())
    }

    /// Puts the opened data back on disk unsealed and removes the seal, in one commit.
    pub(super) fn unseal(&self) -> Result<(), StoreError> {
        {
            let slot = self.vault.borrow();
            let vault = slot.as_ref().ok_or(StoreError::Locked)?;
            let tx = self.disk.unchecked_transaction()?;
            for (table, rows) in sealed_parts(&vault.memory)? {
                copy_rows(&vault.memory, &tx, &table, &rows)?;
            }
            tx.execute("DELETE FROM vault", [])?;
            tx.commit()?;
        }
        self.vault.borrow_mut().take();
        self.sealed.set(false);
        Ok(())
    }

    /// Closes the seal: the data in memory is dropped and the key wiped.
    pub(super) fn close_vault(&self) {
        self.vault.borrow_mut().take();
    }

    /// How many rows `table` has, on disk and in the opened seal together.
    pub(super) fn count_rows(&self, table: &str) -> Result<i64, StoreError> {
        let sql = format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\""));
        let count = |conn: &Connection| -> Result<i64, StoreError> {
            Ok(conn.query_row(&sql, [], |r| r.get(0))?)
        };
        let on_disk = count(&self.disk)?;
        let sealed = match self.vault.borrow().as_ref() {
            Some(vault) if !OUTSIDE_TABLES.contains(&table) => count(&vault.memory)?,
            _ => 0,
        };
        Ok(on_disk + sealed)
    }

    pub(super) fn disk(&self) -> &Connection {
        &self.disk
    }
}
