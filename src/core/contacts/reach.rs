//! Who a young person's "I want to come back" message goes to, right now.
//!
//! The rule: the first trusted adult (in the young person's order) whose hours include now;
//! else the out-of-hours contact; else the Runaway Helpline (116 000, free, call or text).
//! Hours are UK wall-clock times, so "now" is read in Europe/London, across both clock changes.
//! Which number that means (`Reach::dial`) is decided here too, from the content pack in use,
//! so the screen and the tests share one rule.

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Europe::London;

use super::contact::Contact;
use super::hours::{next_opening, reachable_until};
use crate::core::content::NumbersPack;

/// The help number's ID in a content pack: the helpline a message goes to when no trusted
/// adult can take it.
pub const HELPLINE_ID: &str = "runaway";

/// Why the message goes to the helpline rather than a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelplineReason {
    /// No trusted adult has been added.
    NobodyAdded,
    /// Nobody's hours include now, and there is no out-of-hours contact.
    NobodyNow,
    /// Trusted adults were saved, but none of them can be read any more (a damaged row): the
    /// young person must not be told they added nobody.
    Unreadable,
}

/// The number the message (or call) goes to, as dialled and as read, and whether it takes texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dial {
    pub number: String,
    pub display: String,
    pub texts: bool,
}

impl Dial {
    pub fn tel_href(&self) -> String {
        format!("tel:{}", self.number)
    }
}

/// The one the message goes to, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach<'a> {
    /// A trusted adult who can be reached now; `until` is `None` when they have no set hours.
    Adult {
        contact: &'a Contact,
        until: Option<NaiveTime>,
    },
    /// Nobody else can be reached now.
    OutOfHours {
        contact: &'a Contact,
    },
    Helpline {
        why: HelplineReason,
    },
}

impl<'a> Reach<'a> {
    pub fn contact(&self) -> Option<&'a Contact> {
        match self {
            Reach::Adult { contact, .. } | Reach::OutOfHours { contact } => Some(contact),
            Reach::Helpline { .. } => None,
        }
    }

    /// The number to use: the adult's, else the helpline's from the pack in use. Only if there
    /// were no pack, or it had no helpline (the built-in one always has; `tests/packs.rs` checks
    /// it), is the Runaway Helpline's own number used as written here.
    pub fn dial(&self, numbers: Option<&NumbersPack>) -> Dial {
        if let Some(contact) = self.contact() {
            return Dial {
                number: contact.phone.e164.clone(),
                display: contact.phone.display.clone(),
                texts: contact.phone.texts,
            };
        }
        helpline(numbers)
    }
}

/// Whether the helpline answers now, as far as the pack in use knows (its hours are UK time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelplineNow {
    /// Open day and night, by its source.
    AlwaysOpen,
    /// Open now, until this UK time.
    OpenUntil(NaiveTime),
    /// Closed now; when it opens next (UK time), if the pack says.
    Closed { opens: Option<NaiveDateTime> },
    /// Nobody has confirmed its hours: it may be closed.
    Unknown,
}

impl HelplineNow {
    /// Whether a young person must be told it may not answer, and offered 999 first.
    pub fn may_be_closed(self) -> bool {
        !matches!(self, HelplineNow::AlwaysOpen | HelplineNow::OpenUntil(_))
    }
}

/// The helpline's hours, read at `now` in Europe/London.
pub fn helpline_now(numbers: Option<&NumbersPack>, now: DateTime<Utc>) -> HelplineNow {
    let Some(line) = numbers.and_then(|p| p.numbers.iter().find(|n| n.id == HELPLINE_ID)) else {
        return HelplineNow::Unknown;
    };
    if line.always_open {
        return HelplineNow::AlwaysOpen;
    }
    let Some(slots) = line.hours.as_deref().filter(|s| !s.is_empty()) else {
        return HelplineNow::Unknown;
    };
    let local = london_now(now);
    match reachable_until(slots, local) {
        Some(until) => HelplineNow::OpenUntil(until.time()),
        None => HelplineNow::Closed {
            opens: next_opening(slots, local),
        },
    }
}

/// The helpline's number from the pack in use (see `Reach::dial` for when there is none).
pub fn helpline(numbers: Option<&NumbersPack>) -> Dial {
    match numbers.and_then(|pack| pack.numbers.iter().find(|n| n.id == HELPLINE_ID)) {
        Some(n) => Dial {
            number: n.dial.clone(),
            display: n.display.clone(),
            texts: n.text,
        },
        None => Dial {
            number: "116000".into(),
            display: "116 000".into(),
            texts: true,
        },
    }
}

/// The UK wall-clock time of an instant.
pub fn london_now(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&London).naive_local()
}

pub fn who_to_reach(contacts: &[Contact], now: DateTime<Utc>) -> Reach<'_> {
    who_to_reach_among(contacts, 0, now)
}

/// `who_to_reach` when `unreadable` saved adults could not be read: the rule is the same over the
/// ones that could, and the helpline's reason never claims that nobody was added.
pub fn who_to_reach_among(
    contacts: &[Contact],
    unreadable: usize,
    now: DateTime<Utc>,
) -> Reach<'_> {
    let local = london_now(now);
    let (out_of_hours, adults): (Vec<&Contact>, Vec<&Contact>) =
        contacts.iter().partition(|c| c.out_of_hours);
    for contact in adults {
        if contact.hours.is_empty() {
            return Reach::Adult {
                contact,
                until: None,
            };
        }
        if let Some(until) = reachable_until(&contact.hours, local) {
            return Reach::Adult {
                contact,
                until: Some(until.time()),
            };
        }
    }
    match out_of_hours.first() {
        Some(contact) => Reach::OutOfHours { contact },
        None if contacts.is_empty() && unreadable > 0 => Reach::Helpline {
            why: HelplineReason::Unreadable,
        },
        None if contacts.is_empty() => Reach::Helpline {
            why: HelplineReason::NobodyAdded,
        },
        None => Reach::Helpline {
            why: HelplineReason::NobodyNow,
        },
    }
}
