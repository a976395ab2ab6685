//! Translations: which locales exist, which one a person gets, and the words in it.
//!
//! Every user-visible word comes from the Fluent files in `locales/<code>/`, embedded at build
//! time (see `build.rs`) so the app speaks every language offline. A message missing from a
//! locale falls back to English for that message only; a locale file with a syntax error keeps
//! its good messages (the test suite, not the app, is where syntax errors fail).

mod catalogue;
pub mod corrections;
mod dates;
mod fold;
mod localizer;
mod negotiate;
mod numbers_in_text;
mod picker;
pub mod review;
pub mod sheet;
pub mod termbase;

pub use catalogue::{
    Catalogue, Direction, LocaleInfo, Producer, Review, Reviewed, ScreenStatus, Share,
};
pub use fold::fold;
pub use localizer::{messages_used, Localizer};
pub use negotiate::normalise_tag;
pub use numbers_in_text::{numbers_in, Piece};

/// The locale every other one falls back to, and the one the source messages are written in.
pub const SOURCE_LOCALE: &str = "en";
