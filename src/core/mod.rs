//! Plain Rust that knows nothing of Dioxus: the things Harbour knows and keeps.
//!
//! Everything here is tested with `cargo test` alone. The UI only calls into these modules and
//! shows what they return; wire formats (content packs) are parsed here into plain types.

pub mod contacts;
pub mod content;
pub mod i18n;
pub mod places;
pub mod plan;
pub mod privacy;
pub mod process;
pub mod setup;
pub mod speech;
pub mod store;
pub mod sync;
