//! Safe under someone else's eyes: "what Harbour keeps" names every table the schema has, the
//! lock code is checked, hashed and never kept in clear, and wrong codes wait longer each time.

use chrono::{DateTime, Duration, Utc};
use harbour::core::i18n::Catalogue;
use harbour::core::plan::Section;
use harbour::core::privacy::{check_new_pin, delay_after, hash_pin, verify_pin, PinError};
use harbour::core::store::Store;

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
fn a_new_code_has_four_to_eight_digits_typed_twice() {
    check_new("1234", "1234", Ok(()));
    check_new("12345678", "12345678", Ok(()));
    check_new("123", "123", Err(PinError::Length));
    check_new("123456789", "123456789", Err(PinError::Length));
    check_new("", "", Err(PinError::Length));
    check_new("12a4", "12a4", Err(PinError::NotDigits));
    check_new("12 34", "12 34", Err(PinError::NotDigits));
    check_new("١٢٣٤", "١٢٣٤", Err(PinError::NotDigits));
    check_new("1234", "1243", Err(PinError::Mismatch));
}

#[test]
fn the_code_is_hashed_with_argon2id_and_a_fresh_salt() {
    let first = hash_pin("2468").unwrap();
    let second = hash_pin("2468").unwrap();
    assert!(first.starts_with("$argon2id$"), "{first}");
    assert!(!first.contains("2468"));
    assert_ne!(first, second, "a fresh salt each time");
    assert!(verify_pin("2468", &first) && verify_pin("2468", &second));
    assert!(!verify_pin("2469", &first));
    assert!(
        !verify_pin("2468", "not a hash"),
        "a damaged hash never matches"
    );
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
    let dir = std::env::temp_dir().join(format!("harbour-privacy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let place = harbour::platform::FilePlace::new(dir.join("harbour.db"));
    let open = || harbour::core::store::open_or_recover(&place).store;
    let t0: DateTime<Utc> = "2026-11-25T10:00:00Z".parse().unwrap();
    {
        let store = open();
        assert_eq!(store.set_pin("12", "12"), Err(PinError::Length));
        assert!(!store.has_pin().unwrap(), "nothing saved");
        store.set_pin("2468", "2468").unwrap();
        assert_eq!(store.unlock("0000", t0), Err(PinError::Wrong));
        assert_eq!(store.unlock("1111", t0), Err(PinError::Wrong));
    }
    let store = open();
    assert!(store.has_pin().unwrap());
    assert_eq!(
        store.unlock("2222", t0),
        Err(PinError::Wait { seconds: 30 }),
        "third wrong code, after a restart"
    );
    assert_eq!(
        store.unlock("2468", t0 + Duration::seconds(10)),
        Err(PinError::Wait { seconds: 20 })
    );
    assert_eq!(
        store.unlock("3333", t0 + Duration::seconds(31)),
        Err(PinError::Wait { seconds: 60 })
    );
    assert_eq!(store.unlock("2468", t0 + Duration::seconds(92)), Ok(()));
    // A right code starts the count afresh.
    assert_eq!(
        store.unlock("0000", t0 + Duration::seconds(100)),
        Err(PinError::Wrong)
    );
    // The hash, not the code, is what is kept.
    let conn = rusqlite::Connection::open(dir.join("harbour.db")).unwrap();
    let values: Vec<String> = conn
        .prepare("SELECT value FROM setting")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(values.iter().all(|v| !v.contains("2468")), "{values:?}");
    store.clear_pin().unwrap();
    assert_eq!(
        store.unlock("anything", t0),
        Ok(()),
        "no code: nothing to unlock"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
