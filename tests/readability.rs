//! Plain language, measured (issue 15): what a child reads is written for a 14-year-old reading
//! in a second language. Every English file's Flesch–Kincaid grade (Fluent syntax stripped) must
//! be at most 4.5, and no sentence may run past 20 words.
//!
//! `cargo test --test readability -- --nocapture` prints each file's figures and its hardest
//! sentences, to find what to rewrite.

use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

const MAX_GRADE: f64 = 4.5;
const MAX_SENTENCE_WORDS: usize = 20;

/// The text a person reads: a variable stands for a short word (a name, a number), a choice
/// reads as its default variant.
fn plain(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(inline) => inline_plain(inline, out),
                Expression::Select { variants, .. } => {
                    if let Some(v) = variants.iter().find(|v| v.default).or(variants.first()) {
                        plain(&v.value, out);
                    }
                }
            },
        }
    }
}

fn inline_plain(inline: &InlineExpression<&str>, out: &mut String) {
    match inline {
        InlineExpression::StringLiteral { value } => out.push_str(value),
        InlineExpression::NumberLiteral { value } => out.push_str(value),
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = &**expression {
                inline_plain(inner, out);
            }
        }
        _ => out.push_str("Sam"),
    }
}

/// Syllables in an English word, by vowel groups (a silent final "e" does not count): the
/// usual estimate behind Flesch–Kincaid. A number counts as one.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if w.is_empty() {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && w[n - 2] != 'l' && count > 1 {
        count -= 1;
    }
    count.max(1)
}

fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Sentences end at `.`, `!` or `?` followed by a space or the end, and at a line break.
fn sentences(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let ends =
            matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if ends || c == '\n' {
            found.push(std::mem::take(&mut current));
        }
    }
    found.push(current);
    found.into_iter().filter(|s| !words(s).is_empty()).collect()
}

/// One file's figures.
struct Reading {
    grade: f64,
    long: Vec<(String, usize)>,
    hardest: Vec<(f64, String)>,
}

fn read_file(source: &str) -> Reading {
    let resource = parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    let (mut n_words, mut n_sentences, mut n_syllables) = (0usize, 0usize, 0usize);
    let mut long = Vec::new();
    let mut hardest = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(value) = &message.value else {
            continue;
        };
        let mut text = String::new();
        plain(value, &mut text);
        for sentence in sentences(&text) {
            let ws = words(&sentence);
            let syl: usize = ws.iter().map(|w| syllables(w)).sum();
            n_words += ws.len();
            n_sentences += 1;
            n_syllables += syl;
            if ws.len() > MAX_SENTENCE_WORDS {
                long.push((
                    format!("{}: {}", message.id.name, sentence.trim()),
                    ws.len(),
                ));
            }
            // Labels of a word or two say little about how hard the prose is.
            if ws.len() >= 6 {
                let grade = 0.39 * ws.len() as f64 + 11.8 * syl as f64 / ws.len() as f64 - 15.59;
                hardest.push((grade, format!("{}: {}", message.id.name, sentence.trim())));
            }
        }
    }
    hardest.sort_by(|a, b| b.0.total_cmp(&a.0));
    hardest.truncate(5);
    let grade = 0.39 * n_words as f64 / n_sentences.max(1) as f64
        + 11.8 * n_syllables as f64 / n_words.max(1) as f64
        - 15.59;
    Reading {
        grade,
        long,
        hardest,
    }
}

#[test]
fn the_syllable_estimate_is_close_enough_to_rely_on() {
    for (word, expected) in [
        ("help", 1),
        ("phone", 1),
        ("police", 2),
        ("asylum", 3),
        ("interpreter", 4),
        ("lawyer", 2),
        ("999", 1),
        ("social", 2),
        ("little", 2),
        ("appeal", 2),
    ] {
        assert_eq!(syllables(word), expected, "{word}");
    }
    assert_eq!(sentences("Call 999. It is free! Is it? Yes").len(), 4);
    assert!(read_file("a = This is a test. It is short.\n").grade < 1.0);
}

#[test]
fn every_english_file_reads_at_grade_four_and_a_half_with_no_sentence_over_twenty_words() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("locales/en")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    assert!(files.len() >= 9, "the English files are there");
    let mut failures = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let reading = read_file(&fs::read_to_string(&path).expect("readable"));
        println!("{name}: grade {:.2}", reading.grade);
        for (grade, sentence) in &reading.hardest {
            println!("    {grade:5.1}  {sentence}");
        }
        if reading.grade > MAX_GRADE {
            failures.push(format!(
                "{name}: grade {:.2} (at most {MAX_GRADE})",
                reading.grade
            ));
        }
        for (sentence, count) in reading.long {
            failures.push(format!("{name}: {count} words: {sentence}"));
        }
    }
    assert!(
        failures.is_empty(),
        "hard to read:\n{}",
        failures.join("\n")
    );
}
