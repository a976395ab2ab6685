//! Small presentational pieces shared by screens. They take plain data and a localizer.

mod draft_notice;
mod menu_link;
mod number_card;
mod quick_exit;
mod sources;
mod wipe;

pub use draft_notice::DraftNotice;
pub use menu_link::MenuLink;
pub use number_card::{NumberCard, PhoneNumber, SilentSolutionCard};
pub use quick_exit::QuickExit;
pub use sources::Sources;
pub use wipe::WipeControl;
