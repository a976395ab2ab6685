//! A setup as text: the code inside a QR, a link, or a paste.
//!
//! Frame: `Hb` (so other codes are told apart), the format version, the sealed part's length
//! (2 bytes) and its CRC-32 (4 bytes), then the sealed part (`seal`): the key's cost and salt, a
//! nonce, and the body compressed with raw DEFLATE and encrypted under the spoken numbers. The
//! CRC tells a damaged or cut code from wrong numbers before the numbers are asked for. The
//! frame is written in unpadded base64url and goes after `#` in `<origin>/j#<code>`: a
//! browser never sends what follows `#` to any server.
//!
//! Format 1 (until December 2026) carried the body unencrypted; such codes are refused as too
//! old, since the link they leave behind is readable by anyone.

use zeroize::Zeroizing;

use super::seal::{Sealed, SetupKey, SpokenNumbers};
use super::{base64, wire, Setup, SetupError, Signed, MAX_ADULTS, MAX_AREA_CHARS, MAX_PLAN_LINES};
use crate::core::contacts::MAX_NAME_CHARS;
use crate::core::content::SecretKey;
use crate::core::plan::check_line;

/// The version of the frame and body layout this app writes and the newest it reads.
pub const FORMAT: u8 = 2;
const MAGIC: [u8; 2] = *b"Hb";
/// Magic and format: bound to the ciphertext, so a sealed part moved into another frame fails.
const HEADER: [u8; 3] = [MAGIC[0], MAGIC[1], FORMAT];
const HEADER_BYTES: usize = 2 + 1 + 2 + 4;
/// Longer text than this is never a setup (the biggest QR code holds under 3,000 bytes).
pub const MAX_TEXT_CHARS: usize = 4096;
/// The body, uncompressed, may not be bigger than this.
const MAX_BODY_BYTES: usize = 32 * 1024;

/// The setup screen's address: a letter that says nothing to whoever reads the browser's
/// history (the router's `Route::SetupImport` and `boot.js` use the same).
pub const SETUP_PATH: &str = "/j";

/// The link a phone's own camera opens: Harbour at `origin`, the code after `#`.
pub fn setup_link(origin: &str, code: &str) -> String {
    format!("{}{SETUP_PATH}#{code}", origin.trim_end_matches('/'))
}

/// Why the key worker's setup cannot be made into a code yet; each names its Fluent message and
/// the limit it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupProblem {
    NameTooLong,
    AreaTooLong,
    /// More than fits in one QR code (too many or too long lines).
    TooLarge,
    /// Something the key worker's form cannot make (a bad language code, a plan line that does
    /// not pass its checks).
    Malformed,
}

impl SetupProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            SetupProblem::NameTooLong => "kw-error-name-too-long",
            SetupProblem::AreaTooLong => "kw-error-area-too-long",
            SetupProblem::TooLarge => "kw-error-too-large",
            SetupProblem::Malformed => "setup-error-malformed",
        }
    }

    /// The limit the message names (`{ $max }`), where it names one.
    pub fn limit(self) -> usize {
        match self {
            SetupProblem::NameTooLong => MAX_NAME_CHARS,
            SetupProblem::AreaTooLong => MAX_AREA_CHARS,
            SetupProblem::TooLarge | SetupProblem::Malformed => 0,
        }
    }
}

impl Setup {
    /// What a setup must be before it is made into a code, and what a code read from outside
    /// must be after it is decoded: the same rule on the key worker's phone and the young
    /// person's. (Each adult is checked by `ContactInput::check`, on both phones too.)
    pub fn validate(&self) -> Result<(), SetupProblem> {
        let code_ok = !self.language.is_empty()
            && self.language.len() <= 16
            && self
                .language
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if self
            .name
            .as_ref()
            .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
        {
            return Err(SetupProblem::NameTooLong);
        }
        if self
            .area
            .as_ref()
            .is_some_and(|a| a.chars().count() > MAX_AREA_CHARS)
        {
            return Err(SetupProblem::AreaTooLong);
        }
        if self.adults.len() > MAX_ADULTS || self.plan.len() > MAX_PLAN_LINES {
            return Err(SetupProblem::TooLarge);
        }
        let name_ok = self.name.as_ref().is_none_or(|n| n.trim() == n);
        let plan_ok = self.plan.iter().all(|(_, line)| check_line(line).is_ok());
        if code_ok && name_ok && plan_ok {
            Ok(())
        } else {
            Err(SetupProblem::Malformed)
        }
    }

    /// The code for this setup, sealed under `key`. A setup that does not pass `validate` is
    /// never made into one.
    pub fn to_code(&self, key: &SetupKey) -> Result<String, SetupError> {
        self.to_signed_code(key, None)
    }

    /// The same, signed with an organisation's key when one is given (the setup must have an
    /// expiry: the signature is the field after it).
    pub fn to_signed_code(
        &self,
        key: &SetupKey,
        organisation: Option<&SecretKey>,
    ) -> Result<String, SetupError> {
        self.validate().map_err(|problem| match problem {
            SetupProblem::Malformed => SetupError::Malformed,
            _ => SetupError::TooLarge,
        })?;
        let mut body = Zeroizing::new(wire::encode(self)?);
        if let Some(organisation) = organisation {
            if self.expires.is_none() {
                return Err(SetupError::Malformed);
            }
            let mut message = wire::SIGNED_CONTEXT.to_vec();
            message.extend_from_slice(&body);
            body.extend_from_slice(&organisation.sign_bytes(&message));
        }
        let packed = Zeroizing::new(miniz_oxide::deflate::compress_to_vec(&body, 10));
        seal_packed(&packed, key)
    }

    /// The body as `wire` lays it out, unsealed: for tests of bodies no app makes.
    #[doc(hidden)]
    pub fn to_body(&self) -> Result<Vec<u8>, SetupError> {
        wire::encode(self)
    }

    /// What the adults' own checks do not cover must be what the key worker's form could make.
    fn check_words(&self) -> Result<(), SetupError> {
        self.validate().map_err(|_| SetupError::Malformed)
    }
}

/// A code around `packed` (a body, compressed), sealed under `key` and unchecked: `to_code`
/// for a setup, and tests for bodies and compressed data no app makes.
#[doc(hidden)]
pub fn seal_packed(packed: &[u8], key: &SetupKey) -> Result<String, SetupError> {
    let sealed = key.seal(&HEADER, packed)?;
    let len = u16::try_from(sealed.len()).map_err(|_| SetupError::TooLarge)?;
    let mut frame = Vec::with_capacity(HEADER_BYTES + sealed.len());
    frame.extend_from_slice(&HEADER);
    frame.extend_from_slice(&len.to_be_bytes());
    frame.extend_from_slice(&crc32fast::hash(&sealed).to_be_bytes());
    frame.extend_from_slice(&sealed);
    Ok(base64::encode(&frame, base64::URL))
}

impl Sealed {
    /// Reads a sealed setup from a scanned or pasted text: the whole link, or the code alone.
    /// Whatever is wrong with the code itself is found here, before the numbers are asked for.
    pub fn from_text(text: &str) -> Result<Sealed, SetupError> {
        let text = text.trim();
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(SetupError::TooLarge);
        }
        let (code, from_link) = match text.split_once('#') {
            Some((page, code)) if is_setup_page(page) => (code, true),
            Some(_) => return Err(SetupError::NotHarbour),
            None => (text, false),
        };
        // Anything but a Harbour link or a bare code (a web address, a Wi-Fi code) is not ours.
        let not_ours = if from_link {
            SetupError::Malformed
        } else {
            SetupError::NotHarbour
        };
        let frame = base64::decode(code, base64::URL).ok_or(not_ours)?;
        match frame.get(..2) {
            None if from_link => return Err(SetupError::Truncated),
            Some(magic) if magic == MAGIC => {}
            _ => return Err(not_ours),
        }
        if frame.len() < HEADER_BYTES {
            return Err(SetupError::Truncated);
        }
        match frame[2] {
            0 => return Err(SetupError::Malformed),
            v if v > FORMAT => return Err(SetupError::NewerVersion),
            v if v < FORMAT => return Err(SetupError::Expired),
            _ => {}
        }
        let len = u16::from_be_bytes([frame[3], frame[4]]) as usize;
        let crc = u32::from_be_bytes([frame[5], frame[6], frame[7], frame[8]]);
        let sealed = &frame[HEADER_BYTES..];
        if sealed.len() < len {
            return Err(SetupError::Truncated);
        }
        if sealed.len() > len {
            return Err(SetupError::Malformed);
        }
        if crc32fast::hash(sealed) != crc {
            return Err(SetupError::Damaged);
        }
        Sealed::split(sealed)
    }

    /// The setup inside, if `numbers` open it (`WrongNumbers` if not).
    pub fn open(&self, numbers: &SpokenNumbers) -> Result<Setup, SetupError> {
        self.open_signed(numbers).map(|(setup, _)| setup)
    }

    /// The setup inside and the organisation's signature it carries, if any.
    pub fn open_signed(
        &self,
        numbers: &SpokenNumbers,
    ) -> Result<(Setup, Option<Signed>), SetupError> {
        let packed = self.unseal(&HEADER, numbers)?;
        let body = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_BODY_BYTES)
            .map(Zeroizing::new)
            .map_err(|e| match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => SetupError::TooLarge,
                _ => SetupError::Malformed,
            })?;
        let (setup, signed) = wire::decode(&body)?;
        setup.check_words()?;
        Ok((setup, signed))
    }
}

/// `https://harbour.example/j`, `http://127.0.0.1:8080/j` or just `/j`.
fn is_setup_page(page: &str) -> bool {
    let path = match page.split_once("://") {
        Some((scheme, rest)) if scheme == "https" || scheme == "http" => {
            rest.find('/').map_or("", |i| &rest[i..])
        }
        Some(_) => return false,
        None => page,
    };
    path == SETUP_PATH
}
