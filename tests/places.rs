//! Opening hours from ORUK schedules in Europe/London: weekly, fortnightly, the second Monday,
//! the last Friday, days of the month, across midnight, both clock changes, validity dates and
//! fixed offsets; and the errors a feed's nonsense gets.

use chrono::{DateTime, Utc};
use harbour::core::places::{openness, Openness, Schedule, ScheduleError, ScheduleFields};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("test time").with_timezone(&Utc)
}

/// A schedule from feed fields written as `freq byday bymonthday opens closes`, with options.
fn schedule(freq: &str, byday: &str, bymonthday: &str, opens: &str, closes: &str) -> ScheduleFields<'static> {
    let leak = |s: &str| -> Option<&'static str> { (!s.is_empty()).then(|| &*Box::leak(s.to_string().into_boxed_str())) };
    ScheduleFields {
        freq: leak(freq),
        byday: leak(byday),
        bymonthday: leak(bymonthday),
        opens_at: leak(opens),
        closes_at: leak(closes),
        ..ScheduleFields::default()
    }
}

/// At each moment, the schedule's openness: `Open("…Z")` = open until then, `Next("…Z")` = closed,
/// opening then.
fn check(case: &str, fields: ScheduleFields, moments: &[(&str, Expect)]) {
    let s = Schedule::from_fields(&fields).unwrap_or_else(|e| panic!("{case}: {e}"));
    for (moment, expected) in moments {
        let got = openness(std::slice::from_ref(&s), at(moment));
        let want = match expected {
            Expect::Open(until) => Openness::Open { until: at(until) },
            Expect::Next(next) => Openness::Closed { next: Some(at(next)) },
        };
        assert_eq!(got, want, "{case} at {moment}");
    }
}

enum Expect {
    Open(&'static str),
    Next(&'static str),
}
use Expect::{Next, Open};

#[test]
fn weekly_hours_in_uk_time_across_both_clock_changes() {
    // Wednesdays 16:00–19:00 UK time.
    check(
        "weekly",
        schedule("WEEKLY", "WE", "", "16:00", "19:00"),
        &[
            // Winter (GMT): 16:00 UK is 16:00 UTC.
            ("2026-11-25T15:59:00Z", Next("2026-11-25T16:00:00Z")),
            ("2026-11-25T16:00:00Z", Open("2026-11-25T19:00:00Z")),
            ("2026-11-25T18:59:59Z", Open("2026-11-25T19:00:00Z")),
            ("2026-11-25T19:00:00Z", Next("2026-12-02T16:00:00Z")),
            // Summer (BST): 16:00 UK is 15:00 UTC.
            ("2026-07-01T15:30:00Z", Open("2026-07-01T18:00:00Z")),
            // The Wednesday after the clocks go forward (29 March 2026).
            ("2026-03-28T12:00:00Z", Next("2026-04-01T15:00:00Z")),
            // The Wednesday after the clocks go back (25 October 2026).
            ("2026-10-24T12:00:00Z", Next("2026-10-28T16:00:00Z")),
        ],
    );
}

#[test]
fn fortnightly_counts_weeks_from_the_start_date() {
    let mut fields = schedule("WEEKLY", "TU", "", "10:00", "12:00");
    fields.interval = Some(2.0);
    fields.dtstart = Some("2026-11-03");
    check(
        "fortnightly",
        fields,
        &[
            ("2026-11-17T11:00:00Z", Open("2026-11-17T12:00:00Z")),
            // 24 November is the week in between.
            ("2026-11-24T11:00:00Z", Next("2026-12-01T10:00:00Z")),
        ],
    );
}

#[test]
fn the_second_monday_and_the_last_friday_of_the_month() {
    check(
        "second Monday",
        schedule("MONTHLY", "2MO", "", "18:00", "20:00"),
        &[
            // November 2026: Mondays are the 2nd, 9th, 16th… — the second is the 9th.
            ("2026-11-02T18:30:00Z", Next("2026-11-09T18:00:00Z")),
            ("2026-11-09T18:30:00Z", Open("2026-11-09T20:00:00Z")),
            ("2026-11-16T18:30:00Z", Next("2026-12-14T18:00:00Z")),
        ],
    );
    check(
        "last Friday",
        schedule("MONTHLY", "-1FR", "", "17:00", "21:00"),
        &[
            // 27 November 2026 is the last Friday; 20 November is not.
            ("2026-11-20T18:00:00Z", Next("2026-11-27T17:00:00Z")),
            ("2026-11-27T18:00:00Z", Open("2026-11-27T21:00:00Z")),
            // December 2026: the 25th.
            ("2026-11-28T12:00:00Z", Next("2026-12-25T17:00:00Z")),
        ],
    );
    check(
        "the 1st and the last day of the month",
        schedule("MONTHLY", "", "1,-1", "09:00", "10:00"),
        &[
            ("2026-11-15T12:00:00Z", Next("2026-11-30T09:00:00Z")),
            ("2026-11-30T12:00:00Z", Next("2026-12-01T09:00:00Z")),
            ("2027-02-01T12:00:00Z", Next("2027-02-28T09:00:00Z")),
        ],
    );
}

#[test]
fn a_night_shelter_open_across_midnight() {
    check(
        "across midnight",
        schedule("WEEKLY", "FR,SA", "", "22:00", "02:00"),
        &[
            ("2026-11-27T23:00:00Z", Open("2026-11-28T02:00:00Z")),
            // Saturday 01:00: still Friday night's opening.
            ("2026-11-28T01:00:00Z", Open("2026-11-28T02:00:00Z")),
            ("2026-11-28T03:00:00Z", Next("2026-11-28T22:00:00Z")),
            // Sunday 01:00: Saturday night's opening; none starts on Sunday.
            ("2026-11-29T01:59:00Z", Open("2026-11-29T02:00:00Z")),
            ("2026-11-29T02:00:00Z", Next("2026-12-04T22:00:00Z")),
        ],
    );
    // The night the clocks go back (Saturday 24 → Sunday 25 October 2026): 22:00 BST is 21:00
    // UTC, 02:00 GMT is 02:00 UTC — the night is an hour longer.
    check(
        "across midnight as the clocks go back",
        schedule("WEEKLY", "SA", "", "22:00", "02:00"),
        &[("2026-10-24T23:30:00Z", Open("2026-10-25T02:00:00Z"))],
    );
}

#[test]
fn validity_dates_and_fixed_offsets() {
    let mut fields = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    fields.valid_from = Some("2026-12-01");
    fields.valid_to = Some("2026-12-31");
    check(
        "valid in December only",
        fields,
        &[
            ("2026-11-23T10:30:00Z", Next("2026-12-07T10:00:00Z")),
            ("2026-12-28T10:30:00Z", Open("2026-12-28T11:00:00Z")),
        ],
    );
    let past = ScheduleFields { valid_to: Some("2005-01-01"), ..schedule("WEEKLY", "TH,FR", "2,3,4", "10:00:00", "18:00:00") };
    let s = Schedule::from_fields(&past).expect("reads");
    assert_eq!(openness(&[s], at("2026-11-26T12:00:00Z")), Openness::Closed { next: None });
    // `Z` means UTC all year: 09:00Z is 10:00 in a UK summer.
    check(
        "UTC times",
        schedule("WEEKLY", "MO", "", "09:00Z", "10:00Z"),
        &[("2026-07-06T09:30:00Z", Open("2026-07-06T10:00:00Z"))],
    );
}

#[test]
fn a_place_without_usable_hours_says_nothing_about_open_now() {
    assert_eq!(openness(&[], at("2026-11-25T12:00:00Z")), Openness::Unknown);
}

fn refused(case: &str, fields: ScheduleFields, expected: ScheduleError) {
    assert_eq!(Schedule::from_fields(&fields), Err(expected), "{case}");
}

#[test]
fn nonsense_in_a_schedule_is_refused_with_its_reason() {
    refused("yearly", schedule("YEARLY", "MO", "", "10:00", "11:00"), ScheduleError::Freq);
    refused("no such day", schedule("WEEKLY", "XX", "", "10:00", "11:00"), ScheduleError::Day);
    refused("sixth Monday", schedule("MONTHLY", "6MO", "", "10:00", "11:00"), ScheduleError::Day);
    refused("day 32", schedule("MONTHLY", "", "32", "10:00", "11:00"), ScheduleError::MonthDay);
    refused("placeholder time", schedule("WEEKLY", "MO", "", "opens_at", "11:00"), ScheduleError::Time);
    refused("no closing time", schedule("WEEKLY", "MO", "", "10:00", ""), ScheduleError::Time);
    refused("no day", schedule("WEEKLY", "", "", "10:00", "11:00"), ScheduleError::NoDay);
    let mut fortnightly = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    fortnightly.interval = Some(2.0);
    refused("fortnightly from when?", fortnightly, ScheduleError::IntervalWithoutStart);
    let mut half = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    half.interval = Some(1.5);
    refused("every one and a half weeks", half, ScheduleError::Freq);
    let mut date = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    date.valid_to = Some("next year");
    refused("a date in words", date, ScheduleError::Date);
}
