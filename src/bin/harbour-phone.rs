//! The phone-number rules as a web module of their own, loaded by the trusted-adult form only.
//!
//! `core::contacts::parse_phone` needs a regex engine and every country's metadata (about as big
//! as the rest of the app), so the web app does not carry them at start-up: the form imports
//! this module when it opens. Native builds call `parse_phone` directly and never build this.
//!
//! It takes the rules' one file (`src/core/contacts/phone.rs`) and not the `harbour` library:
//! linking the library would link SQLite too (its C-ABI functions are exported, so no linker
//! drops them), and the service worker keeps this module for offline use from the first visit.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

#[allow(dead_code)] // The app's own copy uses the rest (digit_value, message IDs).
#[path = "../core/contacts/phone.rs"]
mod phone;

/// The typed number checked: JSON `{"Ok":{"e164":…,"display":…,"texts":…}}` or `{"Err":"Invalid"}`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn parse_phone(input: &str) -> String {
    let checked = phone::parse_phone(input);
    serde_json::to_string(&checked).unwrap_or_default()
}

fn main() {}
