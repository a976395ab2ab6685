//! Drawing and reading QR codes as a web module of their own, loaded by the setup screens only.
//!
//! The QR encoder, the camera-frame decoder and the PNG writer are not needed to use Harbour,
//! only to set a phone up, so the web app does not carry them at start-up. Native builds call
//! `core::setup::qr` directly and never build this.
//!
//! It takes the three files QR needs and not the `harbour` library: linking the library would
//! link SQLite too (its C-ABI functions are exported, so no linker drops them).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// `core::setup`'s QR part, from the library's own files.
#[allow(dead_code)] // The app's copy uses the rest (message IDs, base64 decoding).
#[path = "../core/setup"]
mod setup {
    pub mod base64;
    mod outcome;
    pub mod qr;
    pub use outcome::{Drawn, SetupError};
}

/// `text` drawn: JSON `{"Ok":{"version":…,"svg":…,"png":…}}` or `{"Err":"TooLarge"}`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn draw(text: &str) -> String {
    serde_json::to_string(&setup::qr::draw(text)).unwrap_or_default()
}

/// The text of a QR code in a camera frame (RGBA, as a canvas gives it), or nothing.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn scan(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    // Luma from RGB (ITU-R BT.601 weights, in integers).
    let grey: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| ((p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000) as u8)
        .collect();
    setup::qr::scan(width, height, &grey)
}

fn main() {}
