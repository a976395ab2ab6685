//! Staying safe when someone else has the phone: the lock code, and how long a wrong code waits.
//!
//! The code is never kept, in clear or hashed: a key is derived from it with Argon2id
//! (memory-hard, from the RustCrypto `argon2` crate) and seals what the young person saved
//! (`store::vault`); only the right code opens the seal. After three wrong tries each further wrong try doubles the wait, from 30
//! seconds up to an hour, and the count survives a restart (it lives in the store).

mod pin;

pub use pin::{
    check_new_pin, delay_after, derive_key, verify_pin, KeyCost, PinError, KEY_COST,
    LONGEST_WAIT_SECONDS, PIN_MAX, PIN_MIN,
};

/// How long Harbour may stay in the background before the lock code is asked again (seconds).
pub const LOCK_AFTER_SECONDS: i64 = 120;
