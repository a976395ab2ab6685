//! Content updates: asking the one configured origin for the area's newest signed pack, and
//! deciding what to do with the answer.
//!
//! `receive` is pure (a response in; a pack to swap in, "no change", or why not out), so the web
//! build — which fetches through the browser, under the page's Content-Security-Policy — and
//! native builds (reqwest, `fetch`) share every decision. The server is asked with the ETag of the
//! pack in use; a 304 changes nothing. A pack is swapped in only when its signature matches the
//! built-in key, it is for the area asked, and it is newer than the one in use; on any failure
//! the old pack stays. Nothing here runs unless the young person asks.

use std::future::Future;

use chrono::{DateTime, Utc};

use crate::core::content::audio::{AudioError, AudioOffer, AudioPack, MAX_AUDIO_BYTES};
use crate::core::content::pack::MAX_PACK_BYTES;
use crate::core::content::{area_id, Pack, PackError, PackInfo, PackKey};
use crate::core::store::{Store, StoreError, StoredPack};

/// Where an area's pack is published, under the configured origin.
pub fn pack_url(origin: &str, area: &str) -> String {
    format!("{}/packs/{area}.pack", origin.trim_end_matches('/'))
}

/// One request for an area's pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub url: String,
    /// The ETag of the pack in use, when it was downloaded (not the built-in one).
    pub if_none_match: Option<String>,
    /// The most bytes read: a longer answer is stopped there and refused as too large.
    pub limit: usize,
}

impl Request {
    /// `etag`: the one the pack in use came with (none for the built-in pack).
    pub fn new(origin: &str, area: &str, etag: Option<&str>) -> Request {
        Request {
            url: pack_url(origin, area),
            if_none_match: etag.map(str::to_string),
            limit: MAX_PACK_BYTES,
        }
    }
}

/// What the server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub etag: Option<String>,
    pub body: Vec<u8>,
}

/// Why no update was made; the content in use stays as it was.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("the server could not be reached")]
    Offline,
    #[error("the server answered {0}")]
    Server(u16),
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Keep(#[from] StoreError),
    #[error(transparent)]
    Audio(#[from] AudioError),
}

impl SyncError {
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::Offline => "places-update-offline",
            SyncError::Server(_) => "places-update-server",
            SyncError::Pack(e) => e.message_id(),
            SyncError::Keep(e) => e.message_id(),
            SyncError::Audio(e) => e.message_id(),
        }
    }

    /// What the language screen says when recordings could not be downloaded.
    pub fn audio_message_id(&self) -> &'static str {
        match self {
            SyncError::Offline => "audio-error-offline",
            SyncError::Server(_) => "audio-error-server",
            SyncError::Pack(e) => match e {
                PackError::TooLarge => "audio-error-size",
                PackError::NewerFormat(_) => "audio-error-format",
                _ => "audio-error-refused",
            },
            SyncError::Keep(e) => e.message_id(),
            SyncError::Audio(e) => e.message_id(),
        }
    }
}

/// Where a locale's recordings are published, under the configured origin.
pub fn audio_url(origin: &str, locale: &str) -> String {
    format!("{}/audio/{locale}.audio", origin.trim_end_matches('/'))
}

/// Downloads the recordings `offer` names (only when the young person asks): never more bytes
/// than the signed offer says, checked like a content pack and for the locale offered, then
/// kept in place of the ones before. On any failure the recordings kept stay as they were.
pub async fn download_audio<F, Fut>(
    store: &Store,
    origin: &str,
    offer: &AudioOffer,
    key: &PackKey,
    now: DateTime<Utc>,
    fetch: F,
) -> Result<AudioPack, SyncError>
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Result<Response, SyncError>>,
{
    let limit = usize::try_from(offer.bytes)
        .unwrap_or(MAX_AUDIO_BYTES)
        .min(MAX_AUDIO_BYTES);
    let request = Request {
        url: audio_url(origin, &offer.locale),
        if_none_match: None,
        limit,
    };
    let response = fetch(request).await?;
    if response.status != 200 {
        return Err(SyncError::Server(response.status));
    }
    if response.body.len() > limit {
        return Err(PackError::TooLarge.into());
    }
    let pack = AudioPack::open(&response.body, key, &offer.locale)?;
    store.keep_audio_pack(&offer.locale, &response.body, now)?;
    Ok(pack)
}

/// What a check for updates came to.
#[derive(Debug)]
pub enum Outcome {
    /// A newer pack, checked, to keep and use.
    Updated(Box<Pack>, StoredPack),
    /// The pack in use is the newest.
    Unchanged,
}

/// Decides what a response means for the pack in use (`current`; none when even the built-in
/// pack could not be read), without keeping anything.
fn receive(
    response: Response,
    asked_area: &str,
    current: Option<&PackInfo>,
    key: &PackKey,
    now: DateTime<Utc>,
) -> Result<Outcome, SyncError> {
    match response.status {
        304 => return Ok(Outcome::Unchanged),
        200 => {}
        status => return Err(SyncError::Server(status)),
    }
    let pack = Pack::open(&response.body, key)?;
    if current.is_some_and(|c| pack.info.area == c.area && pack.info.version == c.version) {
        return Ok(Outcome::Unchanged);
    }
    pack.may_replace(current, asked_area)?;
    Ok(Outcome::Updated(
        Box::new(pack),
        StoredPack {
            bytes: response.body,
            etag: response.etag,
            updated_at: now,
        },
    ))
}

/// `receive`, then keeps a newer pack in the store (one statement: in whole or not at all).
pub fn apply(
    store: &Store,
    response: Response,
    asked_area: &str,
    current: Option<&PackInfo>,
    key: &PackKey,
    now: DateTime<Utc>,
) -> Result<Outcome, SyncError> {
    let outcome = receive(response, asked_area, current, key, now)?;
    if let Outcome::Updated(_, stored) = &outcome {
        store.keep_pack(stored)?;
    }
    Ok(outcome)
}

/// The whole of "Check for new places and numbers", for the screen and the tests alike: the
/// area the key worker set (else `uk`), one request with the ETag of the pack in use (when it
/// is that area's), the
/// platform's `fetch` (the browser's, or reqwest), then `apply`.
pub async fn check_for_update<F, Fut>(
    store: &Store,
    origin: &str,
    current: Option<&PackInfo>,
    etag: Option<&str>,
    key: &PackKey,
    now: DateTime<Utc>,
    fetch: F,
) -> Result<Outcome, SyncError>
where
    F: FnOnce(Request) -> Fut,
    Fut: Future<Output = Result<Response, SyncError>>,
{
    let area = area_id(store.area()?.as_deref());
    // The ETag names the pack in use: asking another area with it could be answered "you have
    // the newest" by a cache whose ETags collide (security review L1).
    let etag = etag.filter(|_| current.is_some_and(|c| c.area == area));
    let response = fetch(Request::new(origin, &area, etag)).await?;
    apply(store, response, &area, current, key, now)
}

/// The pack to use at start: the downloaded one when it still checks out and is not older than
/// the built-in one for the same area, else the built-in one. Returns when it came, too (the
/// built-in pack's creation time).
pub fn choose(
    stored: Option<StoredPack>,
    key: &PackKey,
) -> (Result<Pack, PackError>, Option<StoredPack>) {
    let Some(stored) = stored else {
        return (Pack::embedded(), None);
    };
    // Only one pack is checked and read at start: the built-in one's own word on its area and
    // version is enough to compare with.
    let built_in = Pack::embedded_info();
    match Pack::open(&stored.bytes, key) {
        Ok(pack)
            if !built_in
                .is_some_and(|b| b.area == pack.info.area && pack.info.version < b.version) =>
        {
            (Ok(pack), Some(stored))
        }
        _ => (Pack::embedded(), None),
    }
}

/// A client that talks to the configured origin only: no redirects (they could lead anywhere),
/// no cookies, a time limit.
#[cfg(not(target_arch = "wasm32"))]
pub fn client() -> Result<reqwest::Client, SyncError> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .map_err(|_| SyncError::Offline)
}

/// Asks the server with reqwest (native builds, the publisher and the tests).
#[cfg(not(target_arch = "wasm32"))]
pub async fn fetch(client: &reqwest::Client, request: &Request) -> Result<Response, SyncError> {
    let mut builder = client.get(&request.url);
    if let Some(etag) = &request.if_none_match {
        builder = builder.header(reqwest::header::IF_NONE_MATCH, etag);
    }
    let response = builder.send().await.map_err(|_| SyncError::Offline)?;
    let status = response.status().as_u16();
    let etag = response
        .headers()
        .get(reqwest::header::ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = body_within(response, request.limit)
        .await
        .map_err(|_| SyncError::Offline)?;
    Ok(Response {
        status,
        etag,
        body: body.ok_or(PackError::TooLarge)?,
    })
}

/// A response's body, or `None` once it passes `limit` bytes (a body that never ends is not
/// read to its end). Shared with the publisher's feed reading.
#[cfg(not(target_arch = "wasm32"))]
pub async fn body_within(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Option<Vec<u8>>, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(body))
}
