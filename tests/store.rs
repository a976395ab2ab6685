//! The store keeps what it is told, refuses a database newer than the code without touching
//! it, and moves a damaged file aside (never deleting it) so the app can still start; every
//! older schema (`tests/fixtures/schema_vN.sql`) upgrades keeping its rows, an upgrade that fails
//! leaves the old version and data, and one trusted adult that does not read hides no other.

use std::fs;
use std::path::{Path, PathBuf};

use harbour::core::contacts::{Contact, DaySet, Phone, Role, Slot};
use harbour::core::plan::{Line, Section};
use harbour::core::store::{open_or_recover, Opened, StoreError, SCHEMA_VERSION};
use harbour::platform::FilePlace;
use rusqlite::types::Value;
use rusqlite::Connection;

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("harbour-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
    fn db(&self) -> PathBuf {
        self.0.join("harbour.db")
    }
    fn open(&self) -> Opened {
        open_or_recover(&FilePlace::new(self.db()))
    }
    fn aside(&self) -> Vec<PathBuf> {
        fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".broken-"))
            .filter(|p| {
                !p.to_string_lossy().ends_with("-wal") && !p.to_string_lossy().ends_with("-shm")
            })
            .collect()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn problem_id(opened: &Opened) -> Option<&'static str> {
    opened.problem.as_ref().map(StoreError::message_id)
}

#[test]
fn a_new_store_is_migrated_and_keeps_the_language() {
    let scratch = Scratch::new("language");
    {
        let opened = scratch.open();
        assert_eq!(problem_id(&opened), None);
        assert!(opened.persistent);
        assert_eq!(opened.store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(opened.store.language().unwrap(), None);
        opened.store.set_language("ar").unwrap();
        opened.store.set_language("en").unwrap();
        opened.store.set_language("ar").unwrap();
    }
    let reopened = scratch.open();
    assert_eq!(reopened.store.language().unwrap().as_deref(), Some("ar"));
}

#[test]
fn a_database_newer_than_the_code_is_refused_and_left_untouched() {
    let scratch = Scratch::new("too-new");
    {
        let conn = Connection::open(scratch.db()).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = fs::read(scratch.db()).unwrap();
    let opened = scratch.open();
    assert_eq!(problem_id(&opened), Some("store-error-too-new"));
    assert!(!opened.persistent, "the app runs on a store in memory");
    assert!(matches!(
        opened.problem,
        Some(StoreError::TooNew { found: 99, .. })
    ));
    // The in-memory store still works for this session.
    opened.store.set_language("ar").unwrap();
    drop(opened);
    assert!(
        fs::read(scratch.db()).unwrap() == before,
        "the newer database must not change"
    );
    assert!(scratch.aside().is_empty());
}

#[test]
fn a_damaged_file_is_moved_aside_and_a_fresh_store_made() {
    let scratch = Scratch::new("corrupt");
    let garbage = b"this is not a database, just bytes a broken write left behind".repeat(200);
    fs::write(scratch.db(), &garbage).unwrap();
    let opened = scratch.open();
    assert_eq!(problem_id(&opened), Some("store-error-corrupt"));
    assert!(opened.persistent);
    opened.store.set_language("ar").unwrap();
    let aside = scratch.aside();
    assert_eq!(aside.len(), 1, "exactly one copy kept aside: {aside:?}");
    assert!(
        fs::read(&aside[0]).unwrap() == garbage,
        "the broken bytes are kept as they were"
    );
    drop(opened);
    let reopened = scratch.open();
    assert_eq!(problem_id(&reopened), None);
    assert_eq!(reopened.store.language().unwrap().as_deref(), Some("ar"));
}

#[test]
fn a_place_that_cannot_be_opened_still_gives_a_working_store() {
    let scratch = Scratch::new("unavailable");
    // A directory where the file should be: SQLite cannot open it.
    fs::create_dir_all(scratch.db()).unwrap();
    let opened = scratch.open();
    assert_eq!(problem_id(&opened), Some("store-error-unavailable"));
    assert!(!opened.persistent);
    opened.store.set_language("en").unwrap();
    assert!(Path::new(&scratch.db()).is_dir(), "nothing was deleted");
}

/// Writes a store as an older app left it (`tests/fixtures/schema_vN.sql`), then opens it with
/// this code: it must upgrade with no problem to the current version.
fn upgraded(name: &str, fixture: &str) -> (Scratch, Opened) {
    let scratch = Scratch::new(name);
    {
        let conn = Connection::open(scratch.db()).unwrap();
        conn.execute_batch(fixture).unwrap();
    }
    let opened = scratch.open();
    assert_eq!(problem_id(&opened), None, "{name}");
    assert_eq!(
        opened.store.schema_version().unwrap(),
        SCHEMA_VERSION,
        "{name}"
    );
    (scratch, opened)
}

#[test]
fn a_version_1_store_upgrades_and_keeps_its_data() {
    let (_scratch, opened) = upgraded("v1", include_str!("fixtures/schema_v1.sql"));
    assert_eq!(opened.store.language().unwrap().as_deref(), Some("ar"));
    opened
        .store
        .add_question("sef", "Who reads my SEF?")
        .unwrap();
}

/// Every row of every table, as SQLite holds it, table by table.
type Rows = Vec<(String, Vec<Vec<Value>>)>;

fn every_row(conn: &Connection) -> Rows {
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    let names: Vec<String> = tables
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
        .into_iter()
        .map(|table| {
            let mut select = conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
                .unwrap();
            let columns = select.column_count();
            let rows = select
                .query_map([], |r| {
                    (0..columns)
                        .map(|i| r.get::<_, Value>(i))
                        .collect::<Result<Vec<_>, _>>()
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (table, rows)
        })
        .collect()
}

fn fixture(version: i64) -> Option<String> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema_v{version}.sql"));
    fs::read_to_string(path).ok()
}

/// For every schema version an app has shipped before this one there is a fixture of a store as
/// that version left it, with rows in every table; it upgrades to the current version with no
/// problem, and every row it had is still there, unchanged. (A migration that reshapes rows on
/// purpose says here which rows it changes.)
#[test]
fn every_older_schema_has_a_fixture_that_upgrades_keeping_every_row() {
    for version in 1..SCHEMA_VERSION {
        let sql = fixture(version)
            .unwrap_or_else(|| panic!("tests/fixtures/schema_v{version}.sql is missing"));
        let scratch = Scratch::new(&format!("fixture-v{version}"));
        let before = {
            let conn = Connection::open(scratch.db()).unwrap();
            conn.execute_batch(&sql).unwrap();
            let found: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(
                found, version,
                "schema_v{version}.sql sets user_version {found}"
            );
            every_row(&conn)
        };
        for (table, rows) in &before {
            assert!(
                !rows.is_empty(),
                "schema_v{version}.sql: {table} has no rows to keep"
            );
        }
        {
            let opened = scratch.open();
            assert_eq!(problem_id(&opened), None, "v{version}");
            assert_eq!(
                opened.store.schema_version().unwrap(),
                SCHEMA_VERSION,
                "v{version}"
            );
        }
        let after = every_row(&Connection::open(scratch.db()).unwrap());
        for (table, rows) in &before {
            let kept = after.iter().find(|(t, _)| t == table).map(|(_, rows)| rows);
            assert_eq!(kept, Some(rows), "v{version}: the rows of {table}");
        }
    }
    assert!(
        fixture(SCHEMA_VERSION).is_none(),
        "the current schema needs no fixture until it has shipped"
    );
}

/// An upgrade whose last step fails (here the table migration 4 creates is already there) keeps
/// nothing of the steps before it: the file stays at its old version with its rows, and the app
/// runs on a store in memory rather than on half an upgrade.
#[test]
fn an_upgrade_that_fails_leaves_the_old_version_and_its_data() {
    let scratch = Scratch::new("failed-upgrade");
    let before = {
        let conn = Connection::open(scratch.db()).unwrap();
        conn.execute_batch(include_str!("fixtures/schema_v2.sql"))
            .unwrap();
        conn.execute_batch("CREATE TABLE content_pack (made_by_hand TEXT);")
            .unwrap();
        every_row(&conn)
    };
    {
        let opened = scratch.open();
        assert_eq!(problem_id(&opened), Some("store-error-unavailable"));
        assert!(!opened.persistent, "the app runs on a store in memory");
        let source = opened
            .problem
            .as_ref()
            .and_then(|p| std::error::Error::source(p))
            .map(|e| e.to_string());
        assert!(
            source
                .as_deref()
                .is_some_and(|s| s.contains("content_pack")),
            "SQLite's error is kept: {source:?}"
        );
    }
    let conn = Connection::open(scratch.db()).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 2, "still the old version");
    assert_eq!(
        every_row(&conn),
        before,
        "no table of migration 3 kept, every row as it was"
    );
    assert!(
        scratch.aside().is_empty(),
        "a store that fails to upgrade is not damaged: nothing moved aside"
    );
}

#[test]
fn a_version_2_store_upgrades_and_keeps_its_data() {
    let (_scratch, opened) = upgraded("v2", include_str!("fixtures/schema_v2.sql"));
    assert_eq!(opened.store.language().unwrap().as_deref(), Some("ti"));
    assert_eq!(opened.store.current_step().unwrap().as_deref(), Some("sef"));
    let questions = opened.store.questions("sef").unwrap();
    assert_eq!(questions.len(), 1);
    assert_eq!(questions[0].text, "ኣብ SEF እንታይ ክጽሕፍ ኣለኒ?");
    // What version 3 added works on the upgraded store.
    assert!(opened.store.contacts().unwrap().is_empty());
    opened.store.start_plan().unwrap();
    assert!(!opened.store.plan().unwrap().is_empty());
}

#[test]
fn a_version_3_store_upgrades_and_keeps_its_adults_plan_and_settings() {
    let (_scratch, opened) = upgraded("v3", include_str!("fixtures/schema_v3.sql"));
    let store = &opened.store;
    assert_eq!(store.language().unwrap().as_deref(), Some("fa-AF"));
    assert_eq!(store.signature().unwrap().as_deref(), Some("احمد"));
    assert!(store.discreet().unwrap());
    assert_eq!(store.current_step().unwrap().as_deref(), Some("interview"));
    assert_eq!(store.questions("interview").unwrap().len(), 2);
    let saved = store.saved_adults().unwrap();
    assert_eq!(saved.unreadable, 0);
    let adults: Vec<(&str, usize, usize, bool)> = saved
        .adults
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.hours.len(),
                c.languages.len(),
                c.out_of_hours,
            )
        })
        .collect();
    assert_eq!(
        adults,
        [
            ("Nasrin Rahimi", 2, 3, false),
            ("Sam Patel", 1, 1, false),
            ("Grace Okafor", 1, 0, true)
        ]
    );
    assert!(
        !saved.adults[0].phone.texts,
        "a landline stays not textable"
    );
    // The plan was opened under version 3: no suggestions come back, the order is kept.
    store.start_plan().unwrap();
    let plan: Vec<(Section, Line)> = store
        .plan()
        .unwrap()
        .into_iter()
        .map(|i| (i.section, i.line))
        .collect();
    assert_eq!(plan.len(), 6);
    assert_eq!(
        plan[0],
        (
            Section::Leaving,
            Line::Suggestion("plan-starter-leaving-2".into())
        )
    );
    assert_eq!(
        plan[2],
        (
            Section::Helps,
            Line::Own("فوتبال با دوستانم روزهای چهارشنبه".into())
        )
    );
    // What version 4 added works on the upgraded store.
    assert_eq!(store.stored_pack().unwrap(), None);
}

fn adult(name: &str, phone: &str) -> Contact {
    Contact {
        id: 0,
        name: name.into(),
        role: Role::KeyWorker,
        phone: Phone {
            e164: phone.into(),
            display: phone.into(),
            texts: true,
        },
        hours: vec![Slot::parse(DaySet::WEEKDAYS, "09:00", "17:00").unwrap()],
        languages: vec!["en".into()],
        out_of_hours: false,
    }
}

/// One saved adult whose row no longer reads (hours or languages damaged, written by hand or by
/// an app that got it wrong) is skipped and counted; every other adult is still there, so
/// "come back" is never told that nobody was added.
#[test]
fn a_trusted_adult_that_does_not_read_is_counted_and_hides_no_one_else() {
    let scratch = Scratch::new("unreadable-adult");
    {
        let store = scratch.open().store;
        for (name, phone) in [
            ("Sam", "+447911123456"),
            ("Nasrin", "+441172223333"),
            ("Grace", "+447400123456"),
            ("Abdi", "+447700900123"),
        ] {
            store.save_contact(&adult(name, phone)).unwrap();
        }
    }
    {
        let conn = Connection::open(scratch.db()).unwrap();
        let damage = |name: &str, column: &str, json: &str| {
            let sql = format!("UPDATE contact SET {column} = ?1 WHERE name = ?2");
            assert_eq!(conn.execute(&sql, [json, name]).unwrap(), 1);
        };
        damage(
            "Nasrin",
            "hours",
            r#"[{"days":31,"opens":"9am","closes":"17:00"}]"#,
        );
        damage("Abdi", "languages", "not json");
        // A field this app does not know (from a newer app) is no reason to hide anyone.
        damage(
            "Grace",
            "hours",
            r#"[{"days":96,"opens":"10:00","closes":"14:00","note":"weekends"}]"#,
        );
    }
    let store = scratch.open().store;
    let saved = store.saved_adults().unwrap();
    let names: Vec<&str> = saved.adults.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Sam", "Grace"]);
    assert_eq!(saved.unreadable, 2);
    assert_eq!(
        saved.adults[1].hours,
        [Slot::parse(DaySet::WEEKEND, "10:00", "14:00").unwrap()]
    );
    assert_eq!(store.contacts().unwrap(), saved.adults);
    // The rows are kept as they are (someone may be able to mend them), not deleted.
    let rows: i64 = Connection::open(scratch.db())
        .unwrap()
        .query_row("SELECT count(*) FROM contact", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 4);
}

#[test]
fn i_am_here_and_questions_are_kept_per_step_across_restarts() {
    let scratch = Scratch::new("progress");
    {
        let store = scratch.open().store;
        assert_eq!(store.current_step().unwrap(), None);
        store.set_current_step(Some("interview")).unwrap();
        store
            .add_question("interview", "  Can I have a female interpreter?  ")
            .unwrap();
        store
            .add_question("interview", "Can my key worker come?")
            .unwrap();
        let gone = store.add_question("sef", "When is my SEF due?").unwrap();
        store
            .add_question("sef", "Do I write it in English?")
            .unwrap();
        store.delete_question(gone.id).unwrap();
    }
    let store = scratch.open().store;
    assert_eq!(store.current_step().unwrap().as_deref(), Some("interview"));
    let texts = |step: &str| {
        store
            .questions(step)
            .unwrap()
            .into_iter()
            .map(|q| q.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts("interview"),
        [
            "Can I have a female interpreter?",
            "Can my key worker come?"
        ]
    );
    assert_eq!(texts("sef"), ["Do I write it in English?"]);
    assert!(texts("appeal").is_empty());
    store.set_current_step(None).unwrap();
    assert_eq!(store.current_step().unwrap(), None);
}
