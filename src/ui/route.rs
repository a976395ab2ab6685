//! Every screen's address. Sections not built yet have no route, so nothing can link to them.
//! Any other address (a mistyped one, an old bookmark, `/adults/abc`) is `NotFound`, inside the
//! shell, so it keeps Quick exit and the person's language.

use dioxus::prelude::*;

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
        #[route("/come-back")]
        ComeBack {},
        #[route("/adults")]
        Adults {},
        #[route("/adults/new")]
        AdultNew {},
        #[route("/adults/:id")]
        AdultEdit { id: i64 },
        #[route("/plan")]
        Plan {},
        #[route("/when-back")]
        WhenBack {},
        #[route("/staying-safe")]
        StayingSafe {},
        #[route("/process")]
        Process {},
        #[route("/process/:id")]
        Step { id: String },
        #[route("/words")]
        Glossary {},
        #[route("/numbers")]
        Numbers {},
        #[route("/places")]
        Places {},
        #[route("/places/:id")]
        PlacePage { id: String },
        #[route("/language")]
        Language {},
        #[route("/privacy")]
        Privacy {},
        #[route("/about")]
        About {},
        #[route("/setup")]
        SetupImport {},
        #[route("/key-worker")]
        KeyWorker {},
        #[route("/cards/:id")]
        CardPage { id: String },
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
}
