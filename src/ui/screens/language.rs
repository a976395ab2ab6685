//! Choosing a language: each written in its own script with its English name, the phone's
//! language first, searchable, and each translation's status (a draft, or checked by a
//! translator) in its own language and in English.

use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::i18n::{Catalogue, LocaleInfo, Localizer, Producer, Share, SOURCE_LOCALE};
use crate::platform;
use crate::ui::components::{offered, Recordings};
use crate::ui::data::use_data;
use crate::ui::state::{use_app_state, use_localizer, use_pack, use_reading};

/// A translation's status in `l`'s words: a draft, partly checked (with the share of its
/// messages a translator has checked against the English as it is now), or checked.
fn status(locale: &LocaleInfo, l: &Localizer) -> String {
    match locale.reviewed.share() {
        Share::Draft => l.tr("language-status-draft"),
        Share::Partly(percent) => l.tr_with(
            "language-status-partly",
            &[("percent", &percent.to_string())],
        ),
        Share::Checked => l.tr("language-status-checked"),
    }
}

/// Each translation's status in its own words, read once per visit to the picker. The source
/// text (English) has no status line.
fn status_notes(catalogue: &Catalogue) -> Rc<Vec<(&'static str, String)>> {
    Rc::new(
        catalogue
            .locales()
            .iter()
            .filter(|l| l.review.produced_by != Producer::Source)
            .map(|l| (l.code, status(l, &catalogue.localizer(l.code))))
            .collect(),
    )
}

#[component]
pub fn Language() -> Element {
    let localizer = use_localizer();
    let state = use_app_state();
    let mut query = use_signal(String::new);
    let mut save_problem = use_signal(|| None::<&'static str>);
    let data = use_data();
    let mut large = use_reading().large;
    let catalogue = Catalogue::embedded();
    let notes = use_hook(|| status_notes(catalogue));
    let l = localizer.read();
    let (phone, rest) = catalogue.for_picker(&state.device_languages);
    let phone = phone.filter(|p| p.matches(&query.read()));
    let rest: Vec<&LocaleInfo> = rest
        .into_iter()
        .filter(|p| p.matches(&query.read()))
        .collect();
    let nothing_found = phone.is_none() && rest.is_empty();
    let pack = use_pack();
    let row = |locale: &'static LocaleInfo| {
        let note = notes
            .iter()
            .find(|(code, _)| *code == locale.code)
            .map(|(_, note)| note.clone());
        // The recordings published in it, in its own words and in English (for the key worker).
        let recordings = pack
            .as_ref()
            .as_ref()
            .ok()
            .and_then(|p| p.audio_offer(locale.code))
            .map(|offer| {
                (
                    offered(
                        &catalogue.localizer(locale.code),
                        offer.speaker,
                        offer.bytes,
                    ),
                    offered(&state.english, offer.speaker, offer.bytes),
                )
            });
        rsx! {
            LanguageRow {
                key: "{locale.code}",
                locale: locale.code,
                current: locale.code == l.code(),
                status_note: note,
                english_status: status(locale, &state.english),
                recordings,
                save_problem,
            }
        }
    };
    rsx! {
        h1 { "{l.tr(\"language-title\")}" }
        p { class: "lead", "{l.tr(\"language-intro\")}" }
        if let Some(problem) = save_problem() {
            p { class: "notice", role: "alert", "{l.tr(problem)}" }
        }
        section { class: "reading", aria_labelledby: "heading-reading",
            h2 { id: "heading-reading", class: "section", "{l.tr(\"reading-title\")}" }
            label { class: "check",
                input {
                    r#type: "checkbox",
                    checked: large(),
                    onchange: move |e: FormEvent| {
                        let on = e.checked();
                        match data.edit(|s| s.set_large_text(on)) {
                            Ok(()) => large.set(on),
                            Err(e) => save_problem.set(Some(e.message_id())),
                        }
                    },
                }
                span { "{l.tr(\"reading-large\")}" }
            }
            p { class: "hint", "{l.tr(\"reading-large-hint\")}" }
        }
        Recordings {}
        label { class: "search",
            span { "{l.tr(\"language-search\")}" }
            input {
                r#type: "search",
                value: "{query}",
                autocomplete: "off",
                oninput: move |e| query.set(e.value()),
            }
        }
        if let Some(phone) = phone {
            h2 { class: "section", "{l.tr(\"language-your-phone\")}" }
            ul { class: "languages", {row(phone)} }
        }
        if !nothing_found {
            ul { class: "languages", for locale in rest { {row(locale)} } }
        }
        if nothing_found {
            p { class: "empty", role: "status", "{l.tr(\"language-no-match\")}" }
        }
    }
}

#[component]
fn LanguageRow(
    locale: &'static str,
    current: bool,
    status_note: Option<String>,
    english_status: String,
    recordings: Option<(String, String)>,
    save_problem: Signal<Option<&'static str>>,
) -> Element {
    let mut localizer = use_localizer();
    let data = use_data();
    let Some(info) = Catalogue::embedded().get(locale) else {
        return rsx! {};
    };
    let dir = info.dir.as_str();
    rsx! {
        li {
            button {
                class: "language",
                r#type: "button",
                aria_pressed: if current { "true" } else { "false" },
                onclick: move |_| {
                    save_problem.set(data.edit(|s| s.set_language(locale)).err().map(|e| e.message_id()));
                    spawn(async move {
                        platform::ensure_words(locale).await;
                        localizer.set(Rc::new(Catalogue::embedded().localizer(locale)));
                    });
                },
                span { class: "names",
                    span { class: "native", lang: locale, dir, "{info.name}" }
                    span { class: "english", lang: SOURCE_LOCALE, dir: "ltr", "{info.english_name}" }
                }
                if let Some(note) = status_note {
                    span { class: "status",
                        span { lang: locale, dir, "{note}" }
                        span { lang: SOURCE_LOCALE, dir: "ltr", "{english_status}" }
                    }
                }
                if let Some((own, english)) = recordings {
                    span { class: "status",
                        span { lang: locale, dir, "{own}" }
                        if locale != SOURCE_LOCALE {
                            span { lang: SOURCE_LOCALE, dir: "ltr", "{english}" }
                        }
                    }
                }
            }
        }
    }
}
