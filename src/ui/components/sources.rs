//! Where facts come from and when they were last checked, shown under every explainer.

use chrono::NaiveDate;
use dioxus::prelude::*;

use crate::core::content::{Fact, FactTag};
use crate::ui::state::use_localizer;

#[component]
pub fn Sources(facts: Vec<Fact>, reviewed: NaiveDate) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    rsx! {
        section { class: "sources", aria_labelledby: "heading-sources",
            h2 { id: "heading-sources", "{l.tr(\"process-sources\")}" }
            ul {
                for fact in facts.iter() {
                    li {
                        {
                            let id = match fact.tag {
                                FactTag::Verified => "process-source-verified",
                                FactTag::Secondary => "process-source-secondary",
                            };
                            l.tr_with(id, &[("source", &fact.source)])
                        }
                    }
                }
            }
            p { class: "reviewed", "{l.tr_with(\"process-reviewed\", &[(\"date\", &l.long_date(reviewed))])}" }
        }
    }
}
