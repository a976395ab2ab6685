//! Says, in the person's language and in English, that a translation has not been checked.

use dioxus::prelude::*;

use crate::ui::state::{use_app_state, use_localizer};

#[component]
pub fn DraftNotice() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let l = localizer.read();
    if !l.locale().review.is_draft() {
        return rsx! {};
    }
    rsx! {
        aside { class: "draft", aria_label: l.tr("translation-draft-label"),
            p { "{l.tr(\"translation-draft\")}" }
            if l.code() != state.english.code() {
                p { lang: "en", dir: "ltr", "{state.english.tr(\"translation-draft\")}" }
            }
        }
    }
}
