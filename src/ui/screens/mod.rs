//! One file per screen; each loads what it needs and passes plain data to components.

mod about;
mod glossary;
mod home;
mod language;
mod numbers;
mod process;
mod step;

pub use about::About;
pub use glossary::Glossary;
pub use home::Home;
pub use language::Language;
pub use numbers::Numbers;
pub use process::Process;
pub use step::Step;
