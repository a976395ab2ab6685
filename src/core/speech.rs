//! Reading aloud with the phone's own voice (issue 19): the sentences a text is read in (one at a
//! time, so the one being read can be shown), and which of the phone's voices may read a locale.
//!
//! Many of these young people read their own language slowly or not at all, so every explainer
//! step, card, plan section and help number can be listened to. Phones have no voice for many of
//! Harbour's languages (Tigrinya, Oromo, Pashto, Sorani, Kurmanji): a text is then never read in
//! another language's voice, and the screen says there is no voice. Only voices on the phone are
//! used: a voice the browser runs on a server would send the text there.

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
