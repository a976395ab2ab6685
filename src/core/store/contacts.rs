//! Trusted adults and the name the young person signs messages with.

use super::{Store, StoreError};
use crate::core::contacts::{Contact, NameError, Phone, Role, Slot, MAX_NAME_CHARS};

const SIGNATURE: &str = "signature";

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Unavailable(e.to_string()))
}

/// A stored row that no longer reads (written by hand, or damaged) counts as corruption.
fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

impl Store {
    /// Trusted adults in the young person's order.
    pub fn contacts(&self) -> Result<Vec<Contact>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, role, phone_e164, phone_display, phone_texts, hours, languages,
                    out_of_hours
             FROM contact ORDER BY position, id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Contact {
                id: row.get(0)?,
                name: row.get(1)?,
                role: Role::from_id(&row.get::<_, String>(2)?),
                phone: Phone { e164: row.get(3)?, display: row.get(4)?, texts: row.get(5)? },
                hours: from_json::<Vec<Slot>>(&row.get::<_, String>(6)?)?,
                languages: from_json(&row.get::<_, String>(7)?)?,
                out_of_hours: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn contact(&self, id: i64) -> Result<Option<Contact>, StoreError> {
        Ok(self.contacts()?.into_iter().find(|c| c.id == id))
    }

    /// Saves a checked contact: a new one (`id` 0) goes last; an out-of-hours contact replaces
    /// the previous one's mark. Returns the contact's ID. Committed before this returns.
    pub fn save_contact(&self, contact: &Contact) -> Result<i64, StoreError> {
        self.atomically(|store| {
            let conn = &store.conn;
            if contact.out_of_hours {
                conn.execute("UPDATE contact SET out_of_hours = 0 WHERE id <> ?1", [contact.id])?;
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
                    values.0, values.1, values.2, values.3, values.4, values.5, values.6,
                    values.7, contact.id
                ],
            )?;
            if changed == 0 {
                return Err(StoreError::Unavailable(format!("no contact {}", contact.id)));
            }
            Ok(contact.id)
        })
    }

    pub fn delete_contact(&self, id: i64) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM contact WHERE id = ?1", [id])?;
        Ok(())
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
