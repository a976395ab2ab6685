//! The 8 numbers a key worker says aloud, and the seal on a setup that only they open.
//!
//! Why: a setup link stays behind in a browser's history, a QR scanner app's list or a chat,
//! where whoever holds the phone later can read it (security review H3). So the setup inside a
//! code is encrypted (XChaCha20-Poly1305) under a key derived from 8 random digits with
//! Argon2id at the lock code's cost (`KEY_COST`) and a random salt. The key worker's screen
//! shows the digits to be said aloud; the young person types them after the code is read. They
//! are never in the link, the QR code or the printed card, so a link alone shows nothing: a
//! guesser must try up to 100 million numbers at the cost of one lock-code guess each, and the
//! setup inside stops working a week after it is made (`VALID_DAYS`).
//!
//! The cost is written in the code, so a later app can raise it; a code asking for more than
//! `MAX_MEMORY_KIB` or `MAX_PASSES` is refused before anything is derived, so a forged code
//! cannot make a phone work for minutes.

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use super::SetupError;
use crate::core::contacts::digit_value;
use crate::core::privacy::{derive_key, KeyCost, KEY_COST};

/// How many digits the key worker says.
pub const NUMBERS: usize = 8;
pub(super) const SALT_BYTES: usize = 16;
pub(super) const NONCE_BYTES: usize = 24;
/// The cost as written: memory in KiB (4 bytes, big-endian), then passes (1 byte).
pub(super) const COST_BYTES: usize = 5;
/// What a code may ask a phone to spend on its key (the app itself uses `KEY_COST`).
const MAX_MEMORY_KIB: u32 = 64 * 1024;
const MAX_PASSES: u32 = 12;

/// 8 digits, said aloud by the key worker and typed by the young person.
#[derive(Clone, PartialEq, Eq)]
pub struct SpokenNumbers(Zeroizing<[u8; NUMBERS]>);

impl SpokenNumbers {
    /// New random numbers, each digit equally likely.
    pub fn random() -> Result<SpokenNumbers, SetupError> {
        let mut digits = Zeroizing::new([0u8; NUMBERS]);
        let mut filled = 0;
        while filled < NUMBERS {
            let mut bytes = [0u8; 16];
            getrandom::getrandom(&mut bytes).map_err(|_| SetupError::Unavailable)?;
            // 250 is the largest multiple of 10 a byte holds: no digit is favoured.
            for b in bytes.into_iter().filter(|b| *b < 250) {
                if filled < NUMBERS {
                    digits[filled] = b'0' + b % 10;
                    filled += 1;
                }
            }
        }
        Ok(SpokenNumbers(digits))
    }

    /// The numbers as typed: spaces and dashes are ignored, and Arabic-Indic and Persian digits
    /// count as the same digits. Anything else, or not exactly 8, is `NumbersIncomplete`.
    pub fn parse(typed: &str) -> Result<SpokenNumbers, SetupError> {
        let mut digits = Zeroizing::new([0u8; NUMBERS]);
        let mut count = 0;
        for c in typed.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            let digit = digit_value(c)
                .and_then(|d| u8::try_from(d).ok())
                .ok_or(SetupError::NumbersIncomplete)?;
            *digits.get_mut(count).ok_or(SetupError::NumbersIncomplete)? = b'0' + digit;
            count += 1;
        }
        if count == NUMBERS {
            Ok(SpokenNumbers(digits))
        } else {
            Err(SetupError::NumbersIncomplete)
        }
    }

    /// As the key worker says them: `4831 2209`.
    pub fn spoken(&self) -> String {
        let (first, second) = self.0.split_at(NUMBERS / 2);
        format!("{} {}", ascii(first), ascii(second))
    }
}

/// Never printed by accident (in a log or a panic message).
impl fmt::Debug for SpokenNumbers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SpokenNumbers(…)")
    }
}

fn ascii(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or_default()
}

/// The key one set of numbers gives with a fresh salt, for sealing the codes of one setup (the
/// screen's and the card's). Wiped from memory when dropped.
pub struct SetupKey {
    cost: KeyCost,
    salt: [u8; SALT_BYTES],
    key: Zeroizing<[u8; 32]>,
}

impl SetupKey {
    /// The app's key: Argon2id at the lock code's cost (about 0.3 s on the web build).
    pub fn new(numbers: &SpokenNumbers) -> Result<SetupKey, SetupError> {
        SetupKey::with_cost(numbers, KEY_COST)
    }

    /// A key at another cost (tests use a cheap one; a code at any cost within the limits
    /// opens).
    pub fn with_cost(numbers: &SpokenNumbers, cost: KeyCost) -> Result<SetupKey, SetupError> {
        let mut salt = [0u8; SALT_BYTES];
        getrandom::getrandom(&mut salt).map_err(|_| SetupError::Unavailable)?;
        let key = derive(numbers, &salt, cost)?;
        Ok(SetupKey { cost, salt, key })
    }

    /// Cost, salt, nonce and ciphertext: what follows the frame's header. `header` (magic and
    /// format) is bound to the ciphertext.
    pub(super) fn seal(&self, header: &[u8], packed: &[u8]) -> Result<Vec<u8>, SetupError> {
        let mut nonce = [0u8; NONCE_BYTES];
        getrandom::getrandom(&mut nonce).map_err(|_| SetupError::Unavailable)?;
        let sealed = XChaCha20Poly1305::new(self.key.as_ref().into())
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: packed,
                    aad: header,
                },
            )
            .map_err(|_| SetupError::Unavailable)?;
        let mut out = Vec::with_capacity(COST_BYTES + SALT_BYTES + NONCE_BYTES + sealed.len());
        out.extend_from_slice(&self.cost.memory_kib.to_be_bytes());
        out.push(u8::try_from(self.cost.passes).map_err(|_| SetupError::Unavailable)?);
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }
}

/// A setup read from a code, still sealed: the numbers open it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Sealed {
    cost: KeyCost,
    salt: [u8; SALT_BYTES],
    nonce: [u8; NONCE_BYTES],
    ciphertext: Vec<u8>,
}

impl Sealed {
    /// Splits what follows the frame's header; a cost over the limits is refused here.
    pub(super) fn split(body: &[u8]) -> Result<Sealed, SetupError> {
        let (cost, rest) = body
            .split_at_checked(COST_BYTES)
            .ok_or(SetupError::Truncated)?;
        let (salt, rest) = rest
            .split_at_checked(SALT_BYTES)
            .ok_or(SetupError::Truncated)?;
        let (nonce, ciphertext) = rest
            .split_at_checked(NONCE_BYTES)
            .ok_or(SetupError::Truncated)?;
        let memory_kib = u32::from_be_bytes([cost[0], cost[1], cost[2], cost[3]]);
        let passes = u32::from(cost[4]);
        if memory_kib > MAX_MEMORY_KIB || passes > MAX_PASSES {
            return Err(SetupError::TooLarge);
        }
        Ok(Sealed {
            cost: KeyCost {
                memory_kib,
                passes,
                lanes: 1,
            },
            salt: salt.try_into().map_err(|_| SetupError::Truncated)?,
            nonce: nonce.try_into().map_err(|_| SetupError::Truncated)?,
            ciphertext: ciphertext.to_vec(),
        })
    }

    /// The compressed body, if `numbers` are the ones it was sealed with (and `header` the one
    /// it was sealed under).
    pub(super) fn unseal(
        &self,
        header: &[u8],
        numbers: &SpokenNumbers,
    ) -> Result<Zeroizing<Vec<u8>>, SetupError> {
        let key = derive(numbers, &self.salt, self.cost)?;
        XChaCha20Poly1305::new(key.as_ref().into())
            .decrypt(
                XNonce::from_slice(&self.nonce),
                Payload {
                    msg: &self.ciphertext,
                    aad: header,
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| SetupError::WrongNumbers)
    }
}

fn derive(
    numbers: &SpokenNumbers,
    salt: &[u8],
    cost: KeyCost,
) -> Result<Zeroizing<[u8; 32]>, SetupError> {
    derive_key(ascii(numbers.0.as_ref()), salt, cost).map_err(|_| SetupError::Malformed)
}
