//! Numbered schema migrations. Append only: never edit a migration that has shipped, and add
//! `tests/fixtures/schema_vN.sql` (a store as version N left it, with rows) for every version
//! before the newest: `tests/store.rs` upgrades each and checks its rows survive.

use rusqlite::{Connection, Transaction};

use super::StoreError;

/// One step of the schema.
pub(super) enum Migration {
    /// Statements that change the schema (or move rows with SQL alone).
    Sql(&'static str),
    /// A change SQL alone cannot make (re-keying, reshaping stored JSON): it gets the upgrade's
    /// transaction, so it is kept only if every pending step succeeds.
    #[allow(dead_code)] // no step needs one yet
    Rust(fn(&Transaction) -> rusqlite::Result<()>),
}

use Migration::Sql;

/// Migration N (1-based) takes the schema from version N-1 to N.
const MIGRATIONS: &[Migration] = &[
    // 1: settings such as the chosen language.
    Sql("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;"),
    // 2: questions a young person keeps for their lawyer or social worker, per asylum step.
    Sql("CREATE TABLE question (
        id INTEGER PRIMARY KEY,
        step TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX question_by_step ON question (step);"),
    // 3: trusted adults (hours and languages as JSON) and the safety plan.
    Sql("CREATE TABLE contact (
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
    CREATE INDEX plan_item_by_section ON plan_item (section, position);"),
    // 4: the signed content pack last downloaded (places, numbers, explainers' facts), kept
    // exactly as it came so its signature is checked again at every start.
    Sql("CREATE TABLE content_pack (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        bytes BLOB NOT NULL,
        etag TEXT,
        updated_at TEXT NOT NULL
    ) STRICT;"),
    // 5: with a lock code set, everything the young person saved, sealed under a key from the
    // code (store/vault.rs): the key's salt and Argon2id cost, the nonce, the ciphertext.
    Sql("CREATE TABLE vault (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL,
        memory_kib INTEGER NOT NULL,
        passes INTEGER NOT NULL,
        lanes INTEGER NOT NULL,
        nonce BLOB NOT NULL,
        sealed BLOB NOT NULL
    ) STRICT;"),
    // 6: a setup may add an out-of-hours contact after the one the young person has, who stays
    // first (setup/import.rs): more than one contact may carry the mark; the first is reached.
    Sql("DROP INDEX one_out_of_hours_contact;"),
    // 7: recordings of a locale's messages (content/audio.rs), downloaded when the young person
    // asks: public and signed like the content pack, kept as they came, one pack per locale.
    Sql("CREATE TABLE audio_pack (
        locale TEXT PRIMARY KEY NOT NULL,
        bytes BLOB NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;"),
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
        return Err(StoreError::TooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

pub(super) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    upgrade(conn, MIGRATIONS)
}

/// Runs the steps of `migrations` the database has not had yet.
fn upgrade(conn: &Connection, migrations: &[Migration]) -> Result<(), StoreError> {
    let newest = migrations.len() as i64;
    let found = user_version(conn)?;
    if found > newest {
        return Err(StoreError::TooNew {
            found,
            supported: newest,
        });
    }
    if found == newest {
        return Ok(());
    }
    // Every pending step in one transaction: a new phone's database is written once (each
    // commit is a write to IndexedDB on the web), and an upgrade is whole or not at all. A
    // step that fails drops the transaction, which rolls every step back.
    let tx = conn.unchecked_transaction()?;
    for step in migrations.iter().skip(found.max(0) as usize) {
        match step {
            Migration::Sql(sql) => tx.execute_batch(sql)?,
            Migration::Rust(change) => change(&tx)?,
        }
    }
    tx.pragma_update(None, "user_version", newest)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep_language(tx: &Transaction) -> rusqlite::Result<()> {
        tx.execute(
            "INSERT INTO setting (key, value) VALUES ('language', 'ar')",
            [],
        )
        .map(|_| ())
    }

    fn fail(tx: &Transaction) -> rusqlite::Result<()> {
        tx.execute("INSERT INTO no_such_table VALUES (1)", [])
            .map(|_| ())
    }

    fn count(conn: &Connection, sql: &str) -> i64 {
        conn.query_row(sql, [], |r| r.get(0)).expect("a count")
    }

    #[test]
    fn a_rust_step_runs_in_the_upgrade_and_a_failing_one_undoes_every_pending_step() {
        let conn = Connection::open_in_memory().expect("a database");
        upgrade(&conn, &MIGRATIONS[..1]).expect("version 1");
        // Step 1 is already run; steps 2 to 4 are pending, and the last one fails.
        let broken = [
            Sql("-- version 1"),
            Migration::Rust(keep_language),
            Sql("CREATE TABLE later (x INTEGER) STRICT;"),
            Migration::Rust(fail),
        ];
        assert!(upgrade(&conn, &broken).is_err());
        assert_eq!(
            user_version(&conn).expect("version"),
            1,
            "still at the old version"
        );
        assert_eq!(
            count(&conn, "SELECT count(*) FROM setting"),
            0,
            "the Rust step's row is undone"
        );
        assert_eq!(
            count(
                &conn,
                "SELECT count(*) FROM sqlite_schema WHERE name = 'later'"
            ),
            0,
            "and the SQL step's table"
        );

        upgrade(
            &conn,
            &[Sql("-- version 1"), Migration::Rust(keep_language)],
        )
        .expect("upgrades");
        assert_eq!(user_version(&conn).expect("version"), 2);
        assert_eq!(
            count(&conn, "SELECT count(*) FROM setting WHERE value = 'ar'"),
            1
        );
    }
}
