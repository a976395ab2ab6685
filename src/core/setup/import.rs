//! What a setup will change on the young person's phone, worked out before anything is saved,
//! so the preview shows exactly that and the store applies exactly that.
//!
//! Nothing already on the phone is overwritten silently: an adult whose number is already saved
//! is kept as it is, a name already chosen stays, and the out-of-hours contact the young person
//! has stays first: a setup's out-of-hours adult is added after them, marked too, and reached
//! only if the first is removed (the preview says so). Taking the mark from a saved adult would
//! hand the evenings to whoever made the code, or, if the saved adult has no set hours, leave
//! them an "any time" contact ahead of everyone, so the new one would never be reached.

use chrono::{DateTime, Utc};

use super::routing::{routing, Routing};
use super::{Setup, SetupError};
use crate::core::contacts::{Contact, Phone, PhoneError};
use crate::core::content::Organisation;
use crate::core::i18n::Catalogue;
use crate::core::plan::Section;

/// The language the setup asks for, and whether Harbour has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageChoice {
    Installed(&'static str),
    /// Not installed: Harbour stays in `used` and says so.
    Missing {
        asked: String,
        used: &'static str,
    },
}

impl LanguageChoice {
    pub fn code(&self) -> &'static str {
        match self {
            LanguageChoice::Installed(code) | LanguageChoice::Missing { used: code, .. } => code,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdultStatus {
    /// Will be added.
    New,
    /// Their number is already saved: the saved one is kept as it is.
    AlreadySaved,
}

/// Everything a setup will do, for the preview and then the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    pub language: LanguageChoice,
    /// The name to sign messages with, when none was chosen before.
    pub name: Option<String>,
    /// A name already chosen, kept instead of the setup's different one.
    pub kept_name: Option<String>,
    pub area: Option<String>,
    pub adults: Vec<(Contact, AdultStatus)>,
    /// When the setup marks a new out-of-hours contact but one is saved: the saved one, who
    /// stays first (the new adult is added after them).
    pub out_of_hours_kept: Option<String>,
    pub plan: Vec<(Section, String)>,
    /// Who "I want to come back" reaches at three moments of the week, now and after.
    pub routing: Vec<Routing>,
    /// The organisation that signed the code, when the pack in use lists its key; without one
    /// the preview asks for a key worker to be there (security review H2).
    pub made_by: Option<String>,
}

impl Import {
    /// Whether the setup changes who the message reaches at any of the moments shown.
    pub fn changes_routing(&self) -> bool {
        self.routing.iter().any(Routing::changes)
    }

    /// New adults with no set hours (not the out-of-hours contact): they take every message
    /// nobody before them in the list can, evenings and weekends included.
    pub fn any_time(&self) -> impl Iterator<Item = &Contact> {
        self.new_adults()
            .filter(|c| c.hours.is_empty() && !c.out_of_hours)
    }

    /// The adults that will be saved.
    pub fn new_adults(&self) -> impl Iterator<Item = &Contact> {
        self.adults
            .iter()
            .filter(|(_, s)| *s == AdultStatus::New)
            .map(|(c, _)| c)
    }
}

/// Why a setup that read correctly still cannot be imported; nothing is saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Setup(#[from] SetupError),
    /// No phone can call this adult's number (a code made by hand, or a number since withdrawn).
    #[error("the number for {name} cannot be called")]
    Adult { name: String },
}

impl ImportError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ImportError::Setup(e) => e.message_id(),
            ImportError::Adult { .. } => "setup-error-adult",
        }
    }
}

/// Works out the import at `now`. A code past its expiry (or with none) is refused. `phones`
/// are the setup's numbers checked again on this phone (one per adult, in order); a number that
/// no phone can call refuses the whole setup, naming the adult. `made_by` is the listed
/// organisation whose signature the code carries (`Signed::by`).
#[allow(clippy::too_many_arguments)]
pub fn plan_import(
    setup: &Setup,
    made_by: Option<&Organisation>,
    phones: Vec<Result<Phone, PhoneError>>,
    saved: &[Contact],
    signature: Option<&str>,
    current_language: &'static str,
    catalogue: &Catalogue,
    now: DateTime<Utc>,
) -> Result<Import, ImportError> {
    if setup.expires.is_none_or(|until| until <= now) {
        return Err(SetupError::Expired.into());
    }
    if phones.len() != setup.adults.len() {
        return Err(SetupError::Malformed.into());
    }
    let mut adults: Vec<(Contact, AdultStatus)> = Vec::new();
    let saved_out_of_hours = saved.iter().find(|c| c.out_of_hours);
    let mut out_of_hours_seen = false;
    let mut out_of_hours_kept = None;
    for (typed, phone) in setup.adults.iter().zip(phones) {
        let mut contact = typed.check_with(phone).map_err(|_| ImportError::Adult {
            name: typed.name.clone(),
        })?;
        let repeated = adults
            .iter()
            .any(|(c, _)| c.phone.e164 == contact.phone.e164);
        if repeated {
            continue;
        }
        let status = if saved.iter().any(|c| c.phone.e164 == contact.phone.e164) {
            AdultStatus::AlreadySaved
        } else {
            AdultStatus::New
        };
        // One new out-of-hours contact: the first new one marked so, after any saved one.
        contact.out_of_hours &= status == AdultStatus::New && !out_of_hours_seen;
        out_of_hours_seen |= contact.out_of_hours;
        if contact.out_of_hours {
            out_of_hours_kept = saved_out_of_hours.map(|c| c.name.clone());
        }
        adults.push((contact, status));
    }
    let (name, kept_name) = match (setup.name.as_deref(), signature) {
        (Some(new), Some(old)) if new != old => (None, Some(old.to_string())),
        (Some(_), Some(_)) => (None, None),
        (Some(new), None) => (Some(new.to_string()), None),
        (None, _) => (None, None),
    };
    let added: Vec<Contact> = adults
        .iter()
        .filter(|(_, status)| *status == AdultStatus::New)
        .map(|(c, _)| c.clone())
        .collect();
    Ok(Import {
        routing: routing(saved, &added),
        language: choose_language(&setup.language, current_language, catalogue),
        name,
        kept_name,
        area: setup.area.clone(),
        adults,
        out_of_hours_kept,
        plan: setup.plan.clone(),
        made_by: made_by.map(|o| o.name.clone()),
    })
}

/// The setup's language if Harbour has it (or a close form of it: `fa-IR` → `fa`), else the
/// language Harbour is in now.
fn choose_language(asked: &str, current: &'static str, catalogue: &Catalogue) -> LanguageChoice {
    if let Some(info) = catalogue.get(asked) {
        return LanguageChoice::Installed(info.code);
    }
    let chosen = catalogue.negotiate(&[asked]);
    let same_language = asked.split('-').next() == Some(chosen.id.language.as_str());
    if same_language {
        LanguageChoice::Installed(chosen.code)
    } else {
        LanguageChoice::Missing {
            asked: asked.to_string(),
            used: current,
        }
    }
}
