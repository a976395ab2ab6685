//! When a trusted adult can be reached: weekly times in UK wall-clock time.
//!
//! A slot is "these days, from this time to that time". When the end is not after the start the
//! slot runs past midnight into the next day (a carer 18:00–08:00 is reachable at 02:00 on the
//! morning after each chosen day). Times are compared as Europe/London wall-clock times, so
//! "09:00" means 09:00 in both GMT and BST.

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::core::i18n::Localizer;

/// A set of weekdays, Monday = bit 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DaySet(u8);

impl DaySet {
    pub const WEEKDAYS: DaySet = DaySet(0b001_1111);
    pub const WEEKEND: DaySet = DaySet(0b110_0000);
    pub const EVERY_DAY: DaySet = DaySet(0b111_1111);

    pub fn empty() -> DaySet {
        DaySet(0)
    }

    pub fn of(days: &[Weekday]) -> DaySet {
        days.iter().fold(DaySet(0), |set, d| set.with(*d, true))
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn with(self, day: Weekday, on: bool) -> DaySet {
        let bit = 1 << day.num_days_from_monday();
        DaySet(if on { self.0 | bit } else { self.0 & !bit })
    }

    pub fn is_empty(self) -> bool {
        self.0 & 0b111_1111 == 0
    }

    /// Monday is bit 0; as kept in setup codes.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// `None` for a set with bits no weekday has.
    pub fn from_bits(bits: u8) -> Option<DaySet> {
        (bits & !0b111_1111 == 0).then_some(DaySet(bits))
    }

    pub fn days(self) -> impl Iterator<Item = Weekday> {
        ALL_DAYS.into_iter().filter(move |d| self.contains(*d))
    }
}

pub const ALL_DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// One weekly time range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub days: DaySet,
    #[serde(with = "hhmm")]
    pub opens: NaiveTime,
    #[serde(with = "hhmm")]
    pub closes: NaiveTime,
}

/// Why a typed time range was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("no day was chosen")]
    NoDay,
    #[error("a time is not written as HH:MM")]
    BadTime,
    #[error("the range starts and ends at the same time")]
    SameTime,
}

impl HoursError {
    pub fn message_id(self) -> &'static str {
        match self {
            HoursError::NoDay => "hours-error-no-day",
            HoursError::BadTime => "hours-error-time",
            HoursError::SameTime => "hours-error-same-time",
        }
    }
}

impl Slot {
    /// Checks a range as typed in the form (`09:00`, `17:30`).
    pub fn parse(days: DaySet, opens: &str, closes: &str) -> Result<Slot, HoursError> {
        if days.is_empty() {
            return Err(HoursError::NoDay);
        }
        let time =
            |s: &str| NaiveTime::parse_from_str(s.trim(), "%H:%M").map_err(|_| HoursError::BadTime);
        let (opens, closes) = (time(opens)?, time(closes)?);
        if opens == closes {
            return Err(HoursError::SameTime);
        }
        Ok(Slot {
            days,
            opens,
            closes,
        })
    }

    fn overnight(&self) -> bool {
        self.closes <= self.opens
    }

    /// If `at` falls in this slot, the moment it ends (UK wall-clock time).
    pub fn ends_after(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let (date, time) = (at.date(), at.time());
        if self.days.contains(date.weekday()) && time >= self.opens {
            if !self.overnight() && time < self.closes {
                return Some(date.and_time(self.closes));
            }
            if self.overnight() {
                return Some((date + Duration::days(1)).and_time(self.closes));
            }
        }
        let yesterday = date.pred_opt()?;
        if self.overnight() && self.days.contains(yesterday.weekday()) && time < self.closes {
            return Some(date.and_time(self.closes));
        }
        None
    }
}

/// The next moment after `at` when one of the slots opens (UK wall-clock time), within a week.
pub fn next_opening(slots: &[Slot], at: NaiveDateTime) -> Option<NaiveDateTime> {
    (0..=7)
        .filter_map(|offset| at.date().checked_add_signed(Duration::days(offset)))
        .flat_map(|date| {
            slots
                .iter()
                .filter(move |s| s.days.contains(date.weekday()))
                .map(move |s| date.and_time(s.opens))
        })
        .filter(|opening| *opening > at)
        .min()
}

/// Whether `at` is inside any slot, and until when: adjoining slots (Mon 09–17 and Mon 17–20)
/// count as one. `None` when `at` is outside them all.
pub fn reachable_until(slots: &[Slot], at: NaiveDateTime) -> Option<NaiveDateTime> {
    let mut until = slots.iter().filter_map(|s| s.ends_after(at)).max()?;
    // At most one step per slot per day of a week: enough to walk any chain of slots.
    for _ in 0..slots.len() * 8 {
        match slots.iter().filter_map(|s| s.ends_after(until)).max() {
            Some(later) if later > until => until = later,
            _ => break,
        }
    }
    Some(until)
}

/// Lines such as "Monday to Friday: 09:00–17:00", in the person's language.
pub fn describe_hours(slots: &[Slot], l: &Localizer) -> Vec<String> {
    slots
        .iter()
        .map(|slot| {
            let days = match slot.days {
                DaySet::EVERY_DAY => l.tr("hours-every-day"),
                DaySet::WEEKDAYS => l.tr("hours-weekdays"),
                DaySet::WEEKEND => l.tr("hours-weekend"),
                days => days
                    .days()
                    .map(|d| l.weekday(d))
                    .reduce(|first, rest| {
                        l.tr_with("hours-day-list", &[("first", &first), ("rest", &rest)])
                    })
                    .unwrap_or_default(),
            };
            l.tr_with(
                "hours-slot",
                &[
                    ("days", &days),
                    ("opens", &slot.opens.format("%H:%M").to_string()),
                    ("closes", &slot.closes.format("%H:%M").to_string()),
                ],
            )
        })
        .collect()
}

/// Times kept as "HH:MM" in the store.
mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        NaiveTime::parse_from_str(&s, "%H:%M").map_err(serde::de::Error::custom)
    }
}
