//! The content pack in use, when it is not the one built into the app: kept as the bytes that
//! came (so its signature is checked again at every start), with the ETag to ask the server
//! "anything newer?" and when it arrived. Replacing it is one statement: a pack is swapped in
//! whole or not at all.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;

use super::{Store, StoreError};

/// A downloaded pack as kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPack {
    pub bytes: Vec<u8>,
    pub etag: Option<String>,
    pub updated_at: DateTime<Utc>,
}

impl Store {
    pub fn stored_pack(&self) -> Result<Option<StoredPack>, StoreError> {
        // Public and signed: it stays on disk, readable before the lock code.
        let row = self
            .disk()
            .query_row(
                "SELECT bytes, etag, updated_at FROM content_pack WHERE id = 1",
                [],
                |row| {
                    Ok((
                        row.get::<_, Vec<u8>>(0)?,
                        row.get::<_, Option<String>>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?;
        Ok(row.map(|(bytes, etag, updated_at)| StoredPack {
            bytes,
            etag,
            // A time this code did not write reads as long ago, never as an error.
            updated_at: DateTime::parse_from_rfc3339(&updated_at)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or(DateTime::UNIX_EPOCH),
        }))
    }

    /// Forgets the downloaded pack: the built-in one is used until the next update.
    pub fn forget_pack(&self) -> Result<(), StoreError> {
        self.disk()
            .execute("DELETE FROM content_pack WHERE id = 1", [])?;
        Ok(())
    }

    /// Keeps a checked pack in place of the one before, in one statement.
    pub fn keep_pack(&self, pack: &StoredPack) -> Result<(), StoreError> {
        self.disk().execute(
            "INSERT INTO content_pack (id, bytes, etag, updated_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes, etag = excluded.etag,
                                            updated_at = excluded.updated_at",
            (&pack.bytes, &pack.etag, pack.updated_at.to_rfc3339()),
        )?;
        Ok(())
    }
}
