//! Numbers inside running text, kept left to right.
//!
//! In a right-to-left paragraph a phone number written in groups ("0808 800 5792", "116 000")
//! is several numbers to the Unicode bidi algorithm, and they are laid out right to left:
//! "5792 800 0808". A child would dial the wrong number. Screens show such runs isolated
//! left to right; this finds them.

/// One piece of a text: words, or a run of digits (with single spaces between groups) that
/// must stay left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Words(&'a str),
    Number(&'a str),
}

/// Splits `text` into words and digit runs. A run is ASCII digits, with single spaces inside
/// it only when digits follow ("116 000", "0808 800 5792", "999"); anything else is words.
pub fn numbers_in(text: &str) -> Vec<Piece<'_>> {
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let (mut i, mut words_from) = (0, 0);
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
            // A single space followed by a digit continues the number.
            if end + 1 < bytes.len() && bytes[end] == b' ' && bytes[end + 1].is_ascii_digit() {
                end += 1;
            }
        }
        if words_from < start {
            pieces.push(Piece::Words(&text[words_from..start]));
        }
        pieces.push(Piece::Number(&text[start..end]));
        words_from = end;
        i = end;
    }
    if words_from < text.len() {
        pieces.push(Piece::Words(&text[words_from..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::{numbers_in, Piece};

    fn check(text: &str, expected: &[Piece<'_>]) {
        assert_eq!(numbers_in(text), expected, "{text:?}");
    }

    #[test]
    fn phone_numbers_in_groups_are_one_run_and_words_stay_words() {
        use Piece::{Number as N, Words as W};
        check(
            "اتصل أو أرسل رسالة إلى 116 000.",
            &[W("اتصل أو أرسل رسالة إلى "), N("116 000"), W(".")],
        );
        check(
            "Call 0808 800 5792, free",
            &[W("Call "), N("0808 800 5792"), W(", free")],
        );
        check("999", &[N("999")]);
        check(
            "from 9:30 to 18:00",
            &[
                W("from "),
                N("9"),
                W(":"),
                N("30"),
                W(" to "),
                N("18"),
                W(":"),
                N("00"),
            ],
        );
        check("within 14 days ", &[W("within "), N("14"), W(" days ")]);
        check("no digits", &[W("no digits")]);
        check("", &[]);
        check("12  34", &[N("12"), W("  "), N("34")]);
        check("٠٧٩١١ 123", &[W("٠٧٩١١ "), N("123")]);
    }
}
