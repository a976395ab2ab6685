//! Who a young person's "I want to come back" message goes to, right now.
//!
//! The rule: the first trusted adult (in the young person's order) whose hours include now;
//! else the out-of-hours contact; else the Runaway Helpline (116 000, free, call or text).
//! Hours are UK wall-clock times, so "now" is read in Europe/London, across both clock changes.

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Europe::London;

use super::contact::Contact;
use super::hours::reachable_until;

/// Why the message goes to the helpline rather than a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelplineReason {
    /// No trusted adult has been added.
    NobodyAdded,
    /// Nobody's hours include now, and there is no out-of-hours contact.
    NobodyNow,
}

/// The one the message goes to, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach<'a> {
    /// A trusted adult who can be reached now; `until` is `None` when they have no set hours.
    Adult { contact: &'a Contact, until: Option<NaiveTime> },
    /// Nobody else can be reached now.
    OutOfHours { contact: &'a Contact },
    Helpline { why: HelplineReason },
}

impl<'a> Reach<'a> {
    pub fn contact(&self) -> Option<&'a Contact> {
        match self {
            Reach::Adult { contact, .. } | Reach::OutOfHours { contact } => Some(contact),
            Reach::Helpline { .. } => None,
        }
    }
}

/// The UK wall-clock time of an instant.
pub fn london_now(now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&London).naive_local()
}

pub fn who_to_reach(contacts: &[Contact], now: DateTime<Utc>) -> Reach<'_> {
    let local = london_now(now);
    let (out_of_hours, adults): (Vec<&Contact>, Vec<&Contact>) =
        contacts.iter().partition(|c| c.out_of_hours);
    for contact in adults {
        if contact.hours.is_empty() {
            return Reach::Adult { contact, until: None };
        }
        if let Some(until) = reachable_until(&contact.hours, local) {
            return Reach::Adult { contact, until: Some(until.time()) };
        }
    }
    match out_of_hours.first() {
        Some(contact) => Reach::OutOfHours { contact },
        None if contacts.is_empty() => Reach::Helpline { why: HelplineReason::NobodyAdded },
        None => Reach::Helpline { why: HelplineReason::NobodyNow },
    }
}
