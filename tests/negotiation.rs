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
