//! Home: the sections that work, nothing else (sections not built yet are absent).

use dioxus::prelude::*;

use crate::ui::components::{DraftNotice, MenuLink};
use crate::ui::route::Route;
use crate::ui::state::use_localizer;

#[component]
pub fn Home() -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    rsx! {
        h1 { "{l.tr(\"home-title\")}" }
        p { class: "lead", "{l.tr(\"home-intro\")}" }
        nav { aria_label: l.tr("home-menu"),
            ul { class: "menu",
                li {
                    MenuLink {
                        to: Route::Numbers {},
                        icon: "phone",
                        title: l.tr("home-numbers"),
                        hint: l.tr("home-numbers-hint"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::Language {},
                        icon: "language",
                        title: l.tr("home-language"),
                        hint: l.tr("home-language-hint"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::About {},
                        icon: "about",
                        title: l.tr("home-about"),
                        hint: l.tr("home-about-hint"),
                    }
                }
            }
        }
        DraftNotice {}
    }
}
