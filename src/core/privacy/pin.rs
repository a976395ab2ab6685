//! The lock code: its rules, its hash, and the wait after wrong tries.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::Duration;

pub const PIN_MIN: usize = 4;
pub const PIN_MAX: usize = 8;

/// Why a code was refused; each has a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("the code must have {PIN_MIN} to {PIN_MAX} digits")]
    Length,
    #[error("the code may only have digits")]
    NotDigits,
    #[error("the two codes differ")]
    Mismatch,
    #[error("the code is wrong")]
    Wrong,
    #[error("too many wrong codes: wait {seconds} s")]
    Wait { seconds: i64 },
    #[error("the code could not be saved or read")]
    Store,
}

impl PinError {
    pub fn message_id(self) -> &'static str {
        match self {
            PinError::Length => "pin-error-length",
            PinError::NotDigits => "pin-error-digits",
            PinError::Mismatch => "pin-error-mismatch",
            PinError::Wrong => "lock-wrong",
            PinError::Wait { .. } => "lock-wait",
            PinError::Store => "pin-error-save",
        }
    }
}

/// Checks a new code and its confirmation (both as typed; spaces are not digits).
pub fn check_new_pin(pin: &str, confirm: &str) -> Result<(), PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if !(PIN_MIN..=PIN_MAX).contains(&pin.len()) {
        return Err(PinError::Length);
    }
    if pin != confirm {
        return Err(PinError::Mismatch);
    }
    Ok(())
}

/// The code's Argon2id hash as a PHC string, with a fresh random salt.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|_| PinError::Store)?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| PinError::Store)?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| PinError::Store)
}

/// Whether `pin` is the code behind `phc`; a damaged hash never matches.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|hash| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// How long to wait after `failures` wrong codes in a row: nothing for the first three, then
/// 30 seconds, doubling each time, never more than an hour.
pub fn delay_after(failures: u32) -> Duration {
    match failures {
        0..=2 => Duration::zero(),
        n => Duration::seconds((30i64 << (n - 3).min(7)).min(3600)),
    }
}
