//! What drawing a QR code gives, and every way a setup code can be wrong: the two types the QR
//! web module shares with the app (as JSON). That module takes this file, `qr.rs` and
//! `base64.rs` rather than the library (`src/bin/harbour-qr.rs`), so they need nothing else.

/// A setup link drawn as a QR code (by `qr::draw`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Drawn {
    /// QR version, 1 (21×21 modules) to 40 (177×177).
    pub version: i16,
    /// `data:image/svg+xml;base64,…`, for an `<img>` (never inserted as markup).
    pub svg: String,
    /// `data:image/png;base64,…`, sharp when printed.
    pub png: String,
}

/// Every way a setup code can be wrong. Nothing is saved when any of these happens.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize,
)]
pub enum SetupError {
    #[error("this is not a Harbour setup code")]
    NotHarbour,
    #[error("the code has characters or parts a Harbour code cannot have")]
    Malformed,
    #[error("the code is cut short")]
    Truncated,
    #[error("the code is bigger than any setup can be")]
    TooLarge,
    #[error("the code was made by a newer version of Harbour")]
    NewerVersion,
    #[error("the code is damaged: its checksum does not match")]
    Damaged,
    #[error("the code is too old: it has expired, has no expiry, or is not sealed")]
    Expired,
    #[error("the numbers typed do not open this code")]
    WrongNumbers,
    #[error("not 8 digits")]
    NumbersIncomplete,
    #[error("this phone gave no random numbers")]
    Unavailable,
}

impl SetupError {
    pub fn message_id(self) -> &'static str {
        match self {
            SetupError::NotHarbour => "setup-error-not-harbour",
            SetupError::Malformed => "setup-error-malformed",
            SetupError::Truncated => "setup-error-truncated",
            SetupError::TooLarge => "setup-error-too-large",
            SetupError::NewerVersion => "setup-error-newer",
            SetupError::Damaged => "setup-error-damaged",
            SetupError::Expired => "setup-error-expired",
            SetupError::WrongNumbers => "setup-error-numbers",
            SetupError::NumbersIncomplete => "setup-error-numbers-incomplete",
            SetupError::Unavailable => "kw-error-tools",
        }
    }
}
