//! A large, easy-to-tap link to a section, with a one-line hint.

use dioxus::prelude::*;

use crate::ui::route::Route;

#[component]
pub fn MenuLink(to: Route, icon: &'static str, title: String, hint: String) -> Element {
    rsx! {
        Link { to, class: "menu-link",
            span { class: "icon icon-{icon}", aria_hidden: "true" }
            span { class: "menu-text",
                span { class: "menu-title", "{title}" }
                span { class: "menu-hint", "{hint}" }
            }
            span { class: "chevron", aria_hidden: "true" }
        }
    }
}
