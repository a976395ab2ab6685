//! The safety plan's lines: every change commits before the call returns.

use super::{Store, StoreError};
use crate::core::plan::{check_line, Line, Move, PlanError, PlanItem, Section};

pub(super) const PLAN_STARTED: &str = "plan_started";

impl Store {
    /// Puts the suggestions in a plan the first time it is opened; never again after that,
    /// so a deleted suggestion stays deleted.
    pub fn start_plan(&self) -> Result<(), StoreError> {
        if self.setting(PLAN_STARTED)?.is_some() {
            return Ok(());
        }
        self.atomically(|store| {
            for section in Section::ALL {
                for (position, id) in section.starters().iter().enumerate() {
                    store.conn()?.execute(
                        "INSERT INTO plan_item (section, position, suggestion) VALUES (?1, ?2, ?3)",
                        (section.id(), position as i64 + 1, id),
                    )?;
                }
            }
            store.set_setting(PLAN_STARTED, "1")
        })
    }

    /// Every line, section by section in the plan's order, each section in its own order.
    pub fn plan(&self) -> Result<Vec<PlanItem>, StoreError> {
        let conn = self.conn()?;
        let mut stmt = conn
            .prepare("SELECT id, section, text, suggestion FROM plan_item ORDER BY position, id")?;
        let rows = stmt.query_map([], |row| {
            let section: String = row.get(1)?;
            let text: Option<String> = row.get(2)?;
            let suggestion: Option<String> = row.get(3)?;
            Ok((row.get::<_, i64>(0)?, section, text, suggestion))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, section, text, suggestion) = row?;
            // A section this app does not know (from a newer app) is kept but not shown.
            let Some(section) = Section::from_id(&section) else {
                continue;
            };
            let line = match (text, suggestion) {
                (Some(text), _) => Line::Own(text),
                (None, Some(id)) => Line::Suggestion(id),
                (None, None) => continue,
            };
            items.push(PlanItem { id, section, line });
        }
        items.sort_by_key(|item| Section::ALL.iter().position(|s| *s == item.section));
        Ok(items)
    }

    /// Adds a line at the end of a section.
    pub fn add_plan_line(&self, section: Section, text: &str) -> Result<PlanItem, PlanError> {
        let text = check_line(text)?;
        let id = self.atomically(|store| {
            let conn = store.conn()?;
            conn.execute(
                "INSERT INTO plan_item (section, position, text)
                 VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM plan_item
                              WHERE section = ?1), ?2)",
                (section.id(), &text),
            )
            .map_err(StoreError::from)?;
            Ok::<_, StoreError>(conn.last_insert_rowid())
        })?;
        Ok(PlanItem {
            id,
            section,
            line: Line::Own(text),
        })
    }

    /// Replaces a line's words; a suggestion becomes the young person's own line.
    pub fn edit_plan_line(&self, id: i64, text: &str) -> Result<(), PlanError> {
        let text = check_line(text)?;
        self.atomically(|store| {
            store.conn()?.execute(
                "UPDATE plan_item SET text = ?1, suggestion = NULL WHERE id = ?2",
                (&text, id),
            )?;
            Ok::<_, StoreError>(())
        })?;
        Ok(())
    }

    /// Swaps a line with its neighbour in the same section; at either end nothing changes.
    pub fn move_plan_line(&self, id: i64, direction: Move) -> Result<(), StoreError> {
        self.atomically(|store| store.swap_with_neighbour(id, direction))
    }

    fn swap_with_neighbour(&self, id: i64, direction: Move) -> Result<(), StoreError> {
        let neighbour = match direction {
            Move::Up => {
                "SELECT n.id, n.position, me.position FROM plan_item me JOIN plan_item n
                   ON n.section = me.section AND (n.position, n.id) < (me.position, me.id)
                 WHERE me.id = ?1 ORDER BY n.position DESC, n.id DESC LIMIT 1"
            }
            Move::Down => {
                "SELECT n.id, n.position, me.position FROM plan_item me JOIN plan_item n
                   ON n.section = me.section AND (n.position, n.id) > (me.position, me.id)
                 WHERE me.id = ?1 ORDER BY n.position, n.id LIMIT 1"
            }
        };
        let conn = self.conn()?;
        let found = conn.query_row(neighbour, [id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        });
        let (other, other_position, my_position) = match found {
            Ok(found) => found,
            Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(()),
            Err(e) => return Err(e.into()),
        };
        // Equal positions (never written by this app) are separated by the swap.
        let (mine, theirs) = if other_position == my_position {
            match direction {
                Move::Up => (my_position, my_position + 1),
                Move::Down => (my_position + 1, my_position),
            }
        } else {
            (other_position, my_position)
        };
        conn.execute(
            "UPDATE plan_item SET position = ?1 WHERE id = ?2",
            [mine, id],
        )?;
        conn.execute(
            "UPDATE plan_item SET position = ?1 WHERE id = ?2",
            [theirs, other],
        )?;
        Ok(())
    }

    pub fn delete_plan_line(&self, id: i64) -> Result<(), StoreError> {
        self.atomically(|store| {
            store
                .conn()?
                .execute("DELETE FROM plan_item WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}
