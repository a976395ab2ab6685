//! Web (wasm32): the store lives in IndexedDB through SQLite's relaxed-idb VFS, languages come
//! from `navigator.languages`, and the app starts once the database has been loaded.

use crate::core::contacts::{Location, Phone, PhoneError, SmsStyle};
use crate::core::setup::{Drawn, SetupError};
use rusqlite::Connection;
use sqlite_wasm_vfs::relaxed_idb::{self, Preload, RelaxedIdbCfgBuilder, RelaxedIdbUtil};
use std::cell::RefCell;
use std::rc::Rc;

use super::{WipeFailed, WipeWords};
use crate::core::store::{Store, StoreError, StorePlace};
use crate::core::sync::{Request, Response, SyncError};
use crate::ui::RootProps;

const DB_NAME: &str = "harbour.db";

/// Randomness and time for SQLite's VFS, from the browser.
struct BrowserOs;

impl rsqlite_vfs::OsCallback for BrowserOs {
    fn sleep(_dur: std::time::Duration) {}

    fn random(buf: &mut [u8]) {
        for b in buf.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }

    fn epoch_timestamp_in_ms() -> i64 {
        js_sys::Date::now() as i64
    }
}

pub(super) struct IdbPlace {
    util: Rc<RelaxedIdbUtil>,
}

thread_local! {
    /// The VFS's own tools, kept after start so the damaged copies can be deleted through it
    /// (deleting behind its back would leave its copy in memory).
    static IDB: RefCell<Option<Rc<RelaxedIdbUtil>>> = const { RefCell::new(None) };
}

/// The names of the damaged copies `move_aside` kept in IndexedDB.
async fn damaged_names() -> Vec<String> {
    let Ok(names) = damaged_copies_js().await else {
        return Vec::new();
    };
    js_sys::Array::from(&names)
        .iter()
        .filter_map(|name| name.as_string())
        .collect()
}

/// How many damaged copies of the store were moved aside and are still kept.
pub async fn damaged_copies() -> usize {
    damaged_names().await.len()
}

/// Deletes the damaged copies moved aside; an error if one is left.
pub async fn forget_damaged_copies() -> Result<(), WipeFailed> {
    let util = IDB.with(|idb| idb.borrow().clone()).ok_or(WipeFailed)?;
    for name in damaged_names().await {
        util.delete_db(&name).map_err(|_| WipeFailed)?;
    }
    match damaged_names().await.is_empty() {
        true => Ok(()),
        false => Err(WipeFailed),
    }
}

pub(super) async fn place() -> Result<IdbPlace, StoreError> {
    let cfg = RelaxedIdbCfgBuilder::new()
        .vfs_name("harbour-idb")
        .preload(Preload::All)
        .build();
    let util = relaxed_idb::install::<BrowserOs>(&cfg, true)
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))?;
    let util = Rc::new(util);
    IDB.with(|idb| idb.replace(Some(util.clone())));
    Ok(IdbPlace { util })
}

impl StorePlace for IdbPlace {
    fn connect(&self) -> rusqlite::Result<Connection> {
        Connection::open(DB_NAME)
    }

    fn tune(&self, conn: &Connection) -> rusqlite::Result<()> {
        // relaxed-idb writes changed pages to IndexedDB after each commit; it needs this mode.
        conn.pragma_update(None, "synchronous", "off")
    }

    fn move_aside(&self) -> Result<(), String> {
        let bytes = self.util.export_db(DB_NAME).map_err(|e| e.to_string())?;
        let aside = format!("{DB_NAME}.broken-{}", js_sys::Date::now() as i64);
        self.util
            .import_db_unchecked(&aside, &bytes, 4096)
            .map_err(|e| e.to_string())?;
        self.util.delete_db(DB_NAME).map_err(|e| e.to_string())?;
        Ok(())
    }
}

pub(super) fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// Sets `lang` and `dir` on `<html>` so the browser, screen readers and fonts follow the locale.
pub fn set_document_language(code: &str, dir: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        // Setting attributes on our own document cannot meaningfully fail.
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
    }
    document.set_title(title);
}

thread_local! {
    /// A setup code that came in the address (`/j#…`), kept from before the router starts
    /// (it rewrites the address without the fragment) until the setup screen takes it.
    static LINKED_SETUP: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

pub(super) fn launch(root: fn(RootProps) -> dioxus::prelude::Element) {
    let linked = Some(take_setup_fragment_js()).filter(|s| !s.is_empty());
    LINKED_SETUP.with(|cell| *cell.borrow_mut() = linked);
    mark("harbour-wasm-started");
    wasm_bindgen_futures::spawn_local(async move {
        if hold_instance_js().await.as_bool() == Some(false) {
            // Open in another tab: this one says so and touches nothing saved.
            let catalogue = crate::core::i18n::Catalogue::embedded();
            let locale = catalogue.resolve(None, &preferred_languages()).code;
            ensure_words(locale).await;
            let props = crate::ui::ElsewhereProps { locale };
            let vdom = dioxus::prelude::VirtualDom::new_with_props(crate::ui::Elsewhere, props);
            dioxus::web::launch::launch_virtual_dom(vdom, dioxus::web::Config::new());
            return;
        }
        mark("harbour-instance-held");
        let props = super::prepare().await;
        mark("harbour-store-opened");
        ensure_words(props.locale).await;
        mark("harbour-words-ready");
        let vdom = dioxus::prelude::VirtualDom::new_with_props(root, props);
        dioxus::web::launch::launch_virtual_dom(vdom, dioxus::web::Config::new());
    });
}

/// iPhones and iPads read an `sms:` body after `&`; everything else after `?`. iPadOS reports
/// itself as a Mac, so a Mac with a touch screen counts as an iPad.
pub fn sms_style() -> SmsStyle {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return SmsStyle::Standard;
    };
    let agent = navigator.user_agent().unwrap_or_default();
    let apple_touch = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d))
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1);
    if apple_touch {
        SmsStyle::Ios
    } else {
        SmsStyle::Standard
    }
}

/// Asks the browser where the phone is, once, only because the young person tapped for it.
/// Refusal, no signal or a timeout all give `None`; nothing is kept.
pub async fn locate() -> Option<Location> {
    use wasm_bindgen::JsValue;
    let geolocation = web_sys::window()?.navigator().geolocation().ok()?;
    let mut started = true;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let options = web_sys::PositionOptions::new();
        options.set_enable_high_accuracy(true);
        options.set_timeout(20_000);
        options.set_maximum_age(60_000);
        started = geolocation
            .get_current_position_with_error_callback_and_options(&resolve, Some(&reject), &options)
            .is_ok();
    });
    if !started {
        return None;
    }
    let position = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let coords = js_sys::Reflect::get(&position, &JsValue::from_str("coords")).ok()?;
    let read = |name: &str| {
        js_sys::Reflect::get(&coords, &JsValue::from_str(name))
            .ok()?
            .as_f64()
    };
    Some(Location {
        latitude: read("latitude")?,
        longitude: read("longitude")?,
    })
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "
let rules;
function load() {
  rules ??= import('/phone/harbour_phone.js').then(async (m) => { await m.default(); return m; });
  rules.catch(() => { rules = undefined; });
  return rules;
}
export function preloadPhoneRules() { load().catch(() => {}); }
export async function checkPhone(input) { return (await load()).parse_phone(input); }
")]
extern "C" {
    #[wasm_bindgen(js_name = preloadPhoneRules)]
    fn preload_phone_rules_js();
    #[wasm_bindgen(js_name = checkPhone, catch)]
    async fn check_phone_js(input: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// Starts loading the phone-number module (`/phone/`), so it is ready by the time a number is
/// typed. Cached by the service worker like every other file, so it also works offline.
pub fn preload_phone_rules() {
    preload_phone_rules_js();
}

/// Checks a typed number with the phone-number module; `None` if the module could not load.
pub async fn check_phone(input: &str) -> Option<Result<Phone, PhoneError>> {
    let json = check_phone_js(input).await.ok()?.as_string()?;
    serde_json::from_str(&json).ok()
}

/// Replaces the page with the harmless one; `boot.js` keeps Back from bringing Harbour back.
pub fn quick_exit() {
    stop_speech();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.set_item("harbour-away", "1");
    }
    let _ = window.location().replace("/away.html");
}

/// Loads the page again (the "already open" screen's Try again).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Asks `boot.js` to delete everything on the next load (an open database cannot be deleted),
/// and reloads.
pub fn request_wipe(words: &WipeWords, _store: &Store) -> Result<(), WipeFailed> {
    let Some(window) = web_sys::window() else {
        return Err(WipeFailed);
    };
    if let Ok(Some(storage)) = window.local_storage() {
        for (key, value) in [
            ("harbour-wipe-unfinished", words.unfinished.as_str()),
            ("harbour-wipe-retry", words.retry.as_str()),
            ("harbour-wipe-lang", words.lang),
            ("harbour-wipe-dir", words.dir),
            ("harbour-wipe", "1"),
        ] {
            let _ = storage.set_item(key, value);
        }
    }
    let _ = window.location().replace("/");
    Ok(())
}

/// In discreet mode the page's manifest, icons and colour are the neutral ones that
/// `index.html` starts with; otherwise Harbour's. (The title is set with the language.)
pub fn set_discreet_identity(discreet: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let identity = if discreet {
        [
            "/discreet.webmanifest",
            "/icons/calculator.svg",
            "/icons/calculator-192.png",
            "#202124",
        ]
    } else {
        [
            "/manifest.webmanifest",
            "/icons/icon.svg",
            "/icons/icon-192.png",
            "#0b5563",
        ]
    };
    let places = [
        ("link[rel=manifest]", "href"),
        ("link[rel=icon]", "href"),
        ("link[rel=apple-touch-icon]", "href"),
        ("meta[name=theme-color]", "content"),
    ];
    for ((selector, attribute), value) in places.into_iter().zip(identity) {
        if let Ok(Some(element)) = document.query_selector(selector) {
            let _ = element.set_attribute(attribute, value);
        }
    }
}

/// How long the page has been open, on the browser's monotonic clock (`performance.now()`),
/// which moving the phone's clock does not change.
pub fn running() -> std::time::Duration {
    let ms = web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now());
    std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0)
}

/// Calls `on_return` with the seconds the page was hidden, each time it is shown again. Both
/// clocks are asked and the longer time wins: the monotonic one cannot be moved back, the wall
/// clock keeps counting while the phone sleeps. A wall clock that went backwards counts as a
/// very long time away (locks), never as none.
pub fn watch_background(on_return: impl Fn(i64) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let hidden_at = std::cell::Cell::new(None::<(f64, std::time::Duration)>);
    let watched = document.clone();
    let listener = Closure::<dyn Fn()>::new(move || {
        let wall = js_sys::Date::now();
        let mono = running();
        if watched.hidden() {
            hidden_at.set(Some((wall, mono)));
        } else if let Some((then_wall, then_mono)) = hidden_at.take() {
            let wall_seconds = (wall - then_wall) / 1000.0;
            let mono_seconds = mono.saturating_sub(then_mono).as_secs_f64();
            let away = if wall_seconds < 0.0 {
                i64::MAX
            } else {
                wall_seconds.max(mono_seconds) as i64
            };
            on_return(away);
        }
    });
    let _ = document
        .add_event_listener_with_callback("visibilitychange", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "
let tools;
function load() {
  tools ??= import('/qr/harbour_qr.js').then(async (m) => { await m.default(); return m; });
  tools.catch(() => { tools = undefined; });
  return tools;
}
export function preloadQr() { load().catch(() => {}); }
export async function drawQr(text) { return (await load()).draw(text); }
let stream, timer;
export function stopScan() {
  clearTimeout(timer);
  if (stream) stream.getTracks().forEach((t) => t.stop());
  stream = undefined;
}
export async function scanCamera(videoId) {
  const qr = await load();
  stopScan();
  stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  const video = document.getElementById(videoId);
  if (!video) { stopScan(); throw new Error('no video'); }
  video.srcObject = stream;
  await video.play();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return new Promise((resolve, reject) => {
    const look = () => {
      if (!stream) { reject(new Error('stopped')); return; }
      const w = video.videoWidth, h = video.videoHeight;
      if (w && h) {
        const scale = Math.min(1, 960 / Math.max(w, h));
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
        const frame = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const text = qr.scan(canvas.width, canvas.height, frame.data);
        if (text) { stopScan(); video.srcObject = null; resolve(text); return; }
      }
      timer = setTimeout(look, 150);
    };
    look();
  });
}
export async function fetchWords(code) {
  const response = await fetch(`/locales/${code}.ftl`);
  if (!response.ok) throw new Error(`${response.status}`);
  return response.text();
}
export async function fetchPack(url, etag, limit) {
  // no-store: our own If-None-Match reaches the server and its 304 reaches us unchanged.
  const headers = etag ? { 'If-None-Match': etag } : {};
  const response = await fetch(url, { headers, cache: 'no-store', redirect: 'error', credentials: 'omit' });
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel();
    return [response.status, response.headers.get('ETag') ?? '', new Uint8Array()];
  }
  // Read piece by piece and stop past the limit: a huge file is never held whole in memory.
  const reader = response.body.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.length;
    if (size > limit) { await reader.cancel(); break; }
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const part of parts) { body.set(part, at); at += part.length; }
  return [response.status, response.headers.get('ETag') ?? '', body];
}
export function holdInstance() {
  // Asked for by boot.js before the wasm loads (the browser can take a few hundred ms to answer
  // on a slow phone): true when this page holds Harbour, false when another tab does.
  return Promise.resolve(globalThis.harbourInstance ?? true);
}
export async function keepStorage() {
  // Asked once a setup is added: without it the browser may clear the storage when space
  // runs short. Some browsers ask the person; none says why it refused.
  if (!navigator.storage?.persist) return undefined;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
export function takeSetupFragment() {
  const hash = location.hash.slice(1);
  if (hash) history.replaceState(history.state, '', location.pathname);
  return hash;
}
export async function damagedCopies() {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('harbour-idb');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  try {
    if (!db.objectStoreNames.contains('blocks')) return [];
    const keys = await new Promise((ok, fail) => {
      const r = db.transaction('blocks').objectStore('blocks').getAllKeys();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    return [...new Set(keys.map(([path]) => path).filter((p) => p.startsWith('harbour.db.broken-')))];
  } finally { db.close(); }
}
export function startFailed() {
  try { return localStorage.getItem('harbour-start-failed') === '1'; } catch { return false; }
}
export function mark(name) {
  performance.mark(name);
}
export function started() {
  performance.mark('harbour-drawn');
  try {
    localStorage.removeItem('harbour-starting');
    localStorage.removeItem('harbour-start-failed');
  } catch {}
  // The app is drawn over the prerendered first response (hidden by CSS from that frame on).
  document.getElementById('first-response')?.remove();
}
// Which first response the service worker sends this phone (assets/sw.js): its language, or
// the page with no help in it in discreet mode. And the service worker, once it runs, is asked
// to keep that language's words and first responses for offline use (it precaches English only).
export function rememberFirstResponse(code, discreet) {
  if (!('caches' in self)) return;
  caches.open('harbour-first')
    .then((cache) => cache.put('/first-response', new Response(discreet ? 'discreet' : code)))
    .catch(() => {});
  navigator.serviceWorker?.ready.then((r) => r.active?.postMessage({ keep: code })).catch(() => {});
}
")]
extern "C" {
    #[wasm_bindgen(js_name = preloadQr)]
    fn preload_qr_js();
    #[wasm_bindgen(js_name = drawQr, catch)]
    async fn draw_qr_js(text: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = scanCamera, catch)]
    async fn scan_camera_js(video_id: &str)
        -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = stopScan)]
    fn stop_scan_js();
    #[wasm_bindgen(js_name = takeSetupFragment)]
    fn take_setup_fragment_js() -> String;
    #[wasm_bindgen(js_name = damagedCopies, catch)]
    async fn damaged_copies_js() -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = startFailed)]
    fn start_failed_js() -> bool;
    #[wasm_bindgen(js_name = started)]
    fn started_js();
    #[wasm_bindgen(js_name = mark)]
    fn mark_js(name: &str);
    #[wasm_bindgen(js_name = rememberFirstResponse)]
    fn remember_first_response_js(code: &str, discreet: bool);
    #[wasm_bindgen(js_name = holdInstance)]
    async fn hold_instance_js() -> wasm_bindgen::JsValue;
    #[wasm_bindgen(js_name = keepStorage, catch)]
    async fn keep_storage_js() -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = fetchWords, catch)]
    async fn fetch_words_js(code: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(js_name = fetchPack, catch)]
    async fn fetch_pack_js(
        url: &str,
        etag: &str,
        limit: f64,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// Asks the browser to keep what Harbour saves when the phone runs short of space
/// (`navigator.storage.persist()`): `Some(true)` kept, `Some(false)` refused, `None` when the
/// browser cannot say.
pub async fn keep_storage() -> Option<bool> {
    keep_storage_js().await.ok().and_then(|v| v.as_bool())
}

/// Asks the app's own origin (the only one its Content-Security-Policy allows) for a pack.
/// Failing to reach it at all — offline, or refused — is `Offline`.
pub async fn fetch_pack(request: &Request) -> Result<Response, SyncError> {
    let limit = request.limit;
    let etag = request.if_none_match.as_deref().unwrap_or("");
    // The browser stops reading just past the limit; what it read is then refused as too large.
    let answer = fetch_pack_js(&request.url, etag, limit as f64)
        .await
        .map_err(|_| SyncError::Offline)?;
    let answer = js_sys::Array::from(&answer);
    let status = answer.get(0).as_f64().ok_or(SyncError::Offline)? as u16;
    let etag = answer.get(1).as_string().filter(|e| !e.is_empty());
    let body = js_sys::Uint8Array::new(&answer.get(2));
    if body.length() as usize > limit {
        return Err(crate::core::content::PackError::TooLarge.into());
    }
    Ok(Response {
        status,
        etag,
        body: body.to_vec(),
    })
}

/// Makes sure a locale's words are loaded (`/locales/<code>.ftl`, precached by the service
/// worker). If they cannot be read, that locale shows English where its words are missing.
pub async fn ensure_words(code: &str) {
    let catalogue = crate::core::i18n::Catalogue::embedded();
    if !catalogue.needs_words(code) {
        return;
    }
    if let Some(text) = fetch_words_js(code).await.ok().and_then(|v| v.as_string()) {
        catalogue.provide_words(code, text);
    }
}

/// Starts loading the QR module (`/qr/`), so drawing or scanning starts at once.
pub fn preload_qr() {
    preload_qr_js();
}

/// Draws a setup link with the QR module; `None` if the module could not load.
pub async fn draw_qr(text: &str) -> Option<Result<Drawn, SetupError>> {
    let json = draw_qr_js(text).await.ok()?.as_string()?;
    serde_json::from_str(&json).ok()
}

/// Shows the camera in the `<video>` with this ID and resolves with the first QR code read
/// whole. `None` when the camera is refused, missing, or stopped with `stop_camera`.
pub async fn scan_camera(video_id: &str) -> Option<String> {
    scan_camera_js(video_id).await.ok()?.as_string()
}

pub fn stop_camera() {
    stop_scan_js();
}

/// The setup code that came after `#` in the address Harbour was opened with; it was taken
/// out of the address (and so out of the history) at start. Given once.
pub fn take_setup_fragment() -> Option<String> {
    LINKED_SETUP.with(|cell| cell.borrow_mut().take())
}

/// Where this copy of Harbour is served from: setup links open it.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Opens the browser's print dialog (the page's print styles leave only the setup card).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Whether the last start stopped before its first screen (`boot.js` marks every start and the
/// app clears the mark once drawn; security review L4).
pub(super) fn start_failed() -> bool {
    start_failed_js()
}

/// Marks a step of the start on the browser's performance timeline (read by
/// tests/browser/bench-startup.mjs).
pub fn mark(name: &str) {
    mark_js(name);
}

/// The first screen is drawn: this start did not fail.
pub fn started() {
    started_js();
}

/// Tells the service worker which first response to send before the app loads: the page in
/// `code`'s language, or in discreet mode the page with no help in it (its words would say
/// what the app is); and to keep that language for offline use. Nothing else of the young
/// person's leaves the store.
pub fn remember_first_response(code: &str, discreet: bool) {
    remember_first_response_js(code, discreet);
}

// Reading aloud with the phone's own voice (Web Speech API), one utterance per sentence so the
// sentence being read can be highlighted (CSS Custom Highlight API, where the browser has it:
// nothing in the page's markup changes).
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = "
const synth = () => globalThis.speechSynthesis;
export function voicesNow() {
  const s = synth();
  if (!s) return '[]';
  return JSON.stringify(s.getVoices().map((v) => ({ name: v.name, lang: v.lang, local: v.localService })));
}
export function voicesLoaded() {
  const s = synth();
  if (!s || s.getVoices().length) return Promise.resolve();
  return new Promise((done) => {
    s.addEventListener?.('voiceschanged', () => done(), { once: true });
    setTimeout(done, 1500);
  });
}
function highlight(areaId, sentence) {
  if (!globalThis.CSS?.highlights) return;
  CSS.highlights.delete('harbour-reading');
  const area = areaId && document.getElementById(areaId);
  if (!area || sentence == null) return;
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
  const at = text.indexOf(sentence);
  if (at < 0) return;
  const range = new Range();
  const place = (offset, set) => {
    for (const [node, start] of nodes) {
      if (offset >= start && offset <= start + node.data.length) { set(node, offset - start); return; }
    }
  };
  place(at, (n, o) => range.setStart(n, o));
  place(at + sentence.length, (n, o) => range.setEnd(n, o));
  CSS.highlights.set('harbour-reading', new Highlight(range));
}
let current = 0;
let playing = null;
// Reads `pieces` one after another: a recording plays (its sentences highlighted in turn, by
// their share of its length), else its sentences are spoken in the phone's voice. A recording
// the browser cannot play is spoken instead when there is a voice, else left out.
export function readAloud(pieces, lang, voiceName, areaId, onEnd) {
  const s = synth();
  const run = ++current;
  s?.cancel();
  stopAudio();
  const voice = s?.getVoices().find((v) => v.name === voiceName && v.localService);
  const finish = () => { if (run === current) { highlight(null); onEnd(); } };
  const next = (i) => {
    if (run !== current) return;
    if (i >= pieces.length) { finish(); return; }
    const piece = pieces[i];
    const speakIt = () => {
      if (run !== current) return;
      if (!s || !voiceName) { next(i + 1); return; }
      piece.sentences.forEach((text, j) => {
        const u = new SpeechSynthesisUtterance(text);
        u.lang = lang;
        if (voice) u.voice = voice;
        u.onstart = () => { if (run === current) highlight(areaId, text); };
        if (j === piece.sentences.length - 1) u.onend = () => next(i + 1);
        u.onerror = () => { if (run === current) { current++; highlight(null); onEnd(); } };
        s.speak(u);
      });
    };
    if (!piece.audio) { speakIt(); return; }
    const audio = new Audio();
    if (!audio.canPlayType(piece.type)) { speakIt(); return; }
    const url = URL.createObjectURL(new Blob([piece.audio], { type: piece.type }));
    let settled = false;
    const done = (played) => {
      if (settled) return;
      settled = true;
      URL.revokeObjectURL(url);
      if (playing === audio) playing = null;
      if (played) next(i + 1); else speakIt();
    };
    const total = piece.sentences.reduce((n, t) => n + t.length, 0) || 1;
    let shown = -1;
    audio.ontimeupdate = () => {
      if (run !== current || !(audio.duration > 0) || !isFinite(audio.duration)) return;
      const at = (audio.currentTime / audio.duration) * total;
      let sum = 0;
      let k = 0;
      while (k < piece.sentences.length - 1 && sum + piece.sentences[k].length <= at) { sum += piece.sentences[k].length; k++; }
      if (k !== shown) { shown = k; highlight(areaId, piece.sentences[k]); }
    };
    audio.onended = () => done(true);
    audio.onerror = () => done(false);
    audio.src = url;
    playing = audio;
    shown = 0;
    highlight(areaId, piece.sentences[0]);
    audio.play().catch(() => done(false));
  };
  next(0);
}
function stopAudio() {
  if (playing) { playing.onended = null; playing.onerror = null; playing.pause(); playing = null; }
}
export function pauseSpeech() { if (playing) playing.pause(); else synth()?.pause(); }
export function resumeSpeech() { if (playing) playing.play().catch(() => {}); else synth()?.resume(); }
export function stopSpeech() { current++; stopAudio(); synth()?.cancel(); highlight(null); }
")]
extern "C" {
    #[wasm_bindgen(js_name = voicesNow)]
    fn voices_now_js() -> String;
    #[wasm_bindgen(js_name = voicesLoaded)]
    fn voices_loaded_js() -> js_sys::Promise;
    #[wasm_bindgen(js_name = readAloud)]
    fn read_aloud_js(
        pieces: js_sys::Array,
        lang: &str,
        voice: &str,
        area: &str,
        on_end: &wasm_bindgen::closure::Closure<dyn Fn()>,
    );
    #[wasm_bindgen(js_name = pauseSpeech)]
    pub fn pause_speech();
    #[wasm_bindgen(js_name = resumeSpeech)]
    pub fn resume_speech();
    #[wasm_bindgen(js_name = stopSpeech)]
    pub fn stop_speech();
}

/// The phone's voices, once the browser has listed them (it may take a moment after start).
pub async fn voices() -> Vec<crate::core::speech::Voice> {
    #[derive(serde::Deserialize)]
    struct Listed {
        name: String,
        lang: String,
        local: bool,
    }
    let _ = wasm_bindgen_futures::JsFuture::from(voices_loaded_js()).await;
    let listed: Vec<Listed> = serde_json::from_str(&voices_now_js()).unwrap_or_default();
    listed
        .into_iter()
        .map(|v| crate::core::speech::Voice {
            name: v.name,
            lang: v.lang,
            local: v.local,
        })
        .collect()
}

/// Whether recordings can be played here (an `<audio>` element; each recording's codec is
/// asked of the browser as it plays).
pub fn plays_recordings() -> bool {
    true
}

/// Reads `pieces` aloud (recordings, else `voice`, the phone's voice), highlighting each
/// sentence in the element `area` as it is read; `on_end` is called once at the end (or if the
/// voice fails). A new call, or `stop_speech`, ends the one before.
pub fn read_aloud(
    pieces: &[crate::core::speech::Piece],
    voice: Option<&crate::core::speech::Voice>,
    area: &str,
    on_end: impl Fn() + 'static,
) {
    use js_sys::{Array, JsString, Object, Reflect, Uint8Array};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let list: Array = pieces
        .iter()
        .map(|piece| {
            let object = Object::new();
            let sentences: Array = piece
                .sentences
                .iter()
                .map(|s| JsString::from(s.as_str()))
                .collect();
            let _ = Reflect::set(&object, &"sentences".into(), &sentences);
            if let Some((codec, bytes)) = &piece.recording {
                let _ = Reflect::set(&object, &"type".into(), &JsValue::from_str(codec));
                let _ = Reflect::set(
                    &object,
                    &"audio".into(),
                    &Uint8Array::from(bytes.as_slice()),
                );
            }
            JsValue::from(object)
        })
        .collect();
    let on_end = Closure::<dyn Fn()>::new(on_end);
    let (lang, name) = voice.map_or(("", ""), |v| (v.lang.as_str(), v.name.as_str()));
    read_aloud_js(list, lang, name, area, &on_end);
    // The browser calls it when the reading ends, long after this returns; the one of the
    // reading before is never called again (the script checks which reading is current).
    SPEAKING.with_borrow_mut(|kept| *kept = Some(on_end));
}

thread_local! {
    static SPEAKING: RefCell<Option<wasm_bindgen::closure::Closure<dyn Fn()>>> =
        const { RefCell::new(None) };
}
