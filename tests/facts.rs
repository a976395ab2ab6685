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
        organisations: &[],
        audio: &[],
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
    type Change = fn(&mut serde_json::Value);
    let cases: [(&str, Change); 3] = [
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

/// One message of the review's first table (content review §0), in every locale's words as far
/// as a search can see them: English has `must` and none of `never`; every locale keeps the
/// digits in `digits` (and none of `no_digits`).
fn check_fact(id: &str, must: &[&str], never: &[&str], digits: &[&str], no_digits: &[&str]) {
    let catalogue = harbour::core::i18n::Catalogue::embedded();
    let args = [("code", "55")];
    let english = catalogue.localizer("en").tr_with(id, &args);
    for word in must {
        assert!(
            english.contains(word),
            "{id} in English lacks {word:?}: {english}"
        );
    }
    for word in never {
        assert!(
            !english.contains(word),
            "{id} in English still says {word:?}: {english}"
        );
    }
    for locale in catalogue.locales() {
        let text = catalogue.localizer(locale.code).tr_with(id, &args);
        for d in digits {
            assert!(
                text.contains(d),
                "{}: {id} lacks {d:?}: {text}",
                locale.code
            );
        }
        for d in no_digits {
            assert!(
                !text.contains(d),
                "{}: {id} still says {d:?}: {text}",
                locale.code
            );
        }
    }
}

#[test]
fn the_facts_the_content_review_found_wrong_stay_right_in_every_locale() {
    // 101 is free (since April 2020), not 15p.
    check_fact(
        "numbers-police-101-about",
        &["free"],
        &["15p"],
        &[],
        &["15"],
    );
    // 999 needs a SIM card, not "any phone"; it has interpreters.
    check_fact(
        "plan-starter-phone-taken-2",
        &["SIM card", "no credit"],
        &["Any phone"],
        &["999"],
        &[],
    );
    check_fact(
        "numbers-emergency-about",
        &["SIM card", "no credit", "your language"],
        &[],
        &[],
        &[],
    );
    // Pressing 55 does not send where you are, but the phone may.
    check_fact("numbers-silent-location", &["by itself"], &[], &[], &[]);
    // UASC leave is a refusal that can usually be appealed, within 14 days.
    check_fact(
        "glossary-uasc-leave-meaning",
        &["refused", "appeal", "14 days"],
        &[],
        &["14"],
        &[],
    );
    check_fact(
        "process-decision-next",
        &["refused", "14 days"],
        &["not a yes"],
        &["14"],
        &[],
    );
    // The 2026 grant lengths only as far as a source supports: ask your lawyer.
    check_fact(
        "process-decision-time",
        &["lawyer"],
        &["2 March 2026"],
        &[],
        &[],
    );
    // What is true, not a promise the app cannot keep.
    check_fact(
        "comeback-welcome",
        &["not a crime"],
        &["not in trouble"],
        &[],
        &[],
    );
    // The SEF deadline from the Home Office, and what working days are.
    check_fact(
        "process-sef-time",
        &["60 working days", "Monday to Friday"],
        &["One guide says"],
        &["60"],
        &[],
    );
}
