//! Choosing which places to list: the text typed, the kind of place, open now, a language
//! spoken, free only; and the distance to each when the young person has shared where they are
//! (computed here, on the phone, and kept nowhere).

use super::{is_open, Category, Moment, Place, PlaceIndex};

/// What the young person asked for on the places screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub query: String,
    pub category: Option<Category>,
    pub open_now: bool,
    /// A language code as places give it (`fa`, `ti`, …).
    pub language: Option<String>,
    pub free_only: bool,
}

/// The places that match, as indexes into `places`: in search order when something is typed,
/// else nearest first when a location is given, else in the pack's order.
pub fn matching(
    places: &[Place],
    index: &PlaceIndex,
    filter: &Filter,
    now: &Moment,
    here: Option<(f64, f64)>,
) -> Vec<usize> {
    let query = filter.query.trim();
    let mut found: Vec<usize> = if query.is_empty() {
        (0..places.len()).collect()
    } else {
        index.search(query)
    };
    found.retain(|&i| {
        let p = &places[i];
        filter.category.is_none_or(|c| p.category == c)
            && (!filter.open_now || is_open(&p.schedules, now))
            && filter
                .language
                .as_ref()
                .is_none_or(|code| p.languages.iter().any(|l| l.eq_ignore_ascii_case(code)))
            && (!filter.free_only || p.free == Some(true))
    });
    if let (Some(here), true) = (here, query.is_empty()) {
        let far = |i: &usize| {
            places[*i]
                .coordinates
                .map_or(f64::INFINITY, |c| distance_km(here, c))
        };
        found.sort_by(|a, b| far(a).total_cmp(&far(b)));
    }
    found
}

/// Every language code the places give, once each, sorted.
pub fn languages(places: &[Place]) -> Vec<String> {
    let mut codes: Vec<String> = places
        .iter()
        .flat_map(|p| p.languages.iter().map(|l| l.to_ascii_lowercase()))
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Great-circle distance in kilometres between two (latitude, longitude) points.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let (dlat, dlon) = ((b.0 - a.0).to_radians(), (b.1 - a.1).to_radians());
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Distance as the screen shows it: one decimal under 10 km, whole kilometres above.
pub fn distance_text(km: f64) -> String {
    if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    }
}

/// An `https:` link that opens directions to the place in the phone's map app (or the map
/// website): to its coordinates, else to its address. None when it has neither.
pub fn directions_link(place: &Place) -> Option<String> {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    let destination = match (place.coordinates, &place.address) {
        (Some((lat, lon)), _) => format!("{lat:.6},{lon:.6}"),
        (None, Some(address)) => utf8_percent_encode(address, NON_ALPHANUMERIC).to_string(),
        (None, None) => return None,
    };
    Some(format!(
        "https://www.google.com/maps/dir/?api=1&destination={destination}"
    ))
}
