//! An address Harbour does not have: said in the person's language, with the way home.

use dioxus::prelude::*;

use crate::ui::app::Trouble;

#[component]
pub fn NotFound(segments: Vec<String>) -> Element {
    // The address is not repeated on screen: it may carry something someone sent on purpose.
    let _ = segments;
    rsx! { Trouble { title: "error-not-found-title", explain: "error-not-found" } }
}
