//! One file per screen; each loads what it needs and passes plain data to components.

mod about;
mod adult_form;
mod adults;
mod card;
mod come_back;
mod glossary;
mod home;
mod language;
mod lock;
mod numbers;
mod plan;
mod privacy;
mod process;
mod step;

pub use about::About;
pub use adult_form::{AdultEdit, AdultNew};
pub use adults::Adults;
pub use card::{StayingSafe, WhenBack};
pub use come_back::ComeBack;
pub use glossary::Glossary;
pub use home::Home;
pub use language::Language;
pub use lock::{Cover, LockScreen};
pub use numbers::Numbers;
pub use plan::Plan;
pub use privacy::Privacy;
pub use process::Process;
pub use step::Step;
