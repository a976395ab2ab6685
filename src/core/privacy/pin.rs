//! The lock code: its rules, the key it gives, and the wait after wrong tries.

use argon2::password_hash::{PasswordHash, PasswordVerifier};
use argon2::Argon2;
use chrono::Duration;

pub const PIN_MIN: usize = 4;
/// Long enough for a phrase of digits; the form suggests six or more.
pub const PIN_MAX: usize = 12;

/// The most used four-digit codes (DataGenetics' study of 3.4 million leaked codes, 2012: these
/// twenty were 27% of all). A code a guesser tries first is refused.
const COMMON: [&str; 20] = [
    "1234", "1111", "0000", "1212", "7777", "1004", "2000", "4444", "2222", "6969", "9999", "3333",
    "5555", "6666", "1122", "1313", "8888", "4321", "2001", "1010",
];

/// Why a code was refused; each has a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("the code must have {PIN_MIN} to {PIN_MAX} digits")]
    Length,
    #[error("the code may only have digits")]
    NotDigits,
    #[error("the code is one of the first a guesser tries")]
    TooCommon,
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
            PinError::TooCommon => "pin-error-common",
            PinError::Mismatch => "pin-error-mismatch",
            PinError::Wrong => "lock-wrong",
            PinError::Wait { .. } => "lock-wait",
            PinError::Store => "pin-error-save",
        }
    }

    /// The message's `$seconds`: how long to wait, for `Wait`; 0 for the others.
    pub fn seconds(self) -> i64 {
        match self {
            PinError::Wait { seconds } => seconds,
            _ => 0,
        }
    }
}

/// Checks a new code and its confirmation (both as typed; spaces are not digits). A code of one
/// digit repeated, a run up or down (123456, 9876), or one of the most common codes is refused.
pub fn check_new_pin(pin: &str, confirm: &str) -> Result<(), PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if !(PIN_MIN..=PIN_MAX).contains(&pin.len()) {
        return Err(PinError::Length);
    }
    if is_guessable(pin.as_bytes()) {
        return Err(PinError::TooCommon);
    }
    if pin != confirm {
        return Err(PinError::Mismatch);
    }
    Ok(())
}

fn is_guessable(digits: &[u8]) -> bool {
    let steps: Vec<i16> = digits
        .windows(2)
        .map(|pair| i16::from(pair[1]) - i16::from(pair[0]))
        .collect();
    let one_step = |step: i16| steps.iter().all(|s| *s == step);
    one_step(0) || one_step(1) || one_step(-1) || COMMON.iter().any(|c| c.as_bytes() == digits)
}

/// How hard the key behind a lock code is to find: Argon2id's memory (KiB), passes and lanes.
/// Kept beside what it sealed, so a later app can raise them and still open an older seal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCost {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

/// The cost a new seal uses, chosen by measurement on the web build (BENCHMARKS.md, "Lock
/// code"; 19 MiB, tap to answer, median of 5): 2 passes 201 ms a guess, 4 passes 249 ms, 6
/// passes 350 ms, 8 passes 438 ms, so about 47 ms a pass and 60 ms around it. At 6 passes the
/// derivation alone is about 0.29 s (≥ 0.25 s a guess) and the unlock with the CPU slowed four
/// times 1.25 s (8 passes: 1.73 s, over the 1.5 s limit). 19 MiB keeps a cheap phone's memory
/// free; a later app can raise the cost, since each seal keeps its own.
pub const KEY_COST: KeyCost = KeyCost {
    memory_kib: 19 * 1024,
    passes: 6,
    lanes: 1,
};

/// The 32-byte key a code gives with this salt and cost (Argon2id, version 0x13). The key is
/// wiped from memory when dropped.
pub fn derive_key(
    pin: &str,
    salt: &[u8],
    cost: KeyCost,
) -> Result<zeroize::Zeroizing<[u8; 32]>, PinError> {
    let params = argon2::Params::new(cost.memory_kib, cost.passes, cost.lanes, Some(32))
        .map_err(|_| PinError::Store)?;
    let argon = Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(pin.as_bytes(), salt, key.as_mut())
        .map_err(|_| PinError::Store)?;
    Ok(key)
}

/// Whether `pin` is the code behind `phc`, an Argon2id hash kept by versions before the seal
/// (such a store is sealed at its first unlock); a damaged hash never matches.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|hash| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// The longest wait between codes.
pub const LONGEST_WAIT_SECONDS: i64 = 3600;

/// How long to wait after `failures` wrong codes in a row: nothing after the first two, 30
/// seconds after the third, doubling with each one after, never more than an hour.
pub fn delay_after(failures: u32) -> Duration {
    match failures {
        0..=2 => Duration::zero(),
        n => Duration::seconds((30i64 << (n - 3).min(7)).min(LONGEST_WAIT_SECONDS)),
    }
}
