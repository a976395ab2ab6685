//! Open Referral UK responses → places. The only code that knows the ORUK wire formats: the
//! v1 API most council directories still serve (Spring-style pages of `content`, services with
//! `regular_schedules`, `contacts` → `phones`, `physical_addresses`, `eligibilitys`,
//! `service_taxonomys`) and the 3.0 UK profile (pages of `contents`, `schedules`, `phones`,
//! `addresses`, `attributes`). The format is told by the payload, not by the caller.
//!
//! Feeds are messy: fields the UK profile leaves out are absent, placeholders ("extent",
//! "fees_description") and impossible values (latitude 100, `valid_to` in 2005) are common. The
//! reader therefore walks the JSON loosely — a wrong type in one field loses that field, not the
//! service — and says what it left out and why in a `Report`. Inactive or defunct services are
//! left out. Links other than `https:` are dropped (and counted). Text that holds HTML (most
//! council descriptions do) becomes plain text (`plain`), so no tag or entity reaches a screen.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::categories::CategoryTable;
use super::{Place, Schedule, ScheduleFields};

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

/// Which ORUK wire format a response was in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    /// The v1 API (ORUK before HSDS 3).
    V1,
    /// The HSDS 3.0 UK profile.
    V3,
}

impl Format {
    /// How the publisher's report names it.
    pub fn name(self) -> &'static str {
        match self {
            Format::V1 => "ORUK v1 API",
            Format::V3 => "ORUK 3.0",
        }
    }
}

/// What one response gave: places, where it sits in a paged list, and what was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub places: Vec<Place>,
    /// The format it was read as; `None` when nothing in it said.
    pub format: Option<Format>,
    /// For a paged list: this page and how many there are.
    pub page: Option<(u32, u32)>,
    /// A paged list that says it is the last page (v1's `last`).
    pub last_page: bool,
    /// Why things were left out, with how many times.
    pub skipped: BTreeMap<&'static str, usize>,
    /// Items that are not services (organisations, taxonomy terms): nothing to place.
    pub not_services: usize,
    /// Services that came without a location, a phone or opening hours: as list items, their
    /// own page (`details`) may have them.
    pub needs_details: Vec<String>,
}

impl Report {
    fn skip(&mut self, why: &'static str) {
        *self.skipped.entry(why).or_default() += 1;
    }
}

/// Reads one ORUK response: a service, a service-at-location, or a paged list of either, with
/// Harbour's own category table.
pub fn read(json: &str) -> Result<Report, OrukError> {
    read_with(json, &CategoryTable::built_in())
}

/// `read`, with the categories from `table` (a council's extended one).
pub fn read_with(json: &str, table: &CategoryTable) -> Result<Report, OrukError> {
    read_except(json, table, &[])
}

/// `read_with`, passing over the services in `except` as if they were not there (the
/// publisher read them from their own pages instead), so nothing about them is counted twice.
pub fn read_except(
    json: &str,
    table: &CategoryTable,
    except: &[String],
) -> Result<Report, OrukError> {
    let context = Context { table, except };
    if json.len() > MAX_RESPONSE_BYTES {
        return Err(OrukError::TooLarge);
    }
    let value: Value = serde_json::from_str(json).map_err(|_| OrukError::Malformed)?;
    let object = value.as_object().ok_or(OrukError::NotOruk)?;
    let mut report = Report::default();
    // 3.0 pages hold `contents` (page_number, total_pages); v1 pages hold `content`, with
    // Spring's totalPages, number (counted from 0 or 1 depending on the server) and last.
    let items = match (object.get("contents"), object.get("content")) {
        (Some(Value::Array(items)), _) => {
            report.format = Some(Format::V3);
            let page = num(object, "page_number").unwrap_or(1.0).max(1.0) as u32;
            let pages = num(object, "total_pages").unwrap_or(1.0).max(1.0) as u32;
            report.page = Some((page, pages));
            items
        }
        (None, Some(Value::Array(items))) => {
            report.format = Some(Format::V1);
            // Servers count `number` from 0 or from 1, so following pages goes by totalPages
            // and `last`; the number is only reported.
            let pages = num(object, "totalPages").unwrap_or(1.0).max(1.0) as u32;
            let number = num(object, "number").unwrap_or(1.0).max(1.0) as u32;
            report.page = Some((number, pages));
            report.last_page = object.get("last").and_then(Value::as_bool) == Some(true);
            items
        }
        (Some(_), _) | (None, Some(_)) => return Err(OrukError::NotOruk),
        (None, None) => {
            read_item(object, &context, &mut report);
            return Ok(report);
        }
    };
    for item in items {
        match item.as_object() {
            Some(item) => read_item(item, &context, &mut report),
            None => report.skip("list item that is not an object"),
        }
    }
    Ok(report)
}

/// What every service in one response is read with.
struct Context<'a> {
    table: &'a CategoryTable,
    except: &'a [String],
}

/// A service (with its service-at-locations) or a service-at-location (with its service).
fn read_item(item: &Map<String, Value>, context: &Context, report: &mut Report) {
    if let Some(service) = item.get("service").and_then(Value::as_object) {
        let location = item.get("location").and_then(Value::as_object);
        read_service(service, &[(item, location)], context, report);
    } else if is_service(item) {
        let sals: Vec<ServiceAt> = list(item, "service_at_locations")
            .filter_map(Value::as_object)
            .map(|sal| (sal, sal.get("location").and_then(Value::as_object)))
            .collect();
        read_service(item, &sals, context, report);
    } else {
        report.not_services += 1;
    }
}

/// Services have a status or service-only fields; organisations and terms have neither.
fn is_service(item: &Map<String, Value>) -> bool {
    [
        "status",
        "schedules",
        "regular_schedules",
        "service_at_locations",
        "minimum_age",
        "maximum_age",
        "eligibilitys",
        "service_taxonomys",
        "fees",
        "cost_options",
    ]
    .iter()
    .any(|k| item.contains_key(*k))
        && !item.contains_key("term")
}

/// A service-at-location and its location, as a list item or a service's own entry holds them.
type ServiceAt<'a> = (&'a Map<String, Value>, Option<&'a Map<String, Value>>);

/// Fields only the v1 API has: a service with any of them was read as v1.
const V1_ONLY: [&str; 4] = [
    "regular_schedules",
    "holiday_schedules",
    "eligibilitys",
    "service_taxonomys",
];

fn read_service(
    service: &Map<String, Value>,
    sals: &[ServiceAt],
    context: &Context,
    report: &mut Report,
) {
    if text(service, "id").is_some_and(|id| context.except.iter().any(|e| e == id)) {
        return;
    }
    if report.format.is_none() {
        let v1 = V1_ONLY.iter().any(|k| service.contains_key(*k));
        report.format = Some(if v1 { Format::V1 } else { Format::V3 });
    }
    match text(service, "status")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("active") => {}
        Some(_) => return report.skip("service not active (inactive, defunct or closed)"),
    }
    let Some(name) = plain_field(service, "name") else {
        return report.skip("service without a name");
    };
    let Some(id) = text(service, "id") else {
        return report.skip("service without an ID");
    };
    let (website, web_address) = match text(service, "url") {
        Some(url) if url.starts_with("https://") => (Some(url.to_string()), None),
        Some(url) if url.starts_with("http://") && !url.chars().any(char::is_control) => {
            report.skip("link to a website that is not https: (its address is shown as text)");
            (None, Some(url.to_string()))
        }
        Some(_) => {
            report.skip("link that is neither https: nor http: (dropped)");
            (None, None)
        }
        None => (None, None),
    };
    let description = plain_field(service, "description").unwrap_or_default();
    // Taxonomy terms: 3.0's attributes → taxonomy_term, v1's service_taxonomys → taxonomy.
    let mut terms = String::new();
    let taxonomy = list(service, "attributes")
        .filter_map(|a| a.get("taxonomy_term"))
        .chain(list(service, "service_taxonomys").filter_map(|t| t.get("taxonomy")))
        .filter_map(Value::as_object);
    for term in taxonomy {
        for key in ["name", "term", "description"] {
            terms.push(' ');
            terms.push_str(text(term, key).unwrap_or(""));
        }
    }
    let phones = read_phones(service);
    let languages: Vec<String> = list(service, "languages")
        .filter_map(Value::as_object)
        .filter_map(|l| {
            text(l, "code")
                .or_else(|| text(l, "name"))
                .or_else(|| text(l, "language"))
                .map(str::to_string)
        })
        .collect();
    let schedules = read_schedules(service, report);
    let free = read_free(service);
    // Ages: on the service (3.0) or in its eligibility rules (v1's eligibilitys).
    let age = |key| {
        let rules = list(service, "eligibilitys").filter_map(Value::as_object);
        let ages = std::iter::once(service)
            .chain(rules)
            .filter_map(|item| num(item, key))
            .filter(|a| (0.0..=120.0).contains(a))
            .map(|a| a as u8);
        if key == "minimum_age" {
            ages.min()
        } else {
            ages.max()
        }
    };
    let category = context
        .table
        .classify(&terms, &format!("{name} {description}"));
    let all_phones = sals
        .iter()
        .flat_map(|(sal, location)| [Some(*sal), *location])
        .flatten()
        .any(|item| !read_phones(item).is_empty())
        || !phones.is_empty();
    let any_hours = !schedules.is_empty()
        || sals.iter().any(|(sal, location)| {
            [Some(*sal), *location].into_iter().flatten().any(|item| {
                list(item, "schedules")
                    .chain(list(item, "regular_schedules"))
                    .next()
                    .is_some()
            })
        });
    if sals.iter().all(|(_, location)| location.is_none()) || !all_phones || !any_hours {
        report.needs_details.push(id.to_string());
    }
    let base = Place {
        id: id.to_string(),
        name,
        category,
        description,
        address: None,
        coordinates: None,
        phones: Vec::new(),
        website,
        web_address,
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

/// Phones on the item itself (3.0) or on its contacts (v1's contacts → phones).
fn read_phones(item: &Map<String, Value>) -> Vec<String> {
    let contacts = list(item, "contacts").filter_map(Value::as_object);
    std::iter::once(item)
        .chain(contacts)
        .flat_map(|holder| list(holder, "phones"))
        .filter_map(Value::as_object)
        .filter_map(|p| text(p, "number"))
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// Opening hours: 3.0's `schedules` or v1's `regular_schedules` (the same RRULE-like fields).
/// v1's `holiday_schedules` (closures on dates) are not shown, and counted.
fn read_schedules(item: &Map<String, Value>, report: &mut Report) -> Vec<Schedule> {
    let mut out = Vec::new();
    for _ in list(item, "holiday_schedules") {
        report.skip("holiday schedule (closures on dates are not shown)");
    }
    let schedules = list(item, "schedules").chain(list(item, "regular_schedules"));
    for schedule in schedules.filter_map(Value::as_object) {
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

/// The first address (a physical one if any), as one line: 3.0's `addresses` or v1's
/// `physical_addresses`.
fn read_address(location: &Map<String, Value>) -> Option<String> {
    let addresses: Vec<&Map<String, Value>> = list(location, "addresses")
        .chain(list(location, "physical_addresses"))
        .filter_map(Value::as_object)
        .collect();
    let address = addresses
        .iter()
        .find(|a| text(a, "address_type") == Some("physical"))
        .or(addresses.first())?;
    let parts: Vec<String> = ["address_1", "address_2", "city", "postal_code"]
        .iter()
        .filter_map(|k| plain_field(address, k))
        .map(|part| part.replace('\n', ", "))
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

/// A text field as plain text (`plain`), when it has any.
fn plain_field(item: &Map<String, Value>, key: &str) -> Option<String> {
    text(item, key).map(plain).filter(|t| !t.is_empty())
}

/// Text as a person should read it: HTML (tags, entities, scripts and styles) becomes plain
/// text through an HTML parser (`html2text`, html5ever underneath), paragraphs and list items
/// as lines and list items marked with "• "; link targets are dropped, their words kept. Text
/// with no `<` or `&` is left as it is.
pub fn plain(text: &str) -> String {
    if !text.contains(['<', '&']) {
        return text.trim().to_string();
    }
    // Wide enough that nothing is wrapped: line breaks come only from the HTML's structure.
    let width = text.len().max(80);
    let rendered = html2text::config::with_decorator(Lines)
        .no_table_borders()
        .string_from_read(text.as_bytes(), width)
        .unwrap_or_default();
    let mut out = String::new();
    let mut blank = false;
    for line in rendered.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// `html2text`'s plain decorator without its link footnotes and markup signs, but with list
/// items marked: only words and line breaks come out.
#[derive(Clone)]
struct Lines;

impl html2text::render::TextDecorator for Lines {
    type Annotation = ();
    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, title: &str) -> (String, ()) {
        (title.to_string(), ())
    }
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
    }
    fn quote_prefix(&self) -> String {
        String::new()
    }
    fn unordered_item_prefix(&self) -> String {
        "• ".to_string()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn finalise(&mut self, _links: Vec<String>) -> Vec<html2text::render::TaggedLine<()>> {
        Vec::new()
    }
    fn make_subblock_decorator(&self) -> Self {
        Lines
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
