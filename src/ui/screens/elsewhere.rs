//! What a second tab shows while Harbour is open in another: it opens nothing saved, so two
//! copies never write one store and a second tab never gets extra lock-code tries. Its words
//! name no app and no help, so it is as neutral as discreet mode's cover.

use dioxus::prelude::*;

use crate::core::i18n::Catalogue;
use crate::platform;

#[derive(Props, Clone, PartialEq)]
pub struct ElsewhereProps {
    pub locale: &'static str,
}

/// A root of its own: it needs no store, no session and no router.
#[allow(non_snake_case)]
pub fn Elsewhere(props: ElsewhereProps) -> Element {
    let l = Catalogue::embedded().localizer(props.locale);
    let title = l.tr("other-tab-title");
    use_hook(|| platform::set_document_language(l.code(), l.dir(), &title));
    // A start that shows this has not failed (`platform::started`).
    use_effect(platform::started);
    rsx! {
        main { class: "elsewhere",
            h1 { "{title}" }
            p { "{l.tr(\"other-tab-text\")}" }
            button { class: "primary", r#type: "button", onclick: move |_| platform::reload(), "{l.tr(\"other-tab-retry\")}" }
        }
    }
}
