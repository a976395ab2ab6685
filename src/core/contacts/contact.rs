//! A trusted adult, and the checks a typed one goes through before it is saved.

use super::hours::{HoursError, Slot};
use super::phone::{Phone, PhoneError};
use super::DaySet;

/// Who a trusted adult is to the young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    SocialWorker,
    PersonalAdviser,
    KeyWorker,
    FosterCarer,
    SupportWorker,
    Guardian,
    EmergencyDutyTeam,
    Other,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::SocialWorker,
        Role::PersonalAdviser,
        Role::KeyWorker,
        Role::FosterCarer,
        Role::SupportWorker,
        Role::Guardian,
        Role::EmergencyDutyTeam,
        Role::Other,
    ];

    /// The stable ID kept in the store and in setup payloads.
    pub fn id(self) -> &'static str {
        match self {
            Role::SocialWorker => "social-worker",
            Role::PersonalAdviser => "personal-adviser",
            Role::KeyWorker => "key-worker",
            Role::FosterCarer => "foster-carer",
            Role::SupportWorker => "support-worker",
            Role::Guardian => "guardian",
            Role::EmergencyDutyTeam => "emergency-duty-team",
            Role::Other => "other",
        }
    }

    /// An unknown ID (from a newer app) reads as `Other`, never as an error.
    pub fn from_id(id: &str) -> Role {
        Role::ALL
            .into_iter()
            .find(|r| r.id() == id)
            .unwrap_or(Role::Other)
    }

    /// "Social worker", as a label.
    pub fn label_id(self) -> String {
        format!("role-{}", self.id())
    }

    /// "your social worker", inside a sentence.
    pub fn your_id(self) -> String {
        format!("role-your-{}", self.id())
    }
}

/// A saved trusted adult.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub phone: Phone,
    /// Empty: reachable at any time.
    pub hours: Vec<Slot>,
    /// Locale codes of the languages they speak, most useful first.
    pub languages: Vec<String>,
    /// The one contact for evenings, nights and weekends.
    pub out_of_hours: bool,
}

/// Long enough for "Amina (Emergency Duty Team, Leeds)".
pub const MAX_NAME_CHARS: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("no name was given")]
    Empty,
    #[error("the name is longer than {MAX_NAME_CHARS} characters")]
    TooLong,
}

impl NameError {
    pub fn message_id(self) -> &'static str {
        match self {
            NameError::Empty => "adult-error-name-empty",
            NameError::TooLong => "adult-error-name-too-long",
        }
    }
}

/// One row of times as typed in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotInput {
    pub days: DaySet,
    pub opens: String,
    pub closes: String,
}

/// A trusted adult as typed, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactInput {
    pub name: String,
    pub role: Role,
    pub phone: String,
    pub hours: Vec<SlotInput>,
    pub languages: Vec<String>,
    pub out_of_hours: bool,
}

/// Everything wrong with a typed contact, field by field, so the form can say each at once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactErrors {
    pub name: Option<NameError>,
    pub phone: Option<PhoneError>,
    /// One entry per row of times, `None` where the row is fine.
    pub hours: Vec<Option<HoursError>>,
}

impl ContactInput {
    /// The contact as it will be saved (`id` 0 until the store gives one), or every problem.
    #[cfg(any(not(target_arch = "wasm32"), feature = "phone-module"))]
    pub fn check(&self) -> Result<Contact, ContactErrors> {
        self.check_with(super::phone::parse_phone(&self.phone))
    }

    /// The same, with the phone number already checked (on the web, by the phone module).
    pub fn check_with(&self, phone: Result<Phone, PhoneError>) -> Result<Contact, ContactErrors> {
        let name = self.name.trim();
        let name_check = match name.chars().count() {
            0 => Err(NameError::Empty),
            n if n > MAX_NAME_CHARS => Err(NameError::TooLong),
            _ => Ok(name.to_string()),
        };
        let phone_check = phone;
        let hours: Vec<Result<Slot, HoursError>> = self
            .hours
            .iter()
            .map(|h| Slot::parse(h.days, &h.opens, &h.closes))
            .collect();
        match (name_check, phone_check) {
            (Ok(name), Ok(phone)) if hours.iter().all(Result::is_ok) => Ok(Contact {
                id: 0,
                name,
                role: self.role,
                phone,
                hours: hours.into_iter().flatten().collect(),
                languages: self.languages.clone(),
                out_of_hours: self.out_of_hours,
            }),
            (name, phone) => Err(ContactErrors {
                name: name.err(),
                phone: phone.err(),
                hours: hours.into_iter().map(Result::err).collect(),
            }),
        }
    }
}

impl Contact {
    /// The form's starting values for changing this contact.
    pub fn to_input(&self) -> ContactInput {
        ContactInput {
            name: self.name.clone(),
            role: self.role,
            phone: self.phone.display.clone(),
            hours: self
                .hours
                .iter()
                .map(|s| SlotInput {
                    days: s.days,
                    opens: s.opens.format("%H:%M").to_string(),
                    closes: s.closes.format("%H:%M").to_string(),
                })
                .collect(),
            languages: self.languages.clone(),
            out_of_hours: self.out_of_hours,
        }
    }
}

/// Puts `contact` in a list at `at` (or last when `at` is past the end), keeping the rule that at
/// most one adult is the out-of-hours contact: a newly marked one takes the mark from the others.
/// The store applies the same rule to what is saved (`Store::save_contact`).
pub fn place_contact(list: &mut Vec<Contact>, at: usize, contact: Contact) {
    if contact.out_of_hours {
        list.iter_mut().for_each(|c| c.out_of_hours = false);
    }
    match list.get_mut(at) {
        Some(slot) => *slot = contact,
        None => list.push(contact),
    }
}
