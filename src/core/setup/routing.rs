//! Who "I want to come back" reaches before and after a setup, at the three moments the
//! preview shows: a weekday at 11:00, a weekday at 22:00 and Saturday at 14:00.
//!
//! Why: a setup code can come from anyone (security review H2). A code that adds an adult "at
//! any time", or an out-of-hours contact, quietly takes over the evenings and weekends of
//! someone who already has a social worker for the daytime. The preview cannot leave that to
//! the young person to work out, so the store's own rule (`who_to_reach`) is run here on what
//! is saved now and on what would be saved after, and every change is named.

use chrono::{DateTime, TimeZone, Utc};

use crate::core::contacts::{who_to_reach, Contact, Reach};

/// A moment of the week the preview names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    WeekdayMorning,
    WeekdayNight,
    SaturdayAfternoon,
}

impl Moment {
    pub const ALL: [Moment; 3] = [
        Moment::WeekdayMorning,
        Moment::WeekdayNight,
        Moment::SaturdayAfternoon,
    ];

    pub fn message_id(self) -> &'static str {
        match self {
            Moment::WeekdayMorning => "import-when-weekday-morning",
            Moment::WeekdayNight => "import-when-weekday-night",
            Moment::SaturdayAfternoon => "import-when-saturday",
        }
    }

    /// The moment in a week of January 2026 (a Wednesday and a Saturday), when UK time is UTC,
    /// so the hour is the same in both.
    fn instant(self) -> DateTime<Utc> {
        let (day, hour) = match self {
            Moment::WeekdayMorning => (7, 11),
            Moment::WeekdayNight => (7, 22),
            Moment::SaturdayAfternoon => (10, 14),
        };
        Utc.with_ymd_and_hms(2026, 1, day, hour, 0, 0)
            .single()
            .unwrap_or_default()
    }
}

/// Who the message reaches: an adult (named, and whether the setup adds them), or the
/// helpline when no adult can take it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reached {
    Adult {
        name: String,
        e164: String,
        added: bool,
    },
    Helpline,
}

impl Reached {
    fn of(reach: &Reach<'_>) -> Reached {
        match reach.contact() {
            Some(contact) => Reached::Adult {
                name: contact.name.clone(),
                e164: contact.phone.e164.clone(),
                added: contact.id == 0,
            },
            None => Reached::Helpline,
        }
    }

    /// The same person (or the helpline), whatever the name says.
    fn same_as(&self, other: &Reached) -> bool {
        match (self, other) {
            (Reached::Adult { e164: a, .. }, Reached::Adult { e164: b, .. }) => a == b,
            (Reached::Helpline, Reached::Helpline) => true,
            _ => false,
        }
    }
}

/// One moment, before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routing {
    pub moment: Moment,
    pub before: Reached,
    pub after: Reached,
}

impl Routing {
    pub fn changes(&self) -> bool {
        !self.before.same_as(&self.after)
    }
}

/// The three moments with `saved` as it is and as it will be once `added` (new adults, in
/// order, with ID 0) are saved the way the store saves them: after everyone already there, and
/// a new out-of-hours contact taking the mark from the old one.
pub fn routing(saved: &[Contact], added: &[Contact]) -> Vec<Routing> {
    let mut after: Vec<Contact> = saved.to_vec();
    if added.iter().any(|c| c.out_of_hours) {
        for contact in &mut after {
            contact.out_of_hours = false;
        }
    }
    after.extend(added.iter().map(|c| Contact { id: 0, ..c.clone() }));
    Moment::ALL
        .into_iter()
        .map(|moment| Routing {
            moment,
            before: Reached::of(&who_to_reach(saved, moment.instant())),
            after: Reached::of(&who_to_reach(&after, moment.instant())),
        })
        .collect()
}
