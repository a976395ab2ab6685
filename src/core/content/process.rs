//! The asylum process as data: step order, official words to search by, sources and review
//! dates. The words a person reads are Fluent messages (`process-<id>-<part>`), so a content
//! update can correct a fact's source or date, or the order, without a new app.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Deserialize;

use super::{read_area, ContentError, Fact};
use crate::core::i18n::Localizer;

/// The parts every step explains, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    What,
    Who,
    Ask,
    Next,
    Time,
}

impl Part {
    pub const ALL: [Part; 5] = [Part::What, Part::Who, Part::Ask, Part::Next, Part::Time];

    fn key(self) -> &'static str {
        match self {
            Part::What => "what",
            Part::Who => "who",
            Part::Ask => "ask",
            Part::Next => "next",
            Part::Time => "time",
        }
    }

    /// The heading shown above this part, e.g. "Who will be there".
    pub fn heading_id(self) -> String {
        format!("process-{}", self.key())
    }
}

/// One stage of the asylum process.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Step {
    pub id: String,
    /// When a person last checked this step against its sources.
    pub reviewed: NaiveDate,
    /// Words from official letters (in English) that should find this step.
    pub terms: Vec<String>,
    pub facts: Vec<Fact>,
    /// Safety cards that say more about this step (e.g. challenging an age decision), by ID.
    #[serde(default)]
    pub cards: Vec<String>,
}

impl Step {
    pub fn title_id(&self) -> String {
        Step::title_id_of(&self.id)
    }

    /// The title message of the step with this id.
    pub fn title_id_of(id: &str) -> String {
        format!("process-{id}-title")
    }

    pub fn part_id(&self, part: Part) -> String {
        format!("process-{}-{}", self.id, part.key())
    }
}

/// A word young people meet in letters and meetings, explained in one line.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GlossaryEntry {
    pub id: String,
    pub terms: Vec<String>,
    /// The step where this word matters most.
    pub step: Option<String>,
}

impl GlossaryEntry {
    pub fn term_id(&self) -> String {
        format!("glossary-{}-term", self.id)
    }

    pub fn meaning_id(&self) -> String {
        format!("glossary-{}-meaning", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProcessPack {
    pub format: u32,
    pub steps: Vec<Step>,
    pub glossary: Vec<GlossaryEntry>,
}

const FORMAT: u32 = 1;

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl ProcessPack {
    pub fn parse(json: &str) -> Result<ProcessPack, ContentError> {
        let pack: ProcessPack = read_area(json, |p: &ProcessPack| p.format, FORMAT)?;
        let mut ids = HashSet::new();
        for step in &pack.steps {
            if !valid_id(&step.id) || !ids.insert(step.id.as_str()) {
                return Err(ContentError::Malformed(format!("step id {:?}", step.id)));
            }
            if step.facts.is_empty() || step.facts.iter().any(|f| f.source.trim().is_empty()) {
                return Err(ContentError::Malformed(format!(
                    "step {} has no source",
                    step.id
                )));
            }
        }
        let mut words = HashSet::new();
        for entry in &pack.glossary {
            let known_step = entry.step.as_deref().is_none_or(|s| ids.contains(s));
            if !valid_id(&entry.id) || !words.insert(entry.id.as_str()) || !known_step {
                return Err(ContentError::Malformed(format!(
                    "glossary entry {:?}",
                    entry.id
                )));
            }
        }
        Ok(pack)
    }

    /// The steps that have words to show: a step a content update added without any text
    /// (not even English) is left out rather than shown as a blank card.
    pub fn visible_steps<'a>(&'a self, l: &Localizer) -> Vec<&'a Step> {
        self.steps.iter().filter(|s| l.has(&s.title_id())).collect()
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// 1-based position of a step, for "Step 3".
    pub fn number_of(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id).map(|i| i + 1)
    }

    /// The steps before and after one step, for moving through them in order.
    pub fn neighbours(&self, id: &str) -> (Option<&Step>, Option<&Step>) {
        match self.steps.iter().position(|s| s.id == id) {
            Some(i) => (
                i.checked_sub(1).and_then(|p| self.steps.get(p)),
                self.steps.get(i + 1),
            ),
            None => (None, None),
        }
    }
}
