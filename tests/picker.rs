//! The language picker's order and search, and dates in each locale's words.

use chrono::{NaiveDate, Weekday};
use harbour::core::i18n::{Catalogue, Producer, Reviewed, ScreenStatus, Share};

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

/// A translation as the app sees it: how much of each area is checked (`Reviewed`).
fn check_status(
    areas: &'static [(&'static str, u16, u16)],
    screen: &[&str],
    status: ScreenStatus,
    share: Share,
) {
    let mut locale = Catalogue::embedded().get("ti").unwrap().clone();
    locale.reviewed = Reviewed {
        areas,
        checkers: &[],
    };
    assert_eq!(locale.screen_status(screen), status, "{areas:?} {screen:?}");
    assert_eq!(locale.reviewed.share(), share, "{areas:?}");
}

#[test]
fn a_screen_is_checked_only_when_every_area_it_shows_is() {
    use ScreenStatus::{Checked, Draft};
    check_status(
        &[("app", 0, 40), ("plan", 0, 20)],
        &["app", "plan"],
        Draft,
        Share::Draft,
    );
    check_status(
        &[("app", 40, 40), ("plan", 19, 20)],
        &["app", "plan"],
        Draft,
        Share::Partly(98),
    );
    check_status(
        &[("app", 40, 40), ("plan", 19, 20)],
        &["app"],
        Checked,
        Share::Partly(98),
    );
    check_status(
        &[("app", 40, 40), ("plan", 20, 20)],
        &["app", "plan"],
        Checked,
        Share::Checked,
    );
    check_status(&[("app", 1, 300)], &["app"], Draft, Share::Partly(0));
    check_status(&[("app", 299, 300)], &["app"], Draft, Share::Partly(99));
    // An area the locale does not have is not checked.
    check_status(&[("app", 40, 40)], &["app", "plan"], Draft, Share::Checked);
    // English is the source: nothing to say, whatever is counted.
    let english = Catalogue::embedded().source();
    assert_eq!(english.screen_status(&["app"]), ScreenStatus::Source);
    assert_eq!(
        english.review.producer_message_id(),
        "about-produced-source"
    );
    let ti = Catalogue::embedded().get("ti").unwrap();
    assert_eq!(
        (ti.review.produced_by, ti.review.producer_message_id()),
        (Producer::AiDraft, "about-produced-ai-draft")
    );
}
