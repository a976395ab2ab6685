//! What a trusted adult is to the young person, how to reach them and when: the same lines on
//! the trusted-adults screen, in the key worker's setup and in a setup's preview.

use dioxus::prelude::*;

use super::PhoneNumber;
use crate::core::contacts::{describe_hours, Contact};
use crate::core::i18n::Catalogue;
use crate::ui::state::use_localizer;

#[component]
pub fn AdultSummary(contact: Contact) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let hours = describe_hours(&contact.hours, &l);
    let languages: Vec<String> = contact
        .languages
        .iter()
        .filter_map(|code| {
            Catalogue::embedded()
                .get(code)
                .map(|info| info.name.to_string())
        })
        .collect();
    rsx! {
        p { class: "role", "{l.tr(&contact.role.label_id())}" }
        if contact.out_of_hours {
            p { class: "badge", "{l.tr(\"adults-out-of-hours-badge\")}" }
        }
        p { PhoneNumber { digits: contact.phone.display.clone() } }
        if hours.is_empty() {
            p { "{l.tr(\"adults-hours-any-time\")}" }
        } else {
            ul { class: "hours",
                for line in hours {
                    li { "{line}" }
                }
            }
        }
        if !languages.is_empty() {
            p { "{l.tr_with(\"adults-speaks\", &[(\"languages\", &languages.join(\", \"))])}" }
        }
    }
}
