//! Where the young person is in the asylum process ("I am here"), and their questions.

use chrono::Utc;

use super::{Store, StoreError};
use crate::core::process::{check_question, QuestionError};

const CURRENT_STEP: &str = "current_step";

/// A question kept for the lawyer or social worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: i64,
    pub step: String,
    pub text: String,
}

impl Store {
    /// The step the young person marked "I am here", if any.
    pub fn current_step(&self) -> Result<Option<String>, StoreError> {
        self.setting(CURRENT_STEP)
    }

    /// Marks a step as where the young person is; `None` clears the mark.
    pub fn set_current_step(&self, step: Option<&str>) -> Result<(), StoreError> {
        match step {
            Some(step) => self.set_setting(CURRENT_STEP, step),
            None => self.clear_setting(CURRENT_STEP),
        }
    }

    pub fn questions(&self, step: &str) -> Result<Vec<Question>, StoreError> {
        let conn = self.conn()?;
        let mut stmt =
            conn.prepare("SELECT id, step, text FROM question WHERE step = ?1 ORDER BY id")?;
        let rows = stmt.query_map([step], |row| {
            Ok(Question {
                id: row.get(0)?,
                step: row.get(1)?,
                text: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Checks and keeps a question; it is committed before this returns.
    pub fn add_question(&self, step: &str, text: &str) -> Result<Question, QuestionError> {
        let text = check_question(text)?;
        let id = self.atomically(|store| {
            let conn = store.conn()?;
            conn.execute(
                "INSERT INTO question (step, text, created_at) VALUES (?1, ?2, ?3)",
                (step, &text, Utc::now().to_rfc3339()),
            )?;
            Ok::<_, StoreError>(conn.last_insert_rowid())
        })?;
        Ok(Question {
            id,
            step: step.to_string(),
            text,
        })
    }

    pub fn delete_question(&self, id: i64) -> Result<(), StoreError> {
        self.atomically(|store| {
            store
                .conn()?
                .execute("DELETE FROM question WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}
