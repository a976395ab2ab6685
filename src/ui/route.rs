//! Every screen's address. Sections not built yet have no route, so nothing can link to them.

use dioxus::prelude::*;

use super::app::Shell;
use super::screens::{About, Glossary, Home, Language, Numbers, Process, Step};

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/process")]
        Process {},
        #[route("/process/:id")]
        Step { id: String },
        #[route("/words")]
        Glossary {},
        #[route("/numbers")]
        Numbers {},
        #[route("/language")]
        Language {},
        #[route("/about")]
        About {},
}
