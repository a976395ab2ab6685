//! The setup's body as bytes: the only code that knows this layout.
//!
//! Strings are a LEB128 length then UTF-8; counts are one byte; times are minutes after
//! midnight in two bytes; plan sections are their place in `Section::ALL`.
//!
//! Fields appended so far, in order: the expiry (December 2026), minutes since 1970-01-01 UTC in
//! four bytes, big-endian; then an organisation's Ed25519 signature (64 bytes) of
//! `SIGNED_CONTEXT` followed by every byte before it, when the key worker signed the code.
//!
//! # How the body evolves
//!
//! A key worker's app may be newer than the young person's, so within one `FORMAT` (see `code`)
//! a newer writer may **append fields after the plan**, and a reader ignores whatever follows
//! the last field it knows. Fields added later go after all the fields before them, in the
//! order they were added, so each reader reads the ones it knows and skips the rest.
//!
//! This is sound because the trailing bytes are *inside* the frame's checks: the frame's length
//! and CRC-32 cover the whole compressed body, and DEFLATE marks its own end, so bytes after the
//! plan can only be what a writer put there, never damage or a code cut short (those fail as
//! `Damaged`, `Truncated` or `Malformed` before the body is read). Bytes after the compressed
//! body, outside its length and CRC, are still refused by `code`.
//!
//! Everything else is a new `FORMAT`, so an older app says "update Harbour" instead of
//! misreading it: any change to the fields already here (their order, their encoding, a new
//! role or section an old app would map to something else), a field inside an adult or a plan
//! line (the bytes after it would be misread as the next adult or line), and an appended field
//! whose meaning an old app would misrepresent by not showing it (the young person confirms
//! what the preview shows, so ignoring a field must leave the preview true).

use super::{Setup, SetupError, Signed, MAX_ADULTS, MAX_PLAN_LINES};
use crate::core::contacts::{ContactInput, DaySet, Role, Slot, SlotInput};
use crate::core::plan::Section;
use chrono::{DateTime, NaiveTime, Timelike, Utc};

/// No string in a setup is longer than this many bytes (a 300-character plan line in any
/// script fits).
const MAX_STRING_BYTES: usize = 1200;
const MAX_LANGUAGES: usize = 20;
const MAX_SLOTS: usize = 14;

pub(super) fn encode(setup: &Setup) -> Result<Vec<u8>, SetupError> {
    if setup.adults.len() > MAX_ADULTS || setup.plan.len() > MAX_PLAN_LINES {
        return Err(SetupError::TooLarge);
    }
    let mut out = Vec::with_capacity(512);
    put_str(&mut out, &setup.language)?;
    put_str(&mut out, setup.name.as_deref().unwrap_or(""))?;
    put_str(&mut out, setup.area.as_deref().unwrap_or(""))?;
    out.push(setup.adults.len() as u8);
    for adult in &setup.adults {
        put_str(&mut out, &adult.name)?;
        put_str(&mut out, adult.role.id())?;
        put_str(&mut out, &dialable(&adult.phone))?;
        out.push(u8::from(adult.out_of_hours));
        put_count(&mut out, adult.languages.len(), MAX_LANGUAGES)?;
        for code in &adult.languages {
            put_str(&mut out, code)?;
        }
        put_count(&mut out, adult.hours.len(), MAX_SLOTS)?;
        for typed in &adult.hours {
            let slot = Slot::parse(typed.days, &typed.opens, &typed.closes)
                .map_err(|_| SetupError::Malformed)?;
            out.push(slot.days.bits());
            put_time(&mut out, slot.opens);
            put_time(&mut out, slot.closes);
        }
    }
    out.push(setup.plan.len() as u8);
    for (section, text) in &setup.plan {
        let index = Section::ALL.iter().position(|s| s == section).unwrap_or(0);
        out.push(index as u8);
        put_str(&mut out, text)?;
    }
    if let Some(expires) = setup.expires {
        let minutes =
            u32::try_from(expires.timestamp().div_euclid(60)).map_err(|_| SetupError::Malformed)?;
        out.extend_from_slice(&minutes.to_be_bytes());
    }
    Ok(out)
}

/// What an organisation's signature of a setup covers, before the body's bytes: so that a
/// signature made for anything else never reads as one of a setup.
pub(super) const SIGNED_CONTEXT: &[u8] = b"harbour setup v1\n";

/// Reads a body and the organisation's signature it ends with, if any; anything cut short or
/// out of range is `Malformed`, and bytes after the fields this app knows (appended by a newer
/// writer) are ignored.
pub(super) fn decode(bytes: &[u8]) -> Result<(Setup, Option<Signed>), SetupError> {
    let mut r = Reader { bytes, at: 0 };
    let language = r.string()?;
    let name = Some(r.string()?).filter(|s| !s.is_empty());
    let area = Some(r.string()?).filter(|s| !s.is_empty());
    let adults = (0..r.count(MAX_ADULTS)?)
        .map(|_| {
            let name = r.string()?;
            let role = Role::from_id(&r.string()?);
            let phone = r.string()?;
            let out_of_hours = match r.byte()? {
                0 => false,
                1 => true,
                _ => return Err(SetupError::Malformed),
            };
            let languages = (0..r.count(MAX_LANGUAGES)?)
                .map(|_| r.string())
                .collect::<Result<_, _>>()?;
            let hours = (0..r.count(MAX_SLOTS)?)
                .map(|_| {
                    let days = DaySet::from_bits(r.byte()?).ok_or(SetupError::Malformed)?;
                    let (opens, closes) = (r.time()?, r.time()?);
                    Ok(SlotInput {
                        days,
                        opens,
                        closes,
                    })
                })
                .collect::<Result<_, SetupError>>()?;
            Ok(ContactInput {
                name,
                role,
                phone,
                hours,
                languages,
                out_of_hours,
            })
        })
        .collect::<Result<_, SetupError>>()?;
    let plan = (0..r.count(MAX_PLAN_LINES)?)
        .map(|_| {
            let section = *Section::ALL
                .get(r.byte()? as usize)
                .ok_or(SetupError::Malformed)?;
            Ok((section, r.string()?))
        })
        .collect::<Result<_, SetupError>>()?;
    let expires = if r.at < bytes.len() {
        Some(r.instant()?)
    } else {
        None
    };
    let signed = match bytes.get(r.at..r.at + 64) {
        Some(signature) if expires.is_some() => {
            let mut message = SIGNED_CONTEXT.to_vec();
            message.extend_from_slice(&bytes[..r.at]);
            Some(Signed {
                message,
                signature: signature.try_into().map_err(|_| SetupError::Malformed)?,
            })
        }
        _ => None,
    };
    // Bytes after these: fields this app does not know, appended by a newer writer.
    let setup = Setup {
        language,
        name,
        area,
        adults,
        plan,
        expires,
    };
    Ok((setup, signed))
}

/// `+44 7911 123456` → `+447911123456`: the form shows numbers spaced, the code needs none.
fn dialable(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

fn put_count(out: &mut Vec<u8>, n: usize, max: usize) -> Result<(), SetupError> {
    if n > max {
        return Err(SetupError::TooLarge);
    }
    out.push(n as u8);
    Ok(())
}

fn put_str(out: &mut Vec<u8>, s: &str) -> Result<(), SetupError> {
    if s.len() > MAX_STRING_BYTES {
        return Err(SetupError::TooLarge);
    }
    let mut n = s.len();
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            break;
        }
        out.push(low | 0x80);
    }
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

fn put_time(out: &mut Vec<u8>, t: NaiveTime) {
    let minutes = (t.hour() * 60 + t.minute()) as u16;
    out.extend_from_slice(&minutes.to_be_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, SetupError> {
        let b = *self.bytes.get(self.at).ok_or(SetupError::Malformed)?;
        self.at += 1;
        Ok(b)
    }

    fn count(&mut self, max: usize) -> Result<usize, SetupError> {
        let n = self.byte()? as usize;
        if n > max {
            return Err(SetupError::TooLarge);
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, SetupError> {
        let mut len = 0usize;
        for shift in [0, 7] {
            let b = self.byte()?;
            len |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                break;
            }
            if shift == 7 {
                return Err(SetupError::Malformed);
            }
        }
        if len > MAX_STRING_BYTES {
            return Err(SetupError::TooLarge);
        }
        let end = self.at.checked_add(len).ok_or(SetupError::Malformed)?;
        let slice = self.bytes.get(self.at..end).ok_or(SetupError::Malformed)?;
        self.at = end;
        String::from_utf8(slice.to_vec()).map_err(|_| SetupError::Malformed)
    }

    /// An instant to the minute: minutes since 1970 UTC, four bytes.
    fn instant(&mut self) -> Result<DateTime<Utc>, SetupError> {
        let minutes = u32::from_be_bytes([self.byte()?, self.byte()?, self.byte()?, self.byte()?]);
        DateTime::from_timestamp(i64::from(minutes) * 60, 0).ok_or(SetupError::Malformed)
    }

    /// A time as the form types it (`09:30`).
    fn time(&mut self) -> Result<String, SetupError> {
        let minutes = u16::from_be_bytes([self.byte()?, self.byte()?]);
        if minutes >= 24 * 60 {
            return Err(SetupError::Malformed);
        }
        Ok(format!("{:02}:{:02}", minutes / 60, minutes % 60))
    }
}
