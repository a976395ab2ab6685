//! Places near the young person (drop-ins, youth clubs, …) and when they are open.
//!
//! `schedule` evaluates Open Referral UK opening hours in Europe/London; `openness` combines a
//! place's schedules into "open until", "closed, opens next at" or "hours not known". The
//! ORUK importer, content packs and the places screen build on these (issue 6).

mod schedule;

pub use schedule::{ByDay, ClockTime, Freq, Schedule, ScheduleError, ScheduleFields};

use chrono::{DateTime, Utc};

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

/// A place's openness at `now` from all its schedules.
pub fn openness(schedules: &[Schedule], now: DateTime<Utc>) -> Openness {
    if schedules.is_empty() {
        return Openness::Unknown;
    }
    if let Some(until) = schedules.iter().filter_map(|s| s.open_until(now)).max() {
        return Openness::Open { until };
    }
    Openness::Closed { next: schedules.iter().filter_map(|s| s.next_opening(now)).min() }
}
