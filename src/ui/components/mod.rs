//! Small presentational pieces shared by screens. They take plain data and a localizer.

mod draft_notice;
mod menu_link;
mod number_card;
mod sources;

pub use draft_notice::DraftNotice;
pub use menu_link::MenuLink;
pub use number_card::{NumberCard, PhoneNumber, SilentSolutionCard};
pub use sources::Sources;
