//! What the language picker lists: the phone's language first, then the rest, narrowed by a
//! search that matches a language by its own name, its English name or its code.

use super::catalogue::{Catalogue, LocaleInfo};

impl Catalogue {
    /// Every locale, the one that best fits the device's languages first (if the device asked
    /// for one we ship), then the rest by English name.
    pub fn for_picker<S: AsRef<str>>(
        &self,
        device: &[S],
    ) -> (Option<&LocaleInfo>, Vec<&LocaleInfo>) {
        let phone = self.device_match(device);
        let mut rest: Vec<&LocaleInfo> = self
            .locales()
            .iter()
            .filter(|l| Some(l.code) != phone.map(|p| p.code))
            .collect();
        rest.sort_by(|a, b| a.english_name.cmp(&b.english_name));
        (phone, rest)
    }

    /// The locale the device asked for, if any of its languages is one we ship; unlike
    /// `negotiate`, no English fallback when none is.
    pub fn device_match<S: AsRef<str>>(&self, device: &[S]) -> Option<&LocaleInfo> {
        let wanted = self.negotiate(device);
        let asked_for_it = device
            .iter()
            .filter_map(|d| super::normalise_tag(d.as_ref()))
            .any(|tag| tag.language == wanted.id.language);
        asked_for_it.then_some(wanted)
    }
}

impl LocaleInfo {
    /// Whether a search typed into the picker finds this locale.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        query.is_empty()
            || [self.name.as_str(), self.english_name.as_str(), self.code]
                .iter()
                .any(|field| field.to_lowercase().contains(&query))
    }
}
