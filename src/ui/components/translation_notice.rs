//! Says at the foot of every screen whether a translator has checked its words: "checked by a
//! translator" only when every message of the areas the screen's words come from
//! (`Route::areas`) is checked against the English as it is now (`Reviewed`); otherwise that it
//! is a draft, in the person's language and in English, so whoever helps them can read it too.

use dioxus::prelude::*;

use crate::core::i18n::ScreenStatus;
use crate::ui::state::{use_app_state, use_localizer};

#[component]
pub fn TranslationNotice(areas: &'static [&'static str]) -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let l = localizer.read();
    match l.locale().screen_status(areas) {
        ScreenStatus::Source => return rsx! {},
        ScreenStatus::Checked => {
            return rsx! {
                aside { class: "draft", aria_label: l.tr("translation-draft-label"),
                    p { "{l.tr(\"language-status-checked\")}" }
                }
            }
        }
        ScreenStatus::Draft => {}
    }
    rsx! {
        aside { class: "draft", aria_label: l.tr("translation-draft-label"),
            p { "{l.tr(\"translation-draft\")}" }
            p { lang: "en", dir: "ltr", "{state.english.tr(\"translation-draft\")}" }
        }
    }
}
