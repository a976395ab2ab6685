//! Audio packs (issue 19): recordings of a locale's messages, sealed and opened like content
//! packs: the round trip, a recording of an older text never played, and every refusal; offered
//! in the signed content pack; downloaded within the offered size, kept, removed, and on any
//! failure the recordings there were kept.

use harbour::core::content::audio::{
    seal_audio, AudioError, AudioOffer, AudioPack, Speaker, Take, AUDIO_HEADER, MAX_AUDIO_BYTES,
};
use harbour::core::content::pack::{seal, PackSource};
use harbour::core::content::{sources, Pack, PackError, PackInfo, SecretKey};
use harbour::core::i18n::Catalogue;
use harbour::core::store::Store;
use harbour::core::sync::{self, Request, Response, SyncError};

fn key() -> SecretKey {
    SecretKey::from_text(include_str!("fixtures/pack-dev.key")).expect("the development key reads")
}

/// Stand-in audio: the test checks bytes, not sound.
const SEF: &[u8] = b"OggS recording of the SEF step";
const TITLE: &[u8] = b"OggS recording of the title";

fn pack(locale: &str) -> Vec<u8> {
    seal_audio(
        locale,
        "2026-12-02T12:00:00Z",
        Speaker::Machine,
        &[
            Take {
                id: "process-sef-what",
                text: "ፎርም ትመልእ።",
                codec: "audio/ogg; codecs=opus",
                millis: 2100,
                bytes: SEF,
            },
            Take {
                id: "process-title",
                text: "መስርሕ ዑቕባ",
                codec: "audio/ogg; codecs=opus",
                millis: 900,
                bytes: TITLE,
            },
        ],
        &key(),
    )
}

#[test]
fn a_sealed_pack_opens_with_the_recording_of_each_message_as_it_is_now() {
    let opened = AudioPack::open(&pack("ti"), &key().public(), "ti").unwrap();
    assert_eq!(
        (opened.locale(), opened.speaker()),
        ("ti", Speaker::Machine)
    );
    assert_eq!(opened.size(), (2, SEF.len() + TITLE.len()));
    let (recording, bytes) = opened.recording("ፎርም ትመልእ።").unwrap();
    assert_eq!(
        (bytes, recording.millis, recording.codec.as_str()),
        (SEF, 2100, "audio/ogg; codecs=opus")
    );
    assert_eq!(recording.id, "process-sef-what");
    assert_eq!(opened.recording("መስርሕ ዑቕባ").unwrap().1, TITLE);
    // Spaces at the ends of lines do not make a text new.
    assert_eq!(opened.recording("  መስርሕ ዑቕባ ").unwrap().1, TITLE);
    // The message's text changed since it was recorded: not played.
    assert!(opened.recording("ፎርም ክትመልእ ኣለካ።").is_none());
    // What the offer in a content pack says of it.
    let offer = AudioOffer::of(&opened, 4_200_000);
    assert_eq!(
        (offer.locale.as_str(), offer.bytes, offer.millis),
        ("ti", 4_200_000, 3000)
    );
}

#[test]
fn sizes_read_in_megabytes_with_one_decimal_never_zero_with_the_languages_mark() {
    let catalogue = Catalogue::embedded();
    let cases = [
        ("en", 1, "0.1 MB"),
        ("en", 100_000, "0.1 MB"),
        ("en", 100_001, "0.2 MB"),
        ("en", 4_150_000, "4.2 MB"),
        ("en", 12_000_000, "12.0 MB"),
        ("fr", 4_150_000, "4,2 Mo"),
        ("vi", 4_150_000, "4,2 MB"),
    ];
    for (code, bytes, shown) in cases {
        let size = catalogue.localizer(code).size(bytes);
        assert_eq!(
            size.replace(['\u{2068}', '\u{2069}'], ""),
            shown,
            "{code}, {bytes} bytes"
        );
    }
}

#[test]
fn every_refusal_has_words_for_the_young_person() {
    let cases = [
        (AudioError::Pack(PackError::TooLarge), "audio-error-size"),
        (
            AudioError::Pack(PackError::NewerFormat(2)),
            "audio-error-format",
        ),
        (
            AudioError::Pack(PackError::Signature),
            "audio-error-refused",
        ),
        (AudioError::Pack(PackError::NotAPack), "audio-error-refused"),
        (
            AudioError::OtherLocale {
                asked: "ti".into(),
                got: "am".into(),
            },
            "audio-error-locale",
        ),
    ];
    for (error, id) in cases {
        assert_eq!(error.message_id(), id, "{error}");
    }
}

fn check_refused(bytes: &[u8], locale: &str, expected: &str) {
    let got = AudioPack::open(bytes, &key().public(), locale)
        .map(|_| ())
        .unwrap_err();
    let name = match got {
        AudioError::Pack(PackError::NotAPack) => "not a pack",
        AudioError::Pack(PackError::TooLarge) => "too large",
        AudioError::Pack(PackError::Signature) => "signature",
        AudioError::Pack(PackError::NewerFormat(_)) => "newer format",
        AudioError::Pack(PackError::Damaged(_)) => "damaged",
        AudioError::OtherLocale { .. } => "other locale",
        AudioError::Pack(_) => "other",
    };
    assert_eq!(name, expected);
}

#[test]
fn a_pack_that_is_not_right_is_refused_with_its_reason() {
    let good = pack("ti");
    // Another locale's recordings.
    check_refused(&good, "am", "other locale");
    // Cut short, or one byte of a recording changed: the signature no longer matches.
    check_refused(&good[..good.len() - 3], "ti", "signature");
    let mut changed = good.clone();
    let last = changed.len() - 1;
    changed[last] ^= 1;
    check_refused(&changed, "ti", "signature");
    // Signed with another key.
    let other = SecretKey::from_seed([7; 32]);
    let foreign = seal_audio("ti", "2026-12-02T12:00:00Z", Speaker::People, &[], &other);
    check_refused(&foreign, "ti", "signature");
    // Not an audio pack, a content pack, a newer format, cut before the signature.
    check_refused(b"RIFF....WAVEfmt ", "ti", "not a pack");
    check_refused(b"harbour-pack 1\nAAAA\n{}", "ti", "not a pack");
    check_refused(
        format!("{AUDIO_HEADER} 2\nAAAA\n{{}}").as_bytes(),
        "ti",
        "newer format",
    );
    check_refused(format!("{AUDIO_HEADER} 1\n").as_bytes(), "ti", "damaged");
    // Too large: refused before anything is read.
    let mut huge = good.clone();
    huge.resize(MAX_AUDIO_BYTES + 1, 0);
    check_refused(&huge, "ti", "too large");
}

#[test]
fn a_signed_manifest_that_points_outside_the_pack_is_refused() {
    // Signed with the right key, but a recording's bytes are missing from the end.
    let sealed = pack("ti");
    let text = String::from_utf8_lossy(&sealed);
    let body_start = text.match_indices('\n').nth(1).unwrap().0 + 1;
    let signed = &sealed[body_start..];
    let cut = &signed[..signed.len() - TITLE.len()];
    let resigned = resign(cut);
    check_refused(&resigned, "ti", "damaged");
}

/// `signed` under a fresh header and signature from the development key.
fn resign(signed: &[u8]) -> Vec<u8> {
    use harbour::core::setup::base64;
    let signature = key().sign_bytes(signed);
    let mut file = format!(
        "{AUDIO_HEADER} 1\n{}\n",
        base64::encode(&signature, base64::STANDARD)
    )
    .into_bytes();
    file.extend_from_slice(signed);
    file
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

fn offer(locale: &str, bytes: u64) -> AudioOffer {
    AudioOffer {
        locale: locale.into(),
        bytes,
        millis: 3000,
        speaker: Speaker::Machine,
    }
}

/// Downloads `offer` from a server that answers `status` with `body`; what came of it, the
/// address asked and the most bytes the request would read.
fn download(
    store: &Store,
    offer: &AudioOffer,
    status: u16,
    body: Vec<u8>,
) -> (Result<AudioPack, SyncError>, String, usize) {
    let asked = std::cell::RefCell::new((String::new(), 0));
    let fetch = |request: Request| {
        *asked.borrow_mut() = (request.url.clone(), request.limit);
        async move {
            Ok(Response {
                status,
                etag: None,
                body,
            })
        }
    };
    let now = "2026-12-02T12:00:00Z".parse().expect("a time");
    let result = runtime().block_on(sync::download_audio(
        store,
        "https://harbour.example/",
        offer,
        &key().public(),
        now,
        fetch,
    ));
    let (url, limit) = asked.into_inner();
    (result, url, limit)
}

#[test]
fn recordings_are_downloaded_from_the_origin_within_the_offered_size_and_kept() {
    let store = Store::in_memory().expect("store");
    let good = pack("ti");
    let offered = offer("ti", good.len() as u64);
    let (result, url, limit) = download(&store, &offered, 200, good.clone());
    assert_eq!(url, "https://harbour.example/audio/ti.audio");
    assert_eq!(limit, good.len(), "never more than the signed offer says");
    assert_eq!(result.expect("downloaded").locale(), "ti");
    assert_eq!(store.audio_pack("ti").unwrap(), Some(good.clone()));
    assert_eq!(
        store.audio_pack_size("ti").unwrap(),
        Some(good.len() as u64)
    );
    assert_eq!(store.audio_pack("am").unwrap(), None);

    store.forget_audio_pack("ti").unwrap();
    assert_eq!(store.audio_pack("ti").unwrap(), None);
}

#[test]
fn a_download_that_fails_or_is_refused_says_why_and_keeps_the_recordings_there_were() {
    let store = Store::in_memory().expect("store");
    let good = pack("ti");
    let offered = offer("ti", good.len() as u64);
    download(&store, &offered, 200, good.clone())
        .0
        .expect("the first download");
    let mut tampered = good.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 1;
    let mut longer = good.clone();
    longer.push(0);
    let cases: [(&str, &AudioOffer, u16, Vec<u8>, &str); 5] = [
        (
            "a server error",
            &offered,
            503,
            Vec::new(),
            "audio-error-server",
        ),
        (
            "a byte changed",
            &offered,
            200,
            tampered,
            "audio-error-refused",
        ),
        (
            "more than offered",
            &offered,
            200,
            longer,
            "audio-error-size",
        ),
        (
            "another language's, under this name",
            &offer("am", 99_999),
            200,
            good.clone(),
            "audio-error-locale",
        ),
        (
            "not an audio pack",
            &offered,
            200,
            b"<html>Not found</html>".to_vec(),
            "audio-error-refused",
        ),
    ];
    for (what, offered, status, body, expected) in cases {
        let (result, _, _) = download(&store, offered, status, body);
        let error = result.map(|_| ()).expect_err(what);
        assert_eq!(error.audio_message_id(), expected, "{what}: {error}");
        assert_eq!(
            store.audio_pack("ti").unwrap(),
            Some(good.clone()),
            "{what}"
        );
        assert_eq!(store.audio_pack("am").unwrap(), None, "{what}");
    }
}

/// A content pack offering `offers`, signed, read back.
fn content_with(offers: &[AudioOffer]) -> Result<Pack, PackError> {
    let source = PackSource {
        info: PackInfo {
            version: 7,
            area: "uk".into(),
            created_at: "2026-12-02T12:00:00Z".parse().expect("a time"),
            example: true,
        },
        places: &[],
        numbers: sources::NUMBERS,
        process: sources::PROCESS,
        safety: sources::SAFETY,
        organisations: &[],
        audio: offers,
    };
    let sealed = seal(&source, &key())?;
    Pack::open(&sealed, &key().public())
}

#[test]
fn a_content_pack_lists_the_recordings_offered_and_refuses_offers_that_cannot_be_true() {
    let read = content_with(&[offer("ar", 2_600_000), offer("am", 1_900_000)]).expect("reads");
    assert_eq!(read.audio_offer("ar"), Some(&offer("ar", 2_600_000)));
    assert_eq!(read.audio_offer("ti"), None);
    assert!(content_with(&[]).expect("reads").audio.is_empty());
    for (what, offers) in [
        ("twice", vec![offer("ar", 10), offer("ar", 20)]),
        ("empty", vec![offer("ar", 0)]),
        ("too big", vec![offer("ar", MAX_AUDIO_BYTES as u64 + 1)]),
        ("not a code", vec![offer("../ar", 10)]),
        ("no locale", vec![offer("", 10)]),
    ] {
        assert!(
            matches!(content_with(&offers), Err(PackError::Damaged(_))),
            "{what}"
        );
    }
}
