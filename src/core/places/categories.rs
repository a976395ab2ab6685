//! Which of Harbour's categories a feed's service falls in, from a table of phrases a council
//! can extend (`assets/content/categories.json`; `harbour-pack build --categories <file>`).
//!
//! A service's taxonomy terms decide first, because they are the publisher's own word for what
//! the service is; only when no term matches do its name and description. The table is data,
//! not code, so a council whose taxonomy says "Positive activities" for youth clubs adds that
//! phrase without a new Harbour.

use serde::Deserialize;

use super::Category;

/// The table Harbour ships with.
const BUILT_IN: &str = include_str!("../../../assets/content/categories.json");

/// A table that cannot be read: the publisher says why and builds nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("the categories file is not the expected JSON: {0}")]
    Malformed(String),
    #[error("the categories file names a category Harbour does not have: {0}")]
    UnknownCategory(String),
    #[error("the categories file is format {0}; this tool reads format 1")]
    Format(u32),
}

#[derive(Deserialize)]
struct Wire {
    format: u32,
    rules: Vec<WireRule>,
}

#[derive(Deserialize)]
struct WireRule {
    category: String,
    phrases: Vec<String>,
}

/// Rules tried in order: the first whose phrase is found gives the category.
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryTable {
    rules: Vec<(Category, Vec<String>)>,
}

impl CategoryTable {
    /// Harbour's own table.
    pub fn built_in() -> CategoryTable {
        // Checked by a test; a broken built-in table is a build that must not ship.
        CategoryTable::read(BUILT_IN).unwrap_or(CategoryTable { rules: Vec::new() })
    }

    /// Reads a table in the format of `assets/content/categories.json`.
    pub fn read(json: &str) -> Result<CategoryTable, TableError> {
        let wire: Wire =
            serde_json::from_str(json).map_err(|e| TableError::Malformed(e.to_string()))?;
        if wire.format != 1 {
            return Err(TableError::Format(wire.format));
        }
        let rules = wire
            .rules
            .into_iter()
            .map(|rule| {
                let category = Category::from_id(&rule.category)
                    .ok_or(TableError::UnknownCategory(rule.category))?;
                let phrases = rule
                    .phrases
                    .iter()
                    .map(|p| p.to_lowercase())
                    .filter(|p| !p.trim().is_empty())
                    .collect();
                Ok((category, phrases))
            })
            .collect::<Result<_, TableError>>()?;
        Ok(CategoryTable { rules })
    }

    /// This table with `first`'s rules tried before its own (a council's additions).
    pub fn after(self, first: CategoryTable) -> CategoryTable {
        let mut rules = first.rules;
        rules.extend(self.rules);
        CategoryTable { rules }
    }

    /// The category of a service from its taxonomy terms, else from its name and description.
    pub fn classify(&self, terms: &str, name_and_description: &str) -> Category {
        self.find(terms)
            .or_else(|| self.find(name_and_description))
            .unwrap_or(Category::Other)
    }

    fn find(&self, words: &str) -> Option<Category> {
        let words = words.to_lowercase();
        self.rules
            .iter()
            .find(|(_, phrases)| phrases.iter().any(|p| words.contains(p.as_str())))
            .map(|(category, _)| *category)
    }
}
