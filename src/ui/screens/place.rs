//! One place's page: what it is, when it is open, where it is (with directions in the phone's
//! map), one tap to call, its website, the languages spoken, cost and ages. Descriptions are
//! text, never markup.

use chrono::Utc;
use dioxus::prelude::*;

use crate::core::places::{describe_openness, describe_schedules, directions_link, openness};
use crate::ui::components::PhoneNumber;
use crate::ui::route::Route;
use crate::ui::screens::places::{category_id, language_name};
use crate::ui::state::{use_localizer, use_pack};

#[component]
pub fn PlacePage(id: String) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let content = use_pack();
    let Some(place) = content
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|pack| pack.places.iter().find(|p| p.id == id))
    else {
        return rsx! {
            h1 { "{l.tr(\"places-title\")}" }
            p { class: "notice", role: "alert", "{l.tr(\"place-not-found\")}" }
            Link { to: Route::Places {}, "{l.tr(\"place-back\")}" }
        };
    };
    let now = Utc::now();
    let status = describe_openness(openness(&place.schedules, now), now, &l);
    let hours = describe_schedules(&place.schedules, now, &l);
    let ages = match place.ages() {
        (Some(min), Some(max)) => Some(l.tr_with(
            "place-ages",
            &[("min", &min.to_string()), ("max", &max.to_string())],
        )),
        (Some(min), None) => Some(l.tr_with("place-age-min", &[("min", &min.to_string())])),
        (None, Some(max)) => Some(l.tr_with("place-age-max", &[("max", &max.to_string())])),
        (None, None) => None,
    };
    let cost = match place.free {
        Some(true) => Some(l.tr("place-free")),
        Some(false) => Some(l.tr("place-costs")),
        None => None,
    };
    rsx! {
        Link { to: Route::Places {}, class: "up", "{l.tr(\"place-back\")}" }
        h1 { "{place.name}" }
        p { class: "kind", "{l.tr(&category_id(place.category))}" }
        p { class: "openness", "{status}" }
        if !place.description.is_empty() {
            p { class: "description", dir: "auto", "{place.description}" }
        }
        div { class: "actions",
            for number in place.phones.iter() {
                a { key: "{number}", class: "action call", href: "tel:{number}",
                    span { "{l.tr(\"numbers-call\")}" }
                    " "
                    PhoneNumber { digits: number.clone() }
                }
            }
        }
        if !hours.is_empty() {
            h2 { "{l.tr(\"place-hours\")}" }
            ul { class: "hours",
                for (i, line) in hours.iter().enumerate() {
                    li { key: "{i}", "{line}" }
                }
            }
        }
        if place.address.is_some() || place.coordinates.is_some() {
            h2 { "{l.tr(\"place-address\")}" }
            if let Some(address) = &place.address {
                p { dir: "auto", "{address}" }
            }
            if let Some(href) = directions_link(place) {
                a { class: "action directions", href, rel: "noreferrer", target: "_blank", "{l.tr(\"place-directions\")}" }
                p { class: "hint", "{l.tr(\"place-directions-hint\")}" }
            }
        }
        if !place.languages.is_empty() {
            h2 { "{l.tr(\"place-languages\")}" }
            ul { class: "badges",
                for code in place.languages.iter() {
                    li { key: "{code}", "{language_name(code)}" }
                }
            }
        }
        if let Some(cost) = cost {
            p { "{cost}" }
        }
        if let Some(ages) = ages {
            p { "{ages}" }
        }
        if let Some(website) = &place.website {
            p { a { href: "{website}", rel: "noreferrer", target: "_blank", "{l.tr(\"place-website\")}" } }
        }
        // An http: address is given to copy, never opened from Harbour.
        if let Some(address) = &place.web_address {
            p { class: "web-address", "{l.tr_with(\"place-web-address\", &[(\"address\", address)])}" }
        }
    }
}
