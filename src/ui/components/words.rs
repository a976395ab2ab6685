//! A message shown as running text, with every phone number or other digit run in it kept
//! left to right (`core::i18n::numbers_in`): in Arabic or Farsi, "116 000" would otherwise read
//! "000 116".

use dioxus::prelude::*;

use crate::core::i18n::{numbers_in, Piece};

#[component]
pub fn Words(text: String) -> Element {
    rsx! {
        for (index, piece) in numbers_in(&text).into_iter().enumerate() {
            match piece {
                Piece::Words(words) => rsx! { {words} },
                Piece::Number(number) => rsx! { bdi { key: "{index}", dir: "ltr", "{number}" } },
            }
        }
    }
}
