//! Trusted adults: typed phone numbers and hours are checked, "who to reach now" is right at
//! every hour of the week and across both clock changes, and the come-back message reads right
//! in the adult's language and the young person's, percent-encoded for the `sms:` link.

use chrono::{DateTime, Utc, Weekday};
use harbour::core::contacts::{
    adult_language, helpline_now, message_for, parse_phone, place_contact, sms_href, who_to_reach,
    who_to_reach_among, Contact, ContactInput, DaySet, Dial, HelplineNow, HelplineReason,
    HoursError, Intent, Location, NameError, PhoneError, Reach, Role, Slot, SlotInput, SmsStyle,
    HELPLINE_ID,
};
use harbour::core::content::NumbersPack;
use harbour::core::i18n::Catalogue;

// ---------- phone numbers ----------

fn check_phone(typed: &str, expected: Result<(&str, &str, bool), PhoneError>) {
    let got = parse_phone(typed).map(|p| (p.e164, p.display, p.texts));
    let expected = expected.map(|(e, d, t)| (e.to_string(), d.to_string(), t));
    assert_eq!(got, expected, "typed {typed:?}");
}

#[test]
fn phone_numbers_are_checked_and_kept_in_e164() {
    // UK mobiles, however they are typed.
    check_phone(
        "07911 123456",
        Ok(("+447911123456", "+44 7911 123456", true)),
    );
    check_phone(
        "07911-123-456",
        Ok(("+447911123456", "+44 7911 123456", true)),
    );
    check_phone(
        "+44 (0)7911 123456",
        Ok(("+447911123456", "+44 7911 123456", true)),
    );
    check_phone(
        "0044 7911 123456",
        Ok(("+447911123456", "+44 7911 123456", true)),
    );
    check_phone(
        "٠٧٩١١ ١٢٣٤٥٦",
        Ok(("+447911123456", "+44 7911 123456", true)),
    );
    check_phone(
        "۰۷۹۱۱۱۲۳۴۵۶",
        Ok(("+447911123456", "+44 7911 123456", true)),
    );
    // A council landline (emergency duty team): can be called, not texted.
    check_phone(
        "0113 222 4403",
        Ok(("+441132224403", "+44 113 222 4403", false)),
    );
    check_phone(
        "020 7946 0018",
        Ok(("+442079460018", "+44 20 7946 0018", false)),
    );
    // Numbers from other countries.
    check_phone(
        "+33 6 12 34 56 78",
        Ok(("+33612345678", "+33 6 12 34 56 78", true)),
    );
    check_phone(
        "+93 70 123 4567",
        Ok(("+93701234567", "+93 70 123 4567", true)),
    );
    // Not a number at all, or not one anybody can call.
    check_phone("", Err(PhoneError::Empty));
    check_phone("   ", Err(PhoneError::Empty));
    check_phone("sam's phone", Err(PhoneError::NotANumber));
    check_phone("07911 1234x6", Err(PhoneError::NotANumber));
    check_phone("+", Err(PhoneError::NotANumber));
    check_phone("12345", Err(PhoneError::Invalid));
    check_phone("07911 12345", Err(PhoneError::Invalid));
    check_phone("07911 1234564567", Err(PhoneError::Invalid));
    check_phone("+999 1234 5678", Err(PhoneError::Invalid));
    // Numbers that cost a child much more than a call, or forward anywhere (review L2).
    check_phone("0909 879 0000", Err(PhoneError::Costly));
    check_phone("0871 234 5678", Err(PhoneError::Costly));
    check_phone("0845 464 7000", Err(PhoneError::Costly));
    check_phone("070 1234 5678", Err(PhoneError::Costly));
    check_phone("+44 70 1234 5678", Err(PhoneError::Costly));
}

// ---------- a typed contact ----------

fn input(name: &str, phone: &str, hours: &[(DaySet, &str, &str)]) -> ContactInput {
    ContactInput {
        name: name.to_string(),
        role: Role::SocialWorker,
        phone: phone.to_string(),
        hours: hours
            .iter()
            .map(|(days, o, c)| SlotInput {
                days: *days,
                opens: o.to_string(),
                closes: c.to_string(),
            })
            .collect(),
        languages: vec![],
        out_of_hours: false,
    }
}

#[test]
fn a_typed_contact_reports_every_problem_at_once_and_saves_nothing_wrong() {
    let good = input(
        " Sam ",
        "07911 123456",
        &[(DaySet::WEEKDAYS, "09:00", "17:00")],
    );
    let checked = good.check().expect("a good contact passes");
    assert_eq!(checked.name, "Sam");
    assert_eq!(checked.phone.e164, "+447911123456");
    assert_eq!(checked.hours.len(), 1);

    let bad = input(
        "",
        "12",
        &[
            (DaySet::WEEKDAYS, "09:00", "17:00"),
            (DaySet::empty(), "09:00", "17:00"),
            (DaySet::WEEKEND, "9am", "17:00"),
            (DaySet::WEEKEND, "10:00", "10:00"),
        ],
    );
    let errors = bad.check().expect_err("a bad contact fails");
    assert_eq!(errors.name, Some(NameError::Empty));
    assert_eq!(errors.phone, Some(PhoneError::Invalid));
    assert_eq!(
        errors.hours,
        vec![
            None,
            Some(HoursError::NoDay),
            Some(HoursError::BadTime),
            Some(HoursError::SameTime)
        ]
    );
    let long = input(&"x".repeat(61), "07911 123456", &[]);
    assert_eq!(
        long.check().expect_err("too long").name,
        Some(NameError::TooLong)
    );
}

// ---------- who to reach now ----------

fn adult(
    id: i64,
    name: &str,
    role: Role,
    hours: &[(DaySet, &str, &str)],
    out_of_hours: bool,
) -> Contact {
    let mut c = input(name, "07911 123456", hours);
    c.role = role;
    c.out_of_hours = out_of_hours;
    Contact {
        id,
        ..c.check().expect("test contact is valid")
    }
}

fn weekdays(days: &[Weekday]) -> DaySet {
    DaySet::of(days)
}

/// What `who_to_reach` says at a UTC instant, as (name or "helpline:…", until).
fn reached(contacts: &[Contact], utc: &str) -> (String, Option<String>) {
    let now: DateTime<Utc> = utc.parse().expect("test time parses");
    match who_to_reach(contacts, now) {
        Reach::Adult { contact, until } => (
            contact.name.clone(),
            until.map(|t| t.format("%H:%M").to_string()),
        ),
        Reach::OutOfHours { contact } => (format!("out-of-hours:{}", contact.name), None),
        Reach::Helpline { why } => (format!("helpline:{why:?}"), None),
    }
}

fn check_reach(contacts: &[Contact], cases: &[(&str, &str, Option<&str>, &str)]) {
    for (utc, who, until, why) in cases {
        assert_eq!(
            reached(contacts, utc),
            (who.to_string(), until.map(str::to_string)),
            "at {utc} ({why})"
        );
    }
}

#[test]
fn the_first_adult_whose_hours_include_now_else_out_of_hours_else_the_helpline() {
    let team = [
        adult(
            1,
            "Sam",
            Role::SocialWorker,
            &[(DaySet::WEEKDAYS, "09:00", "17:00")],
            false,
        ),
        adult(
            2,
            "Jo",
            Role::KeyWorker,
            &[(DaySet::WEEKDAYS, "17:00", "22:00")],
            false,
        ),
        adult(3, "Ade", Role::FosterCarer, &[], true),
    ];
    check_reach(
        &team,
        &[
            // November: the UK is on GMT, so UTC is UK time.
            (
                "2026-11-25T10:00:00Z",
                "Sam",
                Some("17:00"),
                "weekday working hours",
            ),
            (
                "2026-11-25T09:00:00Z",
                "Sam",
                Some("17:00"),
                "the first minute of the hours",
            ),
            (
                "2026-11-25T16:59:00Z",
                "Sam",
                Some("17:00"),
                "the last minute",
            ),
            (
                "2026-11-25T17:00:00Z",
                "Jo",
                Some("22:00"),
                "evening: the next adult",
            ),
            ("2026-11-25T23:30:00Z", "out-of-hours:Ade", None, "night"),
            (
                "2026-11-25T08:59:00Z",
                "out-of-hours:Ade",
                None,
                "early morning",
            ),
            ("2026-11-28T12:00:00Z", "out-of-hours:Ade", None, "weekend"),
            // Clocks go forward on Sunday 29 March 2026: 08:30 UTC is 09:30 in the UK.
            (
                "2026-03-27T08:30:00Z",
                "out-of-hours:Ade",
                None,
                "Friday before the change, 08:30 GMT",
            ),
            (
                "2026-03-30T08:30:00Z",
                "Sam",
                Some("17:00"),
                "Monday after the change, 09:30 BST",
            ),
            (
                "2026-03-30T16:30:00Z",
                "Jo",
                Some("22:00"),
                "Monday after the change, 17:30 BST",
            ),
            // Clocks go back on Sunday 25 October 2026.
            (
                "2026-10-23T08:30:00Z",
                "Sam",
                Some("17:00"),
                "Friday before the change, 09:30 BST",
            ),
            (
                "2026-10-23T21:30:00Z",
                "out-of-hours:Ade",
                None,
                "Friday before the change, 22:30 BST",
            ),
            (
                "2026-10-26T08:30:00Z",
                "out-of-hours:Ade",
                None,
                "Monday after the change, 08:30 GMT",
            ),
            (
                "2026-10-26T21:30:00Z",
                "Jo",
                Some("22:00"),
                "Monday after the change, 21:30 GMT",
            ),
        ],
    );
}

#[test]
fn hours_that_run_past_midnight_count_on_the_morning_after() {
    let night = [adult(
        1,
        "Rui",
        Role::SupportWorker,
        &[(weekdays(&[Weekday::Fri, Weekday::Sat]), "22:00", "06:00")],
        false,
    )];
    check_reach(
        &night,
        &[
            ("2026-11-27T22:00:00Z", "Rui", Some("06:00"), "Friday 22:00"),
            (
                "2026-11-28T03:00:00Z",
                "Rui",
                Some("06:00"),
                "early Saturday, after Friday night",
            ),
            (
                "2026-11-28T06:00:00Z",
                "helpline:NobodyNow",
                None,
                "Saturday 06:00, the end",
            ),
            (
                "2026-11-27T21:59:00Z",
                "helpline:NobodyNow",
                None,
                "Friday before it starts",
            ),
            (
                "2026-11-26T23:00:00Z",
                "helpline:NobodyNow",
                None,
                "Thursday night is not a chosen day",
            ),
            (
                "2026-11-29T05:00:00Z",
                "Rui",
                Some("06:00"),
                "early Sunday, after Saturday night",
            ),
            (
                "2026-11-30T05:00:00Z",
                "helpline:NobodyNow",
                None,
                "early Monday, after Sunday night",
            ),
            // The night of Saturday 28 March 2026, when the clocks go forward at 01:00 GMT.
            ("2026-03-29T04:30:00Z", "Rui", Some("06:00"), "05:30 BST"),
            (
                "2026-03-29T05:30:00Z",
                "helpline:NobodyNow",
                None,
                "06:30 BST",
            ),
            // The night of Saturday 24 October 2026, when the clocks go back at 01:00 GMT.
            ("2026-10-25T05:30:00Z", "Rui", Some("06:00"), "05:30 GMT"),
            (
                "2026-10-25T06:00:00Z",
                "helpline:NobodyNow",
                None,
                "06:00 GMT",
            ),
        ],
    );
}

#[test]
fn adjoining_hours_run_together_and_no_hours_means_any_time() {
    let split = [adult(
        1,
        "Lina",
        Role::PersonalAdviser,
        &[
            (weekdays(&[Weekday::Mon]), "09:00", "17:00"),
            (weekdays(&[Weekday::Mon]), "17:00", "20:00"),
        ],
        false,
    )];
    check_reach(
        &split,
        &[(
            "2026-11-23T10:00:00Z",
            "Lina",
            Some("20:00"),
            "Monday, two slots",
        )],
    );
    let any_time = [
        adult(1, "Guardian", Role::Guardian, &[], false),
        adult(
            2,
            "Sam",
            Role::SocialWorker,
            &[(DaySet::EVERY_DAY, "00:00", "23:59")],
            false,
        ),
    ];
    check_reach(
        &any_time,
        &[(
            "2026-11-25T03:00:00Z",
            "Guardian",
            None,
            "no hours: any time",
        )],
    );
    check_reach(
        &[],
        &[(
            "2026-11-25T10:00:00Z",
            "helpline:NobodyAdded",
            None,
            "nobody configured",
        )],
    );
}

// ---------- the message and its link ----------

fn message_to_sam(
    own: &str,
    adult_speaks: &[&str],
    signature: Option<&str>,
    location: Option<Location>,
) -> String {
    let catalogue = Catalogue::embedded();
    let mut sam = adult(1, "Sam", Role::SocialWorker, &[], false);
    sam.languages = adult_speaks.iter().map(|s| s.to_string()).collect();
    let contacts = [sam];
    let to = who_to_reach(&contacts, Utc::now());
    let adult_locale = adult_language(to.contact(), catalogue);
    message_for(
        Intent::ComeBack,
        &catalogue.localizer(adult_locale),
        &catalogue.localizer(own),
        &to,
        signature,
        location,
    )
}

#[test]
fn the_message_is_in_the_adults_language_then_the_young_persons() {
    assert_eq!(
        message_to_sam("en", &[], Some("Amir"), None),
        "Hello Sam. I want to come back. Can you help me? From Amir.",
        "English only: said once, with no invisible direction marks"
    );
    assert_eq!(
        message_to_sam("en", &[], None, None),
        "Hello Sam. I want to come back. Can you help me?"
    );

    let catalogue = Catalogue::embedded();
    for own in ["ar", "ti"] {
        let message = message_to_sam(own, &[], Some("Amir"), None);
        let (english, theirs) = message.split_once("\n\n").expect("two parts");
        assert_eq!(
            english,
            "Hello Sam. I want to come back. Can you help me? From Amir."
        );
        let l = catalogue.localizer(own);
        let body = l.tr("sms-body");
        assert!(
            l.has_own("sms-body") && theirs.contains(&body),
            "{own}: own words: {theirs}"
        );
        assert!(
            theirs.contains("Sam") && theirs.contains("Amir"),
            "{own}: names kept: {theirs}"
        );
        assert_ne!(
            body, "I want to come back. Can you help me?",
            "{own} is translated"
        );
        // Arabic keeps the isolation marks that stop "Sam" reordering the sentence.
        assert_eq!(
            theirs.contains('\u{2068}'),
            own == "ar",
            "{own}: isolation marks"
        );
    }
    // An adult who reads Tigrinya gets it first; the young person's English follows.
    let message = message_to_sam("en", &["ti", "en"], Some("Amir"), None);
    assert!(
        message.ends_with("\n\nHello Sam. I want to come back. Can you help me? From Amir."),
        "{message}"
    );
    // A language Harbour does not have falls through to the next, then to English.
    assert_eq!(
        message_to_sam("en", &["zz"], None, None),
        "Hello Sam. I want to come back. Can you help me?"
    );
}

#[test]
fn a_location_is_added_only_when_given() {
    let here = Location {
        latitude: 51.501364,
        longitude: -0.14189,
    };
    let message = message_to_sam("en", &[], Some("Amir"), Some(here));
    assert_eq!(
        message,
        "Hello Sam. I want to come back. Can you help me? From Amir.\n\n\
         Where I am now: 51.50136, -0.14189 https://maps.google.com/?q=51.50136,-0.14189"
    );
}

#[test]
fn sms_links_are_built_the_way_each_platform_reads_them() {
    let body = "Hello Sam. I want to come back?\n\nمرحبا & 100%+";
    let android = sms_href("+447911123456", body, SmsStyle::Standard);
    let ios = sms_href("+447911123456", body, SmsStyle::Ios);
    let encoded = "Hello%20Sam.%20I%20want%20to%20come%20back%3F%0A%0A%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%26%20100%25%2B";
    assert_eq!(android, format!("sms:+447911123456?body={encoded}"));
    assert_eq!(ios, format!("sms:+447911123456&body={encoded}"));
}

#[test]
fn every_role_and_plan_section_has_its_words_in_english() {
    let en = Catalogue::embedded().localizer("en");
    let ids = Role::ALL
        .iter()
        .flat_map(|r| [r.label_id(), r.your_id()])
        .chain(
            harbour::core::plan::Section::ALL
                .iter()
                .map(|s| s.title_id()),
        );
    for id in ids {
        assert!(en.has_own(&id), "{id} is missing from locales/en");
    }
}

#[test]
fn the_come_back_cards_are_sourced_dated_and_worded_in_english() {
    use harbour::core::content::SafetyPack;
    let pack = harbour::core::content::Pack::embedded()
        .expect("the embedded safety cards are valid")
        .safety;
    let en = Catalogue::embedded().localizer("en");
    for id in ["return", "safe"] {
        let card = pack.card(id).unwrap_or_else(|| panic!("card {id}"));
        assert!(!card.facts.is_empty(), "{id} has sources");
        for message in card.message_ids() {
            assert!(en.has_own(&message), "{message} is missing from locales/en");
        }
    }
    // The return card says what the guidance says: 72 hours, and that it can be declined.
    let return_words: String = pack
        .card("return")
        .unwrap()
        .message_ids()
        .iter()
        .map(|m| en.tr(m))
        .collect();
    assert!(
        return_words.contains("72 hours") && return_words.contains("You can say no"),
        "{return_words}"
    );
    assert!(
        SafetyPack::parse(r#"{"format": 2, "cards": []}"#).is_err(),
        "unknown format refused"
    );
}

// ---------- the number, and saved adults that cannot be read (issue 22) ----------

fn dial(number: &str, display: &str, texts: bool) -> Dial {
    Dial {
        number: number.into(),
        display: display.into(),
        texts,
    }
}

#[test]
fn the_number_is_the_adults_else_the_helpline_from_the_pack_in_use() {
    let now: DateTime<Utc> = "2026-11-25T10:00:00Z".parse().expect("time");
    let pack = harbour::core::content::Pack::embedded().expect("built-in pack");
    let sam = [adult(1, "Sam", Role::SocialWorker, &[], false)];
    assert_eq!(
        who_to_reach(&sam, now).dial(Some(&pack.numbers)),
        dial("+447911123456", "+44 7911 123456", true)
    );
    let helpline = dial("116000", "116 000", true);
    assert_eq!(who_to_reach(&[], now).dial(Some(&pack.numbers)), helpline);
    assert_eq!(
        who_to_reach(&[], now).dial(None),
        helpline,
        "no pack: the helpline's own number"
    );
    assert_eq!(helpline.tel_href(), "tel:116000");
}

#[test]
fn saved_adults_that_cannot_be_read_are_never_called_nobody_added() {
    let now: DateTime<Utc> = "2026-11-25T10:00:00Z".parse().expect("time");
    assert_eq!(
        who_to_reach_among(&[], 0, now),
        Reach::Helpline {
            why: HelplineReason::NobodyAdded
        }
    );
    assert_eq!(
        who_to_reach_among(&[], 2, now),
        Reach::Helpline {
            why: HelplineReason::Unreadable
        }
    );
    let sam = [adult(1, "Sam", Role::SocialWorker, &[], false)];
    assert!(
        matches!(who_to_reach_among(&sam, 1, now), Reach::Adult { .. }),
        "the readable ones still count"
    );
}

#[test]
fn a_newly_marked_out_of_hours_adult_takes_the_mark_from_the_others() {
    let mut list = vec![
        adult(1, "Ade", Role::FosterCarer, &[], true),
        adult(2, "Sam", Role::SocialWorker, &[], false),
    ];
    place_contact(
        &mut list,
        usize::MAX,
        adult(3, "Jo", Role::EmergencyDutyTeam, &[], true),
    );
    let marked: Vec<&str> = list
        .iter()
        .filter(|c| c.out_of_hours)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(marked, ["Jo"]);
    place_contact(
        &mut list,
        1,
        adult(2, "Sam", Role::SocialWorker, &[], false),
    );
    assert_eq!(list.len(), 3, "replaced in place");
    assert!(
        list[2].out_of_hours,
        "an unmarked adult leaves the mark where it is"
    );
}

// ---------- the helpline's hours (issue 15) ----------

/// The built-in numbers with the helpline's hours set as given (`None`: not known).
fn numbers_with_helpline_hours(hours: Option<&[(DaySet, &str, &str)]>) -> NumbersPack {
    let mut pack = harbour::core::content::Pack::embedded()
        .expect("built-in pack")
        .numbers;
    let line = pack
        .numbers
        .iter_mut()
        .find(|n| n.id == HELPLINE_ID)
        .expect("the helpline");
    line.always_open = false;
    line.hours = hours.map(|slots| {
        slots
            .iter()
            .map(|(days, opens, closes)| Slot::parse(*days, opens, closes).expect("slot"))
            .collect()
    });
    pack
}

/// What `helpline_now` says at each UTC instant (UK time in the comment), as "open until
/// HH:MM", "closed, opens YYYY-MM-DD HH:MM" or "unknown".
fn check_helpline(numbers: &NumbersPack, cases: &[(&str, &str, &str)]) {
    for (utc, expected, why) in cases {
        let now: DateTime<Utc> = utc.parse().expect("test time parses");
        let said = match helpline_now(Some(numbers), now) {
            HelplineNow::AlwaysOpen => "always".to_string(),
            HelplineNow::OpenUntil(t) => format!("open until {}", t.format("%H:%M")),
            HelplineNow::Closed { opens: Some(at) } => {
                format!("closed, opens {}", at.format("%Y-%m-%d %H:%M"))
            }
            HelplineNow::Closed { opens: None } => "closed".to_string(),
            HelplineNow::Unknown => "unknown".to_string(),
        };
        assert_eq!(said, *expected, "at {utc} ({why})");
    }
}

#[test]
fn the_helpline_is_said_open_or_closed_at_ten_half_past_eleven_and_three_across_both_clock_changes()
{
    let nine_to_eleven =
        numbers_with_helpline_hours(Some(&[(DaySet::EVERY_DAY, "09:00", "23:00")]));
    check_helpline(
        &nine_to_eleven,
        &[
            (
                "2026-01-14T10:00:00Z",
                "open until 23:00",
                "winter, 10:00 GMT",
            ),
            (
                "2026-01-14T23:30:00Z",
                "closed, opens 2026-01-15 09:00",
                "winter, 23:30 GMT",
            ),
            (
                "2026-01-15T03:00:00Z",
                "closed, opens 2026-01-15 09:00",
                "winter, 03:00 GMT",
            ),
            // Last Sunday of March: clocks go forward at 01:00 GMT.
            (
                "2026-03-28T23:30:00Z",
                "closed, opens 2026-03-29 09:00",
                "23:30 GMT, the night before",
            ),
            (
                "2026-03-29T02:00:00Z",
                "closed, opens 2026-03-29 09:00",
                "03:00 BST, the first night of summer time",
            ),
            ("2026-03-29T09:00:00Z", "open until 23:00", "10:00 BST"),
            (
                "2026-03-29T22:30:00Z",
                "closed, opens 2026-03-30 09:00",
                "23:30 BST",
            ),
            // Last Sunday of October: clocks go back at 01:00 GMT.
            (
                "2026-10-24T22:30:00Z",
                "closed, opens 2026-10-25 09:00",
                "23:30 BST, the night before",
            ),
            (
                "2026-10-25T03:00:00Z",
                "closed, opens 2026-10-25 09:00",
                "03:00 GMT, the first night of winter time",
            ),
            ("2026-10-25T10:00:00Z", "open until 23:00", "10:00 GMT"),
            (
                "2026-10-25T23:30:00Z",
                "closed, opens 2026-10-26 09:00",
                "23:30 GMT",
            ),
        ],
    );
    // Hours nobody has confirmed (the Runaway Helpline today): never said to be open.
    let unknown = numbers_with_helpline_hours(None);
    for utc in [
        "2026-01-14T10:00:00Z",
        "2026-03-29T22:30:00Z",
        "2026-10-25T03:00:00Z",
    ] {
        check_helpline(&unknown, &[(utc, "unknown", "hours not known")]);
    }
    assert!(helpline_now(Some(&unknown), Utc::now()).may_be_closed());
    assert!(
        helpline_now(None, Utc::now()).may_be_closed(),
        "no pack: not known"
    );
}

#[test]
fn the_safe_but_not_ready_message_goes_by_the_same_rules_and_never_carries_the_location() {
    let l = Catalogue::embedded().localizer("en");
    let reach = Reach::Helpline {
        why: HelplineReason::NobodyAdded,
    };
    let place = Some(Location {
        latitude: 51.5,
        longitude: -0.1419,
    });
    let safe = message_for(Intent::SafeNotReady, &l, &l, &reach, None, place);
    assert_eq!(
        safe,
        "Hello. I am safe, but I am not ready to come back yet. I want to stay in touch."
    );
    let back = message_for(Intent::ComeBack, &l, &l, &reach, None, place);
    assert!(back.contains("51.50000, -0.14190"), "{back}");
    let ar = Catalogue::embedded().localizer("ar");
    let both = message_for(Intent::SafeNotReady, &l, &ar, &reach, Some("Amir"), None);
    assert!(
        both.starts_with("Hello. I am safe") && both.contains("Amir") && both.contains("\n\n"),
        "{both}"
    );
}
