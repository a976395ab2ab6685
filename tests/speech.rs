//! Reading aloud (issue 19): the sentences a text is read in, in every script Harbour writes, and
//! which of the phone's voices may read a locale: its own, then its fallbacks, never another
//! language's, never one that runs on a server.

use harbour::core::i18n::Catalogue;
use harbour::core::speech::{choose_voice, sentences, Voice};

fn check_sentences(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "{text:?}");
}

#[test]
fn a_text_is_read_sentence_by_sentence_in_every_script() {
    check_sentences("Call 999. It is free!", &["Call 999.", "It is free!"]);
    check_sentences("No end mark", &["No end mark"]);
    check_sentences(
        "Heading\nA line. Another",
        &["Heading", "A line.", "Another"],
    );
    // Decimal points and times are not ends: only an end mark before a space or the end is.
    check_sentences(
        "Open 9.30 to 5.00. Closed Sunday.",
        &["Open 9.30 to 5.00.", "Closed Sunday."],
    );
    check_sentences(
        "هل أنت بخير؟ اتصل بـ 999.",
        &["هل أنت بخير؟", "اتصل بـ 999."],
    );
    check_sentences("ደውል። ብነጻ እዩ።", &["ደውል።", "ብነጻ እዩ።"]);
    check_sentences("زنګ ووهه۔ وړیا ده۔", &["زنګ ووهه۔", "وړیا ده۔"]);
    // Isolation marks and closing quotes stay with their sentence.
    check_sentences(
        "Say \u{2068}“Tigrinya.”\u{2069} Then wait.",
        &["Say \u{2068}“Tigrinya.”\u{2069}", "Then wait."],
    );
    check_sentences("Really?! Yes…", &["Really?!", "Yes…"]);
    check_sentences("  \n. \n", &[]);
}

fn voice(lang: &str, local: bool) -> Voice {
    Voice {
        name: format!("{lang} {}", if local { "on the phone" } else { "online" }),
        lang: lang.into(),
        local,
    }
}

fn check_voice(code: &str, voices: &[Voice], expected: Option<&str>) {
    let tags = &Catalogue::embedded().get(code).unwrap().voices;
    assert_eq!(
        choose_voice(voices, tags).map(|v| v.lang.as_str()),
        expected,
        "{code} ({tags:?}) from {voices:?}"
    );
}

#[test]
fn a_locale_is_read_only_by_a_voice_of_its_own_language_on_the_phone() {
    let phone = [
        voice("en-US", true),
        voice("ar-SA", true),
        voice("fa-IR", true),
        voice("fr_FR", true),
    ];
    check_voice("ar", &phone, Some("ar-SA"));
    check_voice("fr", &phone, Some("fr_FR"));
    check_voice("en", &phone, Some("en-US"));
    check_voice(
        "en",
        &[voice("en-US", true), voice("en-GB", true)],
        Some("en-GB"),
    );
    // Dari may be read by a Persian voice; Persian is never read by a Dari one's absence.
    check_voice("fa-AF", &phone, Some("fa-IR"));
    check_voice(
        "fa-AF",
        &[voice("fa-IR", true), voice("fa-AF", true)],
        Some("fa-AF"),
    );
    // No voice for these: never another language's (Sorani is not Arabic, Pashto is not Persian).
    for code in ["ti", "om", "ps", "ckb", "am", "so"] {
        check_voice(code, &phone, None);
    }
    // Kurmanji may be read by a Kurdish voice tagged `ku`; Sorani may not.
    check_voice("kmr", &[voice("ku", true)], Some("ku"));
    check_voice("ckb", &[voice("ku", true)], None);
    // A voice that runs on a server would be sent the text: never chosen.
    check_voice("ar", &[voice("ar-SA", false)], None);
    check_voice(
        "ps",
        &[voice("ps-AF", false), voice("ps-AF", true)],
        Some("ps-AF"),
    );
    check_voice("ar", &[], None);
}
