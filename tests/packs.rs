//! Signed content packs and their updates: the built-in pack is current with its sources; a pack
//! round-trips build → sign → check; one changed byte, a wrong key, an older version or another
//! area is refused and the pack in use kept; a stored pack that no longer checks out falls back to
//! the built-in one; sync against a static server on 127.0.0.1 gets 200, then 304; and the
//! publisher tool follows a feed's pages and reports what it left out.

mod support;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use harbour::core::content::pack::{seal, sign, PackSource, SecretKey, MAX_PACK_BYTES};
use harbour::core::content::{area_id, sources, Pack, PackError, PackInfo, PackKey};
use harbour::core::places::{collect::Collection, oruk, Category};
use harbour::core::store::{Store, StoredPack};
use harbour::core::sync::{self, Outcome, Request, Response, SyncError};

const DEV_KEY: &str = include_str!("fixtures/pack-dev.key");
const EXAMPLE_FEED: &str = include_str!("../assets/content/example-places.json");

fn dev_key() -> SecretKey {
    SecretKey::from_text(DEV_KEY).expect("the development key reads")
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("test time")
        .with_timezone(&Utc)
}

/// A pack for `area` at `version`, with the example places, signed by `key`.
fn pack(area: &str, version: u64, key: &SecretKey) -> Vec<u8> {
    pack_made(area, version, key, at("2026-11-22T00:00:00Z"))
}

fn pack_made(area: &str, version: u64, key: &SecretKey, created_at: DateTime<Utc>) -> Vec<u8> {
    let mut collection = Collection::default();
    collection.add(oruk::read(EXAMPLE_FEED).expect("the example feed reads"));
    let (places, _) = collection.finish();
    let info = PackInfo {
        version,
        area: area.into(),
        created_at,
        example: true,
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
    seal(&source, key).expect("the pack seals")
}

/// Where the signed content starts in a pack file (after the header and signature lines).
fn content_start(file: &[u8]) -> usize {
    file.iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .expect("two lines")
        .0
        + 1
}

/// The key the tests' packs are checked against: the public half of the key they sign with,
/// not the build's (a deployment's own key must pass these tests too, without its secret).
fn trusted() -> PackKey {
    dev_key().public()
}

#[test]
fn the_built_in_pack_checks_out_and_is_current_with_its_sources() {
    let embedded = Pack::embedded().expect("the built-in pack opens with the built-in key");
    assert_eq!(embedded.info.area, "uk");
    assert!(
        embedded.info.example,
        "its places are example data and say so"
    );
    // It opened with the build's key (the development key here, a deployment's own key there),
    // and its content is what the sources make now (the signature line aside, which only the
    // key's owner can make).
    let rebuilt = pack_made(
        "uk",
        embedded.info.version,
        &dev_key(),
        embedded.info.created_at,
    );
    let shipped = std::fs::read("assets/content/default.pack").expect("the default pack is there");
    assert!(
        rebuilt[content_start(&rebuilt)..] == shipped[content_start(&shipped)..],
        "assets/content/default.pack is out of date: run bash scripts/pack-default.sh"
    );
}

#[test]
fn a_pack_round_trips_with_every_place_field() {
    let bytes = pack("bristol", 7, &dev_key());
    let opened = Pack::open(&bytes, &trusted()).expect("a sealed pack opens");
    assert_eq!(
        (opened.info.area.as_str(), opened.info.version),
        ("bristol", 7)
    );
    let read = oruk::read(EXAMPLE_FEED).expect("feed").places;
    assert_eq!(opened.places.len(), read.len());
    for place in &opened.places {
        let fed = read
            .iter()
            .find(|p| p.id == place.id)
            .expect("every place came from the feed");
        // Everything survives the pack except the numbers, which are now E.164.
        assert_eq!(place.schedules, fed.schedules, "{}", place.id);
        assert_eq!(
            (&place.name, place.category, &place.address),
            (&fed.name, fed.category, &fed.address)
        );
        assert_eq!(
            (place.coordinates, place.free, place.min_age, place.max_age),
            (fed.coordinates, fed.free, fed.min_age, fed.max_age)
        );
        assert_eq!(
            (&place.languages, &place.website, &place.web_address),
            (&fed.languages, &fed.website, &fed.web_address)
        );
        assert!(
            place.phones.iter().all(|n| n.starts_with("+44")),
            "{}: {:?}",
            place.id,
            place.phones
        );
    }
    let drop_in = opened
        .places
        .iter()
        .find(|p| p.id == "example-1@loc-1")
        .expect("the drop-in");
    assert_eq!(drop_in.category, Category::DropIn);
    assert_eq!(drop_in.phones, ["+441174960001"]);
    assert_eq!(
        opened.numbers.numbers.len(),
        harbour::core::content::NumbersPack::parse(sources::NUMBERS)
            .expect("numbers")
            .numbers
            .len()
    );
}

/// Each change to a good pack, and the refusal it must get.
fn refused(case: &str, bytes: &[u8], key: &PackKey, want: fn(&PackError) -> bool) {
    match Pack::open(bytes, key) {
        Ok(_) => panic!("{case}: opened"),
        Err(e) => assert!(want(&e), "{case}: {e:?}"),
    }
}

#[test]
fn one_changed_byte_or_a_wrong_key_is_refused() {
    let good = pack("uk", 2, &dev_key());
    let key = trusted();
    let content_start = content_start(&good);
    for at in [
        content_start,
        content_start + 40,
        good.len() / 2,
        good.len() - 2,
    ] {
        let mut bytes = good.clone();
        bytes[at] ^= 0x01;
        refused(&format!("byte {at} changed"), &bytes, &key, |e| {
            matches!(e, PackError::Signature)
        });
    }
    let mut bytes = good.clone();
    bytes[20] = if bytes[20] == b'A' { b'B' } else { b'A' };
    refused("signature changed", &bytes, &key, |e| {
        matches!(e, PackError::Signature | PackError::Damaged(_))
    });
    refused("cut short", &good[..good.len() - 10], &key, |e| {
        matches!(e, PackError::Signature)
    });
    refused("not a pack", b"<html>404</html>", &key, |e| {
        matches!(e, PackError::NotAPack)
    });
    refused(
        "newer format",
        &[b"harbour-pack 2\n".as_slice(), &good[15..]].concat(),
        &key,
        |e| matches!(e, PackError::NewerFormat(2)),
    );
    let stranger = SecretKey::from_seed([7; 32]);
    refused(
        "signed by another key",
        &pack("uk", 2, &stranger),
        &key,
        |e| matches!(e, PackError::Signature),
    );
    assert_eq!(PackError::Signature.message_id(), "pack-error-signature");
}

/// Security review L2: a pack offering a child a number that costs dearly or forwards anywhere
/// (premium rate, service, personal numbers) is refused whole, however it is signed.
#[test]
fn a_place_number_that_costs_a_child_dearly_refuses_the_pack() {
    let mut collection = Collection::default();
    collection.add(oruk::read(EXAMPLE_FEED).expect("the example feed reads"));
    let (good, _) = collection.finish();
    for costly in ["+449098790000", "+448712345678", "+447012345678"] {
        let mut places = good.clone();
        places[0].phones = vec![costly.to_string()];
        let source = PackSource {
            info: PackInfo {
                version: 2,
                area: "uk".into(),
                created_at: at("2026-11-22T00:00:00Z"),
                example: true,
            },
            places: &places,
            numbers: sources::NUMBERS,
            process: sources::PROCESS,
            safety: sources::SAFETY,
            organisations: &[],
            audio: &[],
        };
        if let Ok(bytes) = seal(&source, &dev_key()) {
            refused(costly, &bytes, &trusted(), |e| {
                e.message_id() == "content-error-invalid"
            });
        }
    }
}

/// The field a newer publisher might add: an object, so a reader that looked into it would fail.
const ADDED_LATER: &str = "added_later";

/// Adds an unknown field to every JSON object in `value`, at every depth; returns how many.
fn add_a_field_to_every_object(value: &mut serde_json::Value) -> usize {
    match value {
        serde_json::Value::Object(map) => {
            let inner: usize = map.values_mut().map(add_a_field_to_every_object).sum();
            let added =
                serde_json::json!({ "said_by": "a newer publisher", "items": [1, "é€–ا", null] });
            map.insert(ADDED_LATER.into(), added);
            inner + 1
        }
        serde_json::Value::Array(items) => items.iter_mut().map(add_a_field_to_every_object).sum(),
        _ => 0,
    }
}

#[test]
fn a_pack_with_a_field_added_in_every_object_reads_as_it_would_without() {
    let plain = pack("bristol", 7, &dev_key());
    let content =
        std::str::from_utf8(&plain[content_start(&plain)..]).expect("the content is text");
    let mut grown: serde_json::Value = serde_json::from_str(content).expect("the content is JSON");
    let added = add_a_field_to_every_object(&mut grown);
    // Every kind of object a pack has got one: the top, each section, and each thing within.
    for path in [
        "",
        "/numbers",
        "/numbers/numbers/0",
        "/numbers/numbers/0/fact",
        "/numbers/silent_solution",
        "/numbers/silent_solution/fact",
        "/process",
        "/process/steps/0",
        "/process/steps/0/facts/0",
        "/process/glossary/0",
        "/safety",
        "/safety/cards/0",
        "/safety/cards/0/sections/0",
        "/safety/cards/0/facts/0",
        "/places/0",
    ] {
        assert!(
            grown.pointer(&format!("{path}/{ADDED_LATER}")).is_some(),
            "nothing added at {path:?}"
        );
    }
    let places = grown["places"].as_array().expect("places");
    assert!(
        places
            .iter()
            .any(|p| p.pointer(&format!("/schedules/0/{ADDED_LATER}")).is_some()),
        "a schedule"
    );
    assert!(added > 100, "only {added} objects");

    let key = trusted();
    let signed = sign(
        &serde_json::to_string_pretty(&grown).expect("writes"),
        &dev_key(),
    );
    let opened =
        Pack::open(&signed, &key).expect("a pack with fields this app does not know opens");
    assert!(
        opened == Pack::open(&plain, &key).expect("the plain pack opens"),
        "reads the same as without"
    );
    assert!(
        !format!("{opened:?}").contains("newer publisher"),
        "nothing unknown is kept to be shown"
    );

    // A change old apps cannot read comes with a new format, and is "needs an update", not
    // "damaged"; the caller keeps the pack in use (see the sync test).
    grown["format"] = 2.into();
    grown["numbers"] = "moved elsewhere in format 2".into();
    let newer = sign(&grown.to_string(), &dev_key());
    match Pack::open(&newer, &key) {
        Err(e @ PackError::NewerFormat(2)) => assert_eq!(e.message_id(), "pack-error-format"),
        other => panic!("a format 2 pack: {other:?}"),
    }
}

#[test]
fn only_a_newer_pack_for_the_area_asked_may_replace_the_one_in_use() {
    let current = PackInfo {
        version: 5,
        area: "bristol".into(),
        created_at: at("2026-11-01T00:00:00Z"),
        example: false,
    };
    let key = trusted();
    let open =
        |area: &str, version| Pack::open(&pack(area, version, &dev_key()), &key).expect("opens");
    assert!(open("bristol", 6)
        .may_replace(Some(&current), "bristol")
        .is_ok());
    assert!(matches!(
        open("bristol", 4).may_replace(Some(&current), "bristol"),
        Err(PackError::Older { have: 5, got: 4 })
    ));
    assert!(matches!(
        open("leeds", 9).may_replace(Some(&current), "bristol"),
        Err(PackError::OtherArea { .. })
    ));
    // A key worker moved the young person to Leeds: Leeds's first pack replaces Bristol's.
    assert!(open("leeds", 1)
        .may_replace(Some(&current), "leeds")
        .is_ok());
    assert_eq!(area_id(Some("Brighton & Hove")), "brighton-hove");
    assert_eq!(area_id(Some("  ")), "uk");
    assert_eq!(area_id(None), "uk");
    assert_eq!(area_id(Some("../../etc")), "etc");
}

#[test]
fn a_stored_pack_that_no_longer_checks_out_falls_back_to_the_built_in_one() {
    let key = trusted();
    let stored = |bytes: Vec<u8>| {
        Some(StoredPack {
            bytes,
            etag: Some("\"v9\"".into()),
            updated_at: at("2026-11-20T10:00:00Z"),
        })
    };
    let (pack_in_use, kept) = sync::choose(stored(pack("bristol", 9, &dev_key())), &key);
    assert_eq!(pack_in_use.expect("stored pack").info.area, "bristol");
    assert!(kept.is_some());
    let mut tampered = pack("bristol", 9, &dev_key());
    let last = tampered.len() - 3;
    tampered[last] ^= 1;
    let (pack_in_use, kept) = sync::choose(stored(tampered), &key);
    assert_eq!(pack_in_use.expect("built-in").info.area, "uk");
    assert!(kept.is_none());
    // An app update that ships a newer built-in pack for the same area wins over an old download.
    let (pack_in_use, _) = sync::choose(stored(pack("uk", 0, &dev_key())), &key);
    assert_eq!(
        pack_in_use.expect("built-in").info.version,
        Pack::embedded().expect("built-in").info.version
    );
}

/// What a test server served: each path asked, and the status it answered.
type ServedLog = Arc<Mutex<Vec<(String, u16)>>>;

/// A static file server on 127.0.0.1 that answers `If-None-Match` with 304, as any host or CDN
/// does. Returns its origin and the log of (path, status) it served.
fn static_server(files: HashMap<String, Vec<u8>>) -> (String, ServedLog) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a port");
    let origin = format!("http://{}", listener.local_addr().expect("address"));
    let log = Arc::new(Mutex::new(Vec::new()));
    let served = log.clone();
    std::thread::spawn(move || {
        let mut failed_once = std::collections::HashSet::new();
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().expect("stream"));
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_string();
            let mut if_none_match = None;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = line.split_once(':') {
                    if name.eq_ignore_ascii_case("if-none-match") {
                        if_none_match = Some(value.trim().to_string());
                    }
                }
            }
            let file_path = path.split('?').next().unwrap_or("");
            let query = path.split_once('?').map_or("", |(_, q)| q);
            let page = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("page="))
                .map(str::to_string);
            let key = match page {
                Some(page) => format!("{file_path}#{page}"),
                None => file_path.to_string(),
            };
            let mut stream = stream;
            // `<key>!503` listed: the first request for it is answered 503 (a busy server).
            if files.contains_key(&format!("{key}!503")) && failed_once.insert(key.clone()) {
                served.lock().expect("log").push((key, 503));
                let _ = stream
                    .write_all(b"HTTP/1.1 503 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                continue;
            }
            // A file served for every page of its address (a feed whose pages never end).
            let (status, headers, body) = match files
                .get(&key)
                .or_else(|| files.get(&format!("{file_path}#*")))
            {
                Some(body) => {
                    let etag = format!(
                        "\"{}-{}\"",
                        body.len(),
                        body.iter().map(|b| *b as u64).sum::<u64>()
                    );
                    if if_none_match.as_deref() == Some(etag.as_str()) {
                        (304, format!("ETag: {etag}\r\n"), Vec::new())
                    } else {
                        (200, format!("ETag: {etag}\r\n"), body.clone())
                    }
                }
                None => (404, String::new(), b"not found".to_vec()),
            };
            served.lock().expect("log").push((key, status));
            let head = format!(
                "HTTP/1.1 {status} X\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream
                .write_all(head.as_bytes())
                .and_then(|_| stream.write_all(&body));
        }
    });
    (origin, log)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// A council's ORUK v1 API, as most directories still serve it: its pages are followed until
/// the one that says `last` (even though `totalPages` says more), a list item without a phone
/// is completed from its own page (asked again after a 503; on the next run with the cache,
/// answered "not modified"), its HTML becomes plain text, and the report says what it read.
#[test]
fn the_publisher_reads_a_councils_v1_api_to_its_last_page_and_each_services_own_page() {
    let fixture = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/oruk-v1")
            .join(name);
        std::fs::read_to_string(path).expect("fixture")
    };
    let claims_more = |text: String| text.replace("\"totalPages\": 2", "\"totalPages\": 5");
    // The counselling service's own page: the list item, with its reception's phone.
    let list: serde_json::Value =
        serde_json::from_str(&fixture("services_page_1.json")).expect("json");
    let mut own = list["content"][0].clone();
    own["contacts"][0]["phones"] = serde_json::json!([{"id": "p9", "number": "0117 496 0999"}]);
    let own_path = "/api/services/ac148810-d857-441c-9679-408f346de14b";
    let files = HashMap::from([
        (
            "/api/services".to_string(),
            claims_more(fixture("services_page_1.json")).into_bytes(),
        ),
        (
            "/api/services#2".to_string(),
            claims_more(fixture("services_page_2.json")).into_bytes(),
        ),
        (own_path.to_string(), own.to_string().into_bytes()),
        (format!("{own_path}!503"), Vec::new()),
    ]);
    let (origin, log) = static_server(files);
    let dir = std::env::temp_dir().join(format!("harbour-pack-v1-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let out = dir.join("riverside.pack");
    let cache = dir.join("cache");
    let build = |version: &str| {
        let done = std::process::Command::new(env!("CARGO_BIN_EXE_harbour-pack"))
            .args([
                "build",
                "--area",
                "Riverside",
                "--key",
                "tests/fixtures/pack-dev.key",
            ])
            .arg("--out")
            .arg(&out)
            .arg("--cache")
            .arg(&cache)
            .args([
                "--feed",
                &format!("{origin}/api/services"),
                "--version",
                version,
            ])
            .output()
            .expect("harbour-pack runs");
        let report = String::from_utf8_lossy(&done.stdout).into_owned();
        assert!(
            done.status.success(),
            "{report}{}",
            String::from_utf8_lossy(&done.stderr)
        );
        report
    };
    let report = build("7");
    for line in [
        "read as: ORUK v1 API",
        "places included: 2",
        "by category: health 1, youth-club 1",
        "services' own pages read: 1 (0 unchanged since the last run)",
        "left out: holiday schedule (closures on dates are not shown): 1",
    ] {
        assert!(report.contains(line), "{line}: {report}");
    }
    let asked: Vec<(String, u16)> = log.lock().expect("log").drain(..).collect();
    let own_answers: Vec<u16> = asked
        .iter()
        .filter(|(key, _)| key == own_path)
        .map(|(_, status)| *status)
        .collect();
    assert_eq!(own_answers, [503, 200], "asked again after the busy answer");
    assert!(
        !asked.iter().any(|(key, _)| key == "/api/services#3"),
        "stopped at the page that says last: {asked:?}"
    );
    let built = Pack::open(&std::fs::read(&out).expect("written"), &trusted()).expect("opens");
    let counselling = built
        .places
        .iter()
        .find(|p| p.name == "Community Counselling")
        .expect("counselling");
    assert_eq!(counselling.phones, ["+441174960999"], "from its own page");
    let club = built
        .places
        .iter()
        .find(|p| p.id == "riverside-youth@loc-r1")
        .expect("the youth club");
    assert!(
        club.description.starts_with("About us\n"),
        "{:?}",
        club.description
    );
    assert!(
        !club.description.contains(['<', '>']),
        "{:?}",
        club.description
    );
    assert_eq!(club.phones, ["+441174960123"]);

    // The next night: the service's page has not changed, and says so.
    let again = build("8");
    assert!(
        again.contains("services' own pages read: 1 (1 unchanged since the last run)"),
        "{again}"
    );
    assert!(log
        .lock()
        .expect("log")
        .iter()
        .any(|(key, status)| key == own_path && *status == 304));
    let rebuilt = Pack::open(&std::fs::read(&out).expect("written"), &trusted()).expect("opens");
    assert_eq!(
        rebuilt.places, built.places,
        "the cached page gives the same places"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The pack a phone has in use in the sync tests: Bristol's, version 10.
fn bristol_pack_in_use() -> PackInfo {
    PackInfo {
        version: 10,
        area: "bristol".into(),
        created_at: at("2026-11-01T00:00:00Z"),
        example: false,
    }
}

/// Security review L1: a cache whose ETags collide must not answer "you have the newest" for
/// another area's pack, so the ETag goes only with a request for the pack in use's own area.
#[test]
fn the_etag_of_the_pack_in_use_goes_only_with_a_request_for_its_own_area() {
    let store = Store::in_memory().expect("store");
    let in_use = bristol_pack_in_use();
    for (area, sent) in [("bristol", Some("\"v10\"")), ("leeds", None), ("uk", None)] {
        store.set_area(Some(area)).expect("area");
        let asked = Mutex::new(None);
        let fetch = |request: Request| {
            *asked.lock().expect("asked") = Some(request.if_none_match);
            async {
                Ok(Response {
                    status: 304,
                    etag: None,
                    body: Vec::new(),
                })
            }
        };
        let outcome = runtime().block_on(sync::check_for_update(
            &store,
            "http://127.0.0.1:9",
            Some(&in_use),
            Some("\"v10\""),
            &trusted(),
            at("2026-11-22T12:00:00Z"),
            fetch,
        ));
        assert!(matches!(outcome, Ok(Outcome::Unchanged)), "{area}");
        assert_eq!(
            asked.into_inner().expect("asked"),
            Some(sent.map(str::to_string)),
            "{area}"
        );
    }
}

#[test]
fn sync_gets_a_newer_pack_then_304_and_keeps_the_old_pack_on_any_failure() {
    let newer = pack("bristol", 20, &dev_key());
    let mut tampered = newer.clone();
    let at_byte = tampered.len() / 2;
    tampered[at_byte] ^= 1;
    let files = HashMap::from([
        ("/packs/bristol.pack".to_string(), newer.clone()),
        ("/packs/leeds.pack".to_string(), tampered),
        (
            "/packs/york.pack".to_string(),
            pack("bristol", 30, &dev_key()),
        ),
    ]);
    let (origin, log) = static_server(files);
    let client = sync::client().expect("client");
    let key = trusted();
    let store = Store::in_memory().expect("store");
    let in_use = bristol_pack_in_use();
    let now = at("2026-11-22T12:00:00Z");
    // The same function the places screen calls, with reqwest as the way to ask.
    let check = |area: &str, current: &PackInfo| -> Result<Outcome, SyncError> {
        store.set_area(Some(area)).expect("area");
        let stored = store.stored_pack().expect("read");
        let etag = stored.as_ref().and_then(|s| s.etag.as_deref());
        let client = &client;
        let fetch = |request: Request| async move { sync::fetch(client, &request).await };
        runtime().block_on(sync::check_for_update(
            &store,
            &origin,
            Some(current),
            etag,
            &key,
            now,
            fetch,
        ))
    };

    match check("bristol", &in_use).expect("first check") {
        Outcome::Updated(pack, stored) => {
            assert_eq!(pack.info.version, 20);
            assert!(stored.etag.is_some());
        }
        Outcome::Unchanged => panic!("the first check must update"),
    }
    let kept = store.stored_pack().expect("read").expect("kept");
    assert_eq!(
        (kept.bytes.as_slice(), kept.updated_at),
        (newer.as_slice(), now)
    );
    let updated = Pack::open(&kept.bytes, &key).expect("kept pack opens").info;
    assert!(matches!(check("bristol", &updated), Ok(Outcome::Unchanged)));
    assert_eq!(
        log.lock().expect("log").as_slice(),
        [
            ("/packs/bristol.pack".to_string(), 200),
            ("/packs/bristol.pack".to_string(), 304)
        ]
    );

    // Every failure leaves the kept pack exactly as it was.
    type Expected = fn(&SyncError) -> bool;
    let failures: [(&str, Expected); 3] = [
        ("leeds", |e| {
            matches!(e, SyncError::Pack(PackError::Signature))
        }),
        ("york", |e| {
            matches!(e, SyncError::Pack(PackError::OtherArea { .. }))
        }),
        ("hull", |e| matches!(e, SyncError::Server(404))),
    ];
    for (area, want) in failures {
        match check(area, &updated) {
            Err(e) => assert!(want(&e), "{area}: {e:?}"),
            Ok(outcome) => panic!("{area}: {outcome:?}"),
        }
        assert_eq!(
            store.stored_pack().expect("read").expect("kept").bytes,
            newer,
            "{area}"
        );
    }
    // The native app's path (its own thread and runtime) gets the same answers.
    let etag = store.stored_pack().expect("read").and_then(|s| s.etag);
    let answer = runtime().block_on(harbour::platform::fetch_pack(&Request::new(
        &origin,
        "bristol",
        etag.as_deref(),
    )));
    assert_eq!(answer.expect("answered").status, 304);
    // A port nothing listens on: one the system just gave out, closed again.
    let closed = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port");
    let unreachable = Request {
        url: format!("http://{closed}/packs/uk.pack"),
        if_none_match: None,
        limit: MAX_PACK_BYTES,
    };
    assert!(matches!(
        runtime().block_on(sync::fetch(&client, &unreachable)),
        Err(SyncError::Offline)
    ));
    assert!(matches!(
        sync::apply(
            &store,
            Response {
                status: 200,
                etag: None,
                body: pack("bristol", 3, &dev_key())
            },
            "bristol",
            Some(&updated),
            &key,
            now
        ),
        Err(SyncError::Pack(PackError::Older { have: 20, got: 3 }))
    ));
}

#[test]
fn the_publisher_follows_pages_signs_and_reports_what_it_left_out() {
    let feed: serde_json::Value = serde_json::from_str(EXAMPLE_FEED).expect("feed");
    let contents = feed["contents"].as_array().expect("contents").clone();
    let page = |n: usize, items: &[serde_json::Value]| {
        serde_json::json!({ "total_pages": 2, "page_number": n, "contents": items })
            .to_string()
            .into_bytes()
    };
    let mut second = contents[4..].to_vec();
    second[0]["url"] = "http://example.org/not-https".into();
    let endless = serde_json::json!({ "total_pages": 1_000_000, "page_number": 1, "contents": &contents[..1] });
    let files = HashMap::from([
        ("/services".to_string(), page(1, &contents[..4])),
        ("/services#2".to_string(), page(2, &second)),
        ("/endless".to_string(), endless.to_string().into_bytes()),
        ("/endless#*".to_string(), endless.to_string().into_bytes()),
    ]);
    let (origin, log) = static_server(files);
    let dir = std::env::temp_dir().join(format!("harbour-pack-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let out = dir.join("bristol.pack");
    let _ = std::fs::remove_file(&out);
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_harbour-pack"))
            .args([
                "build",
                "--area",
                "Bristol",
                "--key",
                "tests/fixtures/pack-dev.key",
                "--out",
            ])
            .arg(&out)
            .args(extra)
            .output()
            .expect("harbour-pack runs")
    };
    let url = format!("{origin}/services?per_page=4");
    let done = run(&["--feed", &url, "--version", "3"]);
    let report = String::from_utf8_lossy(&done.stdout);
    assert!(
        done.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(report.contains("places included: 8"), "{report}");
    assert!(
        report.contains("link to a website that is not https: (its address is shown as text): 1"),
        "{report}"
    );
    let pages: Vec<String> = log
        .lock()
        .expect("log")
        .iter()
        .filter(|(key, _)| key == "/services" || key == "/services#2")
        .map(|(key, _)| key.clone())
        .collect();
    assert_eq!(pages, ["/services", "/services#2"], "both pages, once each");
    // A list item without a phone: its own page was asked for, and is not there.
    assert!(
        report
            .contains("left out: service's own page could not be fetched (kept from the list): 1"),
        "{report}"
    );
    let built =
        Pack::open(&std::fs::read(&out).expect("written"), &trusted()).expect("the pack opens");
    assert_eq!(
        (
            built.info.area.as_str(),
            built.info.version,
            built.places.len()
        ),
        ("bristol", 3, 8)
    );

    let again = run(&["--feed", &url, "--version", "3"]);
    assert!(!again.status.success(), "the same version again is refused");
    let plain = run(&["--feed", "http://example.org/services", "--version", "4"]);
    assert!(String::from_utf8_lossy(&plain.stderr).contains("https only"));
    // A feed that claims a million pages is followed to the limit, then refused; nothing written.
    let endless = run(&["--feed", &format!("{origin}/endless"), "--version", "5"]);
    assert!(
        String::from_utf8_lossy(&endless.stderr).contains("more than 500 pages"),
        "{endless:?}"
    );
    let kept = Pack::open(&std::fs::read(&out).expect("still there"), &trusted()).expect("opens");
    assert_eq!(kept.info.version, 3, "the pack before stays as it was");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, b"{\"contents\": [").expect("write");
    let bad = run(&["--feed", broken.to_str().expect("path"), "--version", "6"]);
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("not JSON"),
        "{bad:?}"
    );
}

#[test]
fn mutated_pack_content_signed_again_never_panics() {
    let good = pack("uk", 2, &dev_key());
    let content_start = content_start(&good);
    let content = good[content_start..].to_vec();
    let key = dev_key();
    let mut rng = support::Rng(0x9ac4);
    for _ in 0..support::runs(300, 50) {
        let mut bytes = content.clone();
        support::mutate_json(&mut bytes, &mut rng, 4);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let signed = sign(&text, &key);
        let _ = Pack::open(&signed, &trusted());
    }
}

#[cfg(unix)]
#[test]
fn a_new_secret_key_is_readable_by_its_owner_only_and_never_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("harbour-key-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("secret.key");
    let _ = std::fs::remove_file(&path);
    let make = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_harbour-pack"))
            .arg("key")
            .arg(&path)
            .output()
            .expect("harbour-pack runs")
    };
    assert!(make().status.success());
    let first = std::fs::read_to_string(&path).expect("written");
    let mode = std::fs::metadata(&path)
        .expect("there")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "owner only, not {mode:o}");
    let again = make();
    assert!(
        !again.status.success(),
        "a second key over the first is refused"
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("still there"),
        first,
        "the first key is kept"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_release_build_refuses_the_development_key_unless_told_it_is_for_development() {
    use harbour::core::content::release_key::{check_trusted_key, DEVELOPMENT_KEY};
    assert_eq!(
        dev_key().public().to_text(),
        DEVELOPMENT_KEY,
        "the guard knows the committed key"
    );
    assert!(check_trusted_key(DEVELOPMENT_KEY, true, false).is_err());
    assert!(
        check_trusted_key(&format!("{DEVELOPMENT_KEY}\n"), true, false).is_err(),
        "as the file holds it"
    );
    assert!(
        check_trusted_key(DEVELOPMENT_KEY, true, true).is_ok(),
        "a development build"
    );
    assert!(
        check_trusted_key(DEVELOPMENT_KEY, false, false).is_ok(),
        "a debug build (tests)"
    );
    assert!(check_trusted_key("a deployment's own key", true, false).is_ok());
}

/// Security review H2: the publisher makes an organisation's key (secret readable by its owner
/// only, public beside it) and lists it in an area's pack; the app reads the list from the
/// signed pack, and a listed name or key that is not one refuses the pack.
#[cfg(unix)]
#[test]
fn the_publisher_lists_organisations_whose_setup_codes_show_who_made_them() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("harbour-org-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let tool = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_harbour-pack"))
            .args(args)
            .output()
            .expect("harbour-pack runs")
    };
    let secret = dir.join("council.key");
    let made = tool(&["org-key", secret.to_str().expect("path")]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path).expect("there").permissions().mode() & 0o777
    };
    let public = dir.join("council.key.pub");
    assert_eq!((mode(&secret), mode(&public)), (0o600, 0o644));
    let key = SecretKey::from_text(&std::fs::read_to_string(&secret).expect("secret"))
        .expect("a secret key");
    assert_eq!(
        std::fs::read_to_string(&public).expect("public").trim(),
        key.public().to_text()
    );

    let out = dir.join("bristol.pack");
    let listed = format!("Bristol Children's Services={}", public.display());
    let built = tool(&[
        "build",
        "--area",
        "Bristol",
        "--key",
        "tests/fixtures/pack-dev.key",
        "--out",
        out.to_str().expect("path"),
        "--organisation",
        &listed,
    ]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let pack = Pack::open(&std::fs::read(&out).expect("pack"), &dev_key().public()).expect("opens");
    assert_eq!(pack.organisations.len(), 1);
    assert_eq!(pack.organisations[0].name, "Bristol Children's Services");
    assert_eq!(pack.organisations[0].key, key.public());

    // Signed content that lists an organisation badly is refused whole.
    let file = std::fs::read(&out).expect("pack");
    let content = std::str::from_utf8(&file[content_start(&file)..]).expect("text");
    for (case, from, to) in [
        (
            "a key that is not a key",
            key.public().to_text(),
            "bm90IGEga2V5".to_string(),
        ),
        (
            "no name",
            "Bristol Children's Services".to_string(),
            " ".to_string(),
        ),
    ] {
        let changed = sign(&content.replacen(&from, &to, 1), &dev_key());
        assert!(
            matches!(
                Pack::open(&changed, &dev_key().public()),
                Err(PackError::Damaged(_))
            ),
            "{case}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
