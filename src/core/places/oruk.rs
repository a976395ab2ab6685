//! Open Referral UK (HSDS 3.0 UK profile) responses → places. The only code that knows the
//! ORUK wire format.
//!
//! Feeds are messy: fields the UK profile leaves out are absent, placeholders ("extent",
//! "fees_description") and impossible values (latitude 100, `valid_to` in 2005) are common. The
//! reader therefore walks the JSON loosely — a wrong type in one field loses that field, not the
//! service — and says what it left out and why in a `Report`. Inactive or defunct services are
//! left out. Links other than `https:` are dropped (and counted).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{Category, Place, Schedule, ScheduleFields};

/// The biggest response read (a council's whole directory is a few megabytes).
pub const MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// A response that could not be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OrukError {
    #[error("the response is bigger than any directory should be")]
    TooLarge,
    #[error("the response is not JSON")]
    Malformed,
    #[error("the response is JSON but not an ORUK object")]
    NotOruk,
}

/// What one response gave: places, where it sits in a paged list, and what was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub places: Vec<Place>,
    /// For a paged list: this page and how many there are.
    pub page: Option<(u32, u32)>,
    /// Why things were left out, with how many times.
    pub skipped: BTreeMap<&'static str, usize>,
    /// Items that are not services (organisations, taxonomy terms): nothing to place.
    pub not_services: usize,
}

impl Report {
    fn skip(&mut self, why: &'static str) {
        *self.skipped.entry(why).or_default() += 1;
    }
}

/// Reads one ORUK response: a service, a service-at-location, or a paged list of either.
pub fn read(json: &str) -> Result<Report, OrukError> {
    if json.len() > MAX_RESPONSE_BYTES {
        return Err(OrukError::TooLarge);
    }
    let value: Value = serde_json::from_str(json).map_err(|_| OrukError::Malformed)?;
    let object = value.as_object().ok_or(OrukError::NotOruk)?;
    let mut report = Report::default();
    match object.get("contents") {
        Some(Value::Array(items)) => {
            let page = num(object, "page_number").unwrap_or(1.0).max(1.0) as u32;
            let pages = num(object, "total_pages").unwrap_or(1.0).max(1.0) as u32;
            report.page = Some((page, pages));
            for item in items {
                match item.as_object() {
                    Some(item) => read_item(item, &mut report),
                    None => report.skip("list item that is not an object"),
                }
            }
        }
        Some(_) => return Err(OrukError::NotOruk),
        None => read_item(object, &mut report),
    }
    Ok(report)
}

/// A service (with its service-at-locations) or a service-at-location (with its service).
fn read_item(item: &Map<String, Value>, report: &mut Report) {
    if let Some(service) = item.get("service").and_then(Value::as_object) {
        let location = item.get("location").and_then(Value::as_object);
        read_service(service, &[(item, location)], report);
    } else if is_service(item) {
        let sals: Vec<ServiceAt> = list(item, "service_at_locations")
            .filter_map(Value::as_object)
            .map(|sal| (sal, sal.get("location").and_then(Value::as_object)))
            .collect();
        read_service(item, &sals, report);
    } else {
        report.not_services += 1;
    }
}

/// Services have a status or service-only fields; organisations and terms have neither.
fn is_service(item: &Map<String, Value>) -> bool {
    [
        "status",
        "schedules",
        "service_at_locations",
        "minimum_age",
        "maximum_age",
        "fees",
        "cost_options",
    ]
    .iter()
    .any(|k| item.contains_key(*k))
        && !item.contains_key("term")
}

/// A service-at-location and its location, as a list item or a service's own entry holds them.
type ServiceAt<'a> = (&'a Map<String, Value>, Option<&'a Map<String, Value>>);

fn read_service(service: &Map<String, Value>, sals: &[ServiceAt], report: &mut Report) {
    match text(service, "status")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("active") => {}
        Some(_) => return report.skip("service not active (inactive, defunct or closed)"),
    }
    let Some(name) = text(service, "name") else {
        return report.skip("service without a name");
    };
    let Some(id) = text(service, "id") else {
        return report.skip("service without an ID");
    };
    let website = match text(service, "url") {
        Some(url) if url.starts_with("https://") => Some(url.to_string()),
        Some(_) => {
            report.skip("link that is not https: (dropped)");
            None
        }
        None => None,
    };
    let description = text(service, "description").unwrap_or("").to_string();
    let mut words = format!("{name} {description}");
    for attribute in list(service, "attributes") {
        if let Some(term) = attribute.get("taxonomy_term").and_then(Value::as_object) {
            for key in ["name", "term", "description"] {
                words.push(' ');
                words.push_str(text(term, key).unwrap_or(""));
            }
        }
    }
    let phones = read_phones(service);
    let languages: Vec<String> = list(service, "languages")
        .filter_map(Value::as_object)
        .filter_map(|l| {
            text(l, "code")
                .or_else(|| text(l, "name"))
                .map(str::to_string)
        })
        .collect();
    let schedules = read_schedules(service, report);
    let free = read_free(service);
    let age = |key| {
        num(service, key)
            .filter(|a| (0.0..=120.0).contains(a))
            .map(|a| a as u8)
    };
    let base = Place {
        id: id.to_string(),
        name: name.to_string(),
        category: category(&words),
        description,
        address: None,
        coordinates: None,
        phones: Vec::new(),
        website,
        languages,
        free,
        min_age: age("minimum_age"),
        max_age: age("maximum_age"),
        schedules: Vec::new(),
    };
    if sals.is_empty() {
        // A service with no location (a phone line, an online service) is still a place to
        // reach, without an address.
        report.places.push(Place {
            phones,
            schedules,
            ..base
        });
        return;
    }
    for (sal, location) in sals {
        let mut place = base.clone();
        place.phones = phones.clone();
        place.phones.extend(read_phones(sal));
        place.schedules = schedules.clone();
        place.schedules.extend(read_schedules(sal, report));
        if let Some(location) = location {
            if let Some(location_id) = text(location, "id") {
                place.id = format!("{id}@{location_id}");
            }
            place.address = read_address(location);
            place.coordinates = read_coordinates(location, report);
            place.phones.extend(read_phones(location));
            place.schedules.extend(read_schedules(location, report));
        }
        place.phones.dedup();
        report.places.push(place);
    }
}

fn read_phones(item: &Map<String, Value>) -> Vec<String> {
    list(item, "phones")
        .filter_map(Value::as_object)
        .filter_map(|p| text(p, "number"))
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

fn read_schedules(item: &Map<String, Value>, report: &mut Report) -> Vec<Schedule> {
    let mut out = Vec::new();
    for schedule in list(item, "schedules").filter_map(Value::as_object) {
        let fields = ScheduleFields {
            freq: text(schedule, "freq"),
            interval: num(schedule, "interval"),
            dtstart: text(schedule, "dtstart"),
            byday: text(schedule, "byday"),
            bymonthday: text(schedule, "bymonthday"),
            opens_at: text(schedule, "opens_at"),
            closes_at: text(schedule, "closes_at"),
            valid_from: text(schedule, "valid_from"),
            valid_to: text(schedule, "valid_to"),
        };
        match Schedule::from_fields(&fields) {
            Ok(s) => {
                if fields.bymonthday.is_some() && s.freq == super::Freq::Weekly {
                    report.skip("bymonthday on a weekly schedule (ignored)");
                }
                out.push(s);
            }
            Err(e) => report.skip(schedule_reason(e)),
        }
    }
    out
}

fn schedule_reason(e: super::ScheduleError) -> &'static str {
    use super::ScheduleError::*;
    match e {
        Freq => "schedule with a frequency other than WEEKLY or MONTHLY",
        Day => "schedule with a day that is not MO…SU",
        MonthDay => "schedule with a day of the month out of range",
        Time => "schedule without opening and closing times",
        Date => "schedule with a date that is not YYYY-MM-DD",
        IntervalWithoutStart => "schedule with an interval but no start date",
        NoDay => "schedule without a day",
    }
}

/// The first address (a physical one if any), as one line.
fn read_address(location: &Map<String, Value>) -> Option<String> {
    let addresses: Vec<&Map<String, Value>> = list(location, "addresses")
        .filter_map(Value::as_object)
        .collect();
    let address = addresses
        .iter()
        .find(|a| text(a, "address_type") == Some("physical"))
        .or(addresses.first())?;
    let parts: Vec<&str> = ["address_1", "address_2", "city", "postal_code"]
        .iter()
        .filter_map(|k| text(address, k))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn read_coordinates(location: &Map<String, Value>, report: &mut Report) -> Option<(f64, f64)> {
    let (lat, lon) = (num(location, "latitude")?, num(location, "longitude")?);
    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) {
        Some((lat, lon))
    } else {
        report.skip("coordinates not on Earth (dropped)");
        None
    }
}

/// Free if the feed says so in words or every cost is zero; not free if any cost is above zero.
fn read_free(service: &Map<String, Value>) -> Option<bool> {
    let amounts: Vec<f64> = list(service, "cost_options")
        .filter_map(Value::as_object)
        .filter_map(|c| num(c, "amount"))
        .collect();
    if amounts.iter().any(|a| *a > 0.0) {
        return Some(false);
    }
    if !amounts.is_empty() {
        return Some(true);
    }
    let fees = text(service, "fees").unwrap_or("").to_ascii_lowercase();
    (fees.contains("free") || fees == "none" || fees == "no charge").then_some(true)
}

/// The category from words in the name, description and taxonomy terms.
fn category(words: &str) -> Category {
    let words = words.to_lowercase();
    let has = |list: &[&str]| list.iter().any(|w| words.contains(w));
    if has(&[
        "youth club",
        "youth centre",
        "youth center",
        "young people's club",
        "youth group",
    ]) {
        Category::YouthClub
    } else if has(&["drop-in", "drop in", "dropin"]) {
        Category::DropIn
    } else if has(&[
        "mosque",
        "church",
        "gurdwara",
        "temple",
        "synagogue",
        "place of worship",
    ]) {
        Category::PlaceOfWorship
    } else if has(&[
        "legal",
        "solicitor",
        "immigration advice",
        "asylum advice",
        "law centre",
    ]) {
        Category::LegalAdvice
    } else if has(&["food bank", "foodbank", "meal", "food"]) {
        Category::Food
    } else if has(&["health", "clinic", "gp ", "doctor", "counselling", "mental"]) {
        Category::Health
    } else if has(&[
        "community centre",
        "community center",
        "cultural",
        "refugee centre",
        "community association",
    ]) {
        Category::CulturalCentre
    } else {
        Category::Other
    }
}

/// A non-empty, trimmed string field; placeholders equal to the field's own name count as empty.
fn text<'a>(item: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    let value = item.get(key)?.as_str()?.trim();
    let placeholder = value
        .strip_prefix(key)
        .is_some_and(|rest| rest.is_empty() || rest == "_description");
    (!value.is_empty() && !placeholder).then_some(value)
}

/// A number field, also when the feed writes it as a string.
fn num(item: &Map<String, Value>, key: &str) -> Option<f64> {
    match item.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|n: &f64| n.is_finite())
}

fn list<'a>(item: &'a Map<String, Value>, key: &str) -> impl Iterator<Item = &'a Value> {
    item.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}
