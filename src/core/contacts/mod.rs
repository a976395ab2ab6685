//! The trusted adults a young person can reach, and how Harbour chooses and messages one.
//!
//! This is the heart of "I want to come back": who to reach *now* is a pure function of the
//! contacts and the time (`reach`), so it can be tested at every hour of the year; the text
//! message and its `sms:` link are built here too (`message`), never in the UI.

mod contact;
mod hours;
mod message;
mod phone;
mod reach;

pub use contact::{
    place_contact, Contact, ContactErrors, ContactInput, NameError, Role, SlotInput, MAX_NAME_CHARS,
};
pub use hours::{describe_hours, next_opening, DaySet, HoursError, Slot, ALL_DAYS};
pub use message::{adult_language, message_for, sms_href, Intent, Location, SmsStyle};
#[cfg(any(not(target_arch = "wasm32"), feature = "phone-module"))]
pub use phone::parse_phone;
pub use phone::{digit_value, Phone, PhoneError};
pub use reach::{
    helpline, helpline_now, london_now, who_to_reach, who_to_reach_among, Dial, HelplineNow,
    HelplineReason, Reach, HELPLINE_ID,
};
