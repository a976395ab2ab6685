//! The young person's own use of the asylum explainer: searching it across languages and
//! checking the questions they keep for their lawyer or social worker. (Where they are and
//! their questions are kept by `store`; the steps themselves are `content::ProcessPack`.)

mod questions;
mod search;

pub use questions::{check_question, QuestionError, MAX_QUESTION_CHARS};
pub use search::{search, Hit, HitKind};
