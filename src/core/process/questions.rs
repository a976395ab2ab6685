//! Questions a young person writes down for their lawyer or social worker. They never leave the
//! phone; this only checks one before the store keeps it.

use crate::core::store::StoreError;

/// Long enough for a real question, short enough to read back in a meeting.
pub const MAX_QUESTION_CHARS: usize = 500;

#[derive(Debug, thiserror::Error)]
pub enum QuestionError {
    #[error("the question is empty")]
    Empty,
    #[error("the question is longer than {MAX_QUESTION_CHARS} characters")]
    TooLong,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl QuestionError {
    pub fn message_id(&self) -> &'static str {
        match self {
            QuestionError::Empty => "process-question-empty",
            QuestionError::TooLong => "process-question-too-long",
            QuestionError::Store(e) => e.message_id(),
        }
    }
}

/// The question as it will be kept (trimmed), or why it cannot be.
pub fn check_question(text: &str) -> Result<String, QuestionError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(QuestionError::Empty);
    }
    if text.chars().count() > MAX_QUESTION_CHARS {
        return Err(QuestionError::TooLong);
    }
    Ok(text.to_string())
}
