//! What the property tests share: a small seeded generator (the same runs every time, no
//! dependency), the run count (`HARBOUR_FUZZ_ITERATIONS`, set long by scripts/stress.sh), and
//! the mutations of a JSON document.
#![allow(dead_code)] // each test file uses the part it needs

/// Xorshift64: deterministic, good enough to pick mutations.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// How many runs a property makes: `quick` in `cargo test`, `HARBOUR_FUZZ_ITERATIONS` when set,
/// never fewer than `floor`.
pub fn runs(quick: usize, floor: usize) -> usize {
    std::env::var("HARBOUR_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(quick)
        .max(floor)
}

/// What a byte may be replaced with: JSON's own characters, and characters of two, three and
/// four bytes (Latin, a currency sign, a dash, Arabic, an emoji, a combining accent), so that
/// code slicing text by bytes (`split_at`, `[..n]`) meets a character boundary it must respect.
const PIECES: [&str; 23] = [
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "0",
    "-",
    "9",
    "e",
    "E",
    ".",
    "n",
    "t",
    "f",
    " ",
    "é",
    "€",
    "–",
    "ا",
    "\u{1F600}",
    "\u{301}",
];

/// Up to `max_edits` edits of a JSON text: a byte replaced by a JSON-ish character or a
/// non-ASCII one, a byte removed, a run of bytes repeated, or the end cut off.
pub fn mutate_json(bytes: &mut Vec<u8>, rng: &mut Rng, max_edits: usize) {
    for _ in 0..=rng.below(max_edits) {
        let at = rng.below(bytes.len());
        match rng.below(4) {
            0 if !bytes.is_empty() => {
                let piece = PIECES[rng.below(PIECES.len())];
                bytes.splice(at..=at, piece.bytes());
            }
            1 if !bytes.is_empty() => {
                bytes.remove(at);
            }
            2 => {
                let piece: Vec<u8> = bytes[at..bytes.len().min(at + 40)].to_vec();
                bytes.splice(at..at, piece);
            }
            _ => bytes.truncate(at.max(1)),
        }
    }
}

/// What a field's text may be made of, character by character: the pieces of real values
/// (digits, `:`, signs, `Z`, day codes, a comma) and characters of two to four bytes, so a
/// parser that slices text by bytes or multiplies what it reads meets both.
const TEXT_PIECES: [&str; 22] = [
    "0",
    "1",
    "9",
    "99999999",
    ":",
    "+",
    "-",
    "Z",
    "T",
    ",",
    " ",
    "MO",
    "SU",
    "WEEKLY",
    "MONTHLY",
    "é",
    "€",
    "–",
    "ا",
    "\u{1F600}",
    "\u{301}",
    "\u{0}",
];

/// A field's text of up to `max_pieces` pieces, for property tests of parsers of outside text.
pub fn field_text(rng: &mut Rng, max_pieces: usize) -> String {
    (0..rng.below(max_pieces + 1))
        .map(|_| TEXT_PIECES[rng.below(TEXT_PIECES.len())])
        .collect()
}
