//! Reading aloud (issue 19): recordings first (`content::audio`), then the phone's own voice: the
//! sentences a text is read in (one at a time, so the one being read can be shown), which of the
//! phone's voices may read a locale, and what of a block is read how (`reading`).
//!
//! Many of these young people read their own language slowly or not at all, so every explainer
//! step, card, plan section and help number can be listened to. Phones have no voice for many of
//! Harbour's languages (Tigrinya, Oromo, Pashto, Sorani, Kurmanji): a text is then never read in
//! another language's voice, and the screen says there is no voice. Only voices on the phone are
//! used: a voice the browser runs on a server would send the text there.

use crate::core::content::audio::AudioPack;

/// One of the phone's voices, as the platform reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    pub name: String,
    /// Its BCP 47 tag (`ar-SA`; some platforms write `ar_SA`).
    pub lang: String,
    /// It runs on the phone (not on a server the text would be sent to).
    pub local: bool,
}

/// Where a sentence ends: full stops, question and exclamation marks of Harbour's scripts
/// (Latin, Arabic `؟` and `۔`, Ethiopic `።` `፧` `፨`), when followed by a space or the end.
const ENDS: &[char] = &['.', '!', '?', '؟', '۔', '።', '፧', '፨', '…'];

/// The sentences of a text, in order, each trimmed; a text without an end mark is one sentence.
/// Line breaks end a sentence too (a heading, a list item).
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            // Closing isolation marks and quotes stay with their sentence.
            let closing = |n: char| matches!(n, '\u{2069}' | '”' | '»' | '"' | ')');
            if ENDS.contains(&c) && next.is_none_or(|n| n.is_whitespace() || closing(n)) {
                let mut end = at + c.len_utf8();
                while let Some((i, n)) = chars.peek().copied() {
                    if closing(n) || ENDS.contains(&n) {
                        end = i + n.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                push(&mut out, &line[start..end]);
                start = end;
            }
        }
        push(&mut out, &line[start..]);
    }
    out
}

fn push(out: &mut Vec<String>, piece: &str) {
    let piece = piece.trim();
    if piece.chars().any(char::is_alphanumeric) {
        out.push(piece.to_string());
    }
}

/// The phone's voice for a locale whose voice tags are `tags` (its own first, then the ones it
/// may be read in: `fa-AF` → `fa-AF`, `prs`, `fa`): the first tag with a voice on the phone.
/// A tag with a region matches that region only; a bare language matches any region of it.
/// Voices that are not on the phone are never chosen.
pub fn choose_voice<'a>(voices: &'a [Voice], tags: &[String]) -> Option<&'a Voice> {
    let norm = |tag: &str| tag.replace('_', "-").to_ascii_lowercase();
    tags.iter().find_map(|tag| {
        let tag = norm(tag);
        voices.iter().filter(|v| v.local).find(|v| {
            let lang = norm(&v.lang);
            lang == tag || (!tag.contains('-') && lang.split('-').next() == Some(tag.as_str()))
        })
    })
}

/// One piece of a reading: a message read from a recording, or its sentences in the phone's
/// voice. `sentences` are kept for a recording too: they are highlighted as it plays, and read
/// by the phone's voice if the recording will not play.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub sentences: Vec<String>,
    /// The recording's media type and bytes.
    pub recording: Option<(String, Vec<u8>)>,
}

/// What Listen will read of a block of texts, and how.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    pub pieces: Vec<Piece>,
    /// Texts read from a recording.
    pub recorded: usize,
    /// Texts read by the phone's voice.
    pub spoken: usize,
    /// Texts with neither: left out, and the screen says there is no voice.
    pub unread: usize,
}

/// Recordings first (`pack`, the locale's downloaded audio pack), then the phone's voice
/// (`voice`, when it has one for the locale); a text with neither is not read.
pub fn reading(texts: &[String], pack: Option<&AudioPack>, voice: bool) -> Reading {
    let mut out = Reading::default();
    for text in texts {
        let sentences = sentences(text);
        if sentences.is_empty() {
            continue;
        }
        let recording = pack.and_then(|p| p.recording(text));
        if let Some((r, bytes)) = recording {
            out.recorded += 1;
            out.pieces.push(Piece {
                sentences,
                recording: Some((r.codec.clone(), bytes.to_vec())),
            });
        } else if voice {
            out.spoken += 1;
            out.pieces.push(Piece {
                sentences,
                recording: None,
            });
        } else {
            out.unread += 1;
        }
    }
    out
}

/// Whether every text of a block has a recording (then the phone's voices are not asked for).
pub fn all_recorded(texts: &[String], pack: Option<&AudioPack>) -> bool {
    pack.is_some_and(|p| {
        texts
            .iter()
            .all(|t| sentences(t).is_empty() || p.recording(t).is_some())
    })
}
