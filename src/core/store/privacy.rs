//! What keeps Harbour safe under someone else's eyes: discreet mode, the lock code (which seals
//! what is saved, `vault`) and its wrong-try count, and the list of what is kept on the phone,
//! made from the schema itself.

use std::time::Duration;

use super::{Store, StoreError};
use crate::core::privacy::{
    check_new_pin, delay_after, verify_pin, PinError, LONGEST_WAIT_SECONDS,
};

const DISCREET: &str = "discreet";
/// Where versions before the seal kept the code's hash; such a store is sealed at its first
/// unlock and the hash removed.
const PIN_HASH: &str = "pin_hash";
const PIN_FAILURES: &str = "pin_failures";
/// The length, in seconds, of a wait not yet sat out. Kept as a length, not as a time of day:
/// the phone's clock can be moved, so the wait is counted on the app's running clock, and a
/// restart begins it again in full (never shorter).
const PIN_WAIT: &str = "pin_wait";
/// Where the version before kept the wait as a time of day; cleared with the count.
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
    ("audio_pack", "kept-audio-pack"),
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

    /// Turns discreet mode off, once the current code (when one is set) has been given, and
    /// counted like any try: whoever holds an open phone cannot make Harbour show its name
    /// (security review L5).
    pub fn leave_discreet(&self, current: &str, running: Duration) -> Result<(), PinError> {
        if self.has_pin()? {
            self.unlock(current, running)?;
        }
        Ok(self.set_discreet(false)?)
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
        running: Duration,
    ) -> Result<(), PinError> {
        check_new_pin(pin, confirm)?;
        self.unlock(current, running)?;
        self.seal_with(pin)
    }

    /// Removes the code, once the current one has been given: what was sealed is kept unsealed.
    pub fn clear_pin(&self, current: &str, running: Duration) -> Result<(), PinError> {
        self.unlock(current, running)?;
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

    /// Empties the database for "Delete everything" where the platform then deletes its file
    /// (natively): every row of every table goes (overwritten, `secure_delete` is on), the file
    /// is rebuilt without free pages and the write-ahead log is emptied into it. The connection
    /// stays open (other parts of the app hold the store), so where the system will not delete
    /// an open file (Windows), what is left of it holds nothing that was saved.
    pub fn erase(&self) -> Result<(), StoreError> {
        self.close_vault();
        let disk = self.disk();
        let tables: Vec<String> = disk
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for table in tables {
            disk.execute(
                &format!("DELETE FROM \"{}\"", table.replace('"', "\"\"")),
                [],
            )?;
        }
        disk.execute_batch("VACUUM")?;
        // Natively the log is emptied into the file and cut to nothing; elsewhere there is no log.
        disk.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.sealed.set(false);
        Ok(())
    }

    fn clear_wait(&self) -> Result<(), StoreError> {
        self.wait_ends.set(None);
        self.atomically(|store| {
            store.clear_setting(PIN_FAILURES)?;
            store.clear_setting(PIN_WAIT)?;
            store.clear_setting(PIN_WAIT_UNTIL)
        })
    }

    /// When the wait in force ends on the running clock, if one is. A wait kept from before a
    /// restart (or an unreadable one) begins again in full now: fails closed, whatever the
    /// phone's clock says.
    fn wait_ends(&self, running: Duration) -> Result<Option<Duration>, PinError> {
        if let Some(ends) = self.wait_ends.get() {
            return Ok(Some(ends));
        }
        let Some(kept) = self.setting(PIN_WAIT)? else {
            return Ok(None);
        };
        let longest = LONGEST_WAIT_SECONDS.unsigned_abs();
        let seconds = kept.parse::<u64>().map_or(longest, |s| s.min(longest));
        let ends = running + Duration::from_secs(seconds);
        self.wait_ends.set(Some(ends));
        Ok(Some(ends))
    }

    /// Tries a code when the app has been running for `running` (a clock the phone's owner
    /// cannot move); the right one opens the seal. A wrong code counts (kept, so a restart does
    /// not reset it) and may start a wait; during a wait no code is even checked.
    pub fn unlock(&self, pin: &str, running: Duration) -> Result<(), PinError> {
        if !self.has_pin()? {
            return Ok(());
        }
        if let Some(ends) = self.wait_ends(running)?.filter(|ends| *ends > running) {
            let left = ends - running;
            return Err(wait(left.as_secs() + u64::from(left.subsec_nanos() > 0)));
        }
        let opened = if self.sealed.get() {
            self.open_seal(pin)?
        } else {
            self.open_unsealed(pin)?
        };
        if opened {
            return Ok(self.clear_wait()?);
        }
        let failures = self
            .setting(PIN_FAILURES)?
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0)
            + 1;
        let delay = delay_after(failures).num_seconds().max(0).unsigned_abs();
        // The count and the wait it starts are kept together, or neither is.
        self.atomically(|store| {
            store.set_setting(PIN_FAILURES, &failures.to_string())?;
            match delay {
                0 => store.clear_setting(PIN_WAIT),
                seconds => store.set_setting(PIN_WAIT, &seconds.to_string()),
            }
        })
        .map_err(|_: StoreError| PinError::Store)?;
        self.wait_ends
            .set((delay > 0).then(|| running + Duration::from_secs(delay)));
        match delay {
            0 => Err(PinError::Wrong),
            seconds => Err(wait(seconds)),
        }
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

/// A wait of `seconds` (whole, rounded up by the caller).
fn wait(seconds: u64) -> PinError {
    PinError::Wait {
        seconds: i64::try_from(seconds).unwrap_or(i64::MAX),
    }
}

/// A lock-code edit that meets a store problem says the code could not be saved.
impl From<StoreError> for PinError {
    fn from(_: StoreError) -> PinError {
        PinError::Store
    }
}
