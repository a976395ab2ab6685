//! Opening hours from ORUK schedules in Europe/London: weekly, fortnightly, the second Monday,
//! the last Friday, days of the month, across midnight, both clock changes, validity dates and
//! fixed offsets; and the errors a feed's nonsense gets.

use chrono::{DateTime, Utc};
mod support;

use harbour::core::places::{
    is_open, openness, Moment, Openness, Schedule, ScheduleError, ScheduleFields,
};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test time")
        .with_timezone(&Utc)
}

/// A schedule from feed fields written as `freq byday bymonthday opens closes`, with options.
fn schedule(
    freq: &str,
    byday: &str,
    bymonthday: &str,
    opens: &str,
    closes: &str,
) -> ScheduleFields<'static> {
    let leak = |s: &str| -> Option<&'static str> {
        (!s.is_empty()).then(|| &*Box::leak(s.to_string().into_boxed_str()))
    };
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
            Expect::Next(next) => Openness::Closed {
                next: Some(at(next)),
            },
        };
        assert_eq!(got, want, "{case} at {moment}");
        // The "open now" filter agrees.
        let open = is_open(std::slice::from_ref(&s), &Moment::new(at(moment)));
        assert_eq!(
            open,
            matches!(expected, Expect::Open(_)),
            "{case} at {moment}: is_open"
        );
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
    let past = ScheduleFields {
        valid_to: Some("2005-01-01"),
        ..schedule("WEEKLY", "TH,FR", "2,3,4", "10:00:00", "18:00:00")
    };
    let s = Schedule::from_fields(&past).expect("reads");
    assert_eq!(
        openness(&[s], at("2026-11-26T12:00:00Z")),
        Openness::Closed { next: None }
    );
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
    refused(
        "yearly",
        schedule("YEARLY", "MO", "", "10:00", "11:00"),
        ScheduleError::Freq,
    );
    refused(
        "no such day",
        schedule("WEEKLY", "XX", "", "10:00", "11:00"),
        ScheduleError::Day,
    );
    refused(
        "sixth Monday",
        schedule("MONTHLY", "6MO", "", "10:00", "11:00"),
        ScheduleError::Day,
    );
    refused(
        "day 32",
        schedule("MONTHLY", "", "32", "10:00", "11:00"),
        ScheduleError::MonthDay,
    );
    refused(
        "placeholder time",
        schedule("WEEKLY", "MO", "", "opens_at", "11:00"),
        ScheduleError::Time,
    );
    refused(
        "no closing time",
        schedule("WEEKLY", "MO", "", "10:00", ""),
        ScheduleError::Time,
    );
    refused(
        "no day",
        schedule("WEEKLY", "", "", "10:00", "11:00"),
        ScheduleError::NoDay,
    );
    let mut fortnightly = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    fortnightly.interval = Some(2.0);
    refused(
        "fortnightly from when?",
        fortnightly,
        ScheduleError::IntervalWithoutStart,
    );
    let mut half = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    half.interval = Some(1.5);
    refused("every one and a half weeks", half, ScheduleError::Freq);
    let mut date = schedule("WEEKLY", "MO", "", "10:00", "11:00");
    date.valid_to = Some("next year");
    refused("a date in words", date, ScheduleError::Date);
}

// ---------- Open Referral UK feeds ----------

use harbour::core::places::oruk::{self, OrukError};
use harbour::core::places::Category;

/// A feed from `tests/fixtures/<dir>/`: `oruk` (ORUK 3.0 examples) or `oruk-v1`.
fn fixture_in(dir: &str, name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture(name: &str) -> String {
    fixture_in("oruk", name)
}

/// What a fixture must give: places (ID, address, has hours), its page, non-services, and the
/// reasons things were left out.
struct Expected {
    places: &'static [(&'static str, Option<&'static str>, usize)],
    page: Option<(u32, u32)>,
    not_services: usize,
    skipped: &'static [&'static str],
}

const SAL_ID: &str = "ac148810-d857-441c-9679-408f346de14b@3a19ff88-4620-4d17-9830-ac1d859eb5d5";
const ADDRESS: Option<&str> = Some("1-30 Main Street, MyCity, ABC 1234");
const HTTP: &str = "link to a website that is not https: (its address is shown as text)";
const NOT_A_LINK: &str = "link that is neither https: nor http: (dropped)";
const OFF_EARTH: &str = "coordinates not on Earth (dropped)";
const MONTHDAY: &str = "bymonthday on a weekly schedule (ignored)";

fn check_fixture(name: &str, expected: Expected) {
    let report = oruk::read(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let places: Vec<(&str, Option<&str>, usize)> = report
        .places
        .iter()
        .map(|p| (p.id.as_str(), p.address.as_deref(), p.schedules.len()))
        .collect();
    assert_eq!(places, expected.places, "{name}: places");
    assert_eq!(report.page, expected.page, "{name}: page");
    assert_eq!(
        report.not_services, expected.not_services,
        "{name}: not services"
    );
    let skipped: Vec<&str> = report.skipped.keys().copied().collect();
    let mut want = expected.skipped.to_vec();
    want.sort();
    assert_eq!(skipped, want, "{name}: left out");
    for place in &report.places {
        // The service's own words, mapped and cleaned the same way in every fixture.
        assert_eq!(place.name, "Community Counselling", "{name}");
        assert_eq!(
            place.category,
            Category::Health,
            "{name}: counselling is health"
        );
        assert!(
            place
                .description
                .starts_with("Counselling Services provided"),
            "{name}"
        );
        assert_eq!(
            (place.min_age, place.max_age),
            (Some(12), Some(100)),
            "{name}"
        );
        assert_eq!(
            place.website, None,
            "{name}: http://example.com is not https"
        );
        assert_eq!(
            place.web_address.as_deref(),
            Some("http://example.com/counselling"),
            "{name}: kept as text"
        );
        assert_eq!(place.coordinates, None, "{name}: latitude 100 is nowhere");
    }
}

#[test]
fn every_oruk_fixture_imports() {
    check_fixture(
        "service_full.json",
        Expected {
            places: &[(SAL_ID, ADDRESS, 1)],
            page: None,
            not_services: 0,
            skipped: &[HTTP, OFF_EARTH, MONTHDAY],
        },
    );
    check_fixture(
        "service_at_location_full.json",
        Expected {
            places: &[(SAL_ID, ADDRESS, 1)],
            page: None,
            not_services: 0,
            skipped: &[HTTP, OFF_EARTH, MONTHDAY],
        },
    );
    check_fixture(
        "service_list.json",
        Expected {
            places: &[("ac148810-d857-441c-9679-408f346de14b", None, 0)],
            page: Some((1, 10)),
            not_services: 0,
            skipped: &[HTTP],
        },
    );
    check_fixture(
        "service_at_location_list.json",
        Expected {
            places: &[(SAL_ID, None, 0)],
            page: Some((1, 10)),
            not_services: 0,
            skipped: &[HTTP, OFF_EARTH],
        },
    );
    check_fixture(
        "organization_full.json",
        Expected {
            places: &[],
            page: None,
            not_services: 1,
            skipped: &[],
        },
    );
    check_fixture(
        "organization_list.json",
        Expected {
            places: &[],
            page: Some((1, 10)),
            not_services: 1,
            skipped: &[],
        },
    );
    check_fixture(
        "taxonomy_term_list.json",
        Expected {
            places: &[],
            page: Some((1, 10)),
            not_services: 1,
            skipped: &[],
        },
    );
    // Every JSON file there is covered above.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oruk");
    let count = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
        })
        .count();
    assert_eq!(count, 7, "a new fixture needs its expectations here");
}

fn v1_fixture(name: &str) -> oruk::Report {
    oruk::read(&fixture_in("oruk-v1", name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_v1_api_and_3_0_give_the_same_place_for_the_same_service() {
    let v1 = v1_fixture("services_page_1.json");
    assert_eq!(v1.format, Some(oruk::Format::V1));
    assert_eq!((v1.page, v1.last_page), (Some((1, 2)), false));
    let skipped: Vec<&str> = v1.skipped.keys().copied().collect();
    let holiday = "holiday schedule (closures on dates are not shown)";
    let mut want = vec![HTTP, OFF_EARTH, MONTHDAY, holiday];
    want.sort();
    assert_eq!(skipped, want);
    let v3 = oruk::read(&fixture("service_full.json")).expect("reads");
    assert_eq!(v3.format, Some(oruk::Format::V3));
    assert_eq!(v1.places, v3.places, "the v1 run and the 3.0 run agree");
    assert_eq!(v1.places[0].id, SAL_ID);
    assert_eq!(v1.places[0].address.as_deref(), ADDRESS);
    let last = v1_fixture("services_page_2.json");
    assert_eq!((last.page, last.last_page), (Some((2, 2)), true));
}

#[test]
fn html_in_a_v1_feed_reaches_the_place_as_plain_lines() {
    let report = v1_fixture("services_page_2.json");
    let place = &report.places[0];
    assert_eq!(place.id, "riverside-youth@loc-r1");
    assert_eq!(place.name, "Riverside Youth & Community Club");
    assert_eq!(
        place.description,
        "About us\n\nA safe place for young people aged 11–19 & their friends.\n\n\
         • Football on Tuesdays\n\n    • Boots lent free\n• Homework help – book a slot\n\n\
         Interpreters can come if you ask."
    );
    for never in ["<", ">", "&nbsp;", "&amp;", "evil", "color", "https://"] {
        assert!(
            !place.description.contains(never),
            "{never} in {:?}",
            place.description
        );
    }
    assert_eq!(
        place.category,
        Category::YouthClub,
        "from the taxonomy and the name"
    );
    assert_eq!((place.min_age, place.max_age), (Some(11), Some(25)));
    assert_eq!(place.phones, ["0117 496 0123"], "from the contacts");
    assert_eq!(place.languages, ["English", "Arabic"]);
    assert_eq!(place.free, Some(true));
    assert_eq!(place.website.as_deref(), Some("https://riverside.example"));
    assert_eq!(
        place.address.as_deref(),
        Some("12 River Street, Bristol, BS1 2AA")
    );
    assert_eq!(place.coordinates, Some((51.4545, -2.5879)));
    assert_eq!(
        openness(&place.schedules, at("2026-11-26T18:00:00Z")),
        Openness::Open {
            until: at("2026-11-26T20:00:00Z")
        },
        "Thursday 18:00"
    );
}

/// HTML of any shape (unclosed, misnested, entities cut short, tables, multi-byte, NUL) becomes
/// text, never a panic, and no bigger than its input allows (no table borders drawn).
/// `HARBOUR_FUZZ_ITERATIONS` (scripts/stress.sh) sets how many.
#[test]
fn html_of_any_shape_becomes_text_never_a_panic() {
    const PIECES: &[&str] = &[
        "<",
        ">",
        "</",
        "/>",
        "p",
        "li",
        "ul",
        "ol",
        "br",
        "script",
        "style",
        "a href=\"x\"",
        "&",
        "&amp;",
        "&#",
        "&#x",
        "1F600",
        ";",
        "nbsp",
        "\"",
        "'",
        "=",
        " ",
        "\n",
        "é",
        "ا",
        "\u{0}",
        "\u{202E}",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<table><tr><td>",
        "Drop-in",
    ];
    let runs = support::runs(2_000, 100);
    let mut rng = support::Rng(0x0dd_ba11_cafe_f00d);
    for _ in 0..runs {
        let html: String = (0..rng.below(40))
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect();
        let text = oruk::plain(&html);
        assert!(text.len() <= html.len() * 4 + 16, "{html:?} → {text:?}");
    }
}

/// Text that is not HTML is kept as it is; HTML of any kind gives words and line breaks only.
#[test]
fn plain_text_from_html() {
    for (html, text) in [
        ("Fish & chips <3", "Fish & chips <3"),
        ("  Just words  ", "Just words"),
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("Line<br>break", "Line\nbreak"),
        (
            "<ol><li>First</li><li>Second</li></ol>",
            "1. First\n2. Second",
        ),
        ("<b>Bold</b> &lt;tag&gt; &#169; &eacute;", "Bold <tag> © é"),
        ("<script>alert(1)</script><style>b{}</style>", ""),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<a href=\"javascript:alert(1)\">a link</a>", "a link"),
    ] {
        assert_eq!(oruk::plain(html), text, "{html}");
    }
}

#[test]
fn the_fixture_costs_money_and_its_2005_hours_are_over() {
    let report = oruk::read(&fixture("service_full.json")).expect("reads");
    let place = &report.places[0];
    assert_eq!(place.free, Some(false), "a cost option of 35");
    assert_eq!(
        openness(&place.schedules, at("2026-11-26T12:00:00Z")),
        Openness::Closed { next: None }
    );
}

fn service(extra: &str) -> String {
    format!(r#"{{"id": "s1", "name": "Welcome Wednesdays", "status": "active"{extra}}}"#)
}

#[test]
fn messy_and_hostile_feeds() {
    assert_eq!(oruk::read("{ not json"), Err(OrukError::Malformed));
    assert_eq!(oruk::read("[1, 2]"), Err(OrukError::NotOruk));
    assert_eq!(oruk::read(r#"{"contents": 5}"#), Err(OrukError::NotOruk));
    let huge = format!("[{}]", "0,".repeat(oruk::MAX_RESPONSE_BYTES / 2));
    assert_eq!(oruk::read(&huge), Err(OrukError::TooLarge));

    // Inactive and defunct services are left out; a service without a name too.
    for status in ["inactive", "defunct", "temporarily closed"] {
        let report = oruk::read(&format!(
            r#"{{"id": "s", "name": "X", "status": "{status}"}}"#
        ))
        .expect("reads");
        assert!(report.places.is_empty(), "{status}");
    }
    assert!(
        oruk::read(r#"{"id": "s", "name": "  ", "status": "active"}"#)
            .expect("reads")
            .places
            .is_empty()
    );

    // HTML becomes plain text; links: only https; wrong types lose the field, not the service.
    let report = oruk::read(&service(
        r#", "description": "<script>alert(1)</script> Youth club for 14-18s", "url": "javascript:alert(1)",
           "minimum_age": "fourteen", "maximum_age": 18, "fees": "Free",
           "languages": [{"code": "ar"}, {"name": "Tigrinya"}, 7],
           "phones": [{"number": "0117 922 2000"}, {"number": "n/a"}],
           "schedules": [{"freq": "WEEKLY", "byday": "WE", "opens_at": "16:00", "closes_at": "19:00"},
                         {"freq": "DAILY", "byday": "MO", "opens_at": "x", "closes_at": "y"}],
           "service_at_locations": [{"location": {"id": "l1", "latitude": "51.4545", "longitude": -2.5879,
               "addresses": [{"address_1": "1 Stokes Croft", "city": "Bristol", "postal_code": "BS1 3PR", "address_type": "physical"}]}}]"#,
    ))
    .expect("reads");
    let place = &report.places[0];
    assert_eq!(place.id, "s1@l1");
    assert_eq!(place.category, Category::YouthClub);
    assert_eq!(place.description, "Youth club for 14-18s", "no script text");
    assert_eq!(place.website, None);
    assert_eq!((place.min_age, place.max_age), (None, Some(18)));
    assert_eq!(place.free, Some(true));
    assert_eq!(place.languages, ["ar", "Tigrinya"]);
    assert_eq!(place.phones, ["0117 922 2000"]);
    assert_eq!(place.coordinates, Some((51.4545, -2.5879)));
    assert_eq!(
        place.address.as_deref(),
        Some("1 Stokes Croft, Bristol, BS1 3PR")
    );
    assert_eq!(place.schedules.len(), 1);
    assert_eq!(
        openness(&place.schedules, at("2026-11-25T17:00:00Z")),
        Openness::Open {
            until: at("2026-11-25T19:00:00Z")
        }
    );
    assert_eq!(
        (place.web_address.as_deref(), report.skipped.get(NOT_A_LINK)),
        (None, Some(&1))
    );
    assert_eq!(
        report
            .skipped
            .get("schedule with a frequency other than WEEKLY or MONTHLY"),
        Some(&1)
    );
}

#[test]
fn a_page_of_ten_thousand_services_imports() {
    let items: Vec<String> = (0..10_000)
        .map(|i| format!(r#"{{"id": "s{i}", "name": "Drop-in {i}", "status": "active"}}"#))
        .collect();
    let page = format!(
        r#"{{"total_pages": 3, "page_number": 2, "contents": [{}]}}"#,
        items.join(",")
    );
    let report = oruk::read(&page).expect("reads");
    assert_eq!(report.places.len(), 10_000);
    assert_eq!(report.page, Some((2, 3)));
    assert!(report.places.iter().all(|p| p.category == Category::DropIn));
}

/// Mutated feeds (bytes flipped, cut, repeated) read as a report or an error, never a panic.
/// `HARBOUR_FUZZ_ITERATIONS` (scripts/stress.sh) sets how many.
#[test]
fn mutated_feeds_never_panic() {
    let runs = support::runs(3_000, 100);
    let v1 = |name: &str| fixture_in("oruk-v1", name).into_bytes();
    let mut seeds: Vec<Vec<u8>> = [
        "service_full.json",
        "service_at_location_list.json",
        "service_list.json",
    ]
    .iter()
    .map(|f| fixture(f).into_bytes())
    .collect();
    // The v1 pages: their HTML descriptions go through the HTML parser mutated too.
    seeds.extend(["services_page_1.json", "services_page_2.json"].map(v1));
    let mut rng = support::Rng(0x1234_5678_9abc_def1);
    let mut read = 0;
    for i in 0..runs {
        let mut bytes = seeds[i % seeds.len()].clone();
        support::mutate_json(&mut bytes, &mut rng, 6);
        if oruk::read(&String::from_utf8_lossy(&bytes)).is_ok() {
            read += 1;
        }
    }
    assert!(
        read > 0,
        "some mutations are still feeds (the property is not vacuous)"
    );
}

/// Character-level: every field of a schedule as any text (signs, huge numbers, day codes,
/// multi-byte characters) reads as a schedule or a refusal, never a panic. The review's two
/// crashes are kept as cases: a day code ending in `€`, and an offset of 99999999 hours.
#[test]
fn schedule_fields_of_any_text_never_panic() {
    for (case, byday, opens) in [
        ("a multi-byte day", "MO€", "10:00"),
        ("only a multi-byte character", "€", "10:00"),
        ("an offset of 99999999 hours", "MO", "10:00+99999999"),
        ("an offset of minutes only", "MO", "10:00-00:99999999"),
    ] {
        assert!(
            Schedule::from_fields(&schedule("WEEKLY", byday, "", opens, "11:00")).is_err(),
            "{case}"
        );
    }
    let mut rng = support::Rng(0x0dd_ba11_5eed);
    let mut read = 0;
    for _ in 0..support::runs(20_000, 500) {
        // A good schedule with one or two of its fields replaced by any text.
        let mut fields = [
            Some("WEEKLY"),
            Some("2026-01-05T10:00:00Z"),
            Some("MO,+2WE"),
            None,
            Some("10:00"),
            Some("11:00+01:00"),
            Some("2026-01-01"),
            None,
        ];
        for _ in 0..=rng.below(2) {
            let at = rng.below(fields.len());
            let text = support::field_text(&mut rng, 6);
            fields[at] = (!text.is_empty()).then(|| &*Box::leak(text.into_boxed_str()));
        }
        let [freq, dtstart, byday, bymonthday, opens_at, closes_at, valid_from, valid_to] = fields;
        let schedule = ScheduleFields {
            freq,
            interval: None,
            dtstart,
            byday,
            bymonthday,
            opens_at,
            closes_at,
            valid_from,
            valid_to,
        };
        if Schedule::from_fields(&schedule).is_ok() {
            read += 1;
        }
    }
    assert!(
        read > 0,
        "some texts are schedules (the property is not vacuous)"
    );
}

// ---------- search ----------

use harbour::core::places::{Place, PlaceIndex};

fn named(name: &str, description: &str, languages: &[&str]) -> Place {
    Place {
        id: name.into(),
        name: name.into(),
        category: Category::Other,
        description: description.into(),
        address: Some("1 Stokes Croft, Bristol".into()),
        coordinates: None,
        phones: vec![],
        website: None,
        web_address: None,
        languages: languages.iter().map(|l| l.to_string()).collect(),
        free: None,
        min_age: None,
        max_age: None,
        schedules: vec![],
    }
}

#[test]
fn places_are_found_by_name_words_street_and_language_in_any_script() {
    let places = [
        named(
            "Welcome Wednesdays",
            "A youth club with football and food",
            &["ar"],
        ),
        named(
            "Refugee Youth Drop-in",
            "Advice and a warm meal",
            &["Tigrinya"],
        ),
        named(
            "مركز الجالية العربية",
            "Community centre with Arabic classes",
            &[],
        ),
    ];
    let index = PlaceIndex::new(&places);
    let check =
        |query: &str, expected: &[usize]| assert_eq!(index.search(query), expected, "{query:?}");
    check("youth", &[1, 0]);
    check("WELCOME", &[0]);
    check("football food", &[0]);
    check("stokes croft", &[0, 1, 2]);
    check("tigrinya", &[1]);
    // Arabic typed with a different yeh/kaf or with diacritics still matches.
    check("العربية", &[2]);
    check("الْعَرَبِيَّة", &[2]);
    check("   ", &[]);
}

/// Hours and openness as the place page and the list say them, in English, at `now`.
fn words(case: &str, fields: ScheduleFields, now: &str, line: &str, status: &str) {
    use harbour::core::i18n::Catalogue;
    use harbour::core::places::{describe_openness, describe_schedules};
    let l = Catalogue::embedded().localizer("en");
    let s = Schedule::from_fields(&fields).unwrap_or_else(|e| panic!("{case}: {e}"));
    let plain = |t: String| t.replace(['\u{2068}', '\u{2069}'], "");
    let lines: Vec<String> = describe_schedules(std::slice::from_ref(&s), at(now), &l)
        .into_iter()
        .map(plain)
        .collect();
    assert_eq!(lines, [line], "{case}");
    let said = plain(describe_openness(
        openness(std::slice::from_ref(&s), at(now)),
        at(now),
        &l,
    ));
    assert_eq!(said, status, "{case}");
}

#[test]
fn hours_and_openness_in_words() {
    // Wednesday 25 November 2026, 17:00 in the UK.
    let now = "2026-11-25T17:00:00Z";
    words(
        "weekly",
        schedule("WEEKLY", "MO,WE", "", "16:00", "19:00"),
        now,
        "Monday, Wednesday: 16:00 to 19:00",
        "Open now, until 19:00",
    );
    words(
        "weekdays",
        schedule("WEEKLY", "MO,TU,WE,TH,FR", "", "09:00", "12:00"),
        now,
        "Monday to Friday: 09:00 to 12:00",
        "Closed. Opens tomorrow at 09:00",
    );
    words(
        "tonight",
        schedule("WEEKLY", "SU,MO,TU,WE,TH,FR,SA", "", "21:00", "08:00"),
        now,
        "Every day: 21:00 to 08:00",
        "Closed. Opens today at 21:00",
    );
    words(
        "saturday",
        schedule("WEEKLY", "SA", "", "10:00", "12:00"),
        now,
        "Saturday: 10:00 to 12:00",
        "Closed. Opens Saturday at 10:00",
    );
    let fortnightly = ScheduleFields {
        interval: Some(2.0),
        dtstart: Some("2026-01-03"),
        ..schedule("WEEKLY", "SA", "", "11:00", "13:00")
    };
    words(
        "fortnightly",
        fortnightly,
        now,
        "Saturday, every other week: 11:00 to 13:00",
        "Closed. Opens 5 December 2026 at 11:00",
    );
    words(
        "second Monday",
        schedule("MONTHLY", "2MO", "", "10:00", "13:00"),
        now,
        "the second Monday of the month: 10:00 to 13:00",
        "Closed. Opens 14 December 2026 at 10:00",
    );
    words(
        "every Tuesday, monthly",
        schedule("MONTHLY", "TU", "", "13:00", "16:00"),
        now,
        "Tuesday: 13:00 to 16:00",
        "Closed. Opens Tuesday at 13:00",
    );
    words(
        "last Friday",
        schedule("MONTHLY", "-1FR", "", "18:00", "22:00"),
        now,
        "the last Friday of the month: 18:00 to 22:00",
        "Closed. Opens Friday at 18:00",
    );
    words(
        "days of the month",
        schedule("MONTHLY", "", "1,15,-1", "10:00", "11:00"),
        now,
        "day 1, 15 of the month; the last day of the month: 10:00 to 11:00",
        "Closed. Opens Monday at 10:00",
    );
    // A time given in UTC is said in UK time: 10:00Z is 11:00 in British Summer Time.
    words(
        "fixed offset in summer",
        schedule("WEEKLY", "WE", "", "10:00Z", "12:00Z"),
        "2026-07-01T09:00:00Z",
        "Wednesday: 11:00 to 13:00",
        "Closed. Opens today at 11:00",
    );
}

// ---------- categories and who a service is for ----------

use harbour::core::places::categories::{CategoryTable, TableError};
use harbour::core::places::collect::{not_for_young_people, Collection};

fn classify(table: &CategoryTable, terms: &str, name: &str, expected: Category) {
    assert_eq!(
        table.classify(terms, name),
        expected,
        "terms {terms:?}, name {name:?}"
    );
}

#[test]
fn categories_come_from_taxonomy_terms_first_then_the_name_from_a_table_a_council_extends() {
    let built_in = CategoryTable::built_in();
    let file = include_str!("../assets/content/categories.json");
    assert_eq!(
        CategoryTable::read(file),
        Ok(built_in.clone()),
        "the shipped table reads"
    );
    classify(
        &built_in,
        " Youth clubs",
        "Community food café",
        Category::YouthClub,
    );
    classify(&built_in, "", "Community food café", Category::Food);
    classify(
        &built_in,
        " Positive activities",
        "Riverside Hall",
        Category::Other,
    );
    classify(&built_in, "", "Al-Noor Mosque drop-in", Category::DropIn);
    classify(&built_in, "", "", Category::Other);

    // A council whose taxonomy calls youth clubs "Positive activities".
    let council = CategoryTable::read(
        r#"{"format": 1, "rules": [{"category": "youth-club", "phrases": ["Positive Activities"]}]}"#,
    )
    .expect("reads");
    let extended = built_in.after(council);
    classify(
        &extended,
        " Positive activities",
        "Riverside Hall",
        Category::YouthClub,
    );
    classify(&extended, "", "Food bank", Category::Food);

    for (json, problem) in [
        ("{", "Malformed"),
        (r#"{"format": 2, "rules": []}"#, "Format"),
        (
            r#"{"format": 1, "rules": [{"category": "nightclub", "phrases": ["x"]}]}"#,
            "UnknownCategory",
        ),
    ] {
        let err: TableError = CategoryTable::read(json).expect_err(json);
        assert!(format!("{err:?}").starts_with(problem), "{json}: {err:?}");
    }
}

fn aged(name: &str, min_age: Option<u8>, max_age: Option<u8>) -> Place {
    Place {
        min_age,
        max_age,
        ..named(name, "", &[])
    }
}

#[test]
fn services_clearly_not_for_young_people_are_left_out_only_when_asked_and_counted() {
    for (place, left_out) in [
        (aged("Riverside youth club", Some(11), Some(19)), false),
        (aged("Advice centre", None, None), false),
        (aged("Care leavers' drop-in", Some(16), Some(25)), false),
        (aged("Job club", Some(18), None), true),
        (aged("Toddler group", Some(0), Some(5)), true),
        (aged("Sunny Hill Care Home", None, None), true),
        (aged("Over 65s lunch club", None, None), true),
    ] {
        assert_eq!(
            not_for_young_people(&place).is_some(),
            left_out,
            "{}",
            place.name
        );
    }
    let report = || oruk::Report {
        places: vec![
            aged("Riverside youth club", Some(11), Some(19)),
            aged("Sunny Hill Care Home", None, None),
        ],
        ..oruk::Report::default()
    };
    let mut everyone = Collection::default();
    everyone.add(report());
    assert_eq!(
        everyone.finish().1.places,
        2,
        "without the option nothing is left out"
    );
    let mut young = Collection::young_people_only();
    young.add(report());
    let (places, summary) = young.finish();
    assert_eq!(places.len(), 1);
    assert_eq!(summary.by_category.get("other"), Some(&1));
    assert_eq!(
        summary
            .skipped
            .iter()
            .filter(|(why, _)| why.starts_with("not for young people"))
            .map(|(_, n)| n)
            .sum::<usize>(),
        1
    );
}
