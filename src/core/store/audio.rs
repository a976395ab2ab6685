//! Recordings downloaded for Listen (issue 19): one signed audio pack per locale, kept exactly
//! as it came so its signature is checked again whenever it is opened. Public like the content
//! pack (the same for every young person in that language), so outside the lock code's seal.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;

use super::{Store, StoreError};

impl Store {
    /// The audio pack kept for `locale`, as it came.
    pub fn audio_pack(&self, locale: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .disk()
            .query_row(
                "SELECT bytes FROM audio_pack WHERE locale = ?1",
                [locale],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// The size in bytes of the audio pack kept for `locale`, without reading it.
    pub fn audio_pack_size(&self, locale: &str) -> Result<Option<u64>, StoreError> {
        Ok(self
            .disk()
            .query_row(
                "SELECT length(bytes) FROM audio_pack WHERE locale = ?1",
                [locale],
                |row| row.get::<_, i64>(0),
            )
            .optional()?
            .map(|n| n.max(0) as u64))
    }

    /// Keeps a checked audio pack for `locale` in place of the one before, in one statement.
    pub fn keep_audio_pack(
        &self,
        locale: &str,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.disk().execute(
            "INSERT INTO audio_pack (locale, bytes, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (locale) DO UPDATE SET bytes = excluded.bytes,
                                                updated_at = excluded.updated_at",
            (locale, bytes, now.to_rfc3339()),
        )?;
        Ok(())
    }

    /// Removes the recordings kept for `locale`.
    pub fn forget_audio_pack(&self, locale: &str) -> Result<(), StoreError> {
        self.disk()
            .execute("DELETE FROM audio_pack WHERE locale = ?1", [locale])?;
        Ok(())
    }
}
