//! The first response: what an address of Harbour's shows before the app has loaded, and all it
//! shows where the wasm never runs (JavaScript off, an old browser, a phone too slow to start
//! it). It is rendered at build time (`src/bin/harbour-prerender.rs`) into plain HTML, one page
//! per locale, so a child in danger can tap 999 or reach the help numbers in the first second.
//! The app drawn over it hides it (`assets/harbour.css`) and then removes it.
//!
//! Only what is the same for everyone may be here: the words of a locale and the built-in
//! content pack's help numbers. Not the app's name either: a server cannot know that a phone
//! is in discreet mode (the service worker, which can, sends no help at all then). Never the store: no trusted adult, no plan, not even the "come
//! back" control (it would go to the helpline for a child whose message goes to their social
//! worker). Its links are plain links: they work with nothing but the browser.

use std::rc::Rc;

use dioxus::prelude::*;

use super::Numbers;
use crate::core::content::Pack;
use crate::core::i18n::Catalogue;
use crate::ui::components::Words;
use crate::ui::route::Route;
use crate::ui::state::Content;

/// The two prerendered pages: home's help, and the help numbers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FirstPage {
    Home,
    Numbers,
}

impl FirstPage {
    pub const ALL: [FirstPage; 2] = [FirstPage::Home, FirstPage::Numbers];
}

#[derive(Props, Clone, PartialEq)]
pub struct FirstResponseProps {
    pub locale: &'static str,
    pub page: FirstPage,
}

/// A root of its own, like `Elsewhere`: the language and the built-in pack, no store, no router.
#[allow(non_snake_case)]
pub fn FirstResponse(props: FirstResponseProps) -> Element {
    let localizer = use_context_provider(|| {
        Signal::new(Rc::new(Catalogue::embedded().localizer(props.locale)))
    });
    use_context_provider(|| {
        Signal::new(Content {
            pack: Rc::new(Pack::embedded()),
            etag: None,
        })
    });
    let l = localizer.read();
    rsx! {
        div { class: "app", lang: l.code(), dir: l.dir(),
            header { class: "topbar",
                if props.page == FirstPage::Numbers {
                    a { class: "back", href: "/",
                        span { class: "back-arrow", aria_hidden: "true" }
                        "{l.tr(\"nav-back\")}"
                    }
                }
            }
            main {
                match props.page {
                    FirstPage::Home => rsx! {
                        a { class: "action danger", href: "tel:999", Words { text: l.tr("home-danger") } }
                        a { class: "action", href: Route::Numbers {}.to_string(), "{l.tr(\"home-numbers\")}" }
                    },
                    FirstPage::Numbers => rsx! { Numbers {} },
                }
            }
        }
    }
}
