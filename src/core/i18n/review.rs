//! Review per message: who produced each translation, who checked it and when, and against
//! which English text, so that a council can see what a translator has vouched for and a change
//! to the English makes exactly the translations made from the old text **stale**.
//!
//! The record is `locales/<code>/review.tsv`, one line per message, written by
//! `harbour-i18n` and readable by a person:
//!
//! ```text
//! # id            english           produced_by  checked_by  checked_on
//! comeback-title  6d1f0c2a9b3e4f51  ai-draft     -           -
//! ```
//!
//! (fields separated by one tab each)
//!
//! `english` is the fingerprint of the English message (`fingerprint`) the translation was
//! drafted from or last checked against. A message is **checked** when someone checked it and
//! its English has not changed since; **stale** when the English changed after it was drafted
//! or checked (it still shows, better than nothing, but counts as a draft); otherwise a
//! **draft**.
//!
//! This file uses nothing but `std`: `build.rs` includes it to count, per locale and area, the
//! checked messages the app shows (the language picker's share, each screen's notice).

use std::collections::BTreeMap;
use std::path::Path;
use std::{fmt, fs, io};

/// The record's file name inside a locale folder.
pub const RECORD_FILE: &str = "review.tsv";

const HEADER: &str = "\
# Review of each message against its English source (locales/README.md, \"Review\").
# Written by `harbour-i18n`; a person may read and edit it.
# id\tenglish\tproduced_by\tchecked_by\tchecked_on
";

/// One message as written in a Fluent file: its ID and its text (value, attributes and
/// continuation lines, without the `id =`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub text: String,
}

/// The messages and terms of a Fluent file in order, each with its text as written. Comments and
/// blank lines between entries belong to no entry.
pub fn entries(ftl: &str) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut open = false;
    for line in ftl.lines() {
        let first = line.chars().next();
        match first {
            Some(c) if !c.is_whitespace() && c != '#' => match line.split_once('=') {
                Some((id, rest)) if is_id(id.trim()) => {
                    out.push(Entry {
                        id: id.trim().to_string(),
                        text: rest.trim_start().to_string(),
                    });
                    open = true;
                }
                _ => open = false,
            },
            Some('#') => open = false,
            _ => {
                if let (true, Some(entry)) = (open, out.last_mut()) {
                    entry.text.push('\n');
                    entry.text.push_str(line);
                }
            }
        }
    }
    for entry in &mut out {
        entry.text.truncate(entry.text.trim_end().len());
    }
    out
}

fn is_id(id: &str) -> bool {
    let name = id.strip_prefix('-').unwrap_or(id);
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The translated locales under `root` (every folder but the source locale's), by code.
pub fn translated_locales(root: &Path, source: &str) -> io::Result<Vec<String>> {
    let mut codes = Vec::new();
    for entry in fs::read_dir(root)? {
        let entry = entry?;
        let code = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && code != source {
            codes.push(code);
        }
    }
    codes.sort();
    Ok(codes)
}

/// The `.ftl` files of a locale folder, by name, in name order.
pub fn locale_files(dir: &Path) -> io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "ftl") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, fs::read_to_string(&path)?));
        }
    }
    files.sort();
    Ok(files)
}

/// A short fingerprint of a message's text (64-bit FNV-1a, hex) that changes when a word,
/// a variable or a line changes, and not when only the indentation does. It detects change; it
/// is not a security measure.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, line) in text.lines().map(str::trim).enumerate() {
        let bytes = line.as_bytes();
        let separator: &[u8] = if i == 0 { b"" } else { b"\n" };
        for byte in separator.iter().chain(bytes) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Who produced a translated message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Produced {
    /// Drafted by a machine (an AI model).
    MachineDraft,
    /// Written or corrected by a human translator.
    Translator,
}

impl Produced {
    pub fn as_str(self) -> &'static str {
        match self {
            Produced::MachineDraft => "ai-draft",
            Produced::Translator => "translator",
        }
    }

    fn parse(text: &str) -> Option<Produced> {
        match text {
            "ai-draft" => Some(Produced::MachineDraft),
            "translator" => Some(Produced::Translator),
            _ => None,
        }
    }
}

/// The review of one translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    /// The fingerprint of the English text it was drafted from or last checked against.
    pub english: String,
    pub produced: Produced,
    /// Who checked it (a name or a role), and on which day (`YYYY-MM-DD`).
    pub checked: Option<(String, String)>,
}

/// A line of a record that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    pub line: usize,
    pub problem: &'static str,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// Reads a record; every line must read, and no message may appear twice.
pub fn read_record(text: &str) -> Result<Vec<Record>, RecordError> {
    let mut records: Vec<Record> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let error = |problem| RecordError {
            line: i + 1,
            problem,
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [id, english, produced, by, on] = fields[..] else {
            return Err(error("needs five fields separated by tabs"));
        };
        if !is_id(id) {
            return Err(error("the first field is not a message ID"));
        }
        if english.len() != 16 || !english.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(error(
                "the English fingerprint is not 16 hexadecimal digits",
            ));
        }
        let produced =
            Produced::parse(produced).ok_or(error("produced_by is not ai-draft or translator"))?;
        let checked = match (by, on) {
            ("-", "-") => None,
            ("-", _) | (_, "-") => return Err(error("checked_by and checked_on go together")),
            (by, on) if is_date(on) => Some((by.to_string(), on.to_string())),
            _ => return Err(error("checked_on is not a date (YYYY-MM-DD)")),
        };
        if records.iter().any(|r| r.id == id) {
            return Err(error("this message is recorded twice"));
        }
        records.push(Record {
            id: id.to_string(),
            english: english.to_string(),
            produced,
            checked,
        });
    }
    Ok(records)
}

/// Whether a text is a date as the record writes it, `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Writes a record in the order given.
pub fn write_record(records: &[Record]) -> String {
    let mut out = String::from(HEADER);
    for r in records {
        let (by, on) = r
            .checked
            .as_ref()
            .map_or(("-", "-"), |(by, on)| (by.as_str(), on.as_str()));
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            r.id,
            r.english,
            r.produced.as_str(),
            by,
            on
        ));
    }
    out
}

/// Where a translated message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    /// Drafted or checked against an older English text.
    Stale,
    /// Not checked by anyone (or not in the record at all).
    Draft,
    /// Checked by a translator against the English as it is now.
    Checked,
}

/// The state of one message whose English text has fingerprint `english`.
pub fn state(record: Option<&Record>, english: &str) -> State {
    match record {
        None => State::Draft,
        Some(r) if r.english != english => State::Stale,
        Some(r) if r.checked.is_some() => State::Checked,
        Some(_) => State::Draft,
    }
}

/// An English message: its area (file name without `.ftl`), its entry and its fingerprint.
pub type Sourced = (String, Entry, String);

/// Every English message with its area (the file it is in, without `.ftl`) and fingerprint,
/// in file order.
pub fn english_messages<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<(String, Entry, String)> {
    let mut out = Vec::new();
    for (name, source) in files {
        let area = name.strip_suffix(".ftl").unwrap_or(name).to_string();
        for entry in entries(source) {
            let print = fingerprint(&entry.text);
            out.push((area.clone(), entry, print));
        }
    }
    out
}

/// How many of an area's messages are checked, stale and drafts in one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub area: String,
    pub checked: usize,
    pub stale: usize,
    pub draft: usize,
}

impl Tally {
    pub fn total(&self) -> usize {
        self.checked + self.stale + self.draft
    }
}

/// Counts, per area in English's order, where each English message stands in a locale.
pub fn tally(english: &[(String, Entry, String)], records: &[Record]) -> Vec<Tally> {
    let by_id: BTreeMap<&str, &Record> = records.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out: Vec<Tally> = Vec::new();
    for (area, entry, print) in english {
        if out.last().is_none_or(|t| &t.area != area) {
            out.push(Tally {
                area: area.clone(),
                ..Tally::default()
            });
        }
        let Some(t) = out.last_mut() else { continue };
        match state(by_id.get(entry.id.as_str()).copied(), print) {
            State::Checked => t.checked += 1,
            State::Stale => t.stale += 1,
            State::Draft => t.draft += 1,
        }
    }
    out
}

/// Records that the translations of `ids` were drafted again from the English as it is now:
/// each becomes a machine draft of today's English, unchecked. Returns how many changed.
pub fn redrafted(
    english: &[(String, Entry, String)],
    records: &mut [Record],
    ids: &[&str],
) -> usize {
    let mut changed = 0;
    for record in records.iter_mut().filter(|r| ids.contains(&r.id.as_str())) {
        let Some((_, _, print)) = english.iter().find(|(_, e, _)| e.id == record.id) else {
            continue;
        };
        let now = Record {
            id: record.id.clone(),
            english: print.clone(),
            produced: Produced::MachineDraft,
            checked: None,
        };
        if *record != now {
            *record = now;
            changed += 1;
        }
    }
    changed
}

/// A record brought in line with English: every English message gets a line (a new one as a
/// machine draft of the English as it is now), lines for messages English no longer has are
/// dropped, and nothing else changes: a stale line stays stale until someone re-drafts or
/// checks it. Returns the record and the IDs added and dropped.
pub fn sync(
    english: &[(String, Entry, String)],
    records: &[Record],
) -> (Vec<Record>, Vec<String>, Vec<String>) {
    let mut added = Vec::new();
    let mut out = Vec::new();
    for (_, entry, print) in english {
        match records.iter().find(|r| r.id == entry.id) {
            Some(r) => out.push(r.clone()),
            None => {
                added.push(entry.id.clone());
                out.push(Record {
                    id: entry.id.clone(),
                    english: print.clone(),
                    produced: Produced::MachineDraft,
                    checked: None,
                });
            }
        }
    }
    let dropped = records
        .iter()
        .filter(|r| !english.iter().any(|(_, e, _)| e.id == r.id))
        .map(|r| r.id.clone())
        .collect();
    (out, added, dropped)
}
