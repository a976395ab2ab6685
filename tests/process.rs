//! The asylum explainer: every step complete in every locale and sourced, search across
//! languages, and the checks on a young person's questions.

use harbour::core::content::{FactTag, Part, ProcessPack};
use harbour::core::i18n::Catalogue;
use harbour::core::process::{
    check_question, search, Hit, HitKind, QuestionError, MAX_QUESTION_CHARS,
};

fn pack() -> ProcessPack {
    harbour::core::content::Pack::embedded()
        .expect("the embedded process pack is valid")
        .process
}

#[test]
fn the_thirteen_steps_are_there_in_order() {
    let ids: Vec<String> = pack().steps.into_iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "arrival",
            "welfare-interview",
            "age-assessment",
            "looked-after",
            "transfer",
            "lawyer",
            "sef",
            "interview",
            "waiting",
            "decision",
            "appeal",
            "turning-18",
            "nrm",
        ]
    );
}

#[test]
fn every_step_has_every_part_in_every_locale_and_every_fact_a_source() {
    let catalogue = Catalogue::embedded();
    let pack = pack();
    let mut missing = Vec::new();
    for step in &pack.steps {
        assert!(!step.facts.is_empty(), "{} has sources", step.id);
        for fact in &step.facts {
            assert!(!fact.source.trim().is_empty(), "{}: empty source", step.id);
            assert!(matches!(fact.tag, FactTag::Verified | FactTag::Secondary));
        }
        for locale in catalogue.locales() {
            let l = catalogue.localizer(locale.code);
            let ids =
                std::iter::once(step.title_id()).chain(Part::ALL.iter().map(|p| step.part_id(*p)));
            missing.extend(
                ids.filter(|id| !l.has_own(id))
                    .map(|id| format!("{}: {id}", locale.code)),
            );
        }
    }
    for entry in &pack.glossary {
        for locale in catalogue.locales() {
            let l = catalogue.localizer(locale.code);
            for id in [entry.term_id(), entry.meaning_id()] {
                if !l.has_own(&id) {
                    missing.push(format!("{}: {id}", locale.code));
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
}

fn check_search(locale: &str, query: &str, first: (HitKind, &str)) {
    let catalogue = Catalogue::embedded();
    let hits = search(
        &pack(),
        &catalogue.localizer(locale),
        &catalogue.localizer("en"),
        query,
    );
    let expected = Hit {
        kind: first.0,
        id: first.1.to_string(),
    };
    assert_eq!(
        hits.first(),
        Some(&expected),
        "{locale}: {query:?} → {hits:?}"
    );
}

#[test]
fn english_words_from_letters_find_the_step_in_any_language() {
    for locale in ["en", "ps", "ar", "ti"] {
        check_search(locale, "SEF", (HitKind::Step, "sef"));
        check_search(locale, "statement of evidence", (HitKind::Step, "sef"));
        check_search(
            locale,
            "substantive interview",
            (HitKind::Step, "interview"),
        );
        check_search(locale, "refused", (HitKind::Step, "decision"));
        check_search(locale, "Refusal", (HitKind::Step, "decision"));
        check_search(locale, "NRM", (HitKind::Step, "nrm"));
        check_search(locale, "conclusive grounds", (HitKind::Step, "nrm"));
        check_search(locale, "First-tier Tribunal", (HitKind::Step, "appeal"));
        check_search(locale, "pathway plan", (HitKind::Step, "turning-18"));
    }
}

#[test]
fn words_in_the_young_persons_language_find_the_step() {
    let catalogue = Catalogue::embedded();
    let pack = pack();
    for locale in catalogue.locales() {
        let l = catalogue.localizer(locale.code);
        for step in &pack.steps {
            // The step's own title, as they read it in their language, finds that step first.
            let title = l.tr(&step.title_id());
            let hits = search(&pack, &l, &catalogue.localizer("en"), &title);
            assert!(
                hits.iter()
                    .any(|h| h.kind == HitKind::Step && h.id == step.id),
                "{}: {title:?} should find {}",
                locale.code,
                step.id
            );
        }
    }
}

#[test]
fn glossary_words_are_found_too() {
    let catalogue = Catalogue::embedded();
    let hits = search(
        &pack(),
        &catalogue.localizer("ar"),
        &catalogue.localizer("en"),
        "UASC leave",
    );
    assert!(
        hits.contains(&Hit {
            kind: HitKind::Glossary,
            id: "uasc-leave".into()
        }),
        "{hits:?}"
    );
}

#[test]
fn a_search_with_no_results_or_no_words_finds_nothing() {
    let catalogue = Catalogue::embedded();
    let (ar, en) = (catalogue.localizer("ar"), catalogue.localizer("en"));
    assert!(search(&pack(), &ar, &en, "   ").is_empty());
    assert!(search(&pack(), &ar, &en, "xylophone quartz").is_empty());
}

fn check_question_result(text: &str, expected: Result<&str, &str>) {
    match (check_question(text), expected) {
        (Ok(kept), Ok(want)) => assert_eq!(kept, want),
        (Err(e), Err(id)) => assert_eq!(e.message_id(), id, "{text:?}"),
        (got, want) => panic!("{text:?}: got {got:?}, want {want:?}"),
    }
}

#[test]
fn questions_must_have_words_and_fit_the_limit() {
    check_question_result("  Who reads my SEF?  ", Ok("Who reads my SEF?"));
    check_question_result("", Err("process-question-empty"));
    check_question_result(" \n\t ", Err("process-question-empty"));
    let longest = "ق".repeat(MAX_QUESTION_CHARS);
    check_question_result(&longest, Ok(&longest));
    check_question_result(&format!("{longest}ق"), Err("process-question-too-long"));
    assert!(matches!(
        check_question(&"x".repeat(MAX_QUESTION_CHARS + 1)),
        Err(QuestionError::TooLong)
    ));
}

fn check_refused(json: &str, why: &str) {
    assert!(ProcessPack::parse(json).is_err(), "{why}");
}

#[test]
fn bad_process_packs_are_refused() {
    let good = harbour::core::content::sources::PROCESS;
    check_refused("{}", "empty object");
    check_refused(
        &good.replacen("\"tag\": \"S\"", "\"tag\": \"U\"", 1),
        "an unverified fact",
    );
    check_refused(
        &good.replacen("\"id\": \"waiting\"", "\"id\": \"sef\"", 1),
        "duplicate step",
    );
    check_refused(
        &good.replacen("\"step\": \"appeal\"", "\"step\": \"nowhere\"", 1),
        "glossary points nowhere",
    );
    check_refused(
        &good.replacen("\"id\": \"arrival\"", "\"id\": \"Arrival!\"", 1),
        "bad id",
    );
    check_refused(
        &good.replacen("\"reviewed\": \"2026-11-22\"", "\"reviewed\": \"soon\"", 1),
        "bad date",
    );
}

#[test]
fn a_step_added_without_any_words_is_not_shown_as_a_blank_card() {
    let json = harbour::core::content::sources::PROCESS.replacen(
        "\"steps\": [",
        "\"steps\": [{ \"id\": \"brand-new\", \"reviewed\": \"2026-12-01\", \"terms\": [], \"facts\": [{ \"tag\": \"V\", \"source\": \"gov.uk\" }] },",
        1,
    );
    let pack = ProcessPack::parse(&json).unwrap();
    let l = Catalogue::embedded().localizer("ar");
    let shown: Vec<&str> = pack
        .visible_steps(&l)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(!shown.contains(&"brand-new"));
    assert_eq!(shown.len(), 13);
}
