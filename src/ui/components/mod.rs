//! Small presentational pieces shared by screens. They take plain data and a localizer.

mod adult_summary;
mod code_field;
mod come_back_now;
mod in_language;
mod listen;
mod menu_link;
mod number_card;
mod quick_exit;
mod recordings;
mod sources;
mod translation_notice;
mod wipe;
mod words;

pub use adult_summary::AdultSummary;
pub use code_field::CodeField;
pub use come_back_now::{use_come_back_now, ComeBackNow};
pub use in_language::InLanguage;
pub use listen::{Listen, Listening};
pub use menu_link::MenuLink;
pub use number_card::{NumberCard, PhoneNumber, SilentSolutionCard};
pub use quick_exit::QuickExit;
pub use recordings::{offered, Recordings};
pub use sources::Sources;
pub use translation_notice::TranslationNotice;
pub use wipe::WipeControl;
pub use words::Words;
