//! Text folded for matching what people type against what is written, in any script.

/// Folds case, Fluent's isolation marks, and spelling variants people type differently
/// (Arabic and Persian yeh and kaf, diacritics, the zero-width non-joiner, curly quotes).
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{2068}' | '\u{2069}' | '\u{200C}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
            )
        })
        .map(|c| match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            '’' | '‘' => '\'',
            '“' | '”' | '«' | '»' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
