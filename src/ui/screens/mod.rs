//! One file per screen; each loads what it needs and passes plain data to components.

mod about;
mod adult_form;
mod adults;
mod card;
mod come_back;
mod glossary;
mod home;
mod key_worker;
mod language;
mod lock;
mod numbers;
mod place;
mod places;
mod plan;
mod privacy;
mod process;
mod setup_import;
mod step;

pub use about::About;
pub use adult_form::{AdultEdit, AdultNew};
pub use adults::Adults;
pub use card::{StayingSafe, WhenBack};
pub use come_back::ComeBack;
pub use glossary::Glossary;
pub use home::Home;
pub use key_worker::KeyWorker;
pub use language::Language;
pub use lock::{Cover, LockScreen};
pub use numbers::Numbers;
pub use place::PlacePage;
pub use places::Places;
pub use plan::Plan;
pub use privacy::Privacy;
pub use process::Process;
pub use setup_import::SetupImport;
pub use step::Step;
