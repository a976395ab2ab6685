//! The safety plan and the trusted adults are kept exactly as the young person left them:
//! suggestions once, edits, order, deletions, the one out-of-hours contact, across restarts.

use harbour::core::contacts::{ContactInput, DaySet, Role, SlotInput};
use harbour::core::plan::{Line, Move, PlanError, Section, MAX_LINE_CHARS};
use harbour::core::store::{open_or_recover, Store};
use harbour::platform::FilePlace;

fn store() -> Store {
    Store::in_memory().expect("an in-memory store opens")
}

/// The plan as (section id, text or `?suggestion-id`), in the order shown.
fn lines(store: &Store) -> Vec<(&'static str, String)> {
    store
        .plan()
        .unwrap()
        .into_iter()
        .map(|item| {
            let text = match item.line {
                Line::Own(text) => text,
                Line::Suggestion(id) => format!("?{id}"),
            };
            (item.section.id(), text)
        })
        .collect()
}

fn section(store: &Store, section: Section) -> Vec<String> {
    lines(store)
        .into_iter()
        .filter(|(s, _)| *s == section.id())
        .map(|(_, t)| t)
        .collect()
}

fn id_of(store: &Store, text: &str) -> i64 {
    store
        .plan()
        .unwrap()
        .into_iter()
        .find(|i| {
            matches!(&i.line, Line::Own(t) if t == text)
                || matches!(&i.line, Line::Suggestion(s) if format!("?{s}") == text)
        })
        .map(|i| i.id)
        .unwrap_or_else(|| panic!("{text} is in the plan"))
}

#[test]
fn a_new_plan_starts_with_suggestions_once() {
    let store = store();
    assert!(
        lines(&store).is_empty(),
        "nothing before the plan is opened"
    );
    store.start_plan().unwrap();
    let first = lines(&store);
    let expected: usize = Section::ALL.iter().map(|s| s.starters().len()).sum();
    assert_eq!(first.len(), expected);
    assert_eq!(
        section(&store, Section::IfMissing)[0],
        "?plan-starter-if-missing-1"
    );
    // Sections come in the plan's order.
    let order: Vec<&str> = first.iter().map(|(s, _)| *s).collect();
    let mut sorted = order.clone();
    sorted.sort_by_key(|s| Section::ALL.iter().position(|x| x.id() == *s));
    assert_eq!(order, sorted);
    // A deleted suggestion stays deleted: opening the plan again adds nothing.
    store
        .delete_plan_line(id_of(&store, "?plan-starter-leaving-1"))
        .unwrap();
    store.start_plan().unwrap();
    assert_eq!(
        section(&store, Section::Leaving),
        vec!["?plan-starter-leaving-2"]
    );
}

#[test]
fn lines_are_added_changed_moved_and_deleted() {
    let store = store();
    store.start_plan().unwrap();
    let s = Section::Helps;
    store.add_plan_line(s, "  Calling my cousin  ").unwrap();
    store.add_plan_line(s, "Drawing").unwrap();
    assert_eq!(
        section(&store, s),
        vec![
            "?plan-starter-helps-1",
            "?plan-starter-helps-2",
            "Calling my cousin",
            "Drawing"
        ]
    );

    // A changed suggestion becomes the young person's own words.
    store
        .edit_plan_line(
            id_of(&store, "?plan-starter-helps-1"),
            "Music on my headphones",
        )
        .unwrap();
    let drawing = id_of(&store, "Drawing");
    store.move_plan_line(drawing, Move::Up).unwrap();
    store.move_plan_line(drawing, Move::Up).unwrap();
    assert_eq!(
        section(&store, s),
        vec![
            "Music on my headphones",
            "Drawing",
            "?plan-starter-helps-2",
            "Calling my cousin"
        ]
    );
    store.move_plan_line(drawing, Move::Up).unwrap();
    store.move_plan_line(drawing, Move::Up).unwrap(); // already first: nothing changes
    assert_eq!(section(&store, s)[0], "Drawing");
    let cousin = id_of(&store, "Calling my cousin");
    store.move_plan_line(cousin, Move::Down).unwrap(); // already last
    store.move_plan_line(cousin, Move::Up).unwrap();
    assert_eq!(
        section(&store, s),
        vec![
            "Drawing",
            "Music on my headphones",
            "Calling my cousin",
            "?plan-starter-helps-2"
        ]
    );
    // Moving never crosses into another section.
    assert_eq!(section(&store, Section::Leaving).len(), 2);

    store.delete_plan_line(cousin).unwrap();
    assert_eq!(
        section(&store, s),
        vec!["Drawing", "Music on my headphones", "?plan-starter-helps-2"]
    );
}

#[test]
fn empty_and_overlong_lines_are_refused_and_nothing_changes() {
    let store = store();
    store.start_plan().unwrap();
    let before = lines(&store);
    let cases: [(&str, &str); 3] = [
        ("", "plan-error-empty"),
        ("   \n ", "plan-error-empty"),
        (&"x".repeat(MAX_LINE_CHARS + 1), "plan-error-too-long"),
    ];
    for (text, id) in cases {
        let err: PlanError = store
            .add_plan_line(Section::Helps, text)
            .expect_err("refused");
        assert_eq!(err.message_id(), id);
        let err = store
            .edit_plan_line(id_of(&store, "?plan-starter-helps-1"), text)
            .expect_err("refused");
        assert_eq!(err.message_id(), id);
    }
    assert_eq!(lines(&store), before);
    // The longest line allowed, in a right-to-left script, is kept as typed.
    let long: String = "س".repeat(MAX_LINE_CHARS);
    store.add_plan_line(Section::Helps, &long).unwrap();
    assert_eq!(section(&store, Section::Helps).last(), Some(&long));
}

fn contact(name: &str, phone: &str, out_of_hours: bool) -> ContactInput {
    ContactInput {
        name: name.into(),
        role: Role::KeyWorker,
        phone: phone.into(),
        hours: vec![SlotInput {
            days: DaySet::WEEKDAYS,
            opens: "09:00".into(),
            closes: "17:00".into(),
        }],
        languages: vec!["ti".into()],
        out_of_hours,
    }
}

#[test]
fn trusted_adults_and_the_plan_survive_a_restart() {
    let dir = std::env::temp_dir().join(format!("harbour-plan-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let place = FilePlace::new(dir.join("harbour.db"));
    {
        let store = open_or_recover(&place).store;
        let sam = contact("Sam", "07911 123456", false).check().unwrap();
        let sam_id = store.save_contact(&sam).unwrap();
        let ade = store
            .save_contact(&contact("Ade", "0113 496 0000", true).check().unwrap())
            .unwrap();
        // A second out-of-hours contact replaces the first one's mark.
        let edt = store
            .save_contact(&contact("EDT", "0113 496 0001", true).check().unwrap())
            .unwrap();
        let mut changed = store.contact(sam_id).unwrap().unwrap();
        changed.name = "Sam Jones".into();
        store.save_contact(&changed).unwrap();
        store.set_signature(" Amir ").unwrap();
        store.start_plan().unwrap();
        store
            .add_plan_line(Section::IfMissing, "Go to the library")
            .unwrap();
        assert_eq!(
            store
                .contacts()
                .unwrap()
                .iter()
                .map(|c| c.id)
                .collect::<Vec<_>>(),
            vec![sam_id, ade, edt]
        );
    }
    let store = open_or_recover(&place).store;
    let contacts = store.contacts().unwrap();
    let summary: Vec<(&str, &str, bool)> = contacts
        .iter()
        .map(|c| (c.name.as_str(), c.phone.e164.as_str(), c.out_of_hours))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("Sam Jones", "+447911123456", false),
            ("Ade", "+441134960000", false),
            ("EDT", "+441134960001", true),
        ]
    );
    assert_eq!(contacts[0].hours.len(), 1);
    assert_eq!(contacts[0].languages, vec!["ti"]);
    assert!(!contacts[1].phone.texts, "a landline cannot get texts");
    assert_eq!(store.signature().unwrap().as_deref(), Some("Amir"));
    assert_eq!(
        section(&store, Section::IfMissing)
            .last()
            .map(String::as_str),
        Some("Go to the library")
    );
    store.delete_contact(contacts[1].id).unwrap();
    store.set_signature("").unwrap();
    assert_eq!(store.contacts().unwrap().len(), 2);
    assert_eq!(store.signature().unwrap(), None);
    let _ = std::fs::remove_dir_all(&dir);
}
