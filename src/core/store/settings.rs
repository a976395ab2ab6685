//! Small named settings (the chosen language, later the PIN and discreet mode).

use rusqlite::OptionalExtension;

use super::{Store, StoreError};

const LANGUAGE: &str = "language";

impl Store {
    pub(super) fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    pub(super) fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    pub(super) fn clear_setting(&self, key: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM setting WHERE key = ?1", [key])?;
        Ok(())
    }

    /// The locale code the person chose, if they chose one.
    pub fn language(&self) -> Result<Option<String>, StoreError> {
        self.setting(LANGUAGE)
    }

    pub fn set_language(&self, code: &str) -> Result<(), StoreError> {
        self.set_setting(LANGUAGE, code)
    }
}
