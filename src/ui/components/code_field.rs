//! The lock code's field, the same on the lock screen and in Privacy.
//!
//! Masked, digits only, and never offered to a password manager: a saved code would open
//! Harbour for anyone holding the unlocked phone, so the field is not a password field (the one
//! kind browsers offer to save) and tells the common managers to leave it alone.

use dioxus::prelude::*;

use crate::core::privacy::PIN_MAX;

#[component]
pub fn CodeField(label: String, value: Signal<String>) -> Element {
    let mut value = value;
    rsx! {
        label { class: "field",
            span { "{label}" }
            input {
                r#type: "text",
                class: "code",
                inputmode: "numeric",
                autocomplete: "off",
                autocapitalize: "off",
                spellcheck: "false",
                "data-1p-ignore": "true",
                "data-lpignore": "true",
                "data-bwignore": "true",
                "data-form-type": "other",
                maxlength: "{PIN_MAX}",
                dir: "ltr",
                value: "{value}",
                oninput: move |e| value.set(e.value()),
            }
        }
    }
}
