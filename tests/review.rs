//! The review of each message (issue 18): every locale's record covers every English message
//! once, the app counts what the record says, a changed English message makes its translations
//! stale, every locale follows its termbase, and a translator's review from the sheet is applied
//! or refused with its reason.

use std::fs;
use std::path::{Path, PathBuf};

use harbour::core::i18n::corrections::{self, Locale, Refusal};
use harbour::core::i18n::review::{self, Entry, Produced, Record, State, RECORD_FILE};
use harbour::core::i18n::termbase::{self, TermProblem, TERMS_FILE};
use harbour::core::i18n::{Catalogue, SOURCE_LOCALE};

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn translated() -> Vec<String> {
    review::translated_locales(&locales(), SOURCE_LOCALE).unwrap()
}

fn english_at(root: &Path) -> Vec<(String, Entry, String)> {
    let files = review::locale_files(&root.join(SOURCE_LOCALE)).unwrap();
    review::english_messages(files.iter().map(|(n, s)| (n.as_str(), s.as_str())))
}

fn records_at(root: &Path, code: &str) -> Vec<Record> {
    let path = root.join(code).join(RECORD_FILE);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    review::read_record(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn state_at(root: &Path, code: &str, id: &str) -> State {
    let (_, _, print) = english_at(root)
        .into_iter()
        .find(|(_, e, _)| e.id == id)
        .unwrap();
    review::state(records_at(root, code).iter().find(|r| r.id == id), &print)
}

/// A copy of `locales/` to change, removed when dropped.
struct Copy(PathBuf);

impl Copy {
    fn new(name: &str) -> Copy {
        let dir = std::env::temp_dir().join(format!("harbour-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        for code in translated()
            .iter()
            .map(String::as_str)
            .chain([SOURCE_LOCALE])
        {
            fs::create_dir_all(dir.join(code)).unwrap();
            for entry in fs::read_dir(locales().join(code)).unwrap() {
                let path = entry.unwrap().path();
                fs::copy(&path, dir.join(code).join(path.file_name().unwrap())).unwrap();
            }
        }
        Copy(dir)
    }

    fn edit(&self, file: &str, old: &str, new: &str) {
        let path = self.0.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(old).count(), 1, "{old} once in {file}");
        fs::write(&path, text.replace(old, new)).unwrap();
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn every_locale_records_every_english_message_once() {
    let english = english_at(&locales());
    assert!(english.len() > 500, "{} English messages", english.len());
    for code in translated() {
        let (_, added, dropped) = review::sync(&english, &records_at(&locales(), &code));
        assert!(
            added.is_empty() && dropped.is_empty(),
            "{code}: review.tsv lacks {added:?} and has {dropped:?} that English does not: run `cargo run --bin harbour-i18n sync`"
        );
    }
}

/// A translation made from an older English may say something the English no longer says (a
/// corrected fact, a changed number): CI fails until each is re-drafted (and the record says so
/// with `harbour-i18n drafted`) or checked again.
#[test]
fn no_translation_is_stale() {
    let english = english_at(&locales());
    let mut stale = Vec::new();
    for code in translated() {
        let records = records_at(&locales(), &code);
        for (_, entry, print) in &english {
            if review::state(records.iter().find(|r| r.id == entry.id), print) == State::Stale {
                stale.push(format!("{code} {}", entry.id));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "translations made from an older English (re-draft them, then `cargo run --bin harbour-i18n -- drafted <id>...`):\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_app_counts_what_the_record_says() {
    let english = english_at(&locales());
    for locale in Catalogue::embedded().locales() {
        if locale.code == SOURCE_LOCALE {
            assert!(locale.reviewed.areas.iter().all(|(_, c, t)| c == t));
            continue;
        }
        let counted: Vec<(String, u16, u16)> =
            review::tally(&english, &records_at(&locales(), locale.code))
                .into_iter()
                .map(|t| (t.area.clone(), t.checked as u16, t.total() as u16))
                .collect();
        let embedded: Vec<(String, u16, u16)> = locale
            .reviewed
            .areas
            .iter()
            .map(|(a, c, t)| (a.to_string(), *c, *t))
            .collect();
        assert_eq!(embedded, counted, "{}", locale.code);
    }
}

#[test]
fn a_changed_english_message_makes_its_translations_stale() {
    let copy = Copy::new("stale");
    // One translation checked against today's English, another left a draft.
    let checked =
        |line: &str| line.replace("ai-draft\t-\t-", "translator\tA. Translator\t2026-12-02");
    let path = copy.0.join("ti").join(RECORD_FILE);
    let record = fs::read_to_string(&path).unwrap();
    let line = record
        .lines()
        .find(|l| l.starts_with("nav-back\t"))
        .unwrap();
    fs::write(&path, record.replace(line, &checked(line))).unwrap();
    assert_eq!(state_at(&copy.0, "ti", "nav-back"), State::Checked);
    assert_eq!(state_at(&copy.0, "ar", "nav-back"), State::Draft);
    let before = english_at(&copy.0);

    copy.edit("en/app.ftl", "nav-back = Back\n", "nav-back = Go back\n");

    assert_eq!(state_at(&copy.0, "ti", "nav-back"), State::Stale);
    assert_eq!(state_at(&copy.0, "ar", "nav-back"), State::Stale);
    // Nothing else moved.
    for (code, (_, entry, print)) in translated().iter().zip(before.iter().cycle()) {
        if entry.id != "nav-back" {
            assert_eq!(
                review::state(
                    records_at(&copy.0, code).iter().find(|r| r.id == entry.id),
                    print
                ),
                State::Draft,
                "{code} {}",
                entry.id
            );
        }
    }
    let tally = review::tally(&english_at(&copy.0), &records_at(&copy.0, "ti"));
    let app = tally.iter().find(|t| t.area == "app").unwrap();
    assert_eq!((app.checked, app.stale), (0, 1));
    // Re-drafted from the new English, it is a draft again: it must be checked anew.
    let english = english_at(&copy.0);
    let mut records = records_at(&copy.0, "ti");
    assert_eq!(review::redrafted(&english, &mut records, &["nav-back"]), 1);
    let now = review::state(
        records.iter().find(|r| r.id == "nav-back"),
        &print_of(&english, "nav-back"),
    );
    assert_eq!(now, State::Draft);
}

fn check_record(text: &str, expected: Result<usize, (usize, &str)>) {
    match (review::read_record(text), expected) {
        (Ok(records), Ok(n)) => assert_eq!(records.len(), n, "{text:?}"),
        (Err(e), Err((line, problem))) => {
            assert_eq!((e.line, e.problem), (line, problem), "{text:?}")
        }
        (got, want) => panic!("{text:?}: got {got:?}, want {want:?}"),
    }
}

#[test]
fn a_record_line_that_does_not_read_is_named() {
    let good = "a-b\t0123456789abcdef\tai-draft\t-\t-";
    check_record(good, Ok(1));
    check_record(
        "# comment\n\na\t0123456789abcdef\ttranslator\tSam\t2026-12-01",
        Ok(1),
    );
    check_record(
        "a\t0123456789abcdef\tai-draft\t-",
        Err((1, "needs five fields separated by tabs")),
    );
    check_record(
        &format!("{good}\n{good}"),
        Err((2, "this message is recorded twice")),
    );
    check_record(
        "a\t0123\tai-draft\t-\t-",
        Err((1, "the English fingerprint is not 16 hexadecimal digits")),
    );
    check_record(
        "a\t0123456789abcdef\tmachine\t-\t-",
        Err((1, "produced_by is not ai-draft or translator")),
    );
    check_record(
        "a\t0123456789abcdef\tai-draft\tSam\t-",
        Err((1, "checked_by and checked_on go together")),
    );
    check_record(
        "a\t0123456789abcdef\tai-draft\tSam\t1/12/2026",
        Err((1, "checked_on is not a date (YYYY-MM-DD)")),
    );
    check_record(
        "1a\t0123456789abcdef\tai-draft\t-\t-",
        Err((1, "the first field is not a message ID")),
    );
}

#[test]
fn a_fingerprint_follows_the_words_not_the_indentation() {
    let print = review::fingerprint;
    assert_eq!(print("a\n    b"), print("a\n  b"));
    assert_ne!(print("a { $name }"), print("a { $other }"));
    assert_ne!(print("Call 999"), print("Call 112"));
    let entries =
        review::entries("# c\none = One\n    two\n\n.x = 1\n-term = T\nbad\nz = Z\n  .title = t\n");
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["one", "-term", "z"]);
    assert_eq!(entries[0].text, "One\n    two");
    assert_eq!(entries[2].text, "Z\n  .title = t");
}

fn terms_of(code: &str) -> Vec<termbase::Term> {
    let path = locales().join(code).join(TERMS_FILE);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    termbase::read_terms(&text, code == SOURCE_LOCALE)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn entries_of(code: &str) -> Vec<Entry> {
    review::locale_files(&locales().join(code))
        .unwrap()
        .iter()
        .flat_map(|(_, text)| review::entries(text))
        .collect()
}

#[test]
fn every_locale_follows_its_termbase() {
    let english_terms = terms_of(SOURCE_LOCALE);
    assert!(english_terms.len() >= 11);
    let english = entries_of(SOURCE_LOCALE);
    let mut problems = Vec::new();
    for code in translated() {
        for p in termbase::check(
            &english_terms,
            &terms_of(&code),
            &english,
            &entries_of(&code),
        ) {
            problems.push(format!("{code}: {p}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn entry(id: &str, text: &str) -> Entry {
    Entry {
        id: id.into(),
        text: text.into(),
    }
}

#[test]
fn a_planted_wrong_term_is_flagged() {
    let english_terms = termbase::read_terms(
        "lawyer\tlawyer|lawyers\tworks for you\nlock code\tlock code\tlocks Harbour",
        true,
    )
    .unwrap();
    let terms = termbase::read_terms(
        "lawyer\tavocat\tsee-judge\tnot « juge »\nlock code\tcode de verrouillage\t-\t",
        false,
    )
    .unwrap();
    let english = [
        entry("ask", "Ask your Lawyer."),
        entry("lawyers", "Lawyers help."),
        entry("see-judge", "Your lawyer sees the judge."),
        entry("lock", "Your lock code."),
        entry("clock", "A clock code is not a term."),
    ];
    let check =
        |translated: &[Entry]| termbase::check(&english_terms, &terms, &english, translated);
    let right = [
        entry("ask", "Demande à ton Avocate."),
        entry("lawyers", "Les avocats aident."),
        entry("see-judge", "Le juge te voit."),
        entry("lock", "Ton code de verrouillage."),
        entry("clock", "Rien."),
    ];
    assert_eq!(check(&right), []);
    let mut wrong = right.clone();
    wrong[1] = entry("lawyers", "Les juristes aident.");
    wrong[3] = entry("lock", "Ton code de configuration.");
    assert_eq!(
        check(&wrong),
        [
            TermProblem::Mismatch {
                term: "lawyer".into(),
                id: "lawyers".into()
            },
            TermProblem::Mismatch {
                term: "lock code".into(),
                id: "lock".into()
            },
        ]
    );
    let partial = termbase::read_terms("lawyer\tavocat\t-\t", false).unwrap();
    assert_eq!(
        termbase::check(&english_terms, &partial, &english, &right),
        [
            TermProblem::Missing {
                term: "lock code".into()
            },
            TermProblem::Mismatch {
                term: "lawyer".into(),
                id: "see-judge".into()
            }
        ]
    );
}

/// Applies a review of `ti` to a copy: returns the outcome and the copy.
fn apply_review(json: &str) -> (corrections::Outcome, Locale, Vec<(String, Entry, String)>) {
    let english = english_at(&locales());
    let mut locale = Locale {
        files: review::locale_files(&locales().join("ti")).unwrap(),
        records: records_at(&locales(), "ti"),
    };
    let review = corrections::read(json).unwrap();
    let outcome = corrections::apply(&english, &mut locale, &review);
    (outcome, locale, english)
}

fn print_of(english: &[(String, Entry, String)], id: &str) -> String {
    english
        .iter()
        .find(|(_, e, _)| e.id == id)
        .unwrap()
        .2
        .clone()
}

fn text_in(locale: &Locale, id: &str) -> String {
    locale
        .files
        .iter()
        .flat_map(|(_, t)| review::entries(t))
        .find(|e| e.id == id)
        .unwrap()
        .text
}

#[test]
fn a_review_from_the_sheet_is_applied_and_a_broken_correction_refused() {
    let english = english_at(&locales());
    let p = |id| print_of(&english, id);
    let ti = entries_of("ti");
    let old_welcome = ti
        .iter()
        .find(|e| e.id == "comeback-send")
        .map(|e| e.text.clone())
        .unwrap();
    assert!(old_welcome.contains("{ $name }"), "{old_welcome}");
    let json = serde_json::json!({
        "format": corrections::FORMAT, "locale": "ti", "reviewer": "A. Translator", "date": "2026-12-02",
        "messages": [
            {"id": "nav-back", "english": p("nav-back")},
            {"id": "app-name", "english": p("app-name"), "text": "ሃርበር (Harbour)"},
            // As the sheet shows it in a text box: each placeable isolated left to right.
            {"id": "comeback-reach-any-time", "english": p("comeback-reach-any-time"), "text": "\u{2066}{ $name }\u{2069} — \u{2066}{ $role }\u{2069} — ኩሉ ግዜ"},
            {"id": "comeback-send", "english": p("comeback-send"), "text": old_welcome.replace("{ $name }", "")},
            {"id": "home-title", "english": p("home-title"), "text": "{ ብልሽው"},
            {"id": "numbers-title", "english": "0000000000000000", "text": "ቁጽሪ"},
            {"id": "nobody", "english": "0000000000000000"},
        ]
    })
    .to_string();
    let (outcome, locale, _) = apply_review(&json);
    assert_eq!(outcome.accepted, ["nav-back"]);
    assert_eq!(outcome.corrected, ["app-name", "comeback-reach-any-time"]);
    let refused: Vec<(&str, &Refusal)> = outcome
        .refused
        .iter()
        .map(|(id, r)| (id.as_str(), r))
        .collect();
    assert_eq!(
        refused,
        [
            (
                "comeback-send",
                &Refusal::Variables {
                    missing: vec!["name".into()],
                    extra: vec![]
                }
            ),
            ("home-title", &Refusal::BreaksSyntax),
            ("numbers-title", &Refusal::EnglishChanged),
            ("nobody", &Refusal::UnknownMessage),
        ]
    );
    // The correction is in the file, the refused ones are as they were.
    assert_eq!(text_in(&locale, "app-name"), "ሃርበር (Harbour)");
    assert_eq!(
        text_in(&locale, "comeback-reach-any-time"),
        "{ $name } — { $role } — ኩሉ ግዜ"
    );
    assert_eq!(text_in(&locale, "comeback-send"), old_welcome);
    let record = |id: &str| locale.records.iter().find(|r| r.id == id).unwrap().clone();
    let signed = Some(("A. Translator".to_string(), "2026-12-02".to_string()));
    assert_eq!(
        (record("app-name").produced, record("app-name").checked),
        (Produced::Translator, signed.clone())
    );
    assert_eq!(
        (record("nav-back").produced, record("nav-back").checked),
        (Produced::MachineDraft, signed)
    );
    assert_eq!(record("comeback-send").checked, None);
    // Every other file is byte for byte as it was.
    let before = review::locale_files(&locales().join("ti")).unwrap();
    for ((name, new), (_, old)) in locale.files.iter().zip(&before) {
        let corrected = ["app-name", "comeback-reach-any-time"];
        let kept = |text: &str| -> Vec<review::Entry> {
            review::entries(text)
                .into_iter()
                .filter(|e| !corrected.contains(&e.id.as_str()))
                .collect()
        };
        assert!(
            kept(new) == kept(old),
            "{name}: a message other than the corrected ones changed"
        );
        assert_eq!(
            new.lines().count(),
            old.lines().count(),
            "{name}: lines added or lost"
        );
    }
}

#[test]
fn a_correction_that_changes_a_number_is_refused() {
    let english = english_at(&locales());
    let id = "privacy-pin-intro";
    let old = text_in(
        &Locale {
            files: review::locale_files(&locales().join("ti")).unwrap(),
            records: vec![],
        },
        id,
    );
    assert!(old.contains("12"), "{old}");
    let json = serde_json::json!({
        "format": corrections::FORMAT, "locale": "ti", "reviewer": "A. Translator", "date": "2026-12-02",
        "messages": [{"id": id, "english": print_of(&english, id), "text": old.replace("12", "16")}]
    })
    .to_string();
    let (outcome, _, _) = apply_review(&json);
    assert_eq!(outcome.refused, [(id.to_string(), Refusal::Digits)]);
}

#[test]
fn a_review_file_without_a_reviewer_or_in_another_format_is_refused() {
    let read = |json: serde_json::Value| corrections::read(&json.to_string()).map(|_| ());
    let base = |reviewer: &str, format: &str, date: &str| serde_json::json!({"format": format, "locale": "ti", "reviewer": reviewer, "date": date, "messages": []});
    assert_eq!(read(base("Sam", corrections::FORMAT, "2026-12-02")), Ok(()));
    assert_eq!(
        read(base(" ", corrections::FORMAT, "2026-12-02")),
        Err(Refusal::NotAReview("the review names no reviewer"))
    );
    assert_eq!(
        read(base("Sam", corrections::FORMAT, "today")),
        Err(Refusal::NotAReview("the review's date is not YYYY-MM-DD"))
    );
    assert!(matches!(
        read(base("Sam", "harbour-review 9", "2026-12-02")),
        Err(Refusal::Unreadable(_))
    ));
    assert!(matches!(
        corrections::read("not json"),
        Err(Refusal::Unreadable(_))
    ));
}

#[test]
fn replacing_a_message_keeps_everything_around_it() {
    let ftl = "# head\na = A\n    more\n\n## section\nb = B\n    .title = T\nc = C\n";
    assert_eq!(
        corrections::replace_entry(ftl, "b", "b = Bee\n    .title = Tee\n").unwrap(),
        "# head\na = A\n    more\n\n## section\nb = Bee\n    .title = Tee\nc = C\n"
    );
    assert_eq!(
        corrections::replace_entry(ftl, "a", "a = Ay\n").unwrap(),
        "# head\na = Ay\n\n## section\nb = B\n    .title = T\nc = C\n"
    );
    assert_eq!(corrections::replace_entry(ftl, "missing", "x = y\n"), None);
}

#[test]
fn the_translation_platforms_configuration_lists_every_locale() {
    let config = fs::read_to_string(locales().join("l10n.toml")).unwrap();
    let line = config
        .lines()
        .find(|l| l.starts_with("locales = ["))
        .unwrap();
    let mut listed: Vec<String> = line
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    listed.sort();
    assert_eq!(listed, translated());
    assert!(
        config.contains("reference = \"en/*.ftl\"") && config.contains("l10n = \"{locale}/*.ftl\"")
    );
}
