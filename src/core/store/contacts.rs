//! Trusted adults and the name the young person signs messages with.
//!
//! An adult's hours and languages are kept as JSON. Each row is read on its own: one that no
//! longer reads (written by hand, damaged, or by a newer app in a way this one cannot read) is
//! skipped and counted in `SavedAdults::unreadable`, never allowed to hide the others, so "come
//! back" can still reach everyone else and say that some could not be read. The JSON is read
//! leniently where that is safe: fields this app does not know are ignored (no stored type uses
//! `deny_unknown_fields`), and a field added to a stored type later must carry
//! `#[serde(default)]` so rows written before it still read. A field the type has now is never
//! guessed: a slot without its days or times is unreadable, not a slot at a made-up time.

use super::{Store, StoreError};
use crate::core::contacts::{Contact, NameError, Phone, Role, Slot, MAX_NAME_CHARS};

const SIGNATURE: &str = "signature";

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Unavailable(e.to_string()))
}

/// The trusted adults that could be read, and how many saved ones could not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SavedAdults {
    /// In the young person's order.
    pub adults: Vec<Contact>,
    /// Rows that are saved but do not read: they are kept as they are, and not shown.
    pub unreadable: usize,
}

/// One row as a contact, or `None` when any of its columns does not read.
fn contact_of(row: &rusqlite::Row) -> Option<Contact> {
    let json = |i| row.get::<_, String>(i).ok();
    Some(Contact {
        id: row.get(0).ok()?,
        name: row.get(1).ok()?,
        role: Role::from_id(&row.get::<_, String>(2).ok()?),
        phone: Phone {
            e164: row.get(3).ok()?,
            display: row.get(4).ok()?,
            texts: row.get(5).ok()?,
        },
        hours: serde_json::from_str::<Vec<Slot>>(&json(6)?).ok()?,
        languages: serde_json::from_str(&json(7)?).ok()?,
        out_of_hours: row.get(8).ok()?,
    })
}

impl Store {
    /// Trusted adults in the young person's order, and how many saved rows could not be read.
    /// Only a store that cannot be read at all is an error.
    pub fn saved_adults(&self) -> Result<SavedAdults, StoreError> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT id, name, role, phone_e164, phone_display, phone_texts, hours, languages,
                    out_of_hours
             FROM contact ORDER BY position, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut saved = SavedAdults::default();
        while let Some(row) = rows.next()? {
            match contact_of(row) {
                Some(contact) => saved.adults.push(contact),
                None => saved.unreadable += 1,
            }
        }
        Ok(saved)
    }

    /// Trusted adults that could be read, in the young person's order (see `saved_adults` for
    /// how many could not).
    pub fn contacts(&self) -> Result<Vec<Contact>, StoreError> {
        Ok(self.saved_adults()?.adults)
    }

    pub fn contact(&self, id: i64) -> Result<Option<Contact>, StoreError> {
        Ok(self.contacts()?.into_iter().find(|c| c.id == id))
    }

    /// Saves a checked contact: a new one (`id` 0) goes last; an out-of-hours contact replaces
    /// the previous one's mark. Returns the contact's ID. Committed before this returns.
    pub fn save_contact(&self, contact: &Contact) -> Result<i64, StoreError> {
        self.put_contact(contact, true)
    }

    /// `save_contact`, but an out-of-hours contact takes the mark from others only when
    /// `take_mark`: a setup adds one after the young person's own, who stays first.
    pub(super) fn put_contact(
        &self,
        contact: &Contact,
        take_mark: bool,
    ) -> Result<i64, StoreError> {
        self.atomically(|store| {
            let conn = store.conn()?;
            if contact.out_of_hours && take_mark {
                conn.execute(
                    "UPDATE contact SET out_of_hours = 0 WHERE id <> ?1",
                    [contact.id],
                )?;
            }
            let values = (
                &contact.name,
                contact.role.id(),
                &contact.phone.e164,
                &contact.phone.display,
                contact.phone.texts,
                to_json(&contact.hours)?,
                to_json(&contact.languages)?,
                contact.out_of_hours,
            );
            if contact.id == 0 {
                conn.execute(
                    "INSERT INTO contact (position, name, role, phone_e164, phone_display,
                                          phone_texts, hours, languages, out_of_hours)
                     VALUES ((SELECT coalesce(max(position), 0) + 1 FROM contact),
                             ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    values,
                )?;
                return Ok(conn.last_insert_rowid());
            }
            let changed = conn.execute(
                "UPDATE contact SET name = ?1, role = ?2, phone_e164 = ?3, phone_display = ?4,
                        phone_texts = ?5, hours = ?6, languages = ?7, out_of_hours = ?8
                 WHERE id = ?9",
                rusqlite::params![
                    values.0, values.1, values.2, values.3, values.4, values.5, values.6, values.7,
                    contact.id
                ],
            )?;
            if changed == 0 {
                return Err(StoreError::Unavailable(format!(
                    "no contact {}",
                    contact.id
                )));
            }
            Ok(contact.id)
        })
    }

    pub fn delete_contact(&self, id: i64) -> Result<(), StoreError> {
        self.atomically(|store| {
            store
                .conn()?
                .execute("DELETE FROM contact WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// The name the young person signs come-back messages with, if they chose one.
    pub fn signature(&self) -> Result<Option<String>, StoreError> {
        self.setting(SIGNATURE)
    }

    /// Keeps the signature (an empty one clears it).
    pub fn set_signature(&self, name: &str) -> Result<(), SignatureError> {
        let name = name.trim();
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(SignatureError::Name(NameError::TooLong));
        }
        match name {
            "" => self.clear_setting(SIGNATURE)?,
            name => self.set_setting(SIGNATURE, name)?,
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SignatureError {
    #[error(transparent)]
    Name(NameError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SignatureError {
    pub fn message_id(&self) -> &'static str {
        match self {
            SignatureError::Name(e) => e.message_id(),
            SignatureError::Store(_) => "adults-error-save",
        }
    }
}
