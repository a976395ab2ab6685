//! Safe under someone else's eyes: "what Harbour keeps" names every table the schema has, the
//! lock code is checked and never kept, it seals what was saved so that the file on disk holds
//! none of it, and wrong codes wait longer each time.

use std::path::{Path, PathBuf};

use argon2::password_hash::{PasswordHasher, SaltString};
use chrono::Duration;
use harbour::core::contacts::{ContactInput, Role};
use harbour::core::i18n::Catalogue;
use harbour::core::plan::Section;
use harbour::core::privacy::{
    check_new_pin, delay_after, derive_key, verify_pin, PinError, KEY_COST,
};
use harbour::core::store::{open_or_recover, Store, StoreError};
use harbour::platform::FilePlace;

#[test]
fn what_harbour_keeps_names_every_table_and_counts_it() {
    let store = Store::in_memory().unwrap();
    store.start_plan().unwrap();
    store.add_plan_line(Section::Helps, "Music").unwrap();
    store.set_language("ar").unwrap();
    let kept = store.inventory().unwrap();
    let en = Catalogue::embedded().localizer("en");
    for item in &kept {
        let id = item
            .message_id
            .unwrap_or_else(|| panic!("table {} is not in the KEPT list", item.table));
        assert!(en.has_own(id), "{id} is missing from locales/en");
    }
    let count = |table: &str| kept.iter().find(|k| k.table == table).map(|k| k.count);
    let suggestions: usize = Section::ALL.iter().map(|s| s.starters().len()).sum();
    assert_eq!(count("plan_item"), Some(suggestions as i64 + 1));
    assert_eq!(count("contact"), Some(0));
    assert!(
        count("setting").unwrap() >= 2,
        "language and the plan's start"
    );
    // Nothing that is not a table of ours (indexes, SQLite's own) is listed.
    assert!(kept.iter().all(|k| !k.table.starts_with("sqlite_")));
}

fn check_new(pin: &str, confirm: &str, expected: Result<(), PinError>) {
    assert_eq!(
        check_new_pin(pin, confirm),
        expected,
        "{pin:?} / {confirm:?}"
    );
}

#[test]
fn a_new_code_has_four_to_twelve_digits_typed_twice_and_is_not_a_first_guess() {
    check_new("2580", "2580", Ok(()));
    check_new("735194", "735194", Ok(()));
    check_new("902716354812", "902716354812", Ok(()));
    check_new("258", "258", Err(PinError::Length));
    check_new("9027163548123", "9027163548123", Err(PinError::Length));
    check_new("", "", Err(PinError::Length));
    check_new("25a0", "25a0", Err(PinError::NotDigits));
    check_new("25 80", "25 80", Err(PinError::NotDigits));
    check_new("٢٥٨٠", "٢٥٨٠", Err(PinError::NotDigits));
    check_new("2580", "2508", Err(PinError::Mismatch));
    // The codes a guesser tries first: the most common ones, one digit, a run up or down.
    for common in [
        "1234", "0000", "1212", "6969", "2000", "1111111", "123456", "98765", "3456",
    ] {
        check_new(common, common, Err(PinError::TooCommon));
    }
}

#[test]
fn the_key_comes_from_the_code_and_a_salt_and_old_hashes_still_check() {
    let salt = [7u8; 16];
    let key = derive_key("735194", &salt, KEY_COST).unwrap();
    assert_eq!(*key, *derive_key("735194", &salt, KEY_COST).unwrap());
    assert_ne!(*key, *derive_key("735195", &salt, KEY_COST).unwrap());
    assert_ne!(*key, *derive_key("735194", &[8u8; 16], KEY_COST).unwrap());
    // A code set by a version before the seal was kept as an Argon2id hash.
    let old = legacy_hash("2468");
    assert!(verify_pin("2468", &old));
    assert!(!verify_pin("2469", &old));
    assert!(
        !verify_pin("2468", "not a hash"),
        "a damaged hash never matches"
    );
}

fn legacy_hash(code: &str) -> String {
    let salt = SaltString::encode_b64(b"sixteen byte sal").unwrap();
    argon2::Argon2::default()
        .hash_password(code.as_bytes(), &salt)
        .unwrap()
        .to_string()
}

#[test]
fn waits_grow_after_the_third_wrong_code_up_to_an_hour() {
    let cases = [
        (0, 0),
        (1, 0),
        (2, 0),
        (3, 30),
        (4, 60),
        (5, 120),
        (6, 240),
        (9, 1920),
        (10, 3600),
        (40, 3600),
    ];
    for (failures, seconds) in cases {
        assert_eq!(
            delay_after(failures),
            Duration::seconds(seconds),
            "after {failures} wrong codes"
        );
    }
}

#[test]
fn wrong_codes_are_counted_across_restarts_and_a_wait_blocks_even_the_right_code() {
    let (dir, place) = temp_place("waits");
    let open = || open_or_recover(&place).store;
    {
        let store = open();
        assert_eq!(store.set_pin("12", "12"), Err(PinError::Length));
        assert!(!store.has_pin().unwrap(), "nothing saved");
        store.set_pin("2468", "2468").unwrap();
        store.lock();
        assert_eq!(store.unlock("0000", secs(0)), Err(PinError::Wrong));
        assert_eq!(store.unlock("1111", secs(0)), Err(PinError::Wrong));
    }
    let store = open();
    assert!(store.has_pin().unwrap());
    assert_eq!(
        store.unlock("2222", secs(0)),
        Err(PinError::Wait { seconds: 30 }),
        "third wrong code, after a restart"
    );
    assert_eq!(
        store.unlock("2468", secs(10)),
        Err(PinError::Wait { seconds: 20 })
    );
    assert_eq!(
        store.unlock("3333", secs(31)),
        Err(PinError::Wait { seconds: 60 })
    );
    assert_eq!(store.unlock("2468", secs(92)), Ok(()));
    // A right code starts the count afresh.
    assert_eq!(store.unlock("0000", secs(100)), Err(PinError::Wrong));
    // Neither the code nor a hash of it is kept.
    let values = settings_on_disk(&dir);
    assert!(
        values
            .iter()
            .all(|(k, v)| !v.contains("2468") && k != "pin_hash"),
        "{values:?}"
    );
    store.clear_pin("2468", secs(100)).unwrap();
    assert_eq!(
        store.unlock("anything", secs(0)),
        Ok(()),
        "no code: nothing to unlock"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The wait is counted on the app's running clock, which the phone's owner cannot move, and a
/// restart begins a kept wait again in full: neither a new start nor a changed clock skips it.
#[test]
fn a_wait_survives_restarts_in_full_and_cannot_be_shortened() {
    let (dir, place) = temp_place("wait-restart");
    let open = || open_or_recover(&place).store;
    {
        let store = open();
        store.set_pin("735194", "735194").unwrap();
        store.lock();
        for wrong in ["111111", "222222"] {
            assert_eq!(store.unlock(wrong, secs(0)), Err(PinError::Wrong));
        }
        assert_eq!(
            store.unlock("333333", secs(5)),
            Err(PinError::Wait { seconds: 30 })
        );
        assert_eq!(
            store.unlock("735194", secs(34)),
            Err(PinError::Wait { seconds: 1 })
        );
    }
    // A restart 29 s into the wait (or a page opened long after, with any clock): it begins again.
    for started in [secs(0), secs(7200)] {
        let store = open();
        assert_eq!(
            store.unlock("735194", started + secs(29)),
            Err(PinError::Wait { seconds: 30 }),
            "the first try after a restart begins the wait"
        );
        assert_eq!(
            store.unlock("735194", started + secs(58)),
            Err(PinError::Wait { seconds: 1 })
        );
    }
    let store = open();
    assert_eq!(
        store.unlock("735194", secs(0)),
        Err(PinError::Wait { seconds: 30 })
    );
    assert_eq!(store.unlock("735194", secs(30)), Ok(()), "the wait sat out");
    assert!(
        settings_on_disk(&dir)
            .iter()
            .all(|(k, _)| k != "pin_wait" && k != "pin_failures"),
        "a right code clears the count and the wait"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `seconds` on the app's running clock.
fn secs(seconds: u64) -> std::time::Duration {
    std::time::Duration::from_secs(seconds)
}

// ---------- the seal ----------

/// A fresh folder for one test's database file.
fn temp_place(name: &str) -> (PathBuf, FilePlace) {
    let dir = std::env::temp_dir().join(format!("harbour-privacy-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let place = FilePlace::new(dir.join("harbour.db"));
    (dir, place)
}

fn settings_on_disk(dir: &Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(dir.join("harbour.db")).unwrap();
    let mut stmt = conn.prepare("SELECT key, value FROM setting").unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

/// Every byte of the database's files (the database, and its log natively).
fn bytes_on_disk(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        all.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    all
}

/// Which of `words` can be found in `bytes`, as UTF-8 or UTF-16 (either byte order).
fn found_in(bytes: &[u8], words: &[&str]) -> Vec<String> {
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    words
        .iter()
        .filter(|word| {
            let le: Vec<u8> = word.encode_utf16().flat_map(u16::to_le_bytes).collect();
            let be: Vec<u8> = word.encode_utf16().flat_map(u16::to_be_bytes).collect();
            contains(word.as_bytes()) || contains(&le) || contains(&be)
        })
        .map(|word| word.to_string())
        .collect()
}

const SECRETS: [&str; 6] = [
    "Mariam Haidari",
    "7911123456",
    "the library on Sunday",
    "When is my interview",
    "Ahmad R",
    "Leeds-North",
];

/// A young person's saved things, each holding one of `SECRETS`.
fn save_secrets(store: &Store) {
    let adult = ContactInput {
        name: "Mariam Haidari".into(),
        role: Role::SocialWorker,
        phone: "07911 123456".into(),
        hours: vec![],
        languages: vec![],
        out_of_hours: false,
    };
    store.save_contact(&adult.check().unwrap()).unwrap();
    store
        .add_plan_line(Section::Helps, "Go to the library on Sunday")
        .unwrap();
    store
        .add_question("interview", "When is my interview?")
        .unwrap();
    store.set_signature("Ahmad R").unwrap();
    store.set_area(Some("Leeds-North")).unwrap();
}

#[test]
fn with_a_code_set_the_file_on_disk_holds_nothing_that_was_saved() {
    let (dir, place) = temp_place("seal");
    let store = open_or_recover(&place).store;
    store.set_language("fa").unwrap();
    assert!(!store.large_text().unwrap());
    store.set_large_text(true).unwrap();
    save_secrets(&store);
    assert_eq!(
        found_in(&bytes_on_disk(&dir), &SECRETS).len(),
        SECRETS.len(),
        "without a code, each is on disk (so this test can see them)"
    );
    store.set_pin("735194", "735194").unwrap();
    assert_eq!(
        found_in(&bytes_on_disk(&dir), &SECRETS),
        Vec::<String>::new()
    );
    // An edit made while open is sealed too.
    store
        .add_plan_line(Section::Helps, "Call Mr Okafor")
        .unwrap();
    assert_eq!(
        found_in(&bytes_on_disk(&dir), &["Call Mr Okafor"]),
        Vec::<String>::new()
    );
    drop(store);

    let store = open_or_recover(&place).store;
    assert_eq!(
        store.language().unwrap().as_deref(),
        Some("fa"),
        "read before the code"
    );
    assert!(
        store.large_text().unwrap(),
        "read before the code: the lock screen is in larger text too"
    );
    assert!(store.has_pin().unwrap());
    assert!(matches!(store.contacts(), Err(StoreError::Locked)));
    assert!(matches!(store.plan(), Err(StoreError::Locked)));
    assert!(matches!(store.signature(), Err(StoreError::Locked)));
    assert!(store.save_contact(&store_adult()).is_err(), "nor written");
    let t0 = secs(0);
    assert_eq!(store.unlock("735195", t0), Err(PinError::Wrong));
    store.unlock("735194", t0).unwrap();
    assert_eq!(store.contacts().unwrap()[0].name, "Mariam Haidari");
    assert_eq!(store.signature().unwrap().as_deref(), Some("Ahmad R"));
    assert_eq!(store.area().unwrap().as_deref(), Some("Leeds-North"));
    let lines: Vec<String> = store
        .plan()
        .unwrap()
        .iter()
        .map(|i| format!("{:?}", i.line))
        .collect();
    assert!(
        lines.iter().any(|l| l.contains("Call Mr Okafor")),
        "{lines:?}"
    );
    // Locking drops what was opened.
    store.lock();
    assert!(matches!(store.contacts(), Err(StoreError::Locked)));
    let _ = std::fs::remove_dir_all(&dir);
}

fn store_adult() -> harbour::core::contacts::Contact {
    ContactInput {
        name: "Someone Else".into(),
        role: Role::KeyWorker,
        phone: "07400 123456".into(),
        hours: vec![],
        languages: vec![],
        out_of_hours: false,
    }
    .check()
    .unwrap()
}

/// Everything a young person can read back, as one text to compare.
fn snapshot(store: &Store) -> String {
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        store.contacts().unwrap(),
        store.plan().unwrap(),
        store.questions("interview").unwrap(),
        store.signature().unwrap(),
        store.area().unwrap(),
        store.current_step().unwrap(),
        store.discreet().unwrap(),
    )
}

#[test]
fn every_edit_made_while_open_is_still_there_after_a_restart() {
    type Edit = fn(&Store);
    let edits: [(&str, Edit); 12] = [
        ("save a contact", |s| {
            s.save_contact(&store_adult()).unwrap();
        }),
        ("edit a contact", |s| {
            let mut c = s.contacts().unwrap()[0].clone();
            c.name = "Mariam H".into();
            s.save_contact(&c).unwrap();
        }),
        ("delete a contact", |s| {
            let id = s.contacts().unwrap()[0].id;
            s.delete_contact(id).unwrap();
        }),
        ("start the plan", |s| s.start_plan().unwrap()),
        ("add a line", |s| {
            s.add_plan_line(Section::Helps, "Football").unwrap();
        }),
        ("edit a line", |s| {
            let id = s.plan().unwrap()[0].id;
            s.edit_plan_line(id, "Swimming").unwrap();
        }),
        ("move a line", |s| {
            let id = s.plan().unwrap()[1].id;
            s.move_plan_line(id, harbour::core::plan::Move::Up).unwrap();
        }),
        ("delete a line", |s| {
            let id = s.plan().unwrap()[0].id;
            s.delete_plan_line(id).unwrap();
        }),
        ("add and delete questions", |s| {
            let q = s.add_question("interview", "Who comes with me?").unwrap();
            s.add_question("interview", "Can I have a break?").unwrap();
            s.delete_question(q.id).unwrap();
        }),
        ("sign", |s| s.set_signature("A. R.").unwrap()),
        ("mark a step", |s| {
            s.set_current_step(Some("interview")).unwrap()
        }),
        ("discreet mode", |s| s.set_discreet(true).unwrap()),
    ];
    let (dir, place) = temp_place("edits");
    let t0 = secs(0);
    {
        let store = open_or_recover(&place).store;
        save_secrets(&store);
        store.set_pin("735194", "735194").unwrap();
    }
    for (what, edit) in edits {
        let before = {
            let store = open_or_recover(&place).store;
            store.unlock("735194", t0).unwrap();
            edit(&store);
            snapshot(&store)
        };
        let store = open_or_recover(&place).store;
        store.unlock("735194", t0).unwrap();
        assert_eq!(snapshot(&store), before, "after: {what}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn changing_or_removing_the_code_needs_the_current_one() {
    let (dir, place) = temp_place("change");
    let t0 = secs(0);
    let store = open_or_recover(&place).store;
    save_secrets(&store);
    store.set_pin("735194", "735194").unwrap();
    assert_eq!(
        store.set_pin("246813", "246813"),
        Err(PinError::Wrong),
        "a second code is never set over the first"
    );
    assert_eq!(
        store.change_pin("111222", "246813", "246813", t0),
        Err(PinError::Wrong)
    );
    assert_eq!(store.clear_pin("111222", t0), Err(PinError::Wrong));
    store.change_pin("735194", "246813", "246813", t0).unwrap();
    drop(store);
    let store = open_or_recover(&place).store;
    // The right current code started the count afresh: the old code is one wrong try.
    assert_eq!(store.unlock("735194", t0), Err(PinError::Wrong));
    let later = t0 + secs(1);
    store.unlock("246813", later).unwrap();
    assert_eq!(store.contacts().unwrap()[0].name, "Mariam Haidari");
    store.clear_pin("246813", later).unwrap();
    assert!(!store.has_pin().unwrap());
    drop(store);
    // Unsealed again: readable without a code, and in clear on disk.
    let store = open_or_recover(&place).store;
    assert_eq!(store.contacts().unwrap()[0].name, "Mariam Haidari");
    assert_eq!(
        found_in(&bytes_on_disk(&dir), &SECRETS).len(),
        SECRETS.len()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_code_set_before_the_seal_seals_at_its_first_unlock() {
    let (dir, place) = temp_place("legacy");
    {
        let store = open_or_recover(&place).store;
        save_secrets(&store);
    }
    let conn = rusqlite::Connection::open(dir.join("harbour.db")).unwrap();
    conn.execute(
        "INSERT INTO setting (key, value) VALUES ('pin_hash', ?1)",
        [legacy_hash("2468")],
    )
    .unwrap();
    drop(conn);
    let store = open_or_recover(&place).store;
    assert!(store.has_pin().unwrap());
    let t0 = secs(0);
    assert_eq!(store.unlock("2469", t0), Err(PinError::Wrong));
    store.unlock("2468", t0).unwrap();
    assert_eq!(store.contacts().unwrap()[0].name, "Mariam Haidari");
    assert_eq!(
        found_in(&bytes_on_disk(&dir), &SECRETS),
        Vec::<String>::new()
    );
    drop(store);
    let store = open_or_recover(&place).store;
    assert!(matches!(store.contacts(), Err(StoreError::Locked)));
    store.unlock("2468", t0).unwrap();
    assert_eq!(store.signature().unwrap().as_deref(), Some("Ahmad R"));
    assert!(settings_on_disk(&dir).iter().all(|(k, _)| k != "pin_hash"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn what_harbour_keeps_counts_sealed_rows_while_open() {
    let store = Store::in_memory().unwrap();
    save_secrets(&store);
    store.set_pin("735194", "735194").unwrap();
    let kept = store.inventory().unwrap();
    let count = |table: &str| kept.iter().find(|k| k.table == table).map(|k| k.count);
    assert_eq!(count("contact"), Some(1));
    assert_eq!(count("vault"), Some(1));
    assert_eq!(count("question"), Some(1));
}

// ---------- deleting everything natively ----------

#[test]
fn erasing_leaves_no_saved_word_in_the_files_even_where_they_cannot_be_deleted() {
    for code in [None, Some("735194")] {
        let (dir, place) = temp_place(&format!("erase-{}", code.is_some()));
        let store = open_or_recover(&place).store;
        save_secrets(&store);
        if let Some(code) = code {
            store.set_pin(code, code).unwrap();
        }
        store.erase().unwrap();
        // The files are still there (as on Windows, where an open file cannot be deleted).
        assert!(dir.join("harbour.db").exists());
        assert_eq!(
            found_in(&bytes_on_disk(&dir), &SECRETS),
            Vec::<String>::new(),
            "with code {code:?}"
        );
        drop(store);
        let store = open_or_recover(&place).store;
        assert!(!store.has_pin().unwrap(), "the next start is as new");
        assert!(store.contacts().unwrap().is_empty());
        assert!(store
            .plan()
            .unwrap()
            .iter()
            .all(|i| !format!("{:?}", i.line).contains("library")));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn wiping_deletes_every_file_harbour_keeps_and_damaged_copies_can_go_alone() {
    let (dir, place) = temp_place("wipe");
    let store = open_or_recover(&place).store;
    save_secrets(&store);
    for file in [
        "harbour.db.broken-20261201T101010",
        "harbour.db.broken-20261201T101010-wal",
        "harbour.db.broken-20261202T090000",
        "starting",
    ] {
        std::fs::write(dir.join(file), "Mariam Haidari").unwrap();
    }
    std::fs::write(dir.join("notes.txt"), "not Harbour's").unwrap();
    assert_eq!(place.damaged_copies(), 2, "side files are not copies");

    place.forget_damaged().unwrap();
    assert_eq!(place.damaged_copies(), 0);
    assert!(
        dir.join("starting").exists(),
        "only the damaged copies went"
    );
    assert_eq!(store.contacts().unwrap().len(), 1, "what is in use is kept");

    std::fs::write(
        dir.join("harbour.db.broken-20261203T000000"),
        "Mariam Haidari",
    )
    .unwrap();
    place.wipe(&store).unwrap();
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        left,
        ["notes.txt"],
        "every file of Harbour's is gone, nothing else"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Security review L5: whoever holds an open phone cannot make Harbour show its own name again
/// without the code; without a code set, discreet mode goes off as before.
#[test]
fn discreet_mode_goes_off_only_with_the_code_when_one_is_set() {
    let t0 = secs(0);
    let store = Store::in_memory().unwrap();
    store.set_discreet(true).unwrap();
    store.leave_discreet("", t0).unwrap();
    assert!(!store.discreet().unwrap(), "no code set: off at once");

    store.set_discreet(true).unwrap();
    store.set_pin("735194", "735194").unwrap();
    assert_eq!(store.leave_discreet("", t0), Err(PinError::Wrong));
    assert_eq!(store.leave_discreet("111222", t0), Err(PinError::Wrong));
    assert!(store.discreet().unwrap(), "still on after wrong codes");
    // Wrong tries here count like any other: the third already waits, and so does the right
    // code until the wait is over.
    assert_eq!(
        store.leave_discreet("222333", t0),
        Err(PinError::Wait { seconds: 30 })
    );
    assert!(matches!(
        store.leave_discreet("735194", t0),
        Err(PinError::Wait { .. })
    ));
    assert!(store.discreet().unwrap());
    store.leave_discreet("735194", t0 + secs(3_600)).unwrap();
    assert!(!store.discreet().unwrap());
}
