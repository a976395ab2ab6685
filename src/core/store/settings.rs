//! Small named settings (the chosen language, discreet mode, where the young person is...).
//! The few read before the lock code is entered stay on disk; the rest are sealed with it.

use rusqlite::OptionalExtension;

use super::vault::OUTSIDE_SETTINGS;
use super::{Conn, Store, StoreError};

const LANGUAGE: &str = "language";
const LARGE_TEXT: &str = "large_text";

impl Store {
    /// Where `key` is kept: on disk if it is read before the code, else with what is saved.
    fn place_of(&self, key: &str) -> Result<Conn<'_>, StoreError> {
        if OUTSIDE_SETTINGS.contains(&key) {
            return Ok(Conn::Disk(self.disk()));
        }
        self.conn()
    }

    pub(super) fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .place_of(key)?
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    pub(super) fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.atomically(|store| {
            store.place_of(key)?.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?;
            Ok(())
        })
    }

    pub(super) fn clear_setting(&self, key: &str) -> Result<(), StoreError> {
        self.atomically(|store| {
            store
                .place_of(key)?
                .execute("DELETE FROM setting WHERE key = ?1", [key])?;
            Ok(())
        })
    }

    /// The locale code the person chose, if they chose one.
    pub fn language(&self) -> Result<Option<String>, StoreError> {
        self.setting(LANGUAGE)
    }

    pub fn set_language(&self, code: &str) -> Result<(), StoreError> {
        self.set_setting(LANGUAGE, code)
    }

    /// Whether the young person asked for larger text and high contrast.
    pub fn large_text(&self) -> Result<bool, StoreError> {
        Ok(self.setting(LARGE_TEXT)?.is_some())
    }

    pub fn set_large_text(&self, on: bool) -> Result<(), StoreError> {
        if on {
            self.set_setting(LARGE_TEXT, "1")
        } else {
            self.clear_setting(LARGE_TEXT)
        }
    }
}
