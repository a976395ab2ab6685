//! Formatting messages of one locale, with English behind it.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::catalogue::LocaleInfo;

type Bundle = FluentBundle<Arc<FluentResource>>;
type Parsed = Vec<Arc<FluentResource>>;

/// The messages of one locale. Cheap to clone the info, built once per language switch.
pub struct Localizer {
    locale: LocaleInfo,
    primary: Bundle,
    /// English, used message by message when the primary locale lacks one.
    fallback: Option<Bundle>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("locale", &self.locale.code)
            .finish()
    }
}

thread_local! {
    /// The IDs formatted on this thread while `messages_used` runs.
    static USED: RefCell<Option<BTreeSet<String>>> = const { RefCell::new(None) };
}

/// Runs `f` and returns, beside its result, the ID of every message formatted on this thread
/// meanwhile: what a screen shows, so a test can check that each screen's translation notice
/// counts the areas its words come from (`Route::areas`).
pub fn messages_used<R>(f: impl FnOnce() -> R) -> (R, BTreeSet<String>) {
    USED.with_borrow_mut(|used| *used = Some(BTreeSet::new()));
    let result = f();
    let used = USED.with_borrow_mut(Option::take).unwrap_or_default();
    (result, used)
}

/// A broken file still yields the messages that parsed; the locale test fails on it.
fn parse(source: &str) -> Arc<FluentResource> {
    Arc::new(FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r))
}

/// A locale's embedded files, parsed once per run and shared by every localizer that needs
/// them: English is behind every language and is also kept on its own (`AppState::english`), so
/// without this it would be parsed twice at every start and again at every language switch.
/// Kept by the address of the files, which are static.
fn embedded(locale: &LocaleInfo) -> Parsed {
    static PARSED: Mutex<Vec<(usize, Parsed)>> = Mutex::new(Vec::new());
    let key = locale.files.as_ptr() as usize;
    let mut parsed = PARSED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, resources)) = parsed.iter().find(|(k, _)| *k == key) {
        return resources.clone();
    }
    let resources: Parsed = locale
        .files
        .iter()
        .map(|(_, source)| parse(source))
        .collect();
    parsed.push((key, resources.clone()));
    resources
}

fn bundle(locale: &LocaleInfo, provided: Option<&'static str>) -> Bundle {
    let mut bundle = FluentBundle::new(vec![locale.id.clone()]);
    // Isolate every placeable (FSI/PDI) so numbers and names keep their own direction.
    bundle.set_use_isolating(true);
    for resource in embedded(locale).into_iter().chain(provided.map(parse)) {
        // A duplicate ID keeps its first definition; the locale test reports duplicates.
        if let Err(_duplicates) = bundle.add_resource(resource) {}
    }
    bundle
}

impl Localizer {
    /// `provided`: the locale's words read at run time, beyond its embedded files.
    pub(crate) fn new(
        locale: &LocaleInfo,
        source: &LocaleInfo,
        provided: Option<&'static str>,
    ) -> Self {
        let fallback = (locale.code != source.code).then(|| bundle(source, None));
        Localizer {
            locale: locale.clone(),
            primary: bundle(locale, provided),
            fallback,
        }
    }

    pub fn locale(&self) -> &LocaleInfo {
        &self.locale
    }

    pub fn code(&self) -> &'static str {
        self.locale.code
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir.as_str()
    }

    /// A message with no variables.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with variables; each value is isolated from the surrounding text.
    pub fn tr_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether the message exists here or in English behind it.
    /// A download's size as `audio-size` says it ("4.2 MB", "4,2 Mo"): megabytes with one
    /// decimal, at least 0.1, with the locale's decimal mark.
    pub fn size(&self, bytes: u64) -> String {
        let tenths = bytes.div_ceil(100_000).max(1);
        let number = format!("{}{}{}", tenths / 10, self.locale().decimal, tenths % 10);
        self.tr_with("audio-size", &[("megabytes", &number)])
    }

    pub fn has(&self, id: &str) -> bool {
        self.primary.has_message(id) || self.fallback.as_ref().is_some_and(|f| f.has_message(id))
    }

    /// Whether this locale has the message itself (without falling back to English).
    pub fn has_own(&self, id: &str) -> bool {
        self.primary.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        USED.with_borrow_mut(|used| {
            if let Some(used) = used {
                used.insert(id.to_string());
            }
        });
        for bundle in std::iter::once(&self.primary).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        // Never show a message ID: an unknown ID shows nothing (tests/locales.rs checks that
        // every ID the code uses exists in English).
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::i18n::catalogue::{Direction, Producer, Review, Reviewed};

    fn locale(code: &'static str, files: &'static [(&'static str, &'static str)]) -> LocaleInfo {
        LocaleInfo {
            code,
            id: code.parse().unwrap(),
            name: code.into(),
            english_name: code.into(),
            dir: Direction::Ltr,
            review: Review {
                produced_by: Producer::AiDraft,
                note: String::new(),
            },
            reviewed: Reviewed {
                areas: &[],
                checkers: &[],
            },
            voices: vec![code.into()],
            decimal: '.',
            files,
        }
    }

    fn check_tr(files: &'static [(&'static str, &'static str)], id: &str, expected: &str) {
        check_tr_provided(files, None, id, expected);
    }

    /// `provided`: words read at run time beyond the embedded files (the web build).
    fn check_tr_provided(
        files: &'static [(&'static str, &'static str)],
        provided: Option<&'static str>,
        id: &str,
        expected: &str,
    ) {
        let english = locale(
            "en",
            &[(
                "a.ftl",
                "hello = Hello\nstep-title = The step\nbye = Bye { $name }\n",
            )],
        );
        let l = Localizer::new(&locale("xx", files), &english, provided);
        assert_eq!(
            l.tr_with(id, &[("name", "Sam")])
                .replace(['\u{2068}', '\u{2069}'], ""),
            expected
        );
    }

    #[test]
    fn a_message_missing_in_a_locale_falls_back_to_english_for_that_message_only() {
        check_tr(&[("a.ftl", "hello = Salut\n")], "hello", "Salut");
        check_tr(&[("a.ftl", "hello = Salut\n")], "step-title", "The step");
        // A broken file keeps the messages that parsed; the rest come from English.
        check_tr(
            &[("a.ftl", "hello = Salut\nstep-title = { broken\n")],
            "hello",
            "Salut",
        );
        check_tr(
            &[("a.ftl", "hello = Salut\nstep-title = { broken\n")],
            "step-title",
            "The step",
        );
        // A translation that drops a variable still says something true: English.
        check_tr(&[("a.ftl", "bye = Au revoir { $nom }\n")], "bye", "Bye Sam");
        // An ID nobody has shows nothing, never the ID.
        check_tr(&[("a.ftl", "hello = Salut\n")], "no-such-message", "");
    }

    #[test]
    fn words_provided_at_run_time_join_the_embedded_ones() {
        let app: &'static [(&str, &str)] = &[("app.ftl", "hello = Salut\n")];
        check_tr_provided(app, Some("step-title = L'étape\n"), "step-title", "L'étape");
        check_tr_provided(app, Some("step-title = L'étape\n"), "hello", "Salut");
        // Not provided (yet, or the file could not be read): English for those messages.
        check_tr_provided(app, None, "step-title", "The step");
    }
}
