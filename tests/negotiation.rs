//! Which language a person gets: the stored choice if we still ship it, else the device's.

use harbour::core::i18n::Catalogue;

fn check_negotiate(requested: &[&str], expected: &str) {
    let got = Catalogue::embedded().negotiate(requested).code;
    assert_eq!(got, expected, "requested {requested:?}");
}

fn check_resolve(stored: Option<&str>, requested: &[&str], expected: &str) {
    let got = Catalogue::embedded().resolve(stored, requested).code;
    assert_eq!(got, expected, "stored {stored:?}, requested {requested:?}");
}

#[test]
fn device_languages_pick_the_locale() {
    check_negotiate(&["en-GB"], "en");
    check_negotiate(&["ar-SA"], "ar");
    check_negotiate(&["ar"], "ar");
    check_negotiate(&["ar_EG.UTF-8"], "ar");
    check_negotiate(&["de-DE", "ar-SA", "en"], "ar");
    check_negotiate(&["de-DE"], "en");
    check_negotiate(&[], "en");
    check_negotiate(&["C", "POSIX", "not a tag"], "en");
    check_negotiate(&["prs"], "fa-AF");
    check_negotiate(&["prs-AF"], "fa-AF");
    check_negotiate(&["fa-AF"], "fa-AF");
    check_negotiate(&["fa-IR"], "fa");
    check_negotiate(&["fa"], "fa");
    check_negotiate(&["ps-AF"], "ps");
    check_negotiate(&["ku-TR"], "kmr");
    check_negotiate(&["ckb-IQ"], "ckb");
    check_negotiate(&["ti-ER"], "ti");
    check_negotiate(&["am-ET"], "am");
    check_negotiate(&["so-SO"], "so");
    check_negotiate(&["om-ET"], "om");
    check_negotiate(&["sq-AL"], "sq");
    check_negotiate(&["vi-VN"], "vi");
    check_negotiate(&["fr-FR"], "fr");
}

#[test]
fn the_fourteen_locales_are_shipped_with_the_right_direction() {
    let catalogue = Catalogue::embedded();
    let mut codes: Vec<(&str, &str)> = catalogue
        .locales()
        .iter()
        .map(|l| (l.code, l.dir.as_str()))
        .collect();
    codes.sort();
    assert_eq!(
        codes,
        [
            ("am", "ltr"),
            ("ar", "rtl"),
            ("ckb", "rtl"),
            ("en", "ltr"),
            ("fa", "rtl"),
            ("fa-AF", "rtl"),
            ("fr", "ltr"),
            ("kmr", "ltr"),
            ("om", "ltr"),
            ("ps", "rtl"),
            ("so", "ltr"),
            ("sq", "ltr"),
            ("ti", "ltr"),
            ("vi", "ltr"),
        ]
    );
    // Every translation is an unchecked draft until a translator checks it (review.tsv).
    for locale in catalogue.locales().iter().filter(|l| l.code != "en") {
        assert_eq!(
            locale.reviewed.share(),
            harbour::core::i18n::Share::Draft,
            "{} counts messages as checked: who checked them?",
            locale.code
        );
    }
}

#[test]
fn stored_choice_wins_unless_it_no_longer_exists() {
    check_resolve(Some("ar"), &["en-GB"], "ar");
    check_resolve(Some("en"), &["ar-SA"], "en");
    // A language removed from the app: negotiate again from the device.
    check_resolve(Some("xx"), &["ar-SA"], "ar");
    check_resolve(Some(""), &["en-GB"], "en");
    check_resolve(None, &["ar-SA"], "ar");
}

#[test]
fn aliases_map_phone_tags_to_our_folders() {
    use harbour::core::i18n::normalise_tag;
    let tag = |raw: &str| normalise_tag(raw).map(|t| t.to_string());
    assert_eq!(tag("prs").as_deref(), Some("fa-AF"));
    assert_eq!(tag("prs-AF").as_deref(), Some("fa-AF"));
    assert_eq!(tag("ku").as_deref(), Some("kmr"));
    assert_eq!(tag("ar_SA.UTF-8").as_deref(), Some("ar-SA"));
    assert_eq!(tag("C"), None);
}
