//! Setting up a young person's phone at the welcome meeting, with nothing sent to any server.
//!
//! The key worker's phone builds a `Setup` (language, first name, trusted adults, the area for
//! places, plan lines agreed together) and turns it into a code (`code`): a compact binary body
//! (`wire`), compressed, encrypted under 8 numbers the key worker says aloud (`seal`),
//! checksummed, base64url, inside a link whose fragment never leaves the phone. The young
//! person's phone reads the code back from a scan, the link or a paste, asks for the numbers,
//! shows what will be added (`import`), and only then saves it. QR codes are drawn and read in
//! `qr`.

pub mod base64;
mod code;
mod import;
mod outcome;
#[cfg(any(not(target_arch = "wasm32"), feature = "qr-module"))]
pub mod qr;
mod routing;
mod seal;
mod wire;

pub use code::{seal_packed, setup_link, SetupProblem, FORMAT, MAX_TEXT_CHARS, SETUP_PATH};
pub use import::{plan_import, AdultStatus, Import, ImportError, LanguageChoice};
pub use outcome::{Drawn, SetupError};
pub use routing::{Moment, Reached, Routing};
pub use seal::{Sealed, SetupKey, SpokenNumbers, NUMBERS};

use chrono::{DateTime, Duration, Utc};

use crate::core::contacts::ContactInput;
use crate::core::content::Organisation;
use crate::core::plan::Section;

/// At most this many trusted adults in one setup.
pub const MAX_ADULTS: usize = 8;
/// At most this many plan lines in one setup.
pub const MAX_PLAN_LINES: usize = 40;
/// The area for places: a town or council name.
pub const MAX_AREA_CHARS: usize = 60;
/// How long a setup code works after it is made. A link left in a browser's history, a chat or
/// a scanner app stops adding anything after this (security review H3).
pub const VALID_DAYS: i64 = 7;

/// When a code made at `now` stops working.
pub fn valid_until(now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(VALID_DAYS)
}

/// What a key worker sets up on a young person's phone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Setup {
    /// The locale code of the young person's language.
    pub language: String,
    /// The first name they sign messages with, if they want one.
    pub name: Option<String>,
    /// Where places near them are looked up.
    pub area: Option<String>,
    /// Trusted adults as typed: their phone numbers are checked again on the young person's
    /// phone before anything is saved.
    pub adults: Vec<ContactInput>,
    /// Safety-plan lines agreed together, in the plan's order.
    pub plan: Vec<(Section, String)>,
    /// When the code stops working (to the minute): set when the code is made; a code without
    /// one (made before codes expired) is refused like an expired one.
    pub expires: Option<DateTime<Utc>>,
}

/// An organisation's signature found in a code, and what it signs: checked against the keys
/// the content pack in use lists (`by`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    message: Vec<u8>,
    signature: [u8; 64],
}

impl Signed {
    /// The listed organisation whose key made this signature, if any.
    pub fn by<'a>(&self, organisations: &'a [Organisation]) -> Option<&'a Organisation> {
        organisations
            .iter()
            .find(|o| o.key.verifies(&self.message, &self.signature))
    }
}

impl Setup {
    /// What the printed card's code carries: all but the plan lines, which a card left in a
    /// pocket or a bin must not hold (security review H3).
    pub fn for_card(&self) -> Setup {
        Setup {
            plan: Vec::new(),
            ..self.clone()
        }
    }
}
