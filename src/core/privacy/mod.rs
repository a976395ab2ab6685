//! Staying safe when someone else has the phone: the lock code, and how long a wrong code waits.
//!
//! The code is never kept in clear: only an Argon2id hash (memory-hard, from the RustCrypto
//! `argon2` crate). After three wrong tries each further wrong try doubles the wait, from 30
//! seconds up to an hour, and the count survives a restart (it lives in the store).

mod pin;

pub use pin::{check_new_pin, delay_after, hash_pin, verify_pin, PinError, PIN_MAX, PIN_MIN};

/// How long Harbour may stay in the background before the lock code is asked again (seconds).
pub const LOCK_AFTER_SECONDS: i64 = 120;
