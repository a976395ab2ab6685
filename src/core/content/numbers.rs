//! Emergency and help numbers: what to dial, and what the source says each line offers.

use chrono::NaiveDate;
use serde::Deserialize;

use super::{read_area, ContentError, Fact};
use crate::core::contacts::Slot;

/// One help line. Its name and description are Fluent messages `numbers-<id>-name` and
/// `numbers-<id>-about`; the flags are shown only where the source says so.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct HelpNumber {
    pub id: String,
    /// As people read it, in Western digits, grouped: `0800 1111`.
    pub display: String,
    /// What the phone dials: digits only, with an optional leading `+`.
    pub dial: String,
    pub call: bool,
    pub text: bool,
    pub free: bool,
    pub always_open: bool,
    pub interpreters: bool,
    /// Numbers for danger now (999, 112), shown first and marked as emergency.
    pub emergency: bool,
    /// When the line is answered, in UK time, where a source says and it is not always open.
    /// `days` is a set of weekdays as bits (Monday 1, Tuesday 2 … Sunday 64; 127 is every day).
    /// Absent: the hours are not known, and Harbour says so where it matters.
    #[serde(default)]
    pub hours: Option<Vec<Slot>>,
    pub fact: Fact,
}

impl HelpNumber {
    pub fn name_id(&self) -> String {
        format!("numbers-{}-name", self.id)
    }

    pub fn about_id(&self) -> String {
        format!("numbers-{}-about", self.id)
    }

    /// `tel:` link, when the line takes calls.
    pub fn call_href(&self) -> Option<String> {
        self.call.then(|| format!("tel:{}", self.dial))
    }

    /// `sms:` link, when the line takes texts.
    pub fn text_href(&self) -> Option<String> {
        self.text.then(|| format!("sms:{}", self.dial))
    }
}

/// How to call 999 without speaking (the Silent Solution).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SilentSolution {
    pub dial: String,
    pub code: String,
    pub fact: Fact,
}

/// The numbers area of a content pack.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NumbersPack {
    pub format: u32,
    /// When a person last checked these facts against their sources.
    pub reviewed: NaiveDate,
    pub numbers: Vec<HelpNumber>,
    pub silent_solution: SilentSolution,
}

const FORMAT: u32 = 1;

fn dialable(number: &str) -> bool {
    let digits = number.strip_prefix('+').unwrap_or(number);
    (2..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !costly(number)
}

/// UK numbers that cost the caller much more than a normal call or pass money to whoever holds
/// them, which a pack must never offer a child: premium rate (09), service numbers (084, 087)
/// and personal numbers (070), which forward anywhere and look like mobiles. Sources: Ofcom's
/// National Telephone Numbering Plan, Part A (09 premium rate, 08 service numbers, 070
/// personal numbering), as quoted in Ofcom, "Personal Numbering – Guidance on the acceptable
/// use of 070 numbers" (ofcom.org.uk/phones-and-broadband/phone-numbers/070-guidance).
pub(crate) fn costly(number: &str) -> bool {
    let national = match number.strip_prefix("+44") {
        Some(rest) => format!("0{rest}"),
        None => number.to_string(),
    };
    ["09", "084", "087", "070"]
        .iter()
        .any(|prefix| national.starts_with(prefix))
}

/// What a number as shown would dial: its digits, with the `+` if it starts with one.
fn shown_digits(display: &str) -> String {
    let plus = display.trim_start().starts_with('+');
    let digits = display.chars().filter(char::is_ascii_digit);
    (plus.then_some('+').into_iter()).chain(digits).collect()
}

impl NumbersPack {
    /// Reads and checks a numbers file; anything off refuses the whole file.
    pub fn parse(json: &str) -> Result<NumbersPack, ContentError> {
        let pack: NumbersPack = read_area(json, |p: &NumbersPack| p.format, FORMAT)?;
        let silent = &pack.silent_solution;
        // A number shown as one thing must dial exactly that.
        let shown_elsewhere = pack
            .numbers
            .iter()
            .find(|n| shown_digits(&n.display) != n.dial)
            .map(|n| n.display.clone());
        let bad = pack
            .numbers
            .iter()
            .map(|n| &n.dial)
            .chain([&silent.dial, &silent.code])
            .find(|d| !dialable(d))
            .cloned()
            .or(shown_elsewhere);
        match bad {
            Some(bad) => Err(ContentError::BadNumber(bad)),
            None => Ok(pack),
        }
    }
}
