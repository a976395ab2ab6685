//! Places near me: drop-ins, youth clubs and help from the content pack in use, with search,
//! filters (kind, open now, language, free), the distance when the young person shares where
//! they are (on a tap; kept nowhere), and checking for a newer pack when they ask.

use std::rc::Rc;

use chrono::Utc;
use dioxus::prelude::*;

use crate::core::content::PackKey;
use crate::core::i18n::Catalogue;
use crate::core::places::{
    describe_openness, distance_km, distance_text, languages, matching, openness, Category, Filter,
    Moment, Place, PlaceIndex,
};
use crate::core::sync::{self, Outcome, Request, SyncError};
use crate::platform;
use crate::ui::data::use_data;
use crate::ui::route::Route;
use crate::ui::state::{use_content, use_localizer, use_pack, Content};

/// A language code as people read it: the language's own name when Harbour has it.
pub fn language_name(code: &str) -> String {
    Catalogue::embedded()
        .get(code)
        .map_or_else(|| code.to_string(), |info| info.name.to_string())
}

pub fn category_id(category: Category) -> String {
    format!("places-category-{}", category.id())
}

/// The search index of the pack in use, built again only when an update replaces the pack.
#[derive(Clone)]
struct Indexed(Rc<PlaceIndex>);

impl PartialEq for Indexed {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// How many places the list draws at first, and how many more each "Show more places" adds:
/// an area of a thousand places answers a search as fast as one of ten.
const SHOWN_AT_ONCE: usize = 20;

/// Where the young person is, when they chose to share it for this screen.
#[derive(Clone, Copy, PartialEq)]
enum Here {
    NotShared,
    Finding,
    At((f64, f64)),
    Unavailable,
}

#[component]
pub fn Places() -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let content = use_pack();
    let mut query = use_signal(String::new);
    let mut category = use_signal(|| None::<Category>);
    let mut open_now = use_signal(|| false);
    let mut language = use_signal(|| None::<String>);
    let mut free_only = use_signal(|| false);
    let mut here = use_signal(|| Here::NotShared);
    // Set back to one batch whenever what is looked for changes.
    let mut shown = use_signal(|| SHOWN_AT_ONCE);
    let content_signal = use_content();
    let index = use_memo(move || {
        let pack = content_signal.read().pack.clone();
        Indexed(Rc::new(
            pack.as_ref()
                .as_ref()
                .map(|p| PlaceIndex::new(&p.places))
                .unwrap_or_default(),
        ))
    });

    let pack = match content.as_ref() {
        Ok(pack) => pack,
        Err(problem) => {
            return rsx! {
                h1 { "{l.tr(\"places-title\")}" }
                p { class: "notice", role: "alert", "{l.tr(problem.message_id())}" }
            }
        }
    };
    let now = Utc::now();
    let filter = Filter {
        query: query(),
        category: category(),
        open_now: open_now(),
        language: language(),
        free_only: free_only(),
    };
    let at = match here() {
        Here::At(at) => Some(at),
        _ => None,
    };
    let found = matching(
        &pack.places,
        &index.read().0,
        &filter,
        &Moment::new(now),
        at,
    );
    let spoken = languages(&pack.places);
    let share = move |_| {
        here.set(Here::Finding);
        spawn(async move {
            here.set(match platform::locate().await {
                Some(at) => Here::At((at.latitude, at.longitude)),
                None => Here::Unavailable,
            });
        });
    };

    rsx! {
        h1 { "{l.tr(\"places-title\")}" }
        if pack.info.example {
            p { class: "notice", "{l.tr(\"places-example\")}" }
        }
        div { class: "finder",
            input {
                r#type: "search",
                aria_label: l.tr("places-search"),
                placeholder: l.tr("places-search"),
                value: "{query}",
                oninput: move |e| {
                    query.set(e.value());
                    shown.set(SHOWN_AT_ONCE);
                },
            }
            label { class: "field",
                span { "{l.tr(\"places-category\")}" }
                select {
                    onchange: move |e| {
                        category.set(Category::from_id(&e.value()));
                        shown.set(SHOWN_AT_ONCE);
                    },
                    option { value: "", selected: category().is_none(), "{l.tr(\"places-category-all\")}" }
                    for c in Category::ALL {
                        option { key: "{c.id()}", value: c.id(), selected: category() == Some(c), "{l.tr(&category_id(c))}" }
                    }
                }
            }
            label { class: "field",
                span { "{l.tr(\"places-language\")}" }
                select {
                    onchange: move |e| {
                        language.set(Some(e.value()).filter(|v| !v.is_empty()));
                        shown.set(SHOWN_AT_ONCE);
                    },
                    option { value: "", selected: language().is_none(), "{l.tr(\"places-language-any\")}" }
                    for code in spoken {
                        option { key: "{code}", value: "{code}", selected: language().as_deref() == Some(code.as_str()), "{language_name(&code)}" }
                    }
                }
            }
            label { class: "check",
                input {
                    r#type: "checkbox",
                    checked: open_now(),
                    onchange: move |e| {
                        open_now.set(e.checked());
                        shown.set(SHOWN_AT_ONCE);
                    },
                }
                span { "{l.tr(\"places-open-now\")}" }
            }
            label { class: "check",
                input {
                    r#type: "checkbox",
                    checked: free_only(),
                    onchange: move |e| {
                        free_only.set(e.checked());
                        shown.set(SHOWN_AT_ONCE);
                    },
                }
                span { "{l.tr(\"places-free\")}" }
            }
        }
        match here() {
            Here::NotShared => rsx! {
                button { class: "quiet", r#type: "button", onclick: share, "{l.tr(\"places-share-location\")}" }
                p { class: "hint", "{l.tr(\"places-share-location-hint\")}" }
            },
            Here::Finding => rsx! { p { role: "status", "{l.tr(\"comeback-location-finding\")}" } },
            Here::At(_) => rsx! {},
            Here::Unavailable => rsx! { p { role: "status", "{l.tr(\"places-location-failed\")}" } },
        }
        p { role: "status", class: "count",
            if found.is_empty() {
                "{l.tr(\"places-none\")}"
            } else {
                "{l.tr_with(\"places-found\", &[(\"count\", &found.len().to_string())])}"
            }
        }
        ul { class: "spots",
            for i in found.iter().take(shown()) {
                li { key: "{pack.places[*i].id}", SpotCard { place: pack.places[*i].clone(), here: at } }
            }
        }
        if found.len() > shown() {
            button {
                class: "quiet",
                r#type: "button",
                onclick: move |_| shown += SHOWN_AT_ONCE,
                "{l.tr(\"places-show-more\")}"
            }
        }
        Updates {}
    }
}

/// One place in the list: its name (the link to its page), kind, openness and distance.
#[component]
fn SpotCard(place: Place, here: Option<(f64, f64)>) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let now = Utc::now();
    let status = describe_openness(openness(&place.schedules, now), now, &l);
    let distance = here
        .zip(place.coordinates)
        .map(|(a, b)| distance_text(distance_km(a, b)));
    rsx! {
        article { class: "spot",
            h2 { Link { to: Route::PlacePage { id: place.id.clone() }, "{place.name}" } }
            p { class: "kind", "{l.tr(&category_id(place.category))}" }
            p { class: "openness", "{status}" }
            if let Some(km) = distance {
                p { class: "distance", "{l.tr_with(\"places-distance\", &[(\"km\", &km)])}" }
            }
        }
    }
}

/// How the last check for updates went.
#[derive(Clone, PartialEq)]
enum Check {
    NotAsked,
    Checking,
    Updated(usize),
    Same,
    Failed { message: &'static str, status: u16 },
}

/// When the content is from, and checking for a newer pack when the young person asks
/// (never in the background).
#[component]
fn Updates() -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let data = use_data();
    let mut content = use_content();
    let mut check = use_signal(|| Check::NotAsked);
    let current = content.read().clone();
    // When the publisher made the pack, not when it came: an old pack served again must not
    // read as new (security review L1).
    let from = current
        .pack
        .as_ref()
        .as_ref()
        .ok()
        .map(|pack| pack.info.created_at.date_naive());
    let ask = move |_| {
        check.set(Check::Checking);
        let current: Content = content.read().clone();
        spawn(async move {
            let info = current.pack.as_ref().as_ref().ok().map(|p| p.info.clone());
            let result = data
                .edit_async(|store| async move {
                    let key = PackKey::built_in().map_err(SyncError::from)?;
                    let fetch =
                        |request: Request| async move { platform::fetch_pack(&request).await };
                    sync::check_for_update(
                        &store,
                        &platform::origin(),
                        info.as_ref(),
                        current.etag.as_deref(),
                        &key,
                        Utc::now(),
                        fetch,
                    )
                    .await
                })
                .await
                .unwrap_or_else(|locked| Err(SyncError::from(locked)));
            check.set(match result {
                Ok(Outcome::Updated(pack, stored)) => {
                    let count = pack.places.len();
                    content.set(Content {
                        pack: Rc::new(Ok(*pack)),
                        etag: stored.etag,
                    });
                    Check::Updated(count)
                }
                Ok(Outcome::Unchanged) => Check::Same,
                Err(e) => Check::Failed {
                    message: e.message_id(),
                    status: if let SyncError::Server(status) = e {
                        status
                    } else {
                        0
                    },
                },
            });
        });
    };
    rsx! {
        section { class: "updates", aria_labelledby: "heading-updates",
            if let Some(date) = from {
                p { id: "heading-updates", "{l.tr_with(\"places-updated\", &[(\"date\", &l.long_date(date))])}" }
            }
            button {
                r#type: "button",
                disabled: check() == Check::Checking,
                onclick: ask,
                "{l.tr(\"places-update\")}"
            }
            p { class: "hint", "{l.tr(\"places-update-hint\")}" }
            p { role: "status",
                match check() {
                    Check::NotAsked => String::new(),
                    Check::Checking => l.tr("places-update-checking"),
                    Check::Updated(count) => l.tr_with("places-update-done", &[("count", &count.to_string())]),
                    Check::Same => l.tr("places-update-same"),
                    Check::Failed { message, status } => l.tr_with(message, &[("status", &status.to_string())]),
                }
            }
        }
    }
}
