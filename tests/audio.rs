//! Audio packs (issue 19): recordings of a locale's messages, sealed and opened like content
//! packs: the round trip, a recording of an older text never played, and every refusal.

use harbour::core::content::audio::{
    seal_audio, AudioError, AudioPack, Speaker, Take, AUDIO_HEADER, MAX_AUDIO_BYTES,
};
use harbour::core::content::{PackError, SecretKey};

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
    let (recording, bytes) = opened.recording("process-sef-what", "ፎርም ትመልእ።").unwrap();
    assert_eq!(
        (bytes, recording.millis, recording.codec.as_str()),
        (SEF, 2100, "audio/ogg; codecs=opus")
    );
    assert_eq!(
        opened.recording("process-title", "መስርሕ ዑቕባ").unwrap().1,
        TITLE
    );
    // The message's text changed since it was recorded: not played.
    assert!(opened
        .recording("process-sef-what", "ፎርም ክትመልእ ኣለካ።")
        .is_none());
    assert!(opened.recording("process-sef-who", "ፎርም ትመልእ።").is_none());
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
