//! The "I want to come back" text message, and the `sms:` link that opens it ready to send.
//!
//! The message is written first in the adult's language (English unless they speak one of
//! Harbour's languages), then again in the young person's own, signed with the name they chose.
//! A location is added only when the young person taps for it; it lives in this string alone.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::contact::Contact;
use super::reach::Reach;
use crate::core::i18n::{Catalogue, Localizer, SOURCE_LOCALE};

/// How the phone's messaging app reads an `sms:` link's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsStyle {
    /// RFC 5724, as Android reads it: `sms:+44…?body=…`.
    Standard,
    /// iOS reads the body after `&`: `sms:+44…&body=…`.
    Ios,
}

/// Where the young person is, from the phone, for this one message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Location {
    pub latitude: f64,
    pub longitude: f64,
}

impl Location {
    /// "51.50140, -0.14190 https://maps.google.com/?q=51.50140,-0.14190": readable as numbers
    /// and opened by any maps app; 5 decimals is about a metre.
    fn describe(&self) -> String {
        let (lat, lon) = (self.latitude, self.longitude);
        format!("{lat:.5}, {lon:.5} https://maps.google.com/?q={lat:.5},{lon:.5}")
    }
}

/// The locale the adult reads: the first of their languages Harbour has, else English.
pub fn adult_language(contact: Option<&Contact>, catalogue: &Catalogue) -> &'static str {
    contact
        .into_iter()
        .flat_map(|c| c.languages.iter())
        .find_map(|code| catalogue.get(code).map(|info| info.code))
        .unwrap_or(SOURCE_LOCALE)
}

/// What the young person wants the message to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    /// "I want to come back. Can you help me?"
    ComeBack,
    /// "I am safe, but not ready to come back yet": staying in touch while away is what brings
    /// children back. It never carries where they are.
    SafeNotReady,
}

/// One language's version of the message.
fn in_language(l: &Localizer, intent: Intent, to: &Reach<'_>, signature: Option<&str>) -> String {
    let greeting = match to.contact() {
        Some(contact) => l.tr_with("sms-greeting", &[("name", &contact.name)]),
        None => l.tr("sms-greeting-helpline"),
    };
    let body = match intent {
        Intent::ComeBack => "sms-body",
        Intent::SafeNotReady => "sms-body-safe",
    };
    let mut parts = vec![greeting, l.tr(body)];
    if let Some(name) = signature.map(str::trim).filter(|n| !n.is_empty()) {
        parts.push(l.tr_with("sms-signed", &[("name", name)]));
    }
    plain_if_ltr(l, parts.join(" "))
}

/// Fluent isolates names with invisible marks; left-to-right text does not need them, and in
/// a text message they would cost characters (and show as boxes on old phones).
fn plain_if_ltr(l: &Localizer, text: String) -> String {
    if l.dir() == "rtl" {
        text
    } else {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// The whole message for `intent`: in the adult's language, then the young person's, signed,
/// then (only when coming back) where they are.
pub fn message_for(
    intent: Intent,
    adult: &Localizer,
    own: &Localizer,
    to: &Reach<'_>,
    signature: Option<&str>,
    location: Option<Location>,
) -> String {
    let mut message = in_language(adult, intent, to, signature);
    if own.code() != adult.code() {
        message.push_str("\n\n");
        message.push_str(&in_language(own, intent, to, signature));
    }
    if let Some(location) = location.filter(|_| intent == Intent::ComeBack) {
        message.push_str("\n\n");
        let line = adult.tr_with("sms-location", &[("place", &location.describe())]);
        message.push_str(&plain_if_ltr(adult, line));
    }
    message
}

/// Everything but unreserved characters is encoded (RFC 3986), so spaces are `%20`, never `+`.
const BODY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The link that opens the messaging app with the number and the message filled in.
pub fn sms_href(number: &str, body: &str, style: SmsStyle) -> String {
    let separator = match style {
        SmsStyle::Standard => '?',
        SmsStyle::Ios => '&',
    };
    format!(
        "sms:{number}{separator}body={}",
        utf8_percent_encode(body, BODY)
    )
}
