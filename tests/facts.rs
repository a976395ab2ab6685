//! Wrong facts hard to ship (issue 15): every fact the built-in pack shows says where it comes
//! from and was checked within a year, every help number says what it offers (free, 24 hours,
//! text, interpreters), and the publisher refuses a pack that does not.

use chrono::{DateTime, Utc};
use harbour::core::content::pack::{seal, PackSource, SecretKey};
use harbour::core::content::{sources, NumbersPack, Pack, PackInfo, FACT_MAX_AGE_DAYS};

/// The development key, as the other pack tests use it.
fn dev_key() -> SecretKey {
    SecretKey::from_text(include_str!("fixtures/pack-dev.key")).expect("the development key reads")
}

fn seal_with(numbers: &str, process: &str, safety: &str) -> Result<Vec<u8>, String> {
    let created_at: DateTime<Utc> = "2026-12-01T00:00:00Z".parse().expect("time");
    let info = PackInfo {
        version: 1,
        area: "uk".into(),
        created_at,
        example: true,
    };
    let source = PackSource {
        info,
        places: &[],
        numbers,
        process,
        safety,
    };
    seal(&source, &dev_key()).map_err(|e| e.to_string())
}

#[test]
fn every_shown_fact_has_a_source_and_was_checked_within_a_year() {
    let pack = Pack::embedded().expect("built-in pack");
    let today = Utc::now().date_naive();
    let facts = pack.facts();
    assert!(
        facts.len() > 50,
        "the facts are all listed ({})",
        facts.len()
    );
    for at in facts {
        assert!(!at.fact.source.trim().is_empty(), "{}: no source", at.about);
        let checked = at
            .fact
            .checked
            .unwrap_or_else(|| panic!("{}: never checked", at.about));
        let age = (today - checked).num_days();
        assert!(
            age <= FACT_MAX_AGE_DAYS,
            "{}: checked {checked}, {age} days ago; check it again ({})",
            at.about,
            at.fact.source
        );
    }
}

#[test]
fn a_help_number_without_one_of_its_flags_is_refused() {
    for flag in [
        "call",
        "text",
        "free",
        "always_open",
        "interpreters",
        "emergency",
    ] {
        let mut numbers: serde_json::Value = serde_json::from_str(sources::NUMBERS).expect("json");
        numbers["numbers"][0]
            .as_object_mut()
            .expect("a number")
            .remove(flag);
        let json = numbers.to_string();
        assert!(
            NumbersPack::parse(&json).is_err(),
            "a number without {flag:?} is read"
        );
        assert!(
            seal_with(&json, sources::PROCESS, sources::SAFETY).is_err(),
            "{flag:?} sealed"
        );
    }
}

#[test]
fn the_publisher_refuses_a_fact_without_its_date_or_source() {
    assert!(
        seal_with(sources::NUMBERS, sources::PROCESS, sources::SAFETY).is_ok(),
        "the sources seal"
    );
    let cases: [(&str, fn(&mut serde_json::Value)); 3] = [
        ("a number's date", |v| {
            v["numbers"][0]["fact"]
                .as_object_mut()
                .expect("fact")
                .remove("checked");
        }),
        ("the silent solution's date", |v| {
            v["silent_solution"]["fact"]
                .as_object_mut()
                .expect("fact")
                .remove("checked");
        }),
        ("a number's source", |v| {
            v["numbers"][1]["fact"]["source"] = "  ".into()
        }),
    ];
    for (what, change) in cases {
        let mut numbers: serde_json::Value = serde_json::from_str(sources::NUMBERS).expect("json");
        change(&mut numbers);
        let refused = seal_with(&numbers.to_string(), sources::PROCESS, sources::SAFETY);
        assert!(refused.is_err(), "sealed without {what}");
    }
    let mut process: serde_json::Value = serde_json::from_str(sources::PROCESS).expect("json");
    process["steps"][0]["facts"][0]
        .as_object_mut()
        .expect("fact")
        .remove("checked");
    let refused = seal_with(sources::NUMBERS, &process.to_string(), sources::SAFETY);
    assert!(
        refused.unwrap_err().contains("checked"),
        "a step's fact without its date"
    );
}
