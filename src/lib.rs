//! Harbour: help for unaccompanied young people in care, in their own language, offline.
//!
//! `core` is plain Rust (no Dioxus), `ui` is the Dioxus app, `platform` is the per-target glue.
//! See ARCHITECTURE.md for the code map and the invariants between these parts.

pub mod core;
pub mod platform;
pub mod ui;

/// Opens the store, works out the language, and starts the app on the platform it was built for.
pub fn launch() {
    platform::launch(ui::Root);
}
