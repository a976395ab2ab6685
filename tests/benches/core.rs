//! The core against the design's budgets (`shared/design.md` §5), natively:
//! - search over the explainers and 10,000 places, in every locale: ≤ 50 ms;
//! - "open now" over 10,000 places: ≤ 5 ms;
//! - and, without a budget of their own (they count against start-up), checking and reading
//!   the built-in content pack and a pack of 10,000 places.
//!
//! The places are generated: names and descriptions in several scripts, one to three
//! schedules each (weekly, fortnightly, monthly, past midnight). `bash scripts/bench.sh` runs
//! this and writes the results to BENCHMARKS.md.

use chrono::{DateTime, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use harbour::core::content::pack::{seal, PackSource, SecretKey};
use harbour::core::content::{sources, Pack, PackInfo};
use harbour::core::i18n::{Catalogue, SOURCE_LOCALE};
use harbour::core::places::{
    is_open, openness, Category, Moment, Openness, Place, PlaceIndex, Schedule, ScheduleFields,
};
use harbour::core::process::search;

const PLACES: usize = 10_000;

fn places() -> Vec<Place> {
    let words = [
        "youth club",
        "drop-in",
        "نادي الشباب",
        "مرکز جوانان",
        "ክበብ መንእሰያት",
        "câu lạc bộ",
        "football",
        "food",
        "advice",
        "English classes",
    ];
    let towns = [
        "Bristol",
        "Leeds",
        "Manchester",
        "Croydon",
        "Kent",
        "Glasgow",
    ];
    let rules: [(&str, &str, &str, &str, &str); 4] = [
        ("WEEKLY", "MO,WE,FR", "", "10:00", "16:00"),
        ("WEEKLY", "FR,SA", "", "22:00", "02:00"),
        ("MONTHLY", "-1FR", "", "17:00", "21:00"),
        ("MONTHLY", "2MO", "", "18:00", "20:00"),
    ];
    (0..PLACES)
        .map(|i| {
            let schedules = (0..1 + i % 3)
                .filter_map(|k| {
                    let (freq, byday, bymonthday, opens, closes) = rules[(i + k) % rules.len()];
                    Schedule::from_fields(&ScheduleFields {
                        freq: Some(freq),
                        byday: Some(byday),
                        bymonthday: Some(bymonthday),
                        opens_at: Some(opens),
                        closes_at: Some(closes),
                        ..ScheduleFields::default()
                    })
                    .ok()
                })
                .collect();
            Place {
                id: format!("p{i}"),
                name: format!("{} {i}", words[i % words.len()]),
                category: Category::ALL[i % Category::ALL.len()],
                description: format!(
                    "{} and {} every week",
                    words[(i * 7) % words.len()],
                    words[(i * 3) % words.len()]
                ),
                address: Some(format!("{i} High Street, {}", towns[i % towns.len()])),
                coordinates: None,
                phones: vec![],
                website: None,
                web_address: None,
                languages: vec!["ar".into(), "ti".into()],
                free: Some(i % 2 == 0),
                min_age: None,
                max_age: None,
                schedules,
            }
        })
        .collect()
}

fn budgets(c: &mut Criterion) {
    let places = places();
    let index = PlaceIndex::new(&places);
    let pack = harbour::core::content::Pack::embedded()
        .expect("the embedded process pack reads")
        .process;
    let catalogue = Catalogue::embedded();
    let english = catalogue.localizer(SOURCE_LOCALE);
    let mut group = c.benchmark_group("search");
    group.sample_size(20);
    for locale in catalogue.locales() {
        let user = catalogue.localizer(locale.code);
        // A word from the person's own language and one copied from an English letter.
        let query = user.tr("process-interview-title");
        group.bench_function(locale.code, |b| {
            b.iter(|| {
                let steps = search(&pack, &user, &english, black_box(&query));
                let found = index.search(black_box("youth club"));
                (steps.len(), found.len())
            })
        });
    }
    group.finish();
    let now: DateTime<Utc> = "2026-11-27T18:30:00Z".parse().expect("time");
    // The "open now" filter: which of 10,000 places are open at this moment.
    c.bench_function("open-now/10000", |b| {
        b.iter(|| {
            let moment = Moment::new(black_box(now));
            places
                .iter()
                .filter(|p| is_open(&p.schedules, &moment))
                .count()
        })
    });
    // The full line a list shows for each place: open until, or when it opens next.
    c.bench_function("openness-with-next-opening/10000", |b| {
        b.iter(|| {
            places
                .iter()
                .map(|p| openness(&p.schedules, black_box(now)))
                .filter(|o| matches!(o, Openness::Open { .. }))
                .count()
        })
    });
    // At every start the pack in use is checked (signature) and read before the first frame.
    c.bench_function("pack-open/built-in", |b| {
        b.iter(|| Pack::embedded().map(|p| p.places.len()))
    });
    let secret = SecretKey::from_text(include_str!("../fixtures/pack-dev.key")).expect("dev key");
    let info = PackInfo {
        version: 2,
        area: "bench".into(),
        created_at: now,
        example: false,
    };
    let source = PackSource {
        info,
        places: &places,
        numbers: sources::NUMBERS,
        process: sources::PROCESS,
        safety: sources::SAFETY,
        organisations: &[],
        audio: &[],
    };
    let big = seal(&source, &secret).expect("a pack of 10,000 places");
    let key = secret.public();
    let mut group = c.benchmark_group("pack-open");
    group.sample_size(10);
    group.bench_function("10000-places", |b| {
        b.iter(|| Pack::open(black_box(&big), &key).map(|p| p.places.len()))
    });
    group.finish();
}

criterion_group!(benches, budgets);
criterion_main!(benches);
