//! The young person's own safety plan: short lists, in their words, in six sections.
//!
//! A new plan starts with suggestions (Fluent message IDs, so they read in the current
//! language) that the young person keeps, changes or deletes; a changed suggestion becomes
//! their own text. Lines never leave the phone.

use crate::core::store::StoreError;

/// The sections, in the order the plan shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Leaving,
    Helps,
    SafePlaces,
    AskForHelp,
    IfMissing,
    PhoneTaken,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Leaving,
        Section::Helps,
        Section::SafePlaces,
        Section::AskForHelp,
        Section::IfMissing,
        Section::PhoneTaken,
    ];

    /// The stable ID kept in the store and in setup payloads.
    pub fn id(self) -> &'static str {
        match self {
            Section::Leaving => "leaving",
            Section::Helps => "helps",
            Section::SafePlaces => "safe-places",
            Section::AskForHelp => "ask-for-help",
            Section::IfMissing => "if-missing",
            Section::PhoneTaken => "phone-taken",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn title_id(self) -> String {
        format!("plan-section-{}", self.id())
    }

    /// The suggestions a new plan starts with in this section.
    pub fn starters(self) -> &'static [&'static str] {
        match self {
            Section::Leaving => &["plan-starter-leaving-1", "plan-starter-leaving-2"],
            Section::Helps => &["plan-starter-helps-1", "plan-starter-helps-2"],
            Section::SafePlaces => &["plan-starter-safe-places-1"],
            Section::AskForHelp => &["plan-starter-ask-for-help-1", "plan-starter-ask-for-help-2"],
            Section::IfMissing => &[
                "plan-starter-if-missing-1",
                "plan-starter-if-missing-2",
                "plan-starter-if-missing-3",
            ],
            Section::PhoneTaken => &["plan-starter-phone-taken-1", "plan-starter-phone-taken-2"],
        }
    }
}

/// What a line says: the young person's words, or a suggestion not yet changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Own(String),
    /// A Fluent message ID, shown in the current language.
    Suggestion(String),
}

/// One line of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanItem {
    pub id: i64,
    pub section: Section,
    pub line: Line,
}

/// Which way a line moves within its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// A plan line is a short list item, not a diary.
pub const MAX_LINE_CHARS: usize = 300;

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("the line is empty")]
    Empty,
    #[error("the line is longer than {MAX_LINE_CHARS} characters")]
    TooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl PlanError {
    pub fn message_id(&self) -> &'static str {
        match self {
            PlanError::Empty => "plan-error-empty",
            PlanError::TooLong => "plan-error-too-long",
            PlanError::Store(_) => "plan-error-save",
        }
    }
}

/// The line as it will be kept (trimmed), or why it cannot be.
pub fn check_line(text: &str) -> Result<String, PlanError> {
    let text = text.trim();
    match text.chars().count() {
        0 => Err(PlanError::Empty),
        n if n > MAX_LINE_CHARS => Err(PlanError::TooLong),
        _ => Ok(text.to_string()),
    }
}
