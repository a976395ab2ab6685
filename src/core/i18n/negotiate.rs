//! Choosing a locale from what the phone or browser asks for.
//!
//! Phones report tags we do not ship under that name: Dari is often `prs`, Kurmanji `ku`.
//! The alias table maps them to our folders before Fluent's own negotiation runs.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::catalogue::{Catalogue, LocaleInfo};

/// Language subtags that phones report, mapped to the locale that serves them.
const ALIASES: &[(&str, &str)] = &[("prs", "fa-AF"), ("ku", "kmr")];

/// Turns an OS or browser language tag (`ar_SA.UTF-8`, `prs-AF`) into a BCP 47 tag we can match.
pub fn normalise_tag(raw: &str) -> Option<LanguageIdentifier> {
    let tag = raw.split(['.', '@']).next()?.replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let language = tag.split('-').next()?.to_ascii_lowercase();
    let tag = match ALIASES.iter().find(|(alias, _)| *alias == language) {
        Some((_, target)) => (*target).to_string(),
        None => tag,
    };
    tag.parse().ok()
}

impl Catalogue {
    /// The best locale for a list of requested tags, most preferred first; English if none fit.
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> &LocaleInfo {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| normalise_tag(r.as_ref()))
            .collect();
        let available: Vec<LanguageIdentifier> =
            self.locales().iter().map(|l| l.id.clone()).collect();
        let default = self.source().id.clone();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|id| self.locales().iter().find(|l| &&l.id == id))
            .unwrap_or_else(|| self.source())
    }

    /// The stored choice if we still ship it, otherwise a fresh negotiation.
    pub fn resolve<S: AsRef<str>>(&self, stored: Option<&str>, requested: &[S]) -> &LocaleInfo {
        match stored.and_then(|code| self.get(code)) {
            Some(locale) => locale,
            None => self.negotiate(requested),
        }
    }
}
