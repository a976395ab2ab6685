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
    // 3: trusted adults (hours and languages as JSON) and the safety plan.
    "CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        phone_e164 TEXT NOT NULL,
        phone_display TEXT NOT NULL,
        phone_texts INTEGER NOT NULL,
        hours TEXT NOT NULL,
        languages TEXT NOT NULL,
        out_of_hours INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX one_out_of_hours_contact ON contact (out_of_hours) WHERE out_of_hours = 1;
    CREATE TABLE plan_item (
        id INTEGER PRIMARY KEY,
        section TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT,
        suggestion TEXT,
        CHECK ((text IS NULL) <> (suggestion IS NULL))
    ) STRICT;
    CREATE INDEX plan_item_by_section ON plan_item (section, position);",
    // 4: the signed content pack last downloaded (places, numbers, explainers' facts), kept
    // exactly as it came so its signature is checked again at every start.
    "CREATE TABLE content_pack (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        bytes BLOB NOT NULL,
        etag TEXT,
        updated_at TEXT NOT NULL
    ) STRICT;",
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
    if found >= SCHEMA_VERSION {
        return Ok(());
    }
    // Every pending step in one transaction: a new phone's database is written once (each
    // commit is a write to IndexedDB on the web), and an upgrade is whole or not at all.
    let tx = conn.unchecked_transaction()?;
    for sql in MIGRATIONS.iter().skip(found.max(0) as usize) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}
