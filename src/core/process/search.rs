//! Search over the asylum steps and glossary, offline, across languages: a word copied from an
//! English letter ("SEF", "refused") or typed in the young person's own language finds the step
//! or word, which is then shown in their language.

use crate::core::content::{Part, ProcessPack};
use crate::core::i18n::{fold, Localizer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    Step,
    Glossary,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    pub id: String,
}

/// How well one entry's fields match: 0 when they do not.
struct Fields {
    terms: Vec<String>,
    titles: Vec<String>,
    bodies: Vec<String>,
}

impl Fields {
    fn score(&self, query: &str, words: &[&str]) -> u8 {
        if self.terms.iter().any(|t| t == query) {
            return 5;
        }
        if self.titles.iter().any(|t| t.contains(query)) {
            return 4;
        }
        if self.terms.iter().any(|t| t.contains(query)) {
            return 3;
        }
        if self.bodies.iter().any(|t| t.contains(query)) {
            return 2;
        }
        let all = || self.terms.iter().chain(&self.titles).chain(&self.bodies);
        if words.len() > 1 && words.iter().all(|w| all().any(|f| f.contains(w))) {
            return 1;
        }
        0
    }
}

/// Steps and glossary words matching `query`, best first; steps before words at equal
/// strength, then in process order. `user` is the person's language, `english` the source.
pub fn search(pack: &ProcessPack, user: &Localizer, english: &Localizer, query: &str) -> Vec<Hit> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = query.split_whitespace().collect();
    let both = |id: &str| [fold(&user.tr(id)), fold(&english.tr(id))];
    let mut hits: Vec<(u8, HitKind, usize, String)> = Vec::new();
    for (order, step) in pack.steps.iter().enumerate() {
        let fields = Fields {
            terms: step.terms.iter().map(|t| fold(t)).collect(),
            titles: both(&step.title_id()).to_vec(),
            bodies: Part::ALL
                .iter()
                .flat_map(|p| both(&step.part_id(*p)))
                .collect(),
        };
        let score = fields.score(&query, &words);
        if score > 0 {
            hits.push((score, HitKind::Step, order, step.id.clone()));
        }
    }
    for (order, entry) in pack.glossary.iter().enumerate() {
        let fields = Fields {
            terms: entry.terms.iter().map(|t| fold(t)).collect(),
            titles: both(&entry.term_id()).to_vec(),
            bodies: both(&entry.meaning_id()).to_vec(),
        };
        let score = fields.score(&query, &words);
        if score > 0 {
            hits.push((score, HitKind::Glossary, order, entry.id.clone()));
        }
    }
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    hits.into_iter()
        .map(|(_, kind, _, id)| Hit { kind, id })
        .collect()
}
