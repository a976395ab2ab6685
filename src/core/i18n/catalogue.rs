//! The list of locales Harbour ships, read from each locale's `locale.json`.

use std::sync::{Mutex, OnceLock};

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::localizer::Localizer;
use super::SOURCE_LOCALE;

pub(crate) struct EmbeddedLocale {
    pub code: &'static str,
    pub meta: &'static str,
    pub reviewed: Reviewed,
    pub files: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Writing direction of a locale, used for the root `dir` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Who or what produced a locale's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Producer {
    /// The source text (English) that translations are made from.
    Source,
    /// Drafted by a machine (an AI model); always a draft until a translator checks it.
    AiDraft,
    /// Written by a human translator.
    Translator,
}

/// Who produced a translation (`locale.json`). Who checked it is recorded message by message
/// (`review.rs`) and arrives here counted (`Reviewed`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub produced_by: Producer,
    /// Free text for maintainers: tool, date, contact.
    pub note: String,
}

impl Review {
    /// The Fluent message that says who produced this text.
    pub fn producer_message_id(&self) -> &'static str {
        match self.produced_by {
            Producer::Source => "about-produced-source",
            Producer::AiDraft => "about-produced-ai-draft",
            Producer::Translator => "about-produced-translator",
        }
    }
}

/// How much of a locale translators have checked, counted at build time from its review
/// record (`build.rs`, `review::tally`): per area (a Fluent file's name without `.ftl`), the
/// messages checked against the English as it is now and the total; and who checked them.
/// A stale message counts as a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reviewed {
    pub areas: &'static [(&'static str, u16, u16)],
    pub checkers: &'static [&'static str],
}

/// What the language picker says of a translation as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// No message checked yet.
    Draft,
    /// Some checked: the whole percentage, rounded down (never 100).
    Partly(u8),
    /// Every message checked and current.
    Checked,
}

impl Reviewed {
    /// Whether every message of these areas is checked and current. An area this locale does
    /// not have counts as not checked.
    pub fn checked(&self, areas: &[&str]) -> bool {
        areas.iter().all(|want| {
            self.areas
                .iter()
                .any(|(area, checked, total)| area == want && checked == total)
        })
    }

    pub fn share(&self) -> Share {
        let (checked, total) = self
            .areas
            .iter()
            .fold((0u32, 0u32), |(c, t), (_, checked, total)| {
                (c + u32::from(*checked), t + u32::from(*total))
            });
        match (checked, total) {
            (0, _) => Share::Draft,
            (c, t) if c >= t => Share::Checked,
            (c, t) => Share::Partly(u8::try_from(c * 100 / t).unwrap_or(99).min(99)),
        }
    }
}

/// One shipped locale: its code, its name in its own script and in English, and its direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    pub code: &'static str,
    pub id: LanguageIdentifier,
    pub name: String,
    pub english_name: String,
    pub dir: Direction,
    pub review: Review,
    pub reviewed: Reviewed,
    /// The language tags of the phone voices that may read it aloud, best first
    /// (`core::speech::choose_voice`): its own, then any it may fall back to.
    pub voices: Vec<String>,
    /// The mark between whole and decimal places.
    pub decimal: char,
    pub(crate) files: &'static [(&'static str, &'static str)],
}

/// What a screen says of the translation of its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenStatus {
    /// The source text: nothing to say.
    Source,
    /// Every message of the screen's areas checked against the English as it is now.
    Checked,
    /// Anything less: a draft (a stale message counts as a draft).
    Draft,
}

impl LocaleInfo {
    /// What a screen whose words come from `areas` says of this translation.
    pub fn screen_status(&self, areas: &[&str]) -> ScreenStatus {
        if self.review.produced_by == Producer::Source {
            ScreenStatus::Source
        } else if self.reviewed.checked(areas) {
            ScreenStatus::Checked
        } else {
            ScreenStatus::Draft
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    name: String,
    english_name: String,
    dir: Direction,
    review: Review,
    /// Voice tags beyond the locale's own code (`"voices": ["fa-AF", "prs", "fa"]`).
    #[serde(default)]
    voices: Vec<String>,
    /// The mark between whole and decimal places (`","` in French); `"."` when not given.
    #[serde(default)]
    decimal: Option<char>,
}

/// Words provided at run time, by locale code (see `Catalogue::provide_words`).
static PROVIDED: Mutex<Vec<(&'static str, &'static str)>> = Mutex::new(Vec::new());

fn provided(code: &str) -> Option<&'static str> {
    let words = PROVIDED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    words
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, text)| *text)
}

/// Every locale embedded in this build.
#[derive(Debug)]
pub struct Catalogue {
    locales: Vec<LocaleInfo>,
}

impl Catalogue {
    /// The locales embedded in the app. A locale whose `locale.json` or code cannot be read is
    /// left out (the test suite fails on it), so a bad file never stops the app.
    pub fn embedded() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue {
            locales: EMBEDDED.iter().filter_map(|e| Self::read(e).ok()).collect(),
        })
    }

    /// Reads one embedded locale; public to the crate so the locale test can name what fails.
    pub(crate) fn read(e: &EmbeddedLocale) -> Result<LocaleInfo, String> {
        let meta: Meta = serde_json::from_str(e.meta).map_err(|err| err.to_string())?;
        let id = e
            .code
            .parse()
            .map_err(|err: unic_langid::LanguageIdentifierError| err.to_string())?;
        Ok(LocaleInfo {
            code: e.code,
            id,
            name: meta.name,
            english_name: meta.english_name,
            dir: meta.dir,
            review: meta.review,
            reviewed: e.reviewed,
            voices: if meta.voices.is_empty() {
                vec![e.code.to_string()]
            } else {
                meta.voices
            },
            decimal: meta.decimal.unwrap_or('.'),
            files: e.files,
        })
    }

    pub fn locales(&self) -> &[LocaleInfo] {
        &self.locales
    }

    pub fn get(&self, code: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.code == code)
    }

    pub fn source(&self) -> &LocaleInfo {
        self.get(SOURCE_LOCALE)
            .or_else(|| self.locales.first())
            .expect("the source locale `en` is embedded (checked by tests/locales.rs)")
    }

    /// The words of one locale, with English behind it for any message it lacks.
    pub fn localizer(&self, code: &str) -> Localizer {
        let locale = self.get(code).unwrap_or_else(|| self.source());
        Localizer::new(locale, self.source(), provided(locale.code))
    }

    /// Whether a locale's words beyond its embedded files still have to be provided (web
    /// builds embed of locales other than English only what the language picker shows; see
    /// `build.rs`).
    pub fn needs_words(&self, code: &str) -> bool {
        cfg!(target_arch = "wasm32")
            && code != SOURCE_LOCALE
            && self.get(code).is_some()
            && provided(code).is_none()
    }

    /// Adds a locale's words read at run time (its files, one after the other). Kept for the
    /// life of the app; a second call for the same locale is ignored.
    pub fn provide_words(&self, code: &str, text: String) {
        let Some(locale) = self.get(code) else { return };
        let mut words = PROVIDED
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !words.iter().any(|(c, _)| *c == locale.code) {
            words.push((locale.code, Box::leak(text.into_boxed_str())));
        }
    }

    /// Every embedded locale's raw files, for the locale completeness test.
    pub fn raw_files(
        &self,
    ) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> + '_ {
        EMBEDDED
            .iter()
            .flat_map(|e| e.files.iter().map(move |(name, src)| (e.code, *name, *src)))
    }

    /// Every embedded locale folder, including any whose metadata cannot be read.
    pub fn embedded_codes() -> impl Iterator<Item = (&'static str, Result<LocaleInfo, String>)> {
        EMBEDDED.iter().map(|e| (e.code, Self::read(e)))
    }
}
