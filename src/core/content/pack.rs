//! The signed content pack: one file per area holding its places, the help numbers and the
//! explainers' facts (order, sources, review dates), so one update corrects them together.
//!
//! A pack file is three parts, one after the other:
//!
//! ```text
//! harbour-pack 1
//! <ed25519 signature of the content, standard base64>
//! <content: JSON with format, version, area, created_at, places, numbers, process, safety>
//! ```
//!
//! The signature covers the content bytes exactly as sent, so nothing is re-serialised before it
//! is checked, and nothing in the content is read before the check passes. A tampered listing
//! could send a child to a trafficker: a pack that is not signed by the key built into the app
//! (`assets/content/pack-key.txt`) is refused whole. Places are written with their schedules as
//! ORUK-style text, so a pack is read back through the same checks as a feed.
//!
//! # How the format evolves
//!
//! Installed apps update late or never, and the packs they fetch are written by newer publisher
//! tools, so within one `FORMAT` a pack may only *grow*:
//!
//! - **Unknown fields are ignored**, at every level (the top, each section, each number, step,
//!   glossary entry, card, fact, place and schedule). They are dropped while reading, so nothing
//!   an app does not know is ever shown. No wire type here uses `deny_unknown_fields`: one
//!   optional field added for new apps (an audio reference, say) must not make every old app
//!   refuse the whole update as damaged. `tests/packs.rs` signs a pack with an extra field in
//!   every object and checks it reads exactly as without.
//! - **A change an old app cannot read safely** (a field removed or renamed, a meaning changed,
//!   a new value an old app would misread) bumps `FORMAT`, in the header line and the content.
//!   An app meeting a format it does not know says `PackError::NewerFormat` ("Harbour needs an
//!   update") and keeps the pack it has. The sections' own `format` numbers follow the same
//!   rule; a section's bump comes with a bump of `FORMAT`, so old apps say "needs an update"
//!   rather than "damaged".
//! - A field is added only if an app that ignores it still tells the truth: a new restriction
//!   on a place ("closed to under-16s") that old apps would not show is a format change.

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::audio::{AudioOffer, MAX_AUDIO_BYTES};
use super::{ContentError, FactAt, NumbersPack, ProcessPack, SafetyPack};
use crate::core::places::{Category, ClockTime, Freq, Place, Schedule, ScheduleFields};
use crate::core::setup::base64;

/// The first line of every pack file.
pub const HEADER: &str = "harbour-pack";
/// The content format this app reads and writes.
pub const FORMAT: u32 = 1;
/// The biggest pack read (a big city's places are well under a megabyte).
pub const MAX_PACK_BYTES: usize = 16 * 1024 * 1024;

/// The default pack, built from `assets/content/` by `scripts/pack-default.sh`.
const EMBEDDED: &[u8] = include_bytes!("../../../assets/content/default.pack");
/// The public key packs must be signed with.
const BUILT_IN_KEY: &str = include_str!("../../../assets/content/pack-key.txt");

/// Why a pack was refused. The content in use stays as it was.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("this is not a Harbour content pack")]
    NotAPack,
    #[error("the pack is bigger than any pack should be")]
    TooLarge,
    #[error("the pack's signature does not match the key built into the app")]
    Signature,
    #[error("the pack is damaged: {0}")]
    Damaged(String),
    #[error("pack format {0} is newer than this app reads")]
    NewerFormat(u32),
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error("the pack (version {got}) is older than the one in use (version {have})")]
    Older { have: u64, got: u64 },
    #[error("the pack is for {got:?}, not {asked:?}")]
    OtherArea { asked: String, got: String },
}

impl PackError {
    pub fn message_id(&self) -> &'static str {
        match self {
            PackError::NotAPack => "pack-error-not-pack",
            PackError::Signature => "pack-error-signature",
            PackError::TooLarge | PackError::Damaged(_) | PackError::Content(_) => {
                "pack-error-damaged"
            }
            PackError::NewerFormat(_) => "pack-error-format",
            PackError::Older { .. } => "pack-error-older",
            PackError::OtherArea { .. } => "pack-error-area",
        }
    }
}

fn damaged(why: impl ToString) -> PackError {
    PackError::Damaged(why.to_string())
}

/// A public key packs are checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackKey(VerifyingKey);

impl PackKey {
    /// The key built into this app.
    pub fn built_in() -> Result<PackKey, PackError> {
        PackKey::from_text(BUILT_IN_KEY).ok_or_else(|| damaged("the built-in key is not a key"))
    }

    /// A key written as base64 (as in `pack-key.txt`).
    pub fn from_text(text: &str) -> Option<PackKey> {
        let bytes: [u8; 32] = base64::decode(text.trim(), base64::STANDARD)?
            .try_into()
            .ok()?;
        VerifyingKey::from_bytes(&bytes).ok().map(PackKey)
    }

    pub fn to_text(&self) -> String {
        base64::encode(self.0.as_bytes(), base64::STANDARD)
    }

    /// Whether `signature` is this key's signature of `message` (strict Ed25519 verification).
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0
            .verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    }
}

/// An organisation that sets up young people's phones in a pack's area: a setup code signed
/// with its key shows "Made by <name>" (security review H2). Listed in the signed pack, so
/// only the publisher decides whom Harbour trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub name: String,
    pub key: PackKey,
}

/// An organisation's name is at most this long.
pub const MAX_ORGANISATION_CHARS: usize = 80;

#[derive(Serialize, Deserialize)]
struct WireOrganisation {
    name: String,
    key: String,
}

impl WireOrganisation {
    fn into_organisation(self) -> Result<Organisation, PackError> {
        let name = self.name.trim().to_string();
        if name.is_empty() || name.chars().count() > MAX_ORGANISATION_CHARS {
            return Err(damaged(
                "an organisation without a name, or with a very long one",
            ));
        }
        let key = PackKey::from_text(&self.key)
            .ok_or_else(|| damaged(format!("{name}: the key is not a key")))?;
        Ok(Organisation { name, key })
    }
}

/// A publisher's secret key: only the publisher tool holds one.
pub struct SecretKey(SigningKey);

impl SecretKey {
    pub fn from_seed(seed: [u8; 32]) -> SecretKey {
        SecretKey(SigningKey::from_bytes(&seed))
    }

    /// A key file's text (base64 of the 32-byte seed).
    pub fn from_text(text: &str) -> Option<SecretKey> {
        let seed: [u8; 32] = base64::decode(text.trim(), base64::STANDARD)?
            .try_into()
            .ok()?;
        Some(SecretKey::from_seed(seed))
    }

    pub fn to_text(&self) -> String {
        base64::encode(self.0.as_bytes(), base64::STANDARD)
    }

    pub fn public(&self) -> PackKey {
        PackKey(self.0.verifying_key())
    }

    /// This key's Ed25519 signature of `message`.
    pub fn sign_bytes(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// What a pack says about itself before its places are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    /// Goes up by at least one with every pack published for an area.
    pub version: u64,
    /// The area's file name, e.g. `bristol` (see `area_id`).
    pub area: String,
    pub created_at: DateTime<Utc>,
    /// The places are made-up examples, to be labelled as such.
    pub example: bool,
}

/// A checked content pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub info: PackInfo,
    pub places: Vec<Place>,
    pub numbers: NumbersPack,
    pub process: ProcessPack,
    pub safety: SafetyPack,
    /// Whose setup codes show "Made by …" in this area.
    pub organisations: Vec<Organisation>,
    /// The recordings published, per locale (downloaded only when asked).
    pub audio: Vec<AudioOffer>,
}

impl Pack {
    /// The recordings published in `locale`, if any.
    pub fn audio_offer(&self, locale: &str) -> Option<&AudioOffer> {
        self.audio.iter().find(|offer| offer.locale == locale)
    }
}

impl Pack {
    /// Every fact the pack shows, with what it is about: for the publisher's checks and report.
    pub fn facts(&self) -> Vec<FactAt<'_>> {
        let numbers = self
            .numbers
            .numbers
            .iter()
            .map(|n| (format!("numbers: {}", n.id), &n.fact));
        let silent = [(
            "numbers: silent solution".to_string(),
            &self.numbers.silent_solution.fact,
        )];
        let steps = self.process.steps.iter().flat_map(|s| {
            s.facts
                .iter()
                .map(move |f| (format!("process: {}", s.id), f))
        });
        let cards = self.safety.cards.iter().flat_map(|c| {
            c.facts
                .iter()
                .map(move |f| (format!("safety: {}", c.id), f))
        });
        numbers
            .chain(silent)
            .chain(steps)
            .chain(cards)
            .map(|(about, fact)| FactAt { about, fact })
            .collect()
    }
}

#[derive(Deserialize)]
struct Head {
    format: u32,
}

#[derive(Serialize, Deserialize)]
struct Wire<'a> {
    format: u32,
    version: u64,
    area: String,
    created_at: DateTime<Utc>,
    #[serde(default)]
    example: bool,
    #[serde(borrow)]
    numbers: &'a RawValue,
    #[serde(borrow)]
    process: &'a RawValue,
    #[serde(borrow)]
    safety: &'a RawValue,
    places: Vec<WirePlace>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    organisations: Vec<WireOrganisation>,
    /// Added within format 1: older apps ignore it and offer no recordings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    audio: Vec<AudioOffer>,
}

#[derive(Serialize, Deserialize)]
struct WirePlace {
    id: String,
    name: String,
    category: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    coordinates: Option<(f64, f64)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    phones: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    web_address: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    free: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min_age: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_age: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    schedules: Vec<WireSchedule>,
}

#[derive(Serialize, Deserialize)]
struct WireSchedule {
    freq: String,
    interval: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dtstart: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    byday: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    bymonthday: String,
    opens_at: String,
    closes_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    valid_to: Option<String>,
}

/// The recordings offered: one offer per locale, each a locale's code (it goes in an address)
/// and no bigger than an audio pack may be.
fn checked_offers(offers: Vec<AudioOffer>) -> Result<Vec<AudioOffer>, PackError> {
    for (i, offer) in offers.iter().enumerate() {
        let code = |c: char| c.is_ascii_alphanumeric() || c == '-';
        if offer.locale.is_empty() || offer.locale.len() > 16 || !offer.locale.chars().all(code) {
            return Err(damaged(
                "recordings offered for a locale that is not a code",
            ));
        }
        if offer.bytes == 0 || offer.bytes > MAX_AUDIO_BYTES as u64 {
            return Err(damaged(format!(
                "{}: recordings of an impossible size",
                offer.locale
            )));
        }
        if offers[..i].iter().any(|o| o.locale == offer.locale) {
            return Err(damaged(format!(
                "{}: recordings offered twice",
                offer.locale
            )));
        }
    }
    Ok(offers)
}

/// The file name an area's pack is published under: `Bristol` → `bristol`,
/// `Brighton & Hove` → `brighton-hove`. No area (or nothing usable) is the national pack, `uk`.
pub fn area_id(area: Option<&str>) -> String {
    let mut id = String::new();
    for c in area.unwrap_or("").chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "uk".into()
    } else {
        id.chars().take(60).collect()
    }
}

/// A number a pack may carry for a place: E.164, as the publisher normalises them, and not one
/// that costs the caller more than a normal call (`numbers::costly`).
fn e164(number: &str) -> bool {
    number
        .strip_prefix('+')
        .is_some_and(|d| (8..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        && !super::numbers::costly(number)
}

fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|d| d.format("%Y-%m-%d").to_string())
}

fn clock_text(time: ClockTime) -> String {
    match time {
        ClockTime::Local(t) => t.format("%H:%M:%S").to_string(),
        ClockTime::Fixed(t, offset) => format!("{}{offset}", t.format("%H:%M:%S")),
    }
}

fn join<T>(items: &[T], text: impl Fn(&T) -> String) -> String {
    items.iter().map(text).collect::<Vec<_>>().join(",")
}

impl WireSchedule {
    fn from_schedule(s: &Schedule) -> WireSchedule {
        WireSchedule {
            freq: match s.freq {
                Freq::Weekly => "WEEKLY",
                Freq::Monthly => "MONTHLY",
            }
            .into(),
            interval: s.interval,
            dtstart: date_text(s.dtstart),
            byday: join(&s.byday, |d| {
                let code = &d.day.to_string().to_ascii_uppercase()[..2];
                d.nth.map_or(code.to_string(), |n| format!("{n}{code}"))
            }),
            bymonthday: join(&s.bymonthday, i8::to_string),
            opens_at: clock_text(s.opens),
            closes_at: clock_text(s.closes),
            valid_from: date_text(s.valid_from),
            valid_to: date_text(s.valid_to),
        }
    }

    fn to_schedule(&self) -> Result<Schedule, PackError> {
        Schedule::from_fields(&ScheduleFields {
            freq: Some(&self.freq),
            interval: Some(f64::from(self.interval)),
            dtstart: self.dtstart.as_deref(),
            byday: Some(&self.byday),
            bymonthday: Some(&self.bymonthday),
            opens_at: Some(&self.opens_at),
            closes_at: Some(&self.closes_at),
            valid_from: self.valid_from.as_deref(),
            valid_to: self.valid_to.as_deref(),
        })
        .map_err(|e| damaged(format!("a schedule: {e}")))
    }
}

impl WirePlace {
    fn from_place(p: &Place) -> WirePlace {
        WirePlace {
            id: p.id.clone(),
            name: p.name.clone(),
            category: p.category.id().into(),
            description: p.description.clone(),
            address: p.address.clone(),
            coordinates: p.coordinates,
            phones: p.phones.clone(),
            website: p.website.clone(),
            web_address: p.web_address.clone(),
            languages: p.languages.clone(),
            free: p.free,
            min_age: p.min_age,
            max_age: p.max_age,
            schedules: p
                .schedules
                .iter()
                .map(WireSchedule::from_schedule)
                .collect(),
        }
    }

    /// A place as the app will use it; anything a signed pack should never carry refuses it.
    fn into_place(self) -> Result<Place, PackError> {
        if self.id.is_empty() || self.name.trim().is_empty() {
            return Err(damaged("a place has no ID or name"));
        }
        if let Some(bad) = self.phones.iter().find(|n| !e164(n)) {
            return Err(ContentError::BadNumber(bad.clone()).into());
        }
        if self
            .website
            .as_deref()
            .is_some_and(|w| !w.starts_with("https://"))
        {
            return Err(damaged(format!("{}: a website that is not https", self.id)));
        }
        // Shown as text only; still it must look like what it says it is.
        if self.web_address.as_deref().is_some_and(|w| {
            !w.starts_with("http://") || w.len() > 2_000 || w.chars().any(char::is_control)
        }) {
            return Err(damaged(format!(
                "{}: a web address that is not http",
                self.id
            )));
        }
        let on_earth = |(lat, lon): (f64, f64)| {
            (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
        };
        if self.coordinates.is_some_and(|c| !on_earth(c)) {
            return Err(damaged(format!("{}: coordinates not on Earth", self.id)));
        }
        Ok(Place {
            category: Category::from_id(&self.category).unwrap_or(Category::Other),
            schedules: self
                .schedules
                .iter()
                .map(WireSchedule::to_schedule)
                .collect::<Result<_, _>>()?,
            id: self.id,
            name: self.name,
            description: self.description,
            address: self.address,
            coordinates: self.coordinates,
            phones: self.phones,
            website: self.website,
            web_address: self.web_address,
            languages: self.languages,
            free: self.free,
            min_age: self.min_age,
            max_age: self.max_age,
        })
    }
}

/// The three parts of a pack file, before anything is checked.
fn split(bytes: &[u8]) -> Result<(&[u8], &[u8]), PackError> {
    split_signed(bytes, HEADER, FORMAT, MAX_PACK_BYTES)
}

/// A signed file's signature line and signed part: `<header> <format>`, the signature, then
/// the signed bytes. Shared by content packs and audio packs (`audio.rs`), which are refused by
/// the same rules: too large (before anything is read), not one, a newer format, cut short.
pub(super) fn split_signed<'a>(
    bytes: &'a [u8],
    header: &str,
    format: u32,
    max_bytes: usize,
) -> Result<(&'a [u8], &'a [u8]), PackError> {
    if bytes.len() > max_bytes {
        return Err(PackError::TooLarge);
    }
    let mut lines = bytes.splitn(3, |&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let found = first
        .strip_prefix(header.as_bytes())
        .and_then(|rest| std::str::from_utf8(rest).ok())
        .and_then(|rest| rest.trim().parse::<u32>().ok())
        .ok_or(PackError::NotAPack)?;
    if found != format {
        return Err(PackError::NewerFormat(found));
    }
    match (lines.next(), lines.next()) {
        (Some(signature), Some(content)) => Ok((signature, content)),
        _ => Err(damaged("the pack ends early")),
    }
}

/// Checks the signature line of a signed file over its signed part, against `key`.
pub(super) fn check_signature(
    signature: &[u8],
    content: &[u8],
    key: &PackKey,
) -> Result<(), PackError> {
    let signature = std::str::from_utf8(signature)
        .ok()
        .and_then(|text| base64::decode(text.trim(), base64::STANDARD))
        .and_then(|raw| Signature::from_slice(&raw).ok())
        .ok_or_else(|| damaged("the signature is not a signature"))?;
    key.0
        .verify_strict(content, &signature)
        .map_err(|_| PackError::Signature)
}

impl Pack {
    /// Checks a pack file's signature against `key`, then reads and checks its content.
    pub fn open(bytes: &[u8], key: &PackKey) -> Result<Pack, PackError> {
        let (signature, content) = split(bytes)?;
        check_signature(signature, content, key)?;
        let content = std::str::from_utf8(content).map_err(damaged)?;
        Pack::read_content(content)
    }

    /// The pack built into this app (signed like any other, and checked the same way).
    pub fn embedded() -> Result<Pack, PackError> {
        Pack::open(EMBEDDED, &PackKey::built_in()?)
    }

    /// What the built-in pack says about itself, without checking or reading its places: enough
    /// to compare a downloaded pack with it, since it is part of the app.
    pub fn embedded_info() -> Option<PackInfo> {
        peek_info(EMBEDDED)
    }

    fn read_content(content: &str) -> Result<Pack, PackError> {
        // Read once; only a pack that does not read is looked at again, for a newer format.
        let wire: Wire = serde_json::from_str(content).map_err(|e| {
            match serde_json::from_str::<Head>(content) {
                Ok(head) if head.format != FORMAT => PackError::NewerFormat(head.format),
                _ => damaged(e),
            }
        })?;
        if wire.format != FORMAT {
            return Err(PackError::NewerFormat(wire.format));
        }
        Ok(Pack {
            numbers: NumbersPack::parse(wire.numbers.get())?,
            process: ProcessPack::parse(wire.process.get())?,
            safety: SafetyPack::parse(wire.safety.get())?,
            places: wire
                .places
                .into_iter()
                .map(WirePlace::into_place)
                .collect::<Result<_, _>>()?,
            organisations: wire
                .organisations
                .into_iter()
                .map(WireOrganisation::into_organisation)
                .collect::<Result<_, _>>()?,
            audio: checked_offers(wire.audio)?,
            info: PackInfo {
                version: wire.version,
                area: wire.area,
                created_at: wire.created_at,
                example: wire.example,
            },
        })
    }

    /// Whether this pack may replace `current` when `asked` was the area asked for: it must be
    /// for that area, and newer than the pack in use for the same area.
    pub fn may_replace(&self, current: Option<&PackInfo>, asked: &str) -> Result<(), PackError> {
        if self.info.area != asked {
            return Err(PackError::OtherArea {
                asked: asked.into(),
                got: self.info.area.clone(),
            });
        }
        match current {
            Some(have) if have.area == self.info.area && self.info.version <= have.version => {
                Err(PackError::Older {
                    have: have.version,
                    got: self.info.version,
                })
            }
            _ => Ok(()),
        }
    }
}

/// The sections of a pack before it is signed: what the publisher tool puts in.
pub struct PackSource<'a> {
    pub info: PackInfo,
    pub places: &'a [Place],
    pub numbers: &'a str,
    pub process: &'a str,
    pub safety: &'a str,
    pub organisations: &'a [Organisation],
    pub audio: &'a [AudioOffer],
}

/// Writes a pack's content and signs it. Every section is checked first, so a pack that the
/// app would refuse is never published.
pub fn seal(source: &PackSource, key: &SecretKey) -> Result<Vec<u8>, PackError> {
    let compact = |json: &str| -> Result<Box<RawValue>, PackError> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(damaged)?;
        serde_json::value::to_raw_value(&value).map_err(damaged)
    };
    let (numbers, process, safety) = (
        compact(source.numbers)?,
        compact(source.process)?,
        compact(source.safety)?,
    );
    let wire = Wire {
        format: FORMAT,
        version: source.info.version,
        area: source.info.area.clone(),
        created_at: source.info.created_at,
        example: source.info.example,
        numbers: &numbers,
        process: &process,
        safety: &safety,
        places: source.places.iter().map(WirePlace::from_place).collect(),
        organisations: source
            .organisations
            .iter()
            .map(|o| WireOrganisation {
                name: o.name.clone(),
                key: o.key.to_text(),
            })
            .collect(),
        audio: source.audio.to_vec(),
    };
    let content = serde_json::to_string_pretty(&wire).map_err(damaged)?;
    let pack = Pack::read_content(&content)?;
    // What the app would show a child must say where it comes from and when it was checked.
    for at in pack.facts() {
        if at.fact.source.trim().is_empty() {
            return Err(damaged(format!("{}: a fact without a source", at.about)));
        }
        if at.fact.checked.is_none() {
            return Err(damaged(format!(
                "{}: a fact without the date it was checked",
                at.about
            )));
        }
    }
    Ok(sign(&content, key))
}

/// A pack file for content as it is, checked or not (`seal` checks first; tests sign nonsense).
pub fn sign(content: &str, key: &SecretKey) -> Vec<u8> {
    sign_as(HEADER, FORMAT, content.as_bytes(), key)
}

/// A signed file: `<header> <format>`, the signature of `content`, then `content`.
pub(super) fn sign_as(header: &str, format: u32, content: &[u8], key: &SecretKey) -> Vec<u8> {
    let signature = key.0.sign(content);
    let mut file = format!(
        "{header} {format}\n{}\n",
        base64::encode(&signature.to_bytes(), base64::STANDARD)
    )
    .into_bytes();
    file.extend_from_slice(content);
    file
}

/// What a pack file says about itself, without checking it: for the publisher's report, and at
/// start to compare a stored pack with the built-in one (`Pack::embedded_info`).
pub fn peek_info(bytes: &[u8]) -> Option<PackInfo> {
    let (_, content) = split(bytes).ok()?;
    // from_str as in `read_content`, so the web build carries one copy of the reader.
    let wire: Wire = serde_json::from_str(std::str::from_utf8(content).ok()?).ok()?;
    Some(PackInfo {
        version: wire.version,
        area: wire.area,
        created_at: wire.created_at,
        example: wire.example,
    })
}
