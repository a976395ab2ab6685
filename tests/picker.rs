//! The language picker's order and search, and dates in each locale's words.

use chrono::{NaiveDate, Weekday};
use harbour::core::i18n::{Catalogue, Producer, Review};

fn check_search(query: &str, expected: &[&str]) {
    let (_, all) = Catalogue::embedded().for_picker::<&str>(&[]);
    let mut found: Vec<&str> = all
        .iter()
        .filter(|l| l.matches(query))
        .map(|l| l.code)
        .collect();
    found.sort();
    let mut expected = expected.to_vec();
    expected.sort();
    assert_eq!(found, expected, "search {query:?}");
}

#[test]
fn search_matches_own_name_english_name_and_code() {
    check_search("arab", &["ar"]);
    check_search("ARABIC", &["ar"]);
    check_search("العربية", &["ar"]);
    check_search("  english ", &["en"]);
    check_search("zzz", &[]);
    let all: Vec<&str> = Catalogue::embedded()
        .locales()
        .iter()
        .map(|l| l.code)
        .collect();
    check_search("", &all);
}

#[test]
fn the_phones_language_comes_first_only_when_we_ship_it() {
    let catalogue = Catalogue::embedded();
    let code = |device: &[&str]| catalogue.for_picker(device).0.map(|l| l.code);
    assert_eq!(code(&["ar-SA"]), Some("ar"));
    assert_eq!(code(&["de-DE", "ar"]), Some("ar"));
    assert_eq!(code(&["en-GB"]), Some("en"));
    assert_eq!(code(&["de-DE"]), None);
    assert_eq!(code(&[]), None);
    let (first, rest) = catalogue.for_picker(&["ar-SA"]);
    assert!(
        rest.iter().all(|l| Some(l.code) != first.map(|f| f.code)),
        "listed once"
    );
    assert_eq!(rest.len() + 1, catalogue.locales().len());
}

fn check_date(code: &str, date: (i32, u32, u32), expected: &str) {
    let l = Catalogue::embedded().localizer(code);
    let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
    let got = l.long_date(date).replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(got, expected, "{code}");
}

#[test]
fn dates_use_the_locales_words_and_western_digits() {
    check_date("en", (2026, 11, 22), "22 November 2026");
    check_date("en", (2027, 1, 5), "5 January 2027");
    check_date("ar", (2026, 11, 22), "22 نوفمبر 2026");
    for locale in Catalogue::embedded().locales() {
        let l = Catalogue::embedded().localizer(locale.code);
        let text = l.long_date(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        assert!(
            text.contains("22") && text.contains("2026"),
            "{}: Western digits in {text}",
            locale.code
        );
        assert!(
            !l.weekday(Weekday::Mon).is_empty(),
            "{}: weekday",
            locale.code
        );
    }
    assert_eq!(
        Catalogue::embedded().localizer("en").weekday(Weekday::Sun),
        "Sunday"
    );
}

fn check_review(produced_by: Producer, checked_by: Option<&str>, draft: bool, producer_id: &str) {
    let review = Review {
        produced_by,
        note: String::new(),
        checked_by: checked_by.map(str::to_string),
    };
    assert_eq!(
        review.is_draft(),
        draft,
        "{produced_by:?} checked by {checked_by:?}"
    );
    assert_eq!(review.producer_message_id(), producer_id);
}

#[test]
fn a_translation_is_a_draft_until_a_translator_checks_it() {
    check_review(Producer::AiDraft, None, true, "about-produced-ai-draft");
    check_review(
        Producer::AiDraft,
        Some("A. Translator"),
        false,
        "about-produced-ai-draft",
    );
    check_review(
        Producer::Translator,
        None,
        true,
        "about-produced-translator",
    );
    check_review(
        Producer::Translator,
        Some("A. Translator"),
        false,
        "about-produced-translator",
    );
    check_review(Producer::Source, None, false, "about-produced-source");
}
