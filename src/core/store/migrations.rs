//! Numbered schema migrations. Append only: never edit a migration that has shipped.

use rusqlite::Connection;

use super::StoreError;

/// Migration N (1-based) takes the schema from version N-1 to N.
const MIGRATIONS: &[&str] = &[
    // 1: settings such as the chosen language.
    "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;",
    // 2: questions a young person keeps for their lawyer or social worker, per asylum step.
    "CREATE TABLE question (
        id INTEGER PRIMARY KEY,
        step TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX question_by_step ON question (step);",
];

/// The schema version this code writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Refuses a database written by a newer app, before anything writes to it.
pub(super) fn check_not_newer(conn: &Connection) -> Result<(), StoreError> {
    let found = user_version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew { found, supported: SCHEMA_VERSION });
    }
    Ok(())
}

pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    check_not_newer(conn)?;
    let found = user_version(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found.max(0) as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
