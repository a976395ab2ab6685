//! What keeps Harbour safe under someone else's eyes: discreet mode, the lock code (which seals
//! what is saved, `vault`) and its wrong-try count, and the list of what is kept on the phone,
//! made from the schema itself.

use chrono::{DateTime, Utc};

use super::{Store, StoreError};
use crate::core::privacy::{check_new_pin, delay_after, verify_pin, PinError};

const DISCREET: &str = "discreet";
/// Where versions before the seal kept the code's hash; such a store is sealed at its first
/// unlock and the hash removed.
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
    ("vault", "kept-vault"),
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
        let mut stmt = self.disk().prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY rowid",
        )?;
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        drop(stmt);
        tables
            .into_iter()
            .map(|table| {
                let count = self.count_rows(&table)?;
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
        Ok(self.sealed.get() || self.setting(PIN_HASH)?.is_some())
    }

    /// Sets the first lock code: what is saved is sealed under it. When a code is set already,
    /// only `change_pin`, with that code, can change it.
    pub fn set_pin(&self, pin: &str, confirm: &str) -> Result<(), PinError> {
        check_new_pin(pin, confirm)?;
        if self.has_pin()? {
            return Err(PinError::Wrong);
        }
        self.clear_wait()?;
        self.seal_with(pin)
    }

    /// Changes the code, once the current one has been given (and counted like any try).
    pub fn change_pin(
        &self,
        current: &str,
        pin: &str,
        confirm: &str,
        now: DateTime<Utc>,
    ) -> Result<(), PinError> {
        check_new_pin(pin, confirm)?;
        self.unlock(current, now)?;
        self.seal_with(pin)
    }

    /// Removes the code, once the current one has been given: what was sealed is kept unsealed.
    pub fn clear_pin(&self, current: &str, now: DateTime<Utc>) -> Result<(), PinError> {
        self.unlock(current, now)?;
        if self.sealed.get() {
            self.unseal()?;
        }
        self.clear_wait()?;
        Ok(())
    }

    /// Closes the seal (after time in the background): nothing saved can be read until the
    /// code is entered again.
    pub fn lock(&self) {
        self.close_vault();
    }

    fn clear_wait(&self) -> Result<(), StoreError> {
        self.atomically(|store| {
            store.clear_setting(PIN_FAILURES)?;
            store.clear_setting(PIN_WAIT_UNTIL)
        })
    }

    /// Tries a code at `now`; the right one opens the seal. A wrong code counts (kept, so a
    /// restart does not reset it) and may start a wait; during a wait no code is even checked.
    pub fn unlock(&self, pin: &str, now: DateTime<Utc>) -> Result<(), PinError> {
        if !self.has_pin()? {
            return Ok(());
        }
        let setting = |key| self.setting(key).map_err(|_| PinError::Store);
        let wait_until = setting(PIN_WAIT_UNTIL)?
            .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
            .map(|t| t.with_timezone(&Utc));
        if let Some(until) = wait_until.filter(|until| *until > now) {
            let seconds = (until - now).num_seconds().max(1);
            return Err(PinError::Wait { seconds });
        }
        let opened = if self.sealed.get() {
            self.open_seal(pin)?
        } else {
            self.open_unsealed(pin)?
        };
        if opened {
            return Ok(self.clear_wait()?);
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

    /// A code set by a version before the seal: checked against its hash, then what is saved
    /// is sealed under it and the hash removed.
    fn open_unsealed(&self, pin: &str) -> Result<bool, PinError> {
        let Some(hash) = self.setting(PIN_HASH)? else {
            return Ok(false);
        };
        if !verify_pin(pin, &hash) {
            return Ok(false);
        }
        self.seal_with(pin)?;
        self.clear_setting(PIN_HASH)?;
        Ok(true)
    }
}

/// A lock-code edit that meets a store problem says the code could not be saved.
impl From<StoreError> for PinError {
    fn from(_: StoreError) -> PinError {
        PinError::Store
    }
}
