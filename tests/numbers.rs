//! The embedded help numbers: sourced, dialable, translated, and refused when they are not.

use harbour::core::content::{FactTag, NumbersPack};
use harbour::core::i18n::Catalogue;

mod support;

fn pack() -> NumbersPack {
    harbour::core::content::Pack::embedded()
        .expect("the embedded numbers pack is valid")
        .numbers
}

/// One help number as its primary source describes it (issue 15): links, then the flags the
/// screen turns into badges, which a child reads as "no" when they are missing.
fn check_number(id: &str, call: Option<&str>, text: Option<&str>, flags: [bool; 3]) {
    let [free, always_open, interpreters] = flags;
    let pack = pack();
    let n = pack
        .numbers
        .iter()
        .find(|n| n.id == id)
        .unwrap_or_else(|| panic!("{id} is in the pack"));
    assert_eq!(n.call_href().as_deref(), call, "{id} call");
    assert_eq!(n.text_href().as_deref(), text, "{id} text");
    assert_eq!(n.free, free, "{id} free");
    assert_eq!(n.always_open, always_open, "{id} 24 hours");
    assert_eq!(n.interpreters, interpreters, "{id} interpreters");
}

#[test]
fn the_issue_numbers_are_all_there_with_what_their_sources_say() {
    // [free, 24 hours, interpreters]
    check_number("emergency", Some("tel:999"), None, [true, true, true]); // Language Line on 999
    check_number("emergency-112", Some("tel:112"), None, [true, true, true]);
    check_number("nhs-111", Some("tel:111"), None, [true, true, true]); // NHS: free, interpreters
    check_number("police-101", Some("tel:101"), None, [true, true, true]); // free since April 2020
    check_number("childline", Some("tel:08001111"), None, [true, true, false]);
    check_number(
        "runaway",
        Some("tel:116000"),
        Some("sms:116000"),
        [true, false, true],
    ); // hours not confirmed
    check_number(
        "modern-slavery",
        Some("tel:08000121700"),
        None,
        [true, true, true],
    );
    check_number("samaritans", Some("tel:116123"), None, [true, true, false]); // no text service
    let pack = pack();
    assert_eq!(pack.silent_solution.dial, "999");
    assert_eq!(pack.silent_solution.code, "55");
}

#[test]
fn every_number_has_a_source_and_words_in_every_locale() {
    let catalogue = Catalogue::embedded();
    for n in pack().numbers {
        assert!(!n.fact.source.trim().is_empty(), "{} has a source", n.id);
        assert!(matches!(n.fact.tag, FactTag::Verified | FactTag::Secondary));
        for locale in catalogue.locales() {
            let l = catalogue.localizer(locale.code);
            for id in [n.name_id(), n.about_id()] {
                assert!(l.has_own(&id), "{}: {id} missing", locale.code);
            }
        }
    }
}

fn check_refused(json: &str, why: &str) {
    let err = NumbersPack::parse(json).expect_err(why);
    assert_eq!(err.message_id(), "content-error-invalid", "{why}");
}

#[test]
fn bad_packs_are_refused() {
    let good = harbour::core::content::sources::NUMBERS;
    check_refused("", "empty");
    check_refused("{", "truncated");
    check_refused(
        &good.replace("\"tag\": \"V\"", "\"tag\": \"U\""),
        "unverified facts",
    );
    check_refused(
        &good.replace("\"dial\": \"999\"", "\"dial\": \"999; rm\""),
        "not digits",
    );
    check_refused(
        &good.replace("\"dial\": \"116000\"", "\"dial\": \"javascript:1\""),
        "a script link",
    );
    check_refused(
        &good.replace("\"dial\": \"111\"", "\"dial\": \"\""),
        "empty number",
    );
    check_refused(
        &good.replace("\"format\": 1", "\"format\": 2"),
        "unknown format",
    );
    check_refused(
        &good.replace("\"free\": true", "\"free\": \"yes\""),
        "wrong type",
    );
    check_refused(
        &good.replace("\"code\": \"55\"", "\"code\": \"5 5\""),
        "bad silent code",
    );
    // Review L2: what is shown is what is dialled, and no number that costs a child dearly.
    check_refused(
        &good.replace("\"dial\": \"116000\"", "\"dial\": \"116123\""),
        "shows 116 000 but dials another line",
    );
    check_refused(
        &good.replace("\"display\": \"0800 1111\"", "\"display\": \"0800 1112\""),
        "shows a digit the phone will not dial",
    );
    for costly in ["09098790000", "08712345678", "07012345678", "+447012345678"] {
        check_refused(
            &good
                .replace(
                    "\"display\": \"0800 1111\"",
                    &format!("\"display\": \"{costly}\""),
                )
                .replace("\"dial\": \"08001111\"", &format!("\"dial\": \"{costly}\"")),
            costly,
        );
    }
}

/// Every content pack reader (numbers, process, safety) takes mutated packs — bytes replaced,
/// cut, repeated — as a pack or an error, never a panic. `HARBOUR_FUZZ_ITERATIONS`
/// (scripts/stress.sh) sets how many.
#[test]
fn mutated_content_packs_never_panic() {
    use harbour::core::content::{ProcessPack, SafetyPack};
    let runs = support::runs(3_000, 100);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/content");
    let seeds: Vec<Vec<u8>> = ["numbers.json", "process.json", "safety.json"]
        .iter()
        .map(|f| std::fs::read(dir.join(f)).expect("embedded pack"))
        .collect();
    let mut rng = support::Rng(0x0ddb_1a5e_5bad_5eed);
    let mut read = 0;
    for i in 0..runs {
        let which = i % seeds.len();
        let mut bytes = seeds[which].clone();
        support::mutate_json(&mut bytes, &mut rng, 4);
        let text = String::from_utf8_lossy(&bytes);
        let ok = match which {
            0 => NumbersPack::parse(&text).is_ok(),
            1 => ProcessPack::parse(&text).is_ok(),
            _ => SafetyPack::parse(&text).is_ok(),
        };
        read += usize::from(ok);
    }
    assert!(
        read > 0,
        "some mutations are still packs (the property is not vacuous)"
    );
}
