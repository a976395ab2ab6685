//! Content packs: the facts Harbour shows, kept as data so an update can correct a fact
//! without a new app. The app embeds a default pack, so everything works from the first launch.
//!
//! Only this module knows the pack's wire format; screens see the plain types it returns.

pub mod audio;
mod numbers;
pub mod pack;
mod process;
pub mod recordings;
pub mod release_key;
mod safety;

pub use numbers::{HelpNumber, NumbersPack, SilentSolution};
pub use pack::{area_id, Organisation, Pack, PackError, PackInfo, PackKey, SecretKey};
pub use process::{GlossaryEntry, Part, ProcessPack, Step};
pub use safety::{Card, CardSection, SafetyPack};

use serde::Deserialize;

/// How sure we are of a fact (see `shared/reference/uk-facts.md`). Unverified facts are
/// refused when a pack is read, so they can never reach a screen by accident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum FactTag {
    /// An official or primary source says it.
    #[serde(rename = "V")]
    Verified,
    /// A reputable third party says it.
    #[serde(rename = "S")]
    Secondary,
}

/// Where a fact comes from, and when a person last checked it against that source. A pack
/// without the date still reads (older packs had none); the publisher refuses to sign one
/// (`pack::seal`), and a test fails on a built-in fact checked more than `FACT_MAX_AGE_DAYS` ago.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Fact {
    pub tag: FactTag,
    pub source: String,
    #[serde(default)]
    pub checked: Option<chrono::NaiveDate>,
}

/// A fact not checked again for this long is too old to show a child (about 12 months).
pub const FACT_MAX_AGE_DAYS: i64 = 366;

/// One fact and what it is a fact about (`numbers: emergency`, `process: sef`, `safety: return`).
pub struct FactAt<'a> {
    pub about: String,
    pub fact: &'a Fact,
}

/// Why a content pack was refused; the old content stays in place.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("content pack is not valid: {0}")]
    Malformed(String),
    #[error("content pack format {0} is not one this app reads")]
    UnknownFormat(u32),
    #[error("phone number {0:?} is not a number that can be dialled")]
    BadNumber(String),
}

impl ContentError {
    pub fn message_id(&self) -> &'static str {
        "content-error-invalid"
    }
}

/// Reads one area's JSON and checks its format number before anything else is trusted.
fn read_area<T: serde::de::DeserializeOwned>(
    json: &str,
    format_of: impl Fn(&T) -> u32,
    supported: u32,
) -> Result<T, ContentError> {
    let area: T = serde_json::from_str(json).map_err(|e| ContentError::Malformed(e.to_string()))?;
    match format_of(&area) {
        format if format == supported => Ok(area),
        format => Err(ContentError::UnknownFormat(format)),
    }
}

/// The files the default pack (`assets/content/default.pack`) is built from. The app reads only
/// the pack; tests and the publisher read these.
pub mod sources {
    pub const NUMBERS: &str = include_str!("../../../assets/content/numbers.json");
    pub const PROCESS: &str = include_str!("../../../assets/content/process.json");
    pub const SAFETY: &str = include_str!("../../../assets/content/safety.json");
}
