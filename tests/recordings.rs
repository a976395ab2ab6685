//! The publisher's side of recordings (issue 19): what Listen reads on each screen, the script a
//! council's speakers read from and its round trip, and the checks every recording passes
//! (format, length, loudness, clipping) before `harbour-pack audio` takes it; and the app's side:
//! recordings first, the phone's voice second, else nothing and "no voice".

use harbour::core::content::audio::{seal_audio, AudioPack, Speaker, Take};
use harbour::core::content::recordings::{
    check, is_ogg_opus, listenable, measure_wav, read_script, script, write_script, TakeProblem,
    SCREENS,
};
use harbour::core::content::{Pack, SecretKey};
use harbour::core::i18n::Catalogue;
use harbour::core::speech::reading;

/// A WAV file of 16-bit PCM: `seconds` of a tone at `amplitude` (0 to 1 of full scale).
fn wav(rate: u32, channels: u16, seconds: f64, amplitude: f64) -> Vec<u8> {
    let frames = (f64::from(rate) * seconds) as usize;
    let mut data = Vec::new();
    for i in 0..frames {
        let t = i as f64 / f64::from(rate);
        let sample =
            (amplitude * 32767.0 * (t * 440.0 * std::f64::consts::TAU).sin()).round() as i16;
        for _ in 0..channels {
            data.extend_from_slice(&sample.to_le_bytes());
        }
    }
    let mut file = Vec::new();
    file.extend_from_slice(b"RIFF");
    file.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    file.extend_from_slice(b"WAVEfmt ");
    file.extend_from_slice(&16u32.to_le_bytes());
    file.extend_from_slice(&1u16.to_le_bytes());
    file.extend_from_slice(&channels.to_le_bytes());
    file.extend_from_slice(&rate.to_le_bytes());
    file.extend_from_slice(&(rate * u32::from(channels) * 2).to_le_bytes());
    file.extend_from_slice(&(channels * 2).to_le_bytes());
    file.extend_from_slice(&16u16.to_le_bytes());
    file.extend_from_slice(b"data");
    file.extend_from_slice(&(data.len() as u32).to_le_bytes());
    file.extend_from_slice(&data);
    file
}

fn check_take(what: &str, bytes: &[u8], expected: Result<(), fn(&TakeProblem) -> bool>) {
    let got = measure_wav(bytes).and_then(|m| check(&m));
    match (got, expected) {
        (Ok(()), Ok(())) => {}
        (Err(problem), Err(is)) if is(&problem) => {}
        (got, _) => panic!("{what}: got {got:?}"),
    }
}

#[test]
fn a_recording_is_taken_only_in_the_format_length_and_loudness_a_phone_speaker_needs() {
    // A tone at 0.1 of full scale is about -23 dBFS: speech level.
    check_take(
        "mono 22 kHz speech level",
        &wav(22_050, 1, 1.5, 0.1),
        Ok(()),
    );
    check_take("stereo 48 kHz", &wav(48_000, 2, 1.0, 0.1), Ok(()));
    check_take(
        "too short",
        &wav(22_050, 1, 0.1, 0.1),
        Err(|p| matches!(p, TakeProblem::Length(_))),
    );
    check_take(
        "a whisper",
        &wav(22_050, 1, 1.0, 0.005),
        Err(|p| matches!(p, TakeProblem::Quiet(_))),
    );
    check_take(
        "silence",
        &wav(22_050, 1, 1.0, 0.0),
        Err(|p| matches!(p, TakeProblem::Quiet(_))),
    );
    check_take(
        "shouted",
        &wav(22_050, 1, 1.0, 0.9),
        Err(|p| matches!(p, TakeProblem::Loud(_))),
    );
    check_take(
        "not a WAV",
        b"ID3 an mp3",
        Err(|p| matches!(p, TakeProblem::NotWav(_))),
    );
    check_take(
        "cut short in its header",
        &wav(22_050, 1, 1.0, 0.1)[..30],
        Err(|p| matches!(p, TakeProblem::NotWav(_))),
    );
    let mut eight_bit = wav(22_050, 1, 1.0, 0.1);
    eight_bit[34] = 8;
    check_take(
        "8-bit",
        &eight_bit,
        Err(|p| matches!(p, TakeProblem::NotWav(_))),
    );
    // Pushed into full scale on every other sample: clipping.
    let mut clipped = wav(22_050, 1, 1.0, 0.1);
    for sample in clipped[44..].chunks_exact_mut(4) {
        sample[..2].copy_from_slice(&i16::MAX.to_le_bytes());
    }
    check_take(
        "clipped",
        &clipped,
        Err(|p| matches!(p, TakeProblem::Clipped(_) | TakeProblem::Loud(_))),
    );

    let measured = measure_wav(&wav(16_000, 1, 2.0, 0.1)).expect("measures");
    assert_eq!(measured.millis, 2000);
    assert!(
        (measured.rms_dbfs - -23.0).abs() < 0.5,
        "{}",
        measured.rms_dbfs
    );
}

#[test]
fn only_ogg_opus_is_sealed() {
    let mut head = b"OggS".to_vec();
    head.resize(28, 0);
    head.extend_from_slice(b"OpusHead");
    assert!(is_ogg_opus(&head));
    head[28..36].copy_from_slice(b"vorbis\0\0");
    assert!(!is_ogg_opus(&head));
    assert!(!is_ogg_opus(b"RIFF"));
}

#[test]
fn every_screen_with_listen_has_its_messages_in_the_script_and_every_one_is_an_english_message() {
    let pack = Pack::embedded().expect("the built-in pack");
    let wanted = listenable(&pack);
    let english = Catalogue::embedded().localizer("en");
    for screen in SCREENS {
        assert!(wanted.iter().any(|(s, _)| *s == screen), "{screen}");
    }
    for (screen, id) in &wanted {
        assert!(english.has_own(id), "{screen}: {id}");
    }
    let ids: std::collections::HashSet<_> = wanted.iter().map(|(_, id)| id).collect();
    assert_eq!(ids.len(), wanted.len(), "each message once");
    // The explainer's first step: its part headings and parts, as the step screen reads them.
    let first = &pack.process.steps[0];
    for part in harbour::core::content::Part::ALL {
        assert!(ids.contains(&part.heading_id()) && ids.contains(&first.part_id(part)));
    }
}

#[test]
fn a_script_reads_back_as_written_with_the_fingerprint_of_each_text() {
    let pack = Pack::embedded().expect("the built-in pack");
    let lines = script(&pack, &Catalogue::embedded().localizer("ar"));
    let written = write_script(&lines);
    assert!(written.lines().skip(1).all(|l| l.split('\t').count() == 4));
    let read = read_script(&written).expect("reads");
    assert_eq!(read.len(), lines.len());
    for (back, line) in read.iter().zip(&lines) {
        assert_eq!((&back.id, &back.fingerprint), (&line.id, &line.fingerprint));
    }
    assert!(read_script("screen\tid\tfingerprint\ttext\nonly one cell\n").is_err());
}

#[test]
fn listen_reads_recordings_first_then_the_phone_voice_else_nothing() {
    let key = SecretKey::from_text(include_str!("fixtures/pack-dev.key")).expect("key");
    let sealed = seal_audio(
        "ar",
        "2026-12-02T12:00:00Z",
        Speaker::People,
        &[Take {
            id: "process-what",
            text: "ماذا يحدث",
            codec: "audio/ogg; codecs=opus",
            millis: 900,
            bytes: b"OggS...",
        }],
        &key,
    );
    let pack = AudioPack::open(&sealed, &key.public(), "ar").expect("opens");
    let texts = vec![
        "ماذا يحدث".to_string(),
        "جملة أولى. جملة ثانية.".to_string(),
        " ".to_string(),
    ];

    let both = reading(&texts, Some(&pack), true);
    assert_eq!((both.recorded, both.spoken, both.unread), (1, 1, 0));
    assert_eq!(
        both.pieces[0]
            .recording
            .as_ref()
            .map(|(c, b)| (c.as_str(), b.len())),
        Some(("audio/ogg; codecs=opus", 7))
    );
    assert_eq!(both.pieces[1].sentences, ["جملة أولى.", "جملة ثانية."]);

    let no_voice = reading(&texts, Some(&pack), false);
    assert_eq!(
        (
            no_voice.recorded,
            no_voice.spoken,
            no_voice.unread,
            no_voice.pieces.len()
        ),
        (1, 0, 1, 1)
    );
    let nothing = reading(&texts, None, false);
    assert_eq!((nothing.unread, nothing.pieces.len()), (2, 0));
    assert!(harbour::core::speech::all_recorded(
        &texts[..1],
        Some(&pack)
    ));
    assert!(!harbour::core::speech::all_recorded(&texts, Some(&pack)));
}
