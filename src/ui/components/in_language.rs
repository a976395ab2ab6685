//! A part of a screen in another language than the rest: a setup's preview in the young
//! person's language, the printed card in theirs and in English.

use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::i18n::Catalogue;
use crate::platform;

/// Everything inside reads `use_localizer()` in `code`, with its own `lang` and `dir`. On the
/// web, words not loaded yet are loaded, and the part is drawn again with them.
#[component]
pub fn InLanguage(code: &'static str, class: Option<&'static str>, children: Element) -> Element {
    let mut localizer =
        use_context_provider(|| Signal::new(Rc::new(Catalogue::embedded().localizer(code))));
    // Whether the words in `localizer` were all there when it was built.
    let mut complete = use_signal(|| !Catalogue::embedded().needs_words(code));
    let loaded = use_resource(use_reactive((&code,), |(code,)| async move {
        platform::ensure_words(code).await;
        code
    }));
    use_effect(move || {
        if let Some(code) = loaded() {
            // Built again only when it lacked words or is for another language.
            if !*complete.peek() || localizer.peek().code() != code {
                localizer.set(Rc::new(Catalogue::embedded().localizer(code)));
                complete.set(true);
            }
        }
    });
    let l = localizer.read();
    rsx! {
        div { class: class.unwrap_or(""), lang: l.code(), dir: l.dir(), {children} }
    }
}
