//! The "When I come back" and "Staying safe" cards: which points each shows, and their sources.
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
    pub facts: Vec<Fact>,
}

impl Card {
    pub fn title_id(&self) -> String {
        format!("card-{}-title", self.id)
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
