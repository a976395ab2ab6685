//! What keeps Harbour safe under someone else's eyes: discreet mode, the lock code and its
//! wrong-try count, and the list of what is kept on the phone, made from the schema itself.

use chrono::{DateTime, Utc};

use super::{Store, StoreError};
use crate::core::privacy::{check_new_pin, delay_after, hash_pin, verify_pin, PinError};

const DISCREET: &str = "discreet";
const PIN_HASH: &str = "pin_hash";
const PIN_FAILURES: &str = "pin_failures";
const PIN_WAIT_UNTIL: &str = "pin_wait_until";

/// Every table the schema has, and the words that say what it holds. A new table must be added
/// here: `tests/privacy.rs` fails on a table the list does not name.
const KEPT: &[(&str, &str)] = &[
    ("setting", "kept-setting"),
    ("question", "kept-question"),
    ("contact", "kept-contact"),
    ("plan_item", "kept-plan-item"),
    ("content_pack", "kept-content-pack"),
];

/// One kind of thing kept on the phone, and how many there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub table: String,
    /// `None` only for a table missing from `KEPT` (a test stops that shipping).
    pub message_id: Option<&'static str>,
    pub count: i64,
}

impl Store {
    /// Every table in the database, with its row count: what "What Harbour keeps" shows.
    pub fn inventory(&self) -> Result<Vec<Kept>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY rowid",
        )?;
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        tables
            .into_iter()
            .map(|table| {
                // The name comes from the schema, never from a person; quoted all the same.
                let count = self.conn.query_row(
                    &format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\"")),
                    [],
                    |r| r.get(0),
                )?;
                let message_id = KEPT.iter().find(|(t, _)| *t == table).map(|(_, m)| *m);
                Ok(Kept {
                    table,
                    message_id,
                    count,
                })
            })
            .collect()
    }

    pub fn discreet(&self) -> Result<bool, StoreError> {
        Ok(self.setting(DISCREET)?.is_some())
    }

    pub fn set_discreet(&self, on: bool) -> Result<(), StoreError> {
        if on {
            self.set_setting(DISCREET, "1")
        } else {
            self.clear_setting(DISCREET)
        }
    }

    pub fn has_pin(&self) -> Result<bool, StoreError> {
        Ok(self.setting(PIN_HASH)?.is_some())
    }

    /// Checks and keeps a new lock code (hashed), starting its wrong-try count afresh.
    pub fn set_pin(&self, pin: &str, confirm: &str) -> Result<(), PinError> {
        check_new_pin(pin, confirm)?;
        let hash = hash_pin(pin)?;
        self.atomically(|store| {
            store.set_setting(PIN_HASH, &hash)?;
            store.clear_setting(PIN_FAILURES)?;
            store.clear_setting(PIN_WAIT_UNTIL)
        })
        .map_err(|_: StoreError| PinError::Store)
    }

    pub fn clear_pin(&self) -> Result<(), StoreError> {
        self.atomically(|store| {
            for key in [PIN_HASH, PIN_FAILURES, PIN_WAIT_UNTIL] {
                store.clear_setting(key)?;
            }
            Ok(())
        })
    }

    /// Tries a code at `now`. A wrong code counts (kept, so a restart does not reset it) and
    /// may start a wait; during a wait no code is even checked.
    pub fn unlock(&self, pin: &str, now: DateTime<Utc>) -> Result<(), PinError> {
        let setting = |key| self.setting(key).map_err(|_| PinError::Store);
        let Some(hash) = setting(PIN_HASH)? else {
            return Ok(());
        };
        let wait_until = setting(PIN_WAIT_UNTIL)?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc));
        if let Some(until) = wait_until.filter(|until| *until > now) {
            let seconds = (until - now).num_seconds().max(1);
            return Err(PinError::Wait { seconds });
        }
        if verify_pin(pin, &hash) {
            return self
                .atomically(|store| {
                    store.clear_setting(PIN_FAILURES)?;
                    store.clear_setting(PIN_WAIT_UNTIL)
                })
                .map_err(|_: StoreError| PinError::Store);
        }
        let failures = setting(PIN_FAILURES)?
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0)
            + 1;
        let delay = delay_after(failures);
        // The count and the wait it starts are kept together, or neither is.
        self.atomically(|store| {
            store.set_setting(PIN_FAILURES, &failures.to_string())?;
            if delay > chrono::Duration::zero() {
                store.set_setting(PIN_WAIT_UNTIL, &(now + delay).to_rfc3339())?;
            }
            Ok(())
        })
        .map_err(|_: StoreError| PinError::Store)?;
        if delay > chrono::Duration::zero() {
            return Err(PinError::Wait {
                seconds: delay.num_seconds(),
            });
        }
        Err(PinError::Wrong)
    }
}

/// A lock-code edit that meets a store problem says the code could not be saved.
impl From<StoreError> for PinError {
    fn from(_: StoreError) -> PinError {
        PinError::Store
    }
}
