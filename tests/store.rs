//! The store keeps what it is told, refuses a database newer than the code without touching
//! it, and moves a damaged file aside (never deleting it) so the app can still start.

use std::fs;
use std::path::{Path, PathBuf};

use harbour::core::contacts::{Contact, DaySet, Phone, Role, Slot};
use harbour::core::store::{open_or_recover, Opened, Store, StoreError, SCHEMA_VERSION};
use harbour::platform::FilePlace;
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
            .filter(|p| !p.to_string_lossy().ends_with("-wal") && !p.to_string_lossy().ends_with("-shm"))
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
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
    }
    let before = fs::read(scratch.db()).unwrap();
    let opened = scratch.open();
    assert_eq!(problem_id(&opened), Some("store-error-too-new"));
    assert!(!opened.persistent, "the app runs on a store in memory");
    assert!(matches!(opened.problem, Some(StoreError::TooNew { found: 99, .. })));
    // The in-memory store still works for this session.
    opened.store.set_language("ar").unwrap();
    drop(opened);
    assert!(fs::read(scratch.db()).unwrap() == before, "the newer database must not change");
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
    assert!(fs::read(&aside[0]).unwrap() == garbage, "the broken bytes are kept as they were");
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

#[test]
fn migrations_are_numbered_from_one() {
    let store = Store::in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(SCHEMA_VERSION >= 1);
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
    assert_eq!(opened.store.schema_version().unwrap(), SCHEMA_VERSION, "{name}");
    (scratch, opened)
}

#[test]
fn a_version_1_store_upgrades_and_keeps_its_data() {
    let (_scratch, opened) = upgraded("v1", include_str!("fixtures/schema_v1.sql"));
    assert_eq!(opened.store.language().unwrap().as_deref(), Some("ar"));
    opened.store.add_question("sef", "Who reads my SEF?").unwrap();
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

fn adult(name: &str, phone: &str) -> Contact {
    Contact {
        id: 0,
        name: name.into(),
        role: Role::KeyWorker,
        phone: Phone { e164: phone.into(), display: phone.into(), texts: true },
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
        for (name, phone) in [("Sam", "+447911123456"), ("Nasrin", "+441172223333"), ("Grace", "+447400123456"), ("Abdi", "+447700900123")] {
            store.save_contact(&adult(name, phone)).unwrap();
        }
    }
    {
        let conn = Connection::open(scratch.db()).unwrap();
        let damage = |name: &str, column: &str, json: &str| {
            let sql = format!("UPDATE contact SET {column} = ?1 WHERE name = ?2");
            assert_eq!(conn.execute(&sql, [json, name]).unwrap(), 1);
        };
        damage("Nasrin", "hours", r#"[{"days":31,"opens":"9am","closes":"17:00"}]"#);
        damage("Abdi", "languages", "not json");
        // A field this app does not know (from a newer app) is no reason to hide anyone.
        damage("Grace", "hours", r#"[{"days":96,"opens":"10:00","closes":"14:00","note":"weekends"}]"#);
    }
    let store = scratch.open().store;
    let saved = store.saved_adults().unwrap();
    let names: Vec<&str> = saved.adults.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Sam", "Grace"]);
    assert_eq!(saved.unreadable, 2);
    assert_eq!(saved.adults[1].hours, [Slot::parse(DaySet::WEEKEND, "10:00", "14:00").unwrap()]);
    assert_eq!(store.contacts().unwrap(), saved.adults);
    // The rows are kept as they are (someone may be able to mend them), not deleted.
    let rows: i64 = Connection::open(scratch.db()).unwrap().query_row("SELECT count(*) FROM contact", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 4);
}

#[test]
fn i_am_here_and_questions_are_kept_per_step_across_restarts() {
    let scratch = Scratch::new("progress");
    {
        let store = scratch.open().store;
        assert_eq!(store.current_step().unwrap(), None);
        store.set_current_step(Some("interview")).unwrap();
        store.add_question("interview", "  Can I have a female interpreter?  ").unwrap();
        store.add_question("interview", "Can my key worker come?").unwrap();
        let gone = store.add_question("sef", "When is my SEF due?").unwrap();
        store.add_question("sef", "Do I write it in English?").unwrap();
        store.delete_question(gone.id).unwrap();
    }
    let store = scratch.open().store;
    assert_eq!(store.current_step().unwrap().as_deref(), Some("interview"));
    let texts = |step: &str| store.questions(step).unwrap().into_iter().map(|q| q.text).collect::<Vec<_>>();
    assert_eq!(texts("interview"), ["Can I have a female interpreter?", "Can my key worker come?"]);
    assert_eq!(texts("sef"), ["Do I write it in English?"]);
    assert!(texts("appeal").is_empty());
    store.set_current_step(None).unwrap();
    assert_eq!(store.current_step().unwrap(), None);
}
