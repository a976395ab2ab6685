//! Gathering places from one or more ORUK responses into the list a pack carries: the
//! publisher tool's work, kept here so it is tested like the rest of the core.
//!
//! A service listed twice (two pages, two feeds) is kept once. Phone numbers are normalised to
//! E.164 with the same rules as trusted adults' numbers, so every number in a pack can be called
//! with one tap; a number that cannot be read is dropped and counted.

use std::collections::{BTreeMap, BTreeSet};

use super::oruk::Report;
use super::Place;
use crate::core::contacts::{parse_phone, PhoneError};

/// What the publisher's report says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub responses: usize,
    pub pages: usize,
    pub places: usize,
    /// Why things were left out, with how many times (the ORUK reader's reasons and ours).
    pub skipped: BTreeMap<String, usize>,
    pub not_services: usize,
    /// The ORUK formats the responses were read as (`oruk::Format::name`).
    pub formats: BTreeSet<&'static str>,
    /// How many places each category got (`Category::id`): "other" is what no rule matched.
    pub by_category: BTreeMap<&'static str, usize>,
    /// Services' own pages read: new or changed, and unchanged since the last run.
    pub details_read: usize,
    pub details_unchanged: usize,
}

/// Places gathered so far, by ID.
#[derive(Debug, Clone, Default)]
pub struct Collection {
    places: BTreeMap<String, Place>,
    summary: Summary,
    young_people_only: bool,
}

/// Why a service is clearly not for the young people Harbour is for (14 to 17, and care
/// leavers to 25), from its eligibility ages or its name; `None` when it may be.
pub fn not_for_young_people(place: &Place) -> Option<&'static str> {
    const OLDER: &[&str] = &[
        "care home",
        "nursing home",
        "residential home",
        "older people",
        "older person",
        "over 50s",
        "over 55s",
        "over 60s",
        "over 65s",
        "over-50",
        "over-60",
        "over-65",
        "retirement",
        "dementia",
    ];
    let name = place.name.to_lowercase();
    if place.min_age.is_some_and(|age| age >= 18) {
        Some("not for young people: adults only by its ages (left out by --young-people-only)")
    } else if place.max_age.is_some_and(|age| age < 14) {
        Some("not for young people: young children only by its ages (left out by --young-people-only)")
    } else if OLDER.iter().any(|w| name.contains(w)) {
        Some("not for young people: for older people by its name (left out by --young-people-only)")
    } else {
        None
    }
}

impl Collection {
    /// A collection that leaves out services clearly not for young people, and counts them.
    pub fn young_people_only() -> Collection {
        Collection {
            young_people_only: true,
            ..Collection::default()
        }
    }

    /// Adds one response's places (a later copy of the same place replaces the earlier one).
    pub fn add(&mut self, report: Report) {
        self.summary.responses += 1;
        self.summary.pages += usize::from(report.page.is_some());
        self.summary.not_services += report.not_services;
        self.summary.formats.extend(report.format.map(|f| f.name()));
        for (why, n) in report.skipped {
            *self.summary.skipped.entry(why.to_string()).or_default() += n;
        }
        for mut place in report.places {
            if let Some(why) = not_for_young_people(&place).filter(|_| self.young_people_only) {
                self.note(why);
                continue;
            }
            place.phones = place
                .phones
                .iter()
                .filter_map(|typed| match parse_phone(typed) {
                    Ok(phone) => Some(phone.e164),
                    Err(problem) => {
                        let why = match problem {
                            PhoneError::Costly => {
                                "phone number that costs more than a call or forwards (dropped)"
                            }
                            _ => "phone number that cannot be called (dropped)",
                        };
                        self.note(why);
                        None
                    }
                })
                .collect();
            if self.places.insert(place.id.clone(), place).is_some() {
                self.note("the same place listed again (kept once)");
            }
        }
    }

    /// Counts one more thing left out or kept back, and why.
    pub fn note(&mut self, why: &str) {
        *self.summary.skipped.entry(why.to_string()).or_default() += 1;
    }

    /// Counts a service's own page read (`unchanged`: the copy from the last run).
    pub fn details_read(&mut self, unchanged: bool) {
        if unchanged {
            self.summary.details_unchanged += 1;
        } else {
            self.summary.details_read += 1;
        }
    }

    /// The places, in a stable order, and the report.
    pub fn finish(self) -> (Vec<Place>, Summary) {
        let places: Vec<Place> = self.places.into_values().collect();
        let mut by_category = BTreeMap::new();
        for place in &places {
            *by_category.entry(place.category.id()).or_default() += 1;
        }
        let summary = Summary {
            places: places.len(),
            by_category,
            ..self.summary
        };
        (places, summary)
    }
}
