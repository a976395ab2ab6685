//! One file per screen; each loads what it needs and passes plain data to components.

mod about;
mod home;
mod language;
mod numbers;

pub use about::About;
pub use home::Home;
pub use language::Language;
pub use numbers::Numbers;
