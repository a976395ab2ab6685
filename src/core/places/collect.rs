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
}

/// Places gathered so far, by ID.
#[derive(Debug, Clone, Default)]
pub struct Collection {
    places: BTreeMap<String, Place>,
    summary: Summary,
}

impl Collection {
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
                        *self.summary.skipped.entry(why.into()).or_default() += 1;
                        None
                    }
                })
                .collect();
            if self.places.insert(place.id.clone(), place).is_some() {
                *self
                    .summary
                    .skipped
                    .entry("the same place listed again (kept once)".into())
                    .or_default() += 1;
            }
        }
    }

    /// The places, in a stable order, and the report.
    pub fn finish(self) -> (Vec<Place>, Summary) {
        let places: Vec<Place> = self.places.into_values().collect();
        let summary = Summary {
            places: places.len(),
            ..self.summary
        };
        (places, summary)
    }
}
