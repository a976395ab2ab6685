//! "I want to come back": whom the message will reach and why, one tap to send it (or call),
//! where the young person is only if they tap for it, and 999 for danger. The choice of adult
//! and the message are core's (`core::contacts`); this screen shows them.

use chrono::Utc;
use dioxus::prelude::*;

use crate::core::contacts::{
    adult_language, come_back_message, sms_href, who_to_reach_among, HelplineReason, Location,
    Reach,
};
use crate::core::i18n::Catalogue;
use crate::core::store::Store;
use crate::platform;
use crate::ui::components::{MenuLink, PhoneNumber};
use crate::ui::data::use_query;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, use_localizer, use_pack};

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
    let state = use_app_state();
    let saved = use_query(Store::saved_adults);
    let signature = use_query(Store::signature);
    let mut whereabouts = use_signal(|| Whereabouts::NotAsked);
    // Who to reach changes with the clock (Sam's hours end at 17:00): redraw every 30 seconds,
    // so a link left on screen never points at someone who has stopped working.
    let mut minute = use_signal(|| 0u64);
    use_future(move || async move {
        loop {
            platform::sleep_ms(30_000).await;
            minute += 1;
        }
    });
    minute.read();
    let l = localizer.read();
    let saved = saved.read();
    // Saved adults that cannot be read at all: the helpline still works, and the screen says
    // they could not be read rather than that none were added.
    let (contacts, unreadable) = match &*saved {
        Ok(saved) => (saved.adults.as_slice(), saved.unreadable),
        Err(_) => (&[][..], 1),
    };
    let reach = who_to_reach_among(contacts, unreadable, Utc::now());
    let adult_code = adult_language(reach.contact(), Catalogue::embedded());
    // On the web, the adult's language may not be loaded yet: redraw once it is.
    let adult_words_loaded = use_resource(use_reactive((&adult_code,), |(code,)| async move {
        platform::ensure_words(code).await;
    }));
    adult_words_loaded.read();
    let adult_words = (adult_code != l.code() && adult_code != "en")
        .then(|| Catalogue::embedded().localizer(adult_code));
    let adult_l = match &adult_words {
        Some(words) => words,
        None if adult_code == "en" => state.english.as_ref(),
        None => &*l,
    };
    let signature = signature().ok().flatten();
    let location = match whereabouts() {
        Whereabouts::Added(location) => Some(location),
        _ => None,
    };
    let body = come_back_message(adult_l, &l, &reach, signature.as_deref(), location);
    let content = use_pack();
    let dial = reach.dial(content.as_ref().as_ref().ok().map(|pack| &pack.numbers));
    let sms = sms_href(&dial.number, &body, platform::sms_style());
    let tel = dial.tel_href();
    let (display, texts) = (dial.display, dial.texts);
    let who = match &reach {
        Reach::Adult { contact, until } => {
            let role = l.tr(&contact.role.your_id());
            match until {
                Some(until) => l.tr_with(
                    "comeback-reach-until",
                    &[
                        ("name", &contact.name),
                        ("role", &role),
                        ("until", &until.format("%H:%M").to_string()),
                    ],
                ),
                None => l.tr_with(
                    "comeback-reach-any-time",
                    &[("name", &contact.name), ("role", &role)],
                ),
            }
        }
        Reach::OutOfHours { contact } => l.tr_with(
            "comeback-reach-out-of-hours",
            &[
                ("name", &contact.name),
                ("role", &l.tr(&contact.role.your_id())),
            ],
        ),
        Reach::Helpline { .. } => l.tr("comeback-reach-helpline"),
    };
    let why = match reach {
        Reach::Adult { .. } => None,
        Reach::OutOfHours { .. } => Some("comeback-why-out-of-hours"),
        Reach::Helpline {
            why: HelplineReason::NobodyNow,
        } => Some("comeback-why-nobody-now"),
        Reach::Helpline {
            why: HelplineReason::NobodyAdded,
        } => Some("comeback-why-nobody-added"),
        Reach::Helpline {
            why: HelplineReason::Unreadable,
        } => Some("comeback-why-unreadable"),
    };
    let some_unreadable = unreadable > 0 && !contacts.is_empty();
    let send = match reach.contact() {
        Some(c) => l.tr_with("comeback-send", &[("name", &c.name)]),
        None => l.tr("comeback-send-helpline"),
    };
    let name = reach.contact().map(|c| c.name.clone()).unwrap_or_default();
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
        p { class: "welcome", "{l.tr(\"comeback-welcome\")}" }
        section { class: "reach", aria_labelledby: "heading-reach",
            h2 { id: "heading-reach", "{l.tr(\"comeback-will-reach\")}" }
            p { class: "reach-who", "{who}" }
            p { class: "reach-number", PhoneNumber { digits: display.clone() } }
            if let Some(why) = why {
                p { class: "reach-why", "{l.tr(why)}" }
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
        a { class: "action danger", href: "tel:999", "{l.tr(\"comeback-danger\")}" }
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
