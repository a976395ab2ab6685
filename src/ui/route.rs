//! Every screen's address. Sections not built yet have no route, so nothing can link to them.

use dioxus::prelude::*;

use super::app::Shell;
use super::screens::{About, Home, Language, Numbers};

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/numbers")]
        Numbers {},
        #[route("/language")]
        Language {},
        #[route("/about")]
        About {},
}
