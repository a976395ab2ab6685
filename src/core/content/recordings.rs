//! The publisher's side of audio packs (issue 19): which messages "Listen" reads on which
//! screen, the script a council hands its speakers, and the checks every recording passes
//! before `harbour-pack audio` seals it (`audio.rs`).
//!
//! Recordings come in as WAV (16-bit PCM, what any recording app or studio exports); the tool
//! measures them here and encodes them to Opus. A recording is refused when it is not that
//! format, is too short or too long, too quiet or too loud, or clips: a child who listens on a
//! cheap phone's speaker must hear every word at the same volume.

use super::Pack;
use crate::core::i18n::review::fingerprint;
use crate::core::i18n::Localizer;
use crate::core::plan::Section;

use super::Part;

/// The screens Listen reads on, as the publisher's report names them.
pub const SCREENS: [&str; 5] = [
    "explainer steps",
    "glossary",
    "safety cards",
    "safety plan",
    "help numbers",
];

/// Every message Listen reads, with the screen it is on, in the order the screens show them.
pub fn listenable(pack: &Pack) -> Vec<(&'static str, String)> {
    let [steps, glossary, cards, plan, numbers] = SCREENS;
    let mut out = Vec::new();
    for step in &pack.process.steps {
        for part in Part::ALL {
            out.push((steps, part.heading_id()));
            out.push((steps, step.part_id(part)));
        }
    }
    for entry in &pack.process.glossary {
        out.push((glossary, entry.term_id()));
        out.push((glossary, entry.meaning_id()));
    }
    for card in &pack.safety.cards {
        for section in &card.sections {
            for id in section.title.iter().chain(&section.points) {
                out.push((cards, id.clone()));
            }
        }
    }
    for section in Section::ALL {
        for id in section.starters() {
            out.push((plan, id.to_string()));
        }
    }
    for number in &pack.numbers.numbers {
        out.push((numbers, number.about_id()));
    }
    // A heading read on every step is recorded once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|(_, id)| seen.insert(id.clone()));
    out
}

/// One line of a recording script: what to read, and the fingerprint of the text as it was
/// when the script was made (so a recording of a text changed since is found out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptLine {
    pub screen: String,
    pub id: String,
    pub fingerprint: String,
    pub text: String,
}

/// The script for `localizer`'s locale: every message Listen reads, as the app shows it now.
pub fn script(pack: &Pack, localizer: &Localizer) -> Vec<ScriptLine> {
    listenable(pack)
        .into_iter()
        .map(|(screen, id)| {
            let text = localizer.tr(&id);
            ScriptLine {
                screen: screen.to_string(),
                fingerprint: fingerprint(&text),
                id,
                text,
            }
        })
        .collect()
}

/// A script as a file: a header line, then `screen<TAB>id<TAB>fingerprint<TAB>text` (line
/// breaks in the text written as ` / `, for the speaker; the fingerprint is of the real text).
pub fn write_script(lines: &[ScriptLine]) -> String {
    let mut out = String::from("screen\tid\tfingerprint\ttext\n");
    for line in lines {
        let text = line.text.replace(['\t'], " ").replace('\n', " / ");
        out.push_str(&format!(
            "{}\t{}\t{}\t{text}\n",
            line.screen, line.id, line.fingerprint
        ));
    }
    out
}

/// A script file read back: the lines that read (others are named in the error).
pub fn read_script(text: &str) -> Result<Vec<ScriptLine>, String> {
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let mut cells = line.splitn(4, '\t');
            match (cells.next(), cells.next(), cells.next(), cells.next()) {
                (Some(screen), Some(id), Some(print), text) if !id.is_empty() => Ok(ScriptLine {
                    screen: screen.to_string(),
                    id: id.to_string(),
                    fingerprint: print.to_string(),
                    text: text.unwrap_or("").to_string(),
                }),
                _ => Err(format!(
                    "script line {}: not screen, id, fingerprint, text",
                    n + 1
                )),
            }
        })
        .collect()
}

/// A recording as measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub millis: u32,
    /// Loudness: the root mean square of the samples, in dB below full scale.
    pub rms_dbfs: f64,
    /// The share of samples at full scale (clipped).
    pub clipped: f64,
}

/// Why a recording is not taken.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TakeProblem {
    #[error("not a WAV file of 16-bit PCM ({0})")]
    NotWav(&'static str),
    #[error("{0} ms long: a recording lasts {MIN_MILLIS} ms to {MAX_MILLIS} ms")]
    Length(u32),
    #[error("too quiet ({0:.1} dBFS; at least {QUIETEST_DBFS} dBFS)")]
    Quiet(f64),
    #[error("too loud ({0:.1} dBFS; at most {LOUDEST_DBFS} dBFS)")]
    Loud(f64),
    #[error("clips ({0:.2}% of samples at full scale)")]
    Clipped(f64),
}

pub const MIN_MILLIS: u32 = 300;
pub const MAX_MILLIS: u32 = 10 * 60 * 1000;
/// Speech recorded for a phone's speaker sits around -20 dBFS; outside this range it is
/// too quiet to hear or pushed until it distorts.
pub const QUIETEST_DBFS: f64 = -35.0;
pub const LOUDEST_DBFS: f64 = -8.0;
/// More than this share of samples at full scale is audible distortion.
const MOST_CLIPPED: f64 = 0.001;

/// Measures a WAV file of 16-bit PCM (any rate, any number of channels).
pub fn measure_wav(bytes: &[u8]) -> Result<Measured, TakeProblem> {
    let (channels, rate, data) = wav_parts(bytes)?;
    let samples: Vec<i16> = data
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect();
    let frames = samples.len() / usize::from(channels);
    let millis = u32::try_from(frames as u64 * 1000 / u64::from(rate)).unwrap_or(u32::MAX);
    let count = samples.len().max(1) as f64;
    let square: f64 = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
    let rms = (square / count).sqrt() / 32768.0;
    let rms_dbfs = if rms > 0.0 {
        20.0 * rms.log10()
    } else {
        -120.0
    };
    let full = samples
        .iter()
        .filter(|&&s| s == i16::MAX || s == i16::MIN)
        .count();
    Ok(Measured {
        millis,
        rms_dbfs,
        clipped: full as f64 / count,
    })
}

/// Whether a measured recording may go into a pack.
pub fn check(measured: &Measured) -> Result<(), TakeProblem> {
    if !(MIN_MILLIS..=MAX_MILLIS).contains(&measured.millis) {
        return Err(TakeProblem::Length(measured.millis));
    }
    if measured.rms_dbfs < QUIETEST_DBFS {
        return Err(TakeProblem::Quiet(measured.rms_dbfs));
    }
    if measured.rms_dbfs > LOUDEST_DBFS {
        return Err(TakeProblem::Loud(measured.rms_dbfs));
    }
    if measured.clipped > MOST_CLIPPED {
        return Err(TakeProblem::Clipped(measured.clipped * 100.0));
    }
    Ok(())
}

/// The channels, sample rate and sample bytes of a WAV file of 16-bit PCM.
fn wav_parts(bytes: &[u8]) -> Result<(u16, u32, &[u8]), TakeProblem> {
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(TakeProblem::NotWav("no RIFF WAVE header"));
    }
    let mut at = 12;
    let mut format = None;
    while at + 8 <= bytes.len() {
        let name = &bytes[at..at + 4];
        let size = u32::from_le_bytes([bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]]);
        let start = at + 8;
        // A writer that streamed the file may leave the data size unknown (0 or all ones).
        let end = start
            .checked_add(size as usize)
            .filter(|&end| end <= bytes.len())
            .unwrap_or(bytes.len());
        let body = &bytes[start..end];
        if name == b"fmt " {
            if body.len() < 16 {
                return Err(TakeProblem::NotWav("a short format chunk"));
            }
            let word = |i: usize| u16::from_le_bytes([body[i], body[i + 1]]);
            let tag = word(0);
            let (channels, bits) = (word(2), word(14));
            let rate = u32::from_le_bytes([body[4], body[5], body[6], body[7]]);
            // 1: PCM; 0xFFFE: "extensible", which some editors write for plain PCM too.
            if !(tag == 1 || tag == 0xFFFE) || bits != 16 || channels == 0 || rate == 0 {
                return Err(TakeProblem::NotWav("not 16-bit PCM"));
            }
            format = Some((channels, rate));
        } else if name == b"data" {
            let (channels, rate) = format.ok_or(TakeProblem::NotWav("data before its format"))?;
            return Ok((channels, rate, body));
        }
        // Chunks are padded to an even length.
        at = end + (end - start) % 2;
    }
    Err(TakeProblem::NotWav("no sound data"))
}

/// Whether `bytes` are an Ogg stream carrying Opus, what the packs hold. Measured: Chromium
/// decodes and plays it (tests/browser/audio.test.mjs). Not measured here: Safari and iOS,
/// whose support for Ogg Opus is not certain; the app asks the browser (`canPlayType`) before
/// playing, and a recording it cannot play is read by the phone's voice instead.
pub fn is_ogg_opus(bytes: &[u8]) -> bool {
    bytes.starts_with(b"OggS") && bytes.get(28..36) == Some(b"OpusHead".as_slice())
}

/// The media type recordings are sealed with.
pub const OGG_OPUS: &str = "audio/ogg; codecs=opus";
