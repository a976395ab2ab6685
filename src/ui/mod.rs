//! The Dioxus app: the shell, the router and one file per screen.
//!
//! Screens read what they need from core through the contexts set up in `app`, and hold only
//! view state in signals. No SQL, no wire formats and no user-visible strings live here: every
//! word comes from `Localizer::tr` with a Fluent message ID.

mod app;
mod components;
mod data;
mod route;
mod screens;
mod state;

pub use app::{Guarded, Root, RootProps};
pub use route::{Route, Veiled};
pub use screens::{Elsewhere, ElsewhereProps, FirstPage, FirstResponse, FirstResponseProps};
pub use state::AppState;
