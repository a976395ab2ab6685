//! Audio packs: a locale's messages recorded by people (issue 19), for the languages phones have
//! no voice for. A council can commission recordings of the asylum explainer in Tigrinya; the
//! pack carries them, keyed by message ID and by the fingerprint of the text each was recorded
//! from (`review::fingerprint`), so a recording of an old text is never played for a new one.
//!
//! Signed and refused exactly like a content pack (`pack.rs`: the same key, too large before
//! anything is read, not one, a newer format, cut short, a signature that does not match; nothing
//! is read before the signature checks out), and refused for another locale than asked.
//!
//! ```text
//! harbour-audio 1
//! <signature of everything below, base64>
//! <manifest: one line of JSON>
//! <the recordings' bytes, one after another>
//! ```

use serde::{Deserialize, Serialize};

use super::pack::{check_signature, sign_as, split_signed, PackError, PackKey, SecretKey};
use crate::core::i18n::review::fingerprint;

/// The first line of every audio pack.
pub const AUDIO_HEADER: &str = "harbour-audio";
/// The audio pack format this app reads and writes.
pub const AUDIO_FORMAT: u32 = 1;
/// The biggest audio pack read: the whole explainer is about half an hour of speech, some
/// 8 MB in Opus at 32 kbit/s; a download is stopped once it passes this.
pub const MAX_AUDIO_BYTES: usize = 48 * 1024 * 1024;

/// Who speaks in a pack. Machine voices are for tests and are labelled as such; the app's own
/// packs never pass them off as people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Speaker {
    People,
    Machine,
}

/// One recording in a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recording {
    /// The message it reads.
    pub id: String,
    /// The fingerprint of the message's text it was recorded from.
    pub text: String,
    /// Its media type, as a browser's `canPlayType` takes it (`audio/ogg; codecs=opus`).
    pub codec: String,
    pub millis: u32,
    offset: u64,
    length: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: u32,
    locale: String,
    created_at: String,
    speaker: Speaker,
    recordings: Vec<Recording>,
}

/// Recordings the publisher offers in a locale, listed in the signed content pack (`pack.rs`):
/// what the language screen and the setup preview show before anything is downloaded, and the
/// most a download of them may bring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AudioOffer {
    pub locale: String,
    pub bytes: u64,
    /// How long they play, all together.
    pub millis: u64,
    pub speaker: Speaker,
}

impl AudioOffer {
    /// The offer for an audio pack as published: its locale, size, length and speaker.
    pub fn of(pack: &AudioPack, bytes: u64) -> AudioOffer {
        AudioOffer {
            locale: pack.manifest.locale.clone(),
            bytes,
            millis: pack
                .manifest
                .recordings
                .iter()
                .map(|r| u64::from(r.millis))
                .sum(),
            speaker: pack.manifest.speaker,
        }
    }
}

/// Why an audio pack was refused; the recordings in use stay as they were.
#[derive(Debug, thiserror::Error)]
pub enum AudioError {
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error("the recordings are in {got:?}, not {asked:?}")]
    OtherLocale { asked: String, got: String },
}

impl AudioError {
    pub fn message_id(&self) -> &'static str {
        match self {
            AudioError::Pack(PackError::TooLarge) => "audio-error-size",
            AudioError::Pack(PackError::NewerFormat(_)) => "audio-error-format",
            AudioError::Pack(_) => "audio-error-refused",
            AudioError::OtherLocale { .. } => "audio-error-locale",
        }
    }
}

/// A recording to seal into a pack: the message, the text it was recorded from, its media type,
/// length and bytes.
pub struct Take<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub codec: &'a str,
    pub millis: u32,
    pub bytes: &'a [u8],
}

/// A signed audio pack of `takes` in `locale`.
pub fn seal_audio(
    locale: &str,
    created_at: &str,
    speaker: Speaker,
    takes: &[Take],
    key: &SecretKey,
) -> Vec<u8> {
    let mut offset = 0u64;
    let recordings = takes
        .iter()
        .map(|take| {
            let length = take.bytes.len() as u64;
            let recording = Recording {
                id: take.id.to_string(),
                text: fingerprint(take.text),
                codec: take.codec.to_string(),
                millis: take.millis,
                offset,
                length,
            };
            offset += length;
            recording
        })
        .collect();
    let manifest = Manifest {
        format: AUDIO_FORMAT,
        locale: locale.to_string(),
        created_at: created_at.to_string(),
        speaker,
        recordings,
    };
    // One line: serde_json writes a newline inside a string as `\n`.
    let mut signed = serde_json::to_string(&manifest)
        .unwrap_or_default()
        .into_bytes();
    signed.push(b'\n');
    for take in takes {
        signed.extend_from_slice(take.bytes);
    }
    sign_as(AUDIO_HEADER, AUDIO_FORMAT, &signed, key)
}

/// An audio pack whose signature, locale and layout have been checked.
#[derive(Debug)]
pub struct AudioPack {
    manifest: Manifest,
    audio: Vec<u8>,
}

impl AudioPack {
    /// Checks the pack's size, format and signature against `key` before reading anything else,
    /// then that it is `locale`'s and that every recording lies inside it.
    pub fn open(bytes: &[u8], key: &PackKey, locale: &str) -> Result<AudioPack, AudioError> {
        let (signature, signed) = split_signed(bytes, AUDIO_HEADER, AUDIO_FORMAT, MAX_AUDIO_BYTES)?;
        check_signature(signature, signed, key)?;
        let damaged = |why: &str| AudioError::Pack(PackError::Damaged(why.to_string()));
        let split = signed
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| damaged("the pack ends early"))?;
        let manifest: Manifest =
            serde_json::from_slice(&signed[..split]).map_err(|e| damaged(&e.to_string()))?;
        if manifest.format != AUDIO_FORMAT {
            return Err(PackError::NewerFormat(manifest.format).into());
        }
        if manifest.locale != locale {
            return Err(AudioError::OtherLocale {
                asked: locale.to_string(),
                got: manifest.locale,
            });
        }
        let audio = signed[split + 1..].to_vec();
        let fits = |r: &Recording| {
            r.offset
                .checked_add(r.length)
                .is_some_and(|end| end <= audio.len() as u64)
        };
        if !manifest.recordings.iter().all(fits) {
            return Err(damaged("a recording lies outside the pack"));
        }
        Ok(AudioPack { manifest, audio })
    }

    pub fn locale(&self) -> &str {
        &self.manifest.locale
    }

    pub fn speaker(&self) -> Speaker {
        self.manifest.speaker
    }

    /// A recording made from `text` (a message as the app shows it now), if the pack has one;
    /// a recording of an older text is not played. The text alone decides: two messages that
    /// read the same are read by the same recording, and what the young person wrote never
    /// matches one.
    pub fn recording(&self, text: &str) -> Option<(&Recording, &[u8])> {
        let print = fingerprint(text);
        let recording = self.manifest.recordings.iter().find(|r| r.text == print)?;
        let start = usize::try_from(recording.offset).ok()?;
        let end = start.checked_add(usize::try_from(recording.length).ok()?)?;
        Some((recording, self.audio.get(start..end)?))
    }

    /// How many recordings it holds, and their bytes.
    pub fn size(&self) -> (usize, usize) {
        (self.manifest.recordings.len(), self.audio.len())
    }

    /// Its recordings, in the order they were sealed.
    pub fn recordings(&self) -> &[Recording] {
        &self.manifest.recordings
    }
}
