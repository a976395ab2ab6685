//! Every screen's address. Sections not built yet have no route, so nothing can link to them.
//! Any other address (a mistyped one, an old bookmark, `/t/abc`) is `NotFound`, inside the
//! shell, so it keeps Quick exit and the person's language.
//!
//! The addresses say nothing about what is on the screen (security review, "no traces in
//! history"): whoever reads the browser's history sees `/c` and `/a/AQsGFxY`, not `/come-back`
//! and `/process/interview`. Each screen has one letter; a step's or a card's ID is `Veiled`.

use std::fmt;
use std::str::FromStr;

use dioxus::prelude::*;

use crate::core::setup::base64;

use super::app::Shell;
use super::screens::{
    About, AdultEdit, AdultNew, Adults, CardPage, ComeBack, Glossary, Home, KeyWorker, Language,
    NotFound, Numbers, PlacePage, Places, Plan, Privacy, Process, SetupImport, StayingSafe, Step,
    WhenBack,
};

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/c")]
        ComeBack {},
        #[route("/t")]
        Adults {},
        #[route("/t/new")]
        AdultNew {},
        #[route("/t/:id")]
        AdultEdit { id: i64 },
        #[route("/p")]
        Plan {},
        #[route("/w")]
        WhenBack {},
        #[route("/s")]
        StayingSafe {},
        #[route("/a")]
        Process {},
        #[route("/a/:id")]
        Step { id: Veiled },
        #[route("/g")]
        Glossary {},
        #[route("/n")]
        Numbers {},
        #[route("/d")]
        Places {},
        #[route("/d/:id")]
        PlacePage { id: String },
        #[route("/l")]
        Language {},
        #[route("/v")]
        Privacy {},
        #[route("/i")]
        About {},
        #[route("/j")]
        SetupImport {},
        #[route("/m")]
        KeyWorker {},
        #[route("/x/:id")]
        CardPage { id: Veiled },
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}

impl Route {
    /// The areas of the Fluent messages this screen shows (`locales/<code>/<area>.ftl`), so
    /// its translation notice says "checked" only when all of them are (`TranslationNotice`).
    /// Every screen has the frame's words: `app`, Quick exit (`privacy`) and the help kept for
    /// when the web app stops (`comeback`, `numbers`). `tests/screens.rs` renders each screen
    /// and fails unless these are exactly the areas its words come from.
    pub fn areas(&self) -> &'static [&'static str] {
        match self {
            Route::Home {} => &[
                "app", "comeback", "numbers", "places", "privacy", "process", "setup",
            ],
            Route::ComeBack {} => &["app", "comeback", "numbers", "privacy", "safety"],
            Route::Plan {} => &["app", "comeback", "numbers", "plan", "privacy"],
            Route::WhenBack {} | Route::StayingSafe {} | Route::CardPage { .. } => {
                &["app", "comeback", "numbers", "privacy", "process", "safety"]
            }
            Route::Process {} | Route::Step { .. } | Route::Glossary {} => {
                &["app", "comeback", "numbers", "privacy", "process"]
            }
            Route::Privacy {} | Route::Places {} | Route::PlacePage { .. } => {
                &["app", "comeback", "numbers", "places", "privacy"]
            }
            Route::SetupImport {} => &["app", "comeback", "numbers", "privacy", "setup"],
            Route::KeyWorker {} => &["app", "comeback", "numbers", "plan", "privacy", "setup"],
            Route::Adults {}
            | Route::AdultNew {}
            | Route::AdultEdit { .. }
            | Route::Numbers {}
            | Route::Language {}
            | Route::About {}
            | Route::NotFound { .. } => &["app", "comeback", "numbers", "privacy"],
        }
    }
}

/// A step's or card's ID as it goes in an address: its bytes mixed with a fixed key, in
/// base64url, so `interview` does not show as a word. This hides the subject from a glance at
/// the history, not from someone who reads Harbour's code.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Veiled(pub String);

const VEIL: &[u8] = b"harbour";

impl From<&str> for Veiled {
    fn from(id: &str) -> Veiled {
        Veiled(id.to_string())
    }
}

impl fmt::Display for Veiled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mixed: Vec<u8> = self
            .0
            .bytes()
            .zip(VEIL.iter().cycle())
            .map(|(b, k)| b ^ k)
            .collect();
        f.write_str(&base64::encode(&mixed, base64::URL))
    }
}

impl FromStr for Veiled {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Veiled, Self::Err> {
        let mixed = base64::decode(text, base64::URL).ok_or("not an address")?;
        let id: Vec<u8> = mixed
            .iter()
            .zip(VEIL.iter().cycle())
            .map(|(b, k)| b ^ k)
            .collect();
        String::from_utf8(id)
            .map(Veiled)
            .map_err(|_| "not an address")
    }
}
