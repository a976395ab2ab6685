//! Places near the young person (drop-ins, youth clubs, …) and when they are open.
//!
//! `oruk` turns Open Referral UK feeds into `Place`s (the only module that knows that wire
//! format); `schedule` evaluates their opening hours in Europe/London; `openness` combines a
//! place's schedules into "open until", "closed, opens next at" or "hours not known";
//! `PlaceIndex` finds places by what people type, in any script; `filter` picks what the places
//! screen lists (and how far away each is); `words` says hours and openness in the young
//! person's language; `collect` gathers feeds for the publisher tool. Places reach the app in
//! signed content packs (`content::pack`).

#[cfg(not(target_arch = "wasm32"))]
pub mod categories;
#[cfg(not(target_arch = "wasm32"))]
pub mod collect;
#[cfg(not(target_arch = "wasm32"))]
pub mod details;
mod filter;
#[cfg(not(target_arch = "wasm32"))]
pub mod oruk;
mod schedule;
mod search;
mod words;

pub use filter::{directions_link, distance_km, distance_text, languages, matching, Filter};
pub use schedule::{ByDay, ClockTime, Freq, Moment, Schedule, ScheduleError, ScheduleFields};
pub use search::PlaceIndex;
pub use words::{describe_openness, describe_schedules};

use chrono::{DateTime, Utc};

/// What kind of place it is, for the filters and the icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    DropIn,
    YouthClub,
    CulturalCentre,
    PlaceOfWorship,
    LegalAdvice,
    Health,
    Food,
    Other,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::DropIn,
        Category::YouthClub,
        Category::CulturalCentre,
        Category::PlaceOfWorship,
        Category::LegalAdvice,
        Category::Health,
        Category::Food,
        Category::Other,
    ];

    /// The stable ID kept in content packs.
    pub fn id(self) -> &'static str {
        match self {
            Category::DropIn => "drop-in",
            Category::YouthClub => "youth-club",
            Category::CulturalCentre => "cultural-centre",
            Category::PlaceOfWorship => "worship",
            Category::LegalAdvice => "legal-advice",
            Category::Health => "health",
            Category::Food => "food",
            Category::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// A place a young person can go to.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The service's ID, and the location's when it has one.
    pub id: String,
    pub name: String,
    pub category: Category,
    /// Shown as text, never as markup.
    pub description: String,
    pub address: Option<String>,
    /// Latitude and longitude, only when both are on Earth.
    pub coordinates: Option<(f64, f64)>,
    /// Numbers as the feed gives them (the publisher tool normalises them).
    pub phones: Vec<String>,
    /// Only `https:` links are kept.
    pub website: Option<String>,
    /// A website the feed gives as plain `http:`: shown as text to copy, never as a link (the
    /// page could be changed on the way, and Harbour opens only https).
    pub web_address: Option<String>,
    /// Language codes or names the feed gives.
    pub languages: Vec<String>,
    /// `Some(true)` free, `Some(false)` costs something, `None` not said.
    pub free: Option<bool>,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub schedules: Vec<Schedule>,
}

impl Place {
    /// The ages worth saying: a lower limit of 0 or an upper one of 100 and over say nothing.
    pub fn ages(&self) -> (Option<u8>, Option<u8>) {
        (
            self.min_age.filter(|a| *a > 0),
            self.max_age.filter(|a| *a < 100),
        )
    }
}

/// Whether a place is open at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Openness {
    /// Open now; closes at this instant (the latest close of the schedules open now).
    Open { until: DateTime<Utc> },
    /// Closed now; the next opening, if one is known within about a year.
    Closed { next: Option<DateTime<Utc>> },
    /// The place gives no usable hours: say nothing about "open now".
    Unknown,
}

/// Whether a place is open at a moment (the "open now" filter: no next opening is looked for).
pub fn is_open(schedules: &[Schedule], now: &Moment) -> bool {
    schedules.iter().any(|s| s.open_until_at(now).is_some())
}

/// A place's openness at `now` from all its schedules.
pub fn openness(schedules: &[Schedule], now: DateTime<Utc>) -> Openness {
    if schedules.is_empty() {
        return Openness::Unknown;
    }
    let moment = Moment::new(now);
    if let Some(until) = schedules
        .iter()
        .filter_map(|s| s.open_until_at(&moment))
        .max()
    {
        return Openness::Open { until };
    }
    Openness::Closed {
        next: schedules.iter().filter_map(|s| s.next_opening(now)).min(),
    }
}
