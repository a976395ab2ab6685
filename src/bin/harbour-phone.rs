//! The phone-number rules as a web module of their own, loaded by the trusted-adult form only.
//!
//! `core::contacts::parse_phone` needs a regex engine and every country's metadata (about as big
//! as the rest of the app), so the web app does not carry them at start-up: the form imports
//! this module when it opens. Native builds call `parse_phone` directly and never build this.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

/// The typed number checked: JSON `{"Ok":{"e164":…,"display":…,"texts":…}}` or `{"Err":"Invalid"}`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn parse_phone(input: &str) -> String {
    let checked = harbour::core::contacts::parse_phone(input);
    serde_json::to_string(&checked).unwrap_or_default()
}

fn main() {}
