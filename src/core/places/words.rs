//! A place's hours and openness in the young person's words: "Open now, until 19:00",
//! "Closed. Opens Wednesday at 16:00", "the second Monday of the month: 10:00 to 13:00".
//! Times are UK wall-clock time in Western digits, as everywhere in Harbour.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Europe::London;

use super::{ClockTime, Freq, Openness, Schedule};
use crate::core::i18n::Localizer;

/// A schedule's time as UK wall-clock time on `day` (a `Z` or `+01:00` time moves with the
/// clocks).
fn clock(time: ClockTime, day: NaiveDate) -> String {
    let uk = match time {
        ClockTime::Local(t) => Some(t),
        ClockTime::Fixed(t, offset) => offset
            .from_local_datetime(&day.and_time(t))
            .single()
            .map(|at| at.with_timezone(&London).time()),
    };
    uk.map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default()
}

/// Weekdays as a list, with the usual groups named ("Monday to Friday", "Every day").
fn day_list(days: &[Weekday], l: &Localizer) -> String {
    let mut sorted: Vec<Weekday> = days.to_vec();
    sorted.sort_by_key(|d| d.num_days_from_monday());
    sorted.dedup();
    let names: Vec<u32> = sorted.iter().map(|d| d.num_days_from_monday()).collect();
    match names.as_slice() {
        [0, 1, 2, 3, 4, 5, 6] => return l.tr("hours-every-day"),
        [0, 1, 2, 3, 4] => return l.tr("hours-weekdays"),
        [5, 6] => return l.tr("hours-weekend"),
        _ => {}
    }
    sorted
        .iter()
        .map(|d| l.weekday(*d))
        .reduce(|first, rest| l.tr_with("hours-day-list", &[("first", &first), ("rest", &rest)]))
        .unwrap_or_default()
}

fn nth_word(nth: i8, l: &Localizer) -> String {
    match nth {
        -1 => l.tr("place-nth-last"),
        -2 => l.tr("place-nth-second-last"),
        n @ 1..=5 => l.tr(&format!("place-nth-{n}")),
        // -3…-5 are allowed by the feed format and never seen; said as "last" would be wrong.
        n => n.to_string(),
    }
}

/// When a schedule opens, as words ("Monday, Wednesday, every other week").
fn when(s: &Schedule, l: &Localizer) -> String {
    let every: Vec<Weekday> = s
        .byday
        .iter()
        .filter(|d| d.nth.is_none())
        .map(|d| d.day)
        .collect();
    let mut parts = Vec::new();
    if !every.is_empty() {
        let days = day_list(&every, l);
        parts.push(match (s.freq, s.interval) {
            (Freq::Weekly, 1) => days,
            (Freq::Weekly, 2) => l.tr_with("place-when-fortnightly", &[("days", &days)]),
            (Freq::Weekly, n) => l.tr_with(
                "place-when-every-weeks",
                &[("days", &days), ("count", &n.to_string())],
            ),
            // Every such weekday of the month is every week; an interval in months is rare
            // enough in feeds that it is not said (see the stop note of issue 6).
            (Freq::Monthly, _) => days,
        });
    }
    for day in s.byday.iter().filter(|d| d.nth.is_some()) {
        let nth = nth_word(day.nth.unwrap_or(1), l);
        parts.push(l.tr_with(
            "place-when-nth",
            &[("nth", &nth), ("day", &l.weekday(day.day))],
        ));
    }
    let (last, numbered): (Vec<i8>, Vec<i8>) = s.bymonthday.iter().partition(|d| **d == -1);
    if !numbered.is_empty() {
        let days = numbered
            .iter()
            .map(i8::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        parts.push(l.tr_with("place-when-month-days", &[("days", &days)]));
    }
    if !last.is_empty() {
        parts.push(l.tr("place-when-last-day"));
    }
    parts.join("; ")
}

/// Each schedule still in force at `now` as one line, with its dates when it has them.
pub fn describe_schedules(
    schedules: &[Schedule],
    now: DateTime<Utc>,
    l: &Localizer,
) -> Vec<String> {
    let today = now.with_timezone(&London).date_naive();
    schedules
        .iter()
        .filter(|s| s.valid_to.is_none_or(|to| to >= today))
        .map(|s| {
            let mut line = l.tr_with(
                "place-hours-line",
                &[
                    ("when", &when(s, l)),
                    ("opens", &clock(s.opens, today)),
                    ("closes", &clock(s.closes, today)),
                ],
            );
            if let Some(from) = s.valid_from.filter(|from| *from > today) {
                line = format!(
                    "{line} ({})",
                    l.tr_with("place-hours-from", &[("date", &l.long_date(from))])
                );
            }
            if let Some(to) = s.valid_to {
                line = format!(
                    "{line} ({})",
                    l.tr_with("place-hours-to", &[("date", &l.long_date(to))])
                );
            }
            line
        })
        .collect()
}

/// "Open now, until 19:00", "Closed. Opens tomorrow at 10:00", or "Opening times not known".
pub fn describe_openness(openness: Openness, now: DateTime<Utc>, l: &Localizer) -> String {
    let local = |t: DateTime<Utc>| t.with_timezone(&London);
    match openness {
        Openness::Open { until } => l.tr_with(
            "places-open-until",
            &[("time", &local(until).format("%H:%M").to_string())],
        ),
        Openness::Closed { next: None } => l.tr("places-closed"),
        Openness::Closed { next: Some(next) } => {
            let (today, next) = (local(now).date_naive(), local(next));
            let time = next.format("%H:%M").to_string();
            let date = next.date_naive();
            if date == today {
                l.tr_with("places-opens-today", &[("time", &time)])
            } else if date == today + Duration::days(1) {
                l.tr_with("places-opens-tomorrow", &[("time", &time)])
            } else if date < today + Duration::days(7) {
                l.tr_with(
                    "places-opens-day",
                    &[("day", &l.weekday(date.weekday())), ("time", &time)],
                )
            } else {
                l.tr_with(
                    "places-opens-date",
                    &[("date", &l.long_date(date)), ("time", &time)],
                )
            }
        }
        Openness::Unknown => l.tr("places-hours-unknown"),
    }
}
