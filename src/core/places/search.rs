//! Finding places by what people type: a name, a word of the description, a street, a
//! language. The text of every place is folded once (`PlaceIndex::new`, when a pack is loaded),
//! so a search only compares.

use super::Place;
use crate::core::i18n::fold;

/// The folded words of each place, in the pack's order.
#[derive(Debug, Clone, Default)]
pub struct PlaceIndex {
    names: Vec<String>,
    rest: Vec<String>,
}

impl PlaceIndex {
    pub fn new(places: &[Place]) -> PlaceIndex {
        PlaceIndex {
            names: places.iter().map(|p| fold(&p.name)).collect(),
            rest: places
                .iter()
                .map(|p| {
                    let mut text = fold(&p.description);
                    for extra in p.address.iter().chain(&p.languages) {
                        text.push('\n');
                        text.push_str(&fold(extra));
                    }
                    text
                })
                .collect(),
        }
    }

    /// Positions of the places matching `query`, best first: the whole query in the name, then
    /// elsewhere, then every word of it somewhere; pack order within each.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let query = fold(query.trim());
        if query.is_empty() {
            return Vec::new();
        }
        let words: Vec<&str> = query.split_whitespace().collect();
        let mut hits: Vec<(u8, usize)> = Vec::new();
        for (i, (name, rest)) in self.names.iter().zip(&self.rest).enumerate() {
            let score = if name.contains(&query) {
                3
            } else if rest.contains(&query) {
                2
            } else if words.len() > 1 && words.iter().all(|w| name.contains(w) || rest.contains(w))
            {
                1
            } else {
                continue;
            };
            hits.push((score, i));
        }
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, i)| i).collect()
    }
}
