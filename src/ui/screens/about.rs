//! About: privacy, where facts come from, and the honest status of this translation.

use dioxus::prelude::*;

use crate::core::i18n::Share;
use crate::ui::state::use_localizer;

#[component]
pub fn About() -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let locale = l.locale();
    rsx! {
        h1 { "{l.tr(\"about-title\")}" }
        p { class: "lead", "{l.tr(\"about-intro\")}" }
        section { aria_labelledby: "heading-privacy",
            h2 { id: "heading-privacy", "{l.tr(\"about-privacy-title\")}" }
            p { "{l.tr(\"about-privacy\")}" }
            p { "{l.tr(\"about-facts\")}" }
        }
        section { aria_labelledby: "heading-translation",
            h2 { id: "heading-translation", "{l.tr(\"about-translation-title\")}" }
            p { "{l.tr_with(\"about-translation-language\", &[(\"language\", &locale.name)])}" }
            p { "{l.tr(locale.review.producer_message_id())}" }
            for checker in locale.reviewed.checkers {
                p { "{l.tr_with(\"about-checked-by\", &[(\"checker\", checker)])}" }
            }
            if let Share::Partly(percent) = locale.reviewed.share() {
                p { "{l.tr_with(\"language-status-partly\", &[(\"percent\", &percent.to_string())])}" }
            }
        }
    }
}
