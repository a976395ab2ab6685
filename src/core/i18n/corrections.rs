//! A translator's review coming back from the review sheet (`sheet.rs`): the messages they
//! accepted as they are and the ones they corrected, applied to a locale's `.ftl` files and its
//! review record in one step. A correction that would break the app is refused with the reason,
//! and the message left as it was: one that breaks Fluent syntax, drops or adds a
//! `{ $variable }` (the app would show a gap, or nothing), or changes a digit (phone numbers,
//! ages, deadlines and times are facts checked against their sources, not translation; such a
//! fix goes to the maintainers). An item whose English changed after the sheet was written is
//! refused too: the translator checked a text that is no longer there.
//!
//! The file is JSON, written by the sheet's "Save my review" button:
//!
//! ```json
//! {"format": "harbour-review 1", "locale": "ti", "reviewer": "A. Translator",
//!  "date": "2026-12-02", "messages": [
//!    {"id": "comeback-title", "english": "6d1f0c2a9b3e4f51"},
//!    {"id": "plan-title", "english": "0a1b2c3d4e5f6a7b", "text": "…"}]}
//! ```

use std::collections::BTreeSet;
use std::fmt;

use fluent_bundle::FluentResource;
use serde::Deserialize;

use super::review::{self, Entry, Produced, Record};

/// The only format this version reads.
pub const FORMAT: &str = "harbour-review 1";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    pub format: String,
    pub locale: String,
    pub reviewer: String,
    pub date: String,
    pub messages: Vec<Item>,
}

/// One message the translator reviewed: accepted as it is (no `text`) or corrected.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    /// The fingerprint of the English the translator saw (`review::fingerprint`).
    pub english: String,
    #[serde(default)]
    pub text: Option<String>,
}

/// Why a whole file of corrections, or one item in it, was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not JSON in this format.
    Unreadable(String),
    /// The file is for the source text, or names no reviewer or no date.
    NotAReview(&'static str),
    UnknownMessage,
    /// The English changed after the sheet was written.
    EnglishChanged,
    /// The corrected text is not a Fluent message on its own.
    BreaksSyntax,
    /// Its variables are not English's.
    Variables {
        missing: Vec<String>,
        extra: Vec<String>,
    },
    /// Its digits are not the translation's as it was.
    Digits,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Unreadable(why) => write!(f, "the file cannot be read: {why}"),
            Refusal::NotAReview(why) => f.write_str(why),
            Refusal::UnknownMessage => f.write_str("there is no such message"),
            Refusal::EnglishChanged => f.write_str(
                "the English changed after this sheet was written: write a new sheet and review it again",
            ),
            Refusal::BreaksSyntax => f.write_str(
                "the text is not valid Fluent (a brace or a line is out of place)",
            ),
            Refusal::Variables { missing, extra } => write!(
                f,
                "the text must keep the variables of the English (missing: {missing:?}, not in English: {extra:?})"
            ),
            Refusal::Digits => f.write_str(
                "the text changes a number (a phone number, an age, a time or a date): tell the maintainers instead",
            ),
        }
    }
}

/// One locale's messages and record, in and out of `apply`.
#[derive(Debug, Clone)]
pub struct Locale {
    /// Its `.ftl` files: name and text.
    pub files: Vec<(String, String)>,
    pub records: Vec<Record>,
}

/// What `apply` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub accepted: Vec<String>,
    pub corrected: Vec<String>,
    pub refused: Vec<(String, Refusal)>,
}

/// Reads a corrections file.
pub fn read(json: &str) -> Result<Corrections, Refusal> {
    let corrections: Corrections =
        serde_json::from_str(json).map_err(|e| Refusal::Unreadable(e.to_string()))?;
    if corrections.format != FORMAT {
        return Err(Refusal::Unreadable(format!(
            "the format is {:?}, not {FORMAT:?}",
            corrections.format
        )));
    }
    if corrections.reviewer.trim().is_empty() {
        return Err(Refusal::NotAReview("the review names no reviewer"));
    }
    if !review::is_date(&corrections.date) {
        return Err(Refusal::NotAReview("the review's date is not YYYY-MM-DD"));
    }
    Ok(corrections)
}

/// Applies a review to a locale: accepted and corrected messages are recorded as checked by the
/// reviewer against the English as it is now (a corrected one as a translator's text); refused
/// ones change nothing.
pub fn apply(
    english: &[(String, Entry, String)],
    locale: &mut Locale,
    corrections: &Corrections,
) -> Outcome {
    let mut outcome = Outcome::default();
    let (records, _, _) = review::sync(english, &locale.records);
    locale.records = records;
    for item in &corrections.messages {
        match apply_one(english, locale, item) {
            Ok(corrected) => {
                if let Some(record) = locale.records.iter_mut().find(|r| r.id == item.id) {
                    record.english = item.english.clone();
                    record.checked = Some((
                        corrections.reviewer.trim().to_string(),
                        corrections.date.clone(),
                    ));
                    if corrected {
                        record.produced = Produced::Translator;
                    }
                }
                if corrected {
                    outcome.corrected.push(item.id.clone());
                } else {
                    outcome.accepted.push(item.id.clone());
                }
            }
            Err(refusal) => outcome.refused.push((item.id.clone(), refusal)),
        }
    }
    outcome
}

/// Checks one item and, for a correction, writes it into its file. `Ok(true)`: corrected.
fn apply_one(
    english: &[(String, Entry, String)],
    locale: &mut Locale,
    item: &Item,
) -> Result<bool, Refusal> {
    let (area, source, print) = english
        .iter()
        .find(|(_, e, _)| e.id == item.id)
        .ok_or(Refusal::UnknownMessage)?;
    if *print != item.english {
        return Err(Refusal::EnglishChanged);
    }
    let name = format!("{area}.ftl");
    let file = locale
        .files
        .iter_mut()
        .find(|(n, _)| *n == name)
        .ok_or(Refusal::UnknownMessage)?;
    let current = review::entries(&file.1)
        .into_iter()
        .find(|e| e.id == item.id)
        .ok_or(Refusal::UnknownMessage)?;
    let Some(text) = &item.text else {
        return Ok(false);
    };
    let text = indented(text);
    if text == current.text {
        return Ok(false);
    }
    let entry = entry_source(&item.id, &text);
    let parsed = FluentResource::try_new(entry.clone()).map_err(|_| Refusal::BreaksSyntax)?;
    if parsed.entries().count() != 1 || !review::entries(&entry).iter().any(|e| e.id == item.id) {
        return Err(Refusal::BreaksSyntax);
    }
    let (want, have) = (variables(&source.text), variables(&text));
    if want != have {
        return Err(Refusal::Variables {
            missing: want.difference(&have).cloned().collect(),
            extra: have.difference(&want).cloned().collect(),
        });
    }
    if digits(&current.text) != digits(&text) {
        return Err(Refusal::Digits);
    }
    file.1 = replace_entry(&file.1, &item.id, &entry).ok_or(Refusal::UnknownMessage)?;
    Ok(true)
}

/// A message's text with every continuation line indented (a translator typing in a text box
/// may not), no trailing blank lines, and none of the direction marks the sheet puts around
/// placeables (`sheet::isolated`).
fn indented(text: &str) -> String {
    let text = text
        .replace("\r\n", "\n")
        .replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "");
    let mut lines = text.trim_end().lines();
    let mut out = lines.next().unwrap_or_default().trim().to_string();
    for line in lines {
        out.push('\n');
        if !line.trim().is_empty() && !line.starts_with(char::is_whitespace) {
            out.push_str("    ");
        }
        out.push_str(line.trim_end());
    }
    out
}

fn entry_source(id: &str, text: &str) -> String {
    if text.starts_with('\n') {
        format!("{id} ={text}\n")
    } else {
        format!("{id} = {text}\n")
    }
}

/// The `$variables` a message's text uses.
pub fn variables(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        rest = &rest[at + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    out
}

/// The runs of digits of a text, in order (Western digits, as every locale writes numbers).
fn digits(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .map(str::to_string)
        .collect()
}

/// A Fluent file with the message `id` (its first line, continuation lines and attributes)
/// replaced by `entry`; everything else, comments and blank lines included, as it was.
pub fn replace_entry(ftl: &str, id: &str, entry: &str) -> Option<String> {
    let lines: Vec<&str> = ftl.lines().collect();
    let start = lines.iter().position(|line| {
        line.split_once('=')
            .is_some_and(|(name, _)| !name.starts_with(char::is_whitespace) && name.trim() == id)
    })?;
    let mut end = start;
    for (i, line) in lines.iter().enumerate().skip(start + 1) {
        if line.starts_with(char::is_whitespace) && !line.trim().is_empty() {
            end = i;
        } else if !line.trim().is_empty() {
            break;
        }
    }
    let mut out: Vec<&str> = lines[..start].to_vec();
    out.extend(entry.lines());
    out.extend(&lines[end + 1..]);
    let mut text = out.join("\n");
    text.push('\n');
    Some(text)
}
