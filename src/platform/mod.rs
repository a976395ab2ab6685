//! The thin glue that differs between web, desktop and mobile: where the store lives, which
//! languages the device prefers, how the document learns its language, and how the app starts.
//!
//! Links (`tel:`, `sms:`) are plain anchors that every target's webview opens itself; only how
//! an `sms:` body is read (iOS differs) and asking for a location, on the young person's tap,
//! differ by platform.

use crate::core::i18n::Catalogue;
use crate::core::store::{open_or_recover, Opened};
use crate::ui::RootProps;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
use web as target;

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
use native as target;
#[cfg(not(target_arch = "wasm32"))]
pub use native::FilePlace;

pub use target::{
    check_phone, damaged_copies, draw_qr, ensure_words, fetch_pack, forget_damaged_copies,
    keep_storage, locate, origin, pause_speech, plays_recordings, preload_phone_rules, preload_qr,
    print_page, quick_exit, read_aloud, reload, remember_first_response, request_wipe,
    resume_speech, running, scan_camera, set_discreet_identity, set_document_language, sleep_ms,
    sms_style, started, stop_camera, stop_speech, take_setup_fragment, voices, watch_background,
};

/// "Delete everything" (or deleting the damaged copies) left something behind that still holds
/// what was saved: natively, a file the system would not delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WipeFailed;

impl WipeFailed {
    pub fn message_id(&self) -> &'static str {
        "privacy-wipe-failed"
    }
}

/// What the web build shows if "Delete everything" cannot finish at the next start (before the
/// app and its translations load): the words, in the person's language, given with the request.
pub struct WipeWords {
    pub unfinished: String,
    pub retry: String,
    pub lang: &'static str,
    pub dir: &'static str,
}

/// Everything the UI needs before its first frame.
#[cfg_attr(
    not(any(feature = "web", feature = "desktop", feature = "mobile")),
    allow(dead_code)
)]
pub(crate) async fn prepare() -> RootProps {
    let opened: Opened = match target::place().await {
        Ok(place) => {
            target::mark("harbour-place-ready");
            open_or_recover(&place)
        }
        Err(problem) => Opened::without_place(problem),
    };
    target::mark("harbour-store-read");
    let after_failed_start = target::start_failed();
    RootProps::new(
        opened,
        target::preferred_languages(),
        Catalogue::embedded(),
        after_failed_start,
        crate::core::content::PackKey::built_in(),
    )
}

/// Starts the app on the platform this build targets.
pub fn launch(root: fn(RootProps) -> dioxus::prelude::Element) {
    target::launch(root);
}
