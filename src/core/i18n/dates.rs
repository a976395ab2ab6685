//! Dates and weekdays in the locale's own words, with Western digits.
//!
//! fluent-rs has no `DATETIME`, so the words come from Fluent messages (`date-month-N`,
//! `date-weekday-N`, `date-long`) that every locale translates. Digits stay Western in every
//! locale, including Pashto and Dari whose CLDR default is Persian digits: people read these
//! next to phone numbers and official letters, which use Western digits.

use chrono::{Datelike, NaiveDate, Weekday};

use super::Localizer;

impl Localizer {
    /// `22 November 2026`, in the locale's order and month name.
    pub fn long_date(&self, date: NaiveDate) -> String {
        let month = self.tr(&format!("date-month-{}", date.month()));
        let day = date.day().to_string();
        let year = date.year().to_string();
        self.tr_with(
            "date-long",
            &[("day", &day), ("month", &month), ("year", &year)],
        )
    }

    /// `Monday`, in the locale's words.
    pub fn weekday(&self, day: Weekday) -> String {
        self.tr(&format!("date-weekday-{}", day.number_from_monday()))
    }
}
