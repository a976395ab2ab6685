//! The safety cards ("When you come back", "Staying safe", "If you are away", …): which points
//! each shows, which help numbers go with it, and their sources. A new card is data only: the
//! app shows every card at `/x/<id>` (veiled).
//!
//! The words are Fluent messages (`locales/*/safety.ftl`); this file holds what must be checked
//! against sources: which points are shown, the sources behind them, and when they were checked.

use chrono::NaiveDate;
use serde::Deserialize;

use super::{read_area, ContentError, Fact};

/// A group of points under an optional heading (both Fluent message IDs).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CardSection {
    pub title: Option<String>,
    pub points: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Card {
    pub id: String,
    pub reviewed: NaiveDate,
    pub sections: Vec<CardSection>,
    /// The help numbers shown under the card, by ID; none listed means the helpline and 999.
    #[serde(default)]
    pub numbers: Vec<String>,
    pub facts: Vec<Fact>,
}

impl Card {
    pub fn title_id(&self) -> String {
        format!("card-{}-title", self.id)
    }

    /// The help numbers that go with the card, in the card's order.
    pub fn number_ids(&self) -> Vec<&str> {
        if self.numbers.is_empty() {
            vec!["runaway", "emergency"]
        } else {
            self.numbers.iter().map(String::as_str).collect()
        }
    }

    /// Every message ID the card shows.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = vec![self.title_id()];
        for section in &self.sections {
            ids.extend(section.title.iter().cloned());
            ids.extend(section.points.iter().cloned());
        }
        ids
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SafetyPack {
    pub format: u32,
    pub cards: Vec<Card>,
}

const FORMAT: u32 = 1;

impl SafetyPack {
    pub fn parse(json: &str) -> Result<SafetyPack, ContentError> {
        read_area(json, |p: &SafetyPack| p.format, FORMAT)
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == id)
    }
}
