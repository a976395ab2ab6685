//! The termbase: one term for one idea. Drafting produced one word for both the setup code and
//! the lock code, and three words for "lawyer" across one locale's files; a young person who
//! meets two words thinks of two things. `locales/en/terms.tsv` lists the ideas (the English
//! forms a message may use, and what the term means in Harbour); each locale's `terms.tsv` gives
//! the one word it uses, with the forms it takes. Every message whose English uses a term must
//! use the locale's word (`check`), except where the locale's row names the message (the English
//! word means something else there, or the translation rightly avoids the noun).
//!
//! Files are tab-separated; `#` starts a comment line.
//! English: `term  forms (| between)  meaning`; a locale: `term  forms  except (IDs or -)  note`.

use std::fmt;

use super::review::Entry;

/// The termbase's file name inside a locale folder.
pub const TERMS_FILE: &str = "terms.tsv";

/// One row: the idea (English headword), the forms that stand for it, the messages it does not
/// apply to, and a note (English's meaning; a locale's reasons and doubts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub term: String,
    pub forms: Vec<String>,
    pub except: Vec<String>,
    pub note: String,
}

/// What a termbase check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermProblem {
    /// A line of a terms file that cannot be read.
    Unreadable { line: usize },
    /// The locale has no row for an English term.
    Missing { term: String },
    /// The locale has a row for a term English does not list.
    Unknown { term: String },
    /// The English message uses the term; the translation uses none of the locale's forms.
    Mismatch { term: String, id: String },
}

impl fmt::Display for TermProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TermProblem::Unreadable { line } => write!(f, "line {line} cannot be read"),
            TermProblem::Missing { term } => write!(f, "no row for the term \"{term}\""),
            TermProblem::Unknown { term } => {
                write!(f, "a row for \"{term}\", which English does not list")
            }
            TermProblem::Mismatch { term, id } => write!(
                f,
                "{id} uses \"{term}\" in English but none of this locale's words for it"
            ),
        }
    }
}

/// Reads a terms file: English's (`english`: the third column is the meaning) or a locale's.
pub fn read_terms(text: &str, english: bool) -> Result<Vec<Term>, TermProblem> {
    let mut terms = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let forms: Vec<String> = fields
            .get(1)
            .map(|f| f.split('|').map(str::trim).filter(|f| !f.is_empty()))
            .into_iter()
            .flatten()
            .map(str::to_lowercase)
            .collect();
        let term = fields.first().copied().unwrap_or_default();
        if term.is_empty() || forms.is_empty() {
            return Err(TermProblem::Unreadable { line: i + 1 });
        }
        let (except, note) = if english {
            (Vec::new(), fields.get(2).copied().unwrap_or_default())
        } else {
            let except = fields.get(2).copied().unwrap_or_default();
            let except = except
                .split_whitespace()
                .filter(|id| *id != "-")
                .map(str::to_string)
                .collect();
            (except, fields.get(3).copied().unwrap_or_default())
        };
        terms.push(Term {
            term: term.to_string(),
            forms,
            except,
            note: note.to_string(),
        });
    }
    Ok(terms)
}

/// Whether an English text uses one of `forms` as whole words, in any case.
pub fn uses(english: &str, forms: &[String]) -> bool {
    let text = english.to_lowercase();
    forms.iter().any(|form| {
        text.match_indices(form.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + form.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// The terms an English message uses, in the termbase's order.
pub fn terms_in<'a>(english: &str, terms: &'a [Term]) -> Vec<&'a Term> {
    terms.iter().filter(|t| uses(english, &t.forms)).collect()
}

/// Checks a locale's termbase against English's, and every translated message against it:
/// where the English of a message uses a term, the translation must contain one of the locale's
/// forms for it (as a substring, in any case, so a form may be a stem).
pub fn check(
    english_terms: &[Term],
    terms: &[Term],
    english: &[Entry],
    translated: &[Entry],
) -> Vec<TermProblem> {
    let mut problems = Vec::new();
    for t in english_terms {
        if !terms.iter().any(|own| own.term == t.term) {
            problems.push(TermProblem::Missing {
                term: t.term.clone(),
            });
        }
    }
    for own in terms {
        if !english_terms.iter().any(|t| t.term == own.term) {
            problems.push(TermProblem::Unknown {
                term: own.term.clone(),
            });
        }
    }
    for entry in english {
        let Some(translation) = translated.iter().find(|t| t.id == entry.id) else {
            continue;
        };
        let text = translation.text.to_lowercase();
        for t in terms_in(&entry.text, english_terms) {
            let Some(own) = terms.iter().find(|own| own.term == t.term) else {
                continue;
            };
            if own.except.contains(&entry.id) {
                continue;
            }
            if !own.forms.iter().any(|form| text.contains(form.as_str())) {
                problems.push(TermProblem::Mismatch {
                    term: t.term.clone(),
                    id: entry.id.clone(),
                });
            }
        }
    }
    problems
}
