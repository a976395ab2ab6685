//! Home: "I want to come back" first, then the sections that work, nothing else (sections
//! not built yet are absent).

use dioxus::prelude::*;

use crate::core::store::Store;
use crate::ui::components::{use_come_back_now, MenuLink, Words};
use crate::ui::data::use_query;
use crate::ui::route::Route;
use crate::ui::state::{use_localizer, use_pack};

#[component]
pub fn Home() -> Element {
    let localizer = use_localizer();
    // Home shows the step the young person marked "I am here".
    let here = use_query(Store::current_step);
    let come_back = use_come_back_now(None);
    let l = localizer.read();
    let here = here().ok().flatten();
    let content = use_pack();
    let here = here
        .as_deref()
        .and_then(|id| content.as_ref().as_ref().ok()?.process.step(id));
    let process_hint = match here {
        Some(step) => l.tr_with("process-home-current", &[("step", &l.tr(&step.title_id()))]),
        None => l.tr("process-home-hint"),
    };
    rsx! {
        h1 { "{l.tr(\"home-title\")}" }
        // First, before anything else: the way back, in one tap. Its name is only its words;
        // under it, who it reaches now, then the come-back screen for everything else.
        div { class: "come-back",
            a { class: "come-back-link", href: "{come_back.one_tap()}", "{l.tr(\"home-come-back\")}" }
            p { class: "come-back-hint", Words { text: come_back.who.clone() } }
            if let Some(notice) = &come_back.helpline_notice {
                p { class: "notice", role: "status", "{notice}" }
            }
            Link { to: Route::ComeBack {}, class: "come-back-more", "{l.tr(\"home-come-back-more\")}" }
        }
        a { class: "action danger", href: "tel:999", Words { text: l.tr("home-danger") } }
        p { class: "lead", "{l.tr(\"home-intro\")}" }
        nav { aria_label: l.tr("home-menu"),
            ul { class: "menu",
                li {
                    MenuLink {
                        to: Route::Plan {},
                        icon: "plan",
                        title: l.tr("home-plan"),
                        hint: l.tr("home-plan-hint"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::Process {},
                        icon: "process",
                        title: l.tr("process-title"),
                        hint: process_hint,
                    }
                }
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
                        to: Route::Places {},
                        icon: "place",
                        title: l.tr("home-places"),
                        hint: l.tr("home-places-hint"),
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
                        to: Route::Privacy {},
                        icon: "shield",
                        title: l.tr("home-privacy"),
                        hint: l.tr("home-privacy-hint"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::SetupImport {},
                        icon: "people",
                        title: l.tr("home-setup-import"),
                        hint: l.tr("home-setup-import-hint"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::KeyWorker {},
                        icon: "people",
                        title: l.tr("home-key-worker"),
                        hint: l.tr("home-key-worker-hint"),
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
    }
}
