//! Opening hours from Open Referral UK schedules, evaluated in Europe/London.
//!
//! ORUK describes hours with a small part of iCalendar recurrence: `freq` WEEKLY or MONTHLY,
//! `interval` (2 = fortnightly), `byday` (`MO,WE`, or `2MO` / `-1FR` in a month), `bymonthday`
//! (`1,15`, `-1` = the last day), `opens_at` / `closes_at`, `valid_from` / `valid_to` and
//! `dtstart`. That subset is evaluated here directly: a general RRULE crate parses whole
//! RRULE strings (which ORUK does not carry) and would add a regex engine to the web app.
//! Times without an offset are UK wall-clock time; a `Z` or `+01:00` suffix is honoured.
//! A closing time not after the opening time runs past midnight.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
    Weekday,
};
use chrono_tz::Europe::London;

/// How often a schedule repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freq {
    Weekly,
    Monthly,
}

/// A day in `byday`: every such weekday, or (monthly) the nth one, counted from the end when
/// negative (`-1FR` = the last Friday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByDay {
    pub nth: Option<i8>,
    pub day: Weekday,
}

/// A time of day as a feed gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockTime {
    /// UK wall-clock time.
    Local(NaiveTime),
    /// A time at a fixed offset from UTC (`10:00Z`, `10:00+01:00`).
    Fixed(NaiveTime, FixedOffset),
}

/// One recurring opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub freq: Freq,
    /// 1 = every week (or month), 2 = every other one.
    pub interval: u32,
    /// The first occurrence; counts the weeks or months of `interval`.
    pub dtstart: Option<NaiveDate>,
    pub byday: Vec<ByDay>,
    pub bymonthday: Vec<i8>,
    pub opens: ClockTime,
    pub closes: ClockTime,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// Why a feed's schedule could not be used; the importer counts these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("the frequency is not WEEKLY or MONTHLY")]
    Freq,
    #[error("a day is not MO…SU, or its number is out of range")]
    Day,
    #[error("a day of the month is not between -31 and 31")]
    MonthDay,
    #[error("an opening or closing time is missing or not HH:MM")]
    Time,
    #[error("a date is not YYYY-MM-DD")]
    Date,
    #[error("an interval other than 1 needs a start date")]
    IntervalWithoutStart,
    #[error("no day is given")]
    NoDay,
}

/// The fields of one ORUK schedule as text (every one optional in feeds).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScheduleFields<'a> {
    pub freq: Option<&'a str>,
    pub interval: Option<f64>,
    pub dtstart: Option<&'a str>,
    pub byday: Option<&'a str>,
    pub bymonthday: Option<&'a str>,
    pub opens_at: Option<&'a str>,
    pub closes_at: Option<&'a str>,
    pub valid_from: Option<&'a str>,
    pub valid_to: Option<&'a str>,
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_byday(text: &str) -> Result<Vec<ByDay>, ScheduleError> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let part = part.to_ascii_uppercase();
            // The day is the last two characters (not bytes: a feed may hold any text, and
            // splitting inside a character would panic).
            let at = part.char_indices().rev().nth(1).map_or(0, |(at, _)| at);
            let (number, code) = part.split_at(at);
            let day = weekday(code).ok_or(ScheduleError::Day)?;
            let nth = match number.trim_start_matches('+') {
                "" => None,
                n => match n.parse::<i8>() {
                    Ok(n) if n != 0 && (-5..=5).contains(&n) => Some(n),
                    _ => return Err(ScheduleError::Day),
                },
            };
            Ok(ByDay { nth, day })
        })
        .collect()
}

fn parse_monthdays(text: &str) -> Result<Vec<i8>, ScheduleError> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| match part.parse::<i8>() {
            Ok(n) if n != 0 && (-31..=31).contains(&n) => Ok(n),
            _ => Err(ScheduleError::MonthDay),
        })
        .collect()
}

/// `10:00`, `10:00:00`, `10:00Z`, `10:00:00+01:00`.
fn parse_time(text: &str) -> Result<ClockTime, ScheduleError> {
    let text = text.trim();
    let (clock, offset) =
        if let Some(clock) = text.strip_suffix('Z').or_else(|| text.strip_suffix('z')) {
            (
                clock,
                Some(FixedOffset::east_opt(0).ok_or(ScheduleError::Time)?),
            )
        } else if let Some(at) = text.rfind(['+', '-']) {
            let (clock, offset) = text.split_at(at);
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let (h, m) = offset[1..].split_once(':').unwrap_or((&offset[1..], "0"));
            // Offsets are at most 23:59; a feed's "+99999999" is refused, not multiplied.
            let (h, m) = match (h.parse::<i32>(), m.parse::<i32>()) {
                (Ok(h), Ok(m)) if (0..24).contains(&h) && (0..60).contains(&m) => (h, m),
                _ => return Err(ScheduleError::Time),
            };
            (
                clock,
                Some(FixedOffset::east_opt(sign * (h * 3600 + m * 60)).ok_or(ScheduleError::Time)?),
            )
        } else {
            (text, None)
        };
    let time = NaiveTime::parse_from_str(clock, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M"))
        .map_err(|_| ScheduleError::Time)?;
    Ok(match offset {
        Some(offset) => ClockTime::Fixed(time, offset),
        None => ClockTime::Local(time),
    })
}

fn parse_date(text: Option<&str>) -> Result<Option<NaiveDate>, ScheduleError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        // `2005-01-01` or a full timestamp whose date is what counts.
        Some(t) => NaiveDate::parse_from_str(t.get(..10).unwrap_or(t), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ScheduleError::Date),
    }
}

impl Schedule {
    /// Reads a feed's schedule. A weekly schedule ignores `bymonthday` (iCalendar does not allow
    /// it there; feeds carry it anyway).
    pub fn from_fields(f: &ScheduleFields) -> Result<Schedule, ScheduleError> {
        let freq = match f.freq.map(|s| s.trim().to_ascii_uppercase()).as_deref() {
            Some("WEEKLY") | None => Freq::Weekly,
            Some("MONTHLY") => Freq::Monthly,
            Some(_) => return Err(ScheduleError::Freq),
        };
        let interval = match f.interval {
            None => 1,
            Some(n) if (1.0..=52.0).contains(&n) && n.fract() == 0.0 => n as u32,
            Some(_) => return Err(ScheduleError::Freq),
        };
        let dtstart = parse_date(f.dtstart)?;
        if interval > 1 && dtstart.is_none() {
            return Err(ScheduleError::IntervalWithoutStart);
        }
        let byday = parse_byday(f.byday.unwrap_or(""))?;
        let bymonthday = match freq {
            Freq::Monthly => parse_monthdays(f.bymonthday.unwrap_or(""))?,
            Freq::Weekly => Vec::new(),
        };
        if byday.is_empty() && bymonthday.is_empty() {
            return Err(ScheduleError::NoDay);
        }
        let opens = parse_time(f.opens_at.ok_or(ScheduleError::Time)?)?;
        let closes = parse_time(f.closes_at.ok_or(ScheduleError::Time)?)?;
        Ok(Schedule {
            freq,
            interval,
            dtstart,
            byday,
            bymonthday,
            opens,
            closes,
            valid_from: parse_date(f.valid_from)?,
            valid_to: parse_date(f.valid_to)?,
        })
    }

    /// Whether an opening starts on this (UK) date.
    pub fn starts_on(&self, date: NaiveDate) -> bool {
        if self.valid_from.is_some_and(|from| date < from)
            || self.valid_to.is_some_and(|to| date > to)
        {
            return false;
        }
        if self.dtstart.is_some_and(|start| date < start) {
            return false;
        }
        match self.freq {
            Freq::Weekly => {
                let in_step = self.dtstart.is_none_or(|start| {
                    let weeks = (monday_of(date) - monday_of(start)).num_days() / 7;
                    weeks % self.interval as i64 == 0
                });
                in_step && self.byday.iter().any(|b| b.day == date.weekday())
            }
            Freq::Monthly => {
                let in_step = self.dtstart.is_none_or(|start| {
                    let months = (date.year() - start.year()) * 12 + date.month() as i32
                        - start.month() as i32;
                    months % self.interval as i32 == 0
                });
                let day_ok =
                    self.byday.is_empty() || self.byday.iter().any(|b| matches_nth(*b, date));
                let monthday_ok = self.bymonthday.is_empty()
                    || self.bymonthday.iter().any(|d| matches_monthday(*d, date));
                in_step && day_ok && monthday_ok
            }
        }
    }

    /// The opening that starts on `date`, as instants (a closing not after the opening is the
    /// next day).
    fn opening_on(&self, date: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let opens = instant(date, self.opens)?;
        let mut closes = instant(date, self.closes)?;
        if closes <= opens {
            closes = instant(date.succ_opt()?, self.closes)?;
        }
        Some((opens, closes))
    }

    /// If open at `now`, when it closes.
    pub fn open_until(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.open_until_at(&Moment::new(now))
    }

    /// The same for a moment already put in UK time (one conversion for many schedules).
    pub fn open_until_at(&self, now: &Moment) -> Option<DateTime<Utc>> {
        let today = now.local.date();
        // Yesterday's opening may run past midnight; a fixed offset may shift it a day.
        [today.pred_opt()?, today, today.succ_opt()?]
            .into_iter()
            .find_map(|date| {
                if !self.starts_on(date) {
                    return None;
                }
                if let (ClockTime::Local(opens), ClockTime::Local(closes)) =
                    (self.opens, self.closes)
                {
                    // Compared in UK wall-clock time; an instant is made only for a match.
                    let start = NaiveDateTime::new(date, opens);
                    let end_date = if closes <= opens {
                        date.succ_opt()?
                    } else {
                        date
                    };
                    let end = NaiveDateTime::new(end_date, closes);
                    if !(start <= now.local && now.local < end) {
                        return None;
                    }
                }
                let (opens, closes) = self.opening_on(date)?;
                (opens <= now.utc && now.utc < closes).then_some(closes)
            })
    }

    /// The next time it opens after `now`, looking up to about 14 months ahead.
    pub fn next_opening(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let mut date = now.with_timezone(&London).date_naive().pred_opt()?;
        for _ in 0..430 {
            if self.starts_on(date) {
                if let Some((opens, _)) = self.opening_on(date) {
                    if opens > now {
                        return Some(opens);
                    }
                }
            }
            date = date.succ_opt()?;
        }
        None
    }
}

/// A moment, in UTC and in UK wall-clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub utc: DateTime<Utc>,
    pub local: NaiveDateTime,
}

impl Moment {
    pub fn new(utc: DateTime<Utc>) -> Moment {
        Moment {
            utc,
            local: utc.with_timezone(&London).naive_local(),
        }
    }
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(date.weekday().num_days_from_monday() as i64)
}

fn days_in_month(date: NaiveDate) -> u32 {
    let (y, m) = if date.month() == 12 {
        (date.year() + 1, 1)
    } else {
        (date.year(), date.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .map_or(31, |d| d.day())
}

fn matches_nth(by: ByDay, date: NaiveDate) -> bool {
    if by.day != date.weekday() {
        return false;
    }
    match by.nth {
        None => true,
        Some(n) if n > 0 => (date.day() - 1) / 7 + 1 == n as u32,
        Some(n) => (days_in_month(date) - date.day()) / 7 + 1 == n.unsigned_abs() as u32,
    }
}

fn matches_monthday(day: i8, date: NaiveDate) -> bool {
    if day > 0 {
        date.day() == day as u32
    } else {
        days_in_month(date) as i64 + day as i64 + 1 == date.day() as i64
    }
}

/// The instant a clock time on a UK date means. In the spring gap (01:00–02:00 does not exist)
/// the time moves on by an hour; in the autumn overlap the first of the two is meant.
fn instant(date: NaiveDate, time: ClockTime) -> Option<DateTime<Utc>> {
    match time {
        ClockTime::Fixed(t, offset) => offset
            .from_local_datetime(&NaiveDateTime::new(date, t))
            .single()
            .map(|dt| dt.with_timezone(&Utc)),
        ClockTime::Local(t) => {
            let local = NaiveDateTime::new(date, t);
            London
                .from_local_datetime(&local)
                .earliest()
                .or_else(|| {
                    London
                        .from_local_datetime(&(local + Duration::hours(1)))
                        .earliest()
                })
                .map(|dt| dt.with_timezone(&Utc))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_byday(text: &str, expected: Result<Vec<(Option<i8>, Weekday)>, ScheduleError>) {
        let read = parse_byday(text)
            .map(|days| days.into_iter().map(|d| (d.nth, d.day)).collect::<Vec<_>>());
        assert_eq!(read, expected, "{text:?}");
    }

    #[test]
    fn byday_with_characters_of_any_width_is_read_or_refused_never_a_panic() {
        check_byday(
            "MO,-1fr, +2Su",
            Ok(vec![
                (None, Weekday::Mon),
                (Some(-1), Weekday::Fri),
                (Some(2), Weekday::Sun),
            ]),
        );
        for odd in [
            "é1",
            "MO,€",
            "LU–",
            "é",
            "€MO",
            "1é",
            "ا",
            "MOé",
            "–1MO",
            "2\u{1F600}",
            "M\u{301}O",
        ] {
            check_byday(odd, Err(ScheduleError::Day));
        }
        check_byday("O", Err(ScheduleError::Day));
    }
}
