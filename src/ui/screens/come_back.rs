//! "I want to come back": whom the message will reach and why, one tap to send it (or call),
//! where the young person is only if they tap for it, and 999 for danger. The choice of adult
//! and the message are core's (`core::contacts`); this screen shows them.

use dioxus::prelude::*;

use crate::core::contacts::Location;
use crate::platform;
use crate::ui::components::{use_come_back_now, ComeBackNow, MenuLink, PhoneNumber, Words};
use crate::ui::route::Route;
use crate::ui::state::use_localizer;

/// Where the young person is, as far as this one message knows.
#[derive(Clone, Copy, PartialEq)]
enum Whereabouts {
    NotAsked,
    Finding,
    Added(Location),
    Unavailable,
}

#[component]
pub fn ComeBack() -> Element {
    let localizer = use_localizer();
    let mut whereabouts = use_signal(|| Whereabouts::NotAsked);
    let location = match whereabouts() {
        Whereabouts::Added(location) => Some(location),
        _ => None,
    };
    let ComeBackNow {
        who,
        why,
        some_unreadable,
        name,
        display,
        texts,
        sms,
        safe_sms,
        tel,
        send,
        helpline_notice: closed_notice,
        body,
    } = use_come_back_now(location);
    let help_now_first = closed_notice.is_some();
    let l = localizer.read();
    let ask_location = move |_| {
        whereabouts.set(Whereabouts::Finding);
        spawn(async move {
            whereabouts.set(match platform::locate().await {
                Some(location) => Whereabouts::Added(location),
                None => Whereabouts::Unavailable,
            });
        });
    };
    rsx! {
        h1 { "{l.tr(\"comeback-title\")}" }
        if help_now_first {
            a { class: "action danger", href: "tel:999", "{l.tr(\"comeback-help-now\")}" }
        }
        p { class: "welcome", "{l.tr(\"comeback-welcome\")}" }
        section { class: "reach", aria_labelledby: "heading-reach",
            h2 { id: "heading-reach", "{l.tr(\"comeback-will-reach\")}" }
            p { class: "reach-who", Words { text: who.clone() } }
            // The helpline's line already says its number (`comeback-reach-helpline`).
            if !name.is_empty() {
                p { class: "reach-number", PhoneNumber { digits: display.clone() } }
            }
            if let Some(why) = why {
                p { class: "reach-why", "{l.tr(why)}" }
            }
            if let Some(notice) = closed_notice {
                p { class: "notice", role: "status", "{notice}" }
            }
            if some_unreadable {
                p { class: "notice", role: "alert", "{l.tr(\"adults-unreadable\")}" }
            }
        }
        div { class: "come-back-actions",
            if texts {
                a { class: "action send", href: "{sms}", "{send}" }
                a { class: "action call", href: "{tel}", "{l.tr(\"comeback-call\")}" }
            } else {
                p { class: "notice", "{l.tr_with(\"comeback-call-only\", &[(\"name\", &name)])}" }
                a { class: "action send", href: "{tel}", "{l.tr(\"comeback-call\")}" }
            }
        }
        // Staying in touch while away is what brings children back: a second message, to the
        // same person, by the same rules. It never carries where the young person is.
        if texts {
            section { class: "safe-not-ready", aria_labelledby: "heading-safe",
                h2 { id: "heading-safe", "{l.tr(\"comeback-safe-title\")}" }
                p { "{l.tr(\"comeback-safe-explain\")}" }
                a { class: "action quiet", href: "{safe_sms}", "{l.tr(\"comeback-safe-send\")}" }
            }
        }
        // What stays on the phone afterwards, said once and plainly.
        p { class: "hint", "{l.tr(\"comeback-trace\")}" }
        if texts {
            section { class: "message", aria_labelledby: "heading-message",
                h2 { id: "heading-message", "{l.tr(\"comeback-message-title\")}" }
                // Each language's paragraph takes its own direction.
                div { class: "message-text",
                    for (index, paragraph) in body.split("\n\n").enumerate() {
                        p { key: "{index}", dir: "auto", "{paragraph}" }
                    }
                }
                match whereabouts() {
                    Whereabouts::NotAsked => rsx! {
                        button { class: "quiet", r#type: "button", onclick: ask_location, "{l.tr(\"comeback-add-location\")}" }
                    },
                    Whereabouts::Finding => rsx! {
                        p { role: "status", "{l.tr(\"comeback-location-finding\")}" }
                    },
                    Whereabouts::Added(_) => rsx! {
                        p { role: "status", "{l.tr(\"comeback-location-added\")}" }
                        button {
                            class: "quiet",
                            r#type: "button",
                            onclick: move |_| whereabouts.set(Whereabouts::NotAsked),
                            "{l.tr(\"comeback-remove-location\")}"
                        }
                    },
                    Whereabouts::Unavailable => rsx! {
                        p { role: "status", "{l.tr(\"comeback-location-unavailable\")}" }
                    },
                }
            }
        }
        if !help_now_first {
            a { class: "action danger", href: "tel:999", "{l.tr(\"comeback-danger\")}" }
        }
        nav { aria_label: l.tr("home-menu"),
            ul { class: "menu",
                li {
                    MenuLink {
                        to: Route::Adults {},
                        icon: "people",
                        title: l.tr("comeback-manage"),
                        hint: l.tr("comeback-manage-hint"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::WhenBack {},
                        icon: "return",
                        title: l.tr("comeback-when-back"),
                        hint: l.tr("card-return-intro"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::CardPage { id: "missing".into() },
                        icon: "return",
                        title: l.tr("card-missing-title"),
                        hint: l.tr("card-missing-intro"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::CardPage { id: "placement".into() },
                        icon: "people",
                        title: l.tr("card-placement-title"),
                        hint: l.tr("card-placement-intro"),
                    }
                }
                li {
                    MenuLink {
                        to: Route::StayingSafe {},
                        icon: "shield",
                        title: l.tr("comeback-staying-safe"),
                        hint: l.tr("card-safe-stay-away-title"),
                    }
                }
            }
        }
    }
}
