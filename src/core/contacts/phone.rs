//! Phone numbers typed by a young person or a key worker, checked and kept in E.164.
//!
//! The `phonenumber` crate (Google's libphonenumber metadata) knows which numbers can exist in
//! every country; a number without `+` is read as a UK number. Its rules (a regex engine and
//! every country's metadata) weigh more than the rest of the web app, so on the web they are a
//! separate module (`src/bin/harbour-phone.rs`) that only the trusted-adult form loads; native
//! builds link them directly. What is saved is already normalised, so nothing else needs them.

#[cfg(any(not(target_arch = "wasm32"), feature = "phone-module"))]
use phonenumber::{country, metadata::DATABASE, Mode, Type};
use serde::{Deserialize, Serialize};

/// A number that can be called, as the phone dials it and as people read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    /// `+447700900123`
    pub e164: String,
    /// `+44 7700 900123`
    pub display: String,
    /// False for numbers that cannot get text messages (landlines and the like).
    pub texts: bool,
}

/// Why a typed number was refused; nothing is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum PhoneError {
    #[error("no phone number was given")]
    Empty,
    #[error("the phone number has characters a phone number cannot have")]
    NotANumber,
    #[error("no phone can call this number")]
    Invalid,
    /// Premium rate, service (084, 087) and personal (070) numbers: they cost a child much
    /// more than a call, pass money to whoever holds them, or forward anywhere while looking
    /// like a mobile (see `content::numbers::costly`).
    #[error("this number costs more than a normal call, or forwards calls elsewhere")]
    Costly,
}

impl PhoneError {
    pub fn message_id(self) -> &'static str {
        match self {
            PhoneError::Empty => "adult-error-phone-empty",
            PhoneError::NotANumber => "adult-error-phone-not-a-number",
            PhoneError::Invalid => "adult-error-phone-invalid",
            PhoneError::Costly => "adult-error-phone-costly",
        }
    }
}

/// Spaces, dashes, dots and brackets people type between digits.
#[cfg(any(not(target_arch = "wasm32"), feature = "phone-module"))]
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')' | '/' | '\u{2010}'..='\u{2015}')
}

/// Checks a typed number and normalises it; a number without `+` or `00` is read as British.
#[cfg(any(not(target_arch = "wasm32"), feature = "phone-module"))]
pub fn parse_phone(input: &str) -> Result<Phone, PhoneError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(PhoneError::Empty);
    }
    // Digits from other scripts (Arabic-Indic, Persian) are read as the digits they are.
    let mut typed = String::with_capacity(input.len());
    for (i, c) in input.chars().enumerate() {
        match c {
            '+' if i == 0 => typed.push('+'),
            c if is_separator(c) => {}
            c => match digit_value(c) {
                Some(d) => typed.push(char::from(b'0' + d as u8)),
                None => return Err(PhoneError::NotANumber),
            },
        }
    }
    if let Some(rest) = typed.strip_prefix("00") {
        typed = format!("+{rest}");
    }
    if typed.trim_start_matches('+').is_empty() {
        return Err(PhoneError::NotANumber);
    }
    let number = phonenumber::parse(Some(country::GB), &typed).map_err(|_| PhoneError::Invalid)?;
    if !number.is_valid() {
        return Err(PhoneError::Invalid);
    }
    let kind = number.number_type(&DATABASE);
    if matches!(
        kind,
        Type::PremiumRate | Type::SharedCost | Type::PersonalNumber
    ) {
        return Err(PhoneError::Costly);
    }
    let texts = !matches!(
        kind,
        Type::FixedLine | Type::TollFree | Type::Uan | Type::Voicemail
    );
    Ok(Phone {
        e164: number.format().mode(Mode::E164).to_string(),
        display: number.format().mode(Mode::International).to_string(),
        texts,
    })
}

/// A digit's value, from ASCII or from the Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹)
/// digits typed on right-to-left keyboards: for phone numbers and a setup's spoken numbers.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}
