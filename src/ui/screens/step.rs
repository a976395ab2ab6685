//! One step of the asylum process: what happens, who is there, what you can ask for, what comes
//! next and how long it takes; where the facts come from; "I am here"; and the young person's
//! own questions for their lawyer or social worker, kept on the phone.

use dioxus::prelude::*;

use crate::core::content::Part;
use crate::core::process::MAX_QUESTION_CHARS;
use crate::core::store::{Question, Store};
use crate::ui::components::{Listen, Sources};
use crate::ui::data::{use_data, use_query};
use crate::ui::route::{Route, Veiled};
use crate::ui::state::{use_localizer, use_pack, use_save_before_exit};

#[component]
pub fn Step(id: Veiled) -> Element {
    let id = id.0;
    let localizer = use_localizer();
    let data = use_data();
    let here = use_query(Store::current_step);
    let mut save_problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let content = use_pack();
    let Some(pack) = content.as_ref().as_ref().ok().map(|p| &p.process) else {
        return rsx! { h1 { "{l.tr(\"process-title\")}" } };
    };
    let Some(step) = pack.step(&id) else {
        return rsx! {
            h1 { "{l.tr(\"process-title\")}" }
            p { class: "notice", role: "alert", "{l.tr(\"process-search-empty\")}" }
            Link { to: Route::Process {}, "{l.tr(\"process-title\")}" }
        };
    };
    let number = pack.number_of(&id).unwrap_or(0).to_string();
    let (previous, following) = pack.neighbours(&id);
    let is_here = here.read().as_ref().ok().and_then(|h| h.as_deref()) == Some(id.as_str());
    let toggle = {
        let id = id.clone();
        move |_| {
            let next = if is_here { None } else { Some(id.clone()) };
            let saved = data.edit(|s| s.set_current_step(next.as_deref()));
            save_problem.set(saved.err().map(|e| e.message_id()));
        }
    };
    rsx! {
        p { class: "step-number", "{l.tr_with(\"process-step-number\", &[(\"number\", &number)])}" }
        h1 { "{l.tr(&step.title_id())}" }
        if is_here {
            p { class: "badge here", "{l.tr(\"process-you-are-here\")}" }
        }
        button {
            class: "toggle",
            r#type: "button",
            aria_pressed: if is_here { "true" } else { "false" },
            onclick: toggle,
            "{l.tr(\"process-mark-here\")}"
        }
        if let Some(problem) = save_problem() {
            p { class: "notice", role: "alert", "{l.tr(problem)}" }
        }
        Listen {
            area: "step-parts",
            texts: Part::ALL
                .iter()
                .flat_map(|part| [l.tr(&part.heading_id()), l.tr(&step.part_id(*part))])
                .collect::<Vec<_>>(),
        }
        div { id: "step-parts",
            for part in Part::ALL {
                section { class: "part", key: "{part.heading_id()}",
                    h2 { "{l.tr(&part.heading_id())}" }
                    p { "{l.tr(&step.part_id(part))}" }
                }
            }
        }
        p { class: "notice", "{l.tr(\"process-rules-changed\")}" }
        // Keyed by step, so moving to another step starts its questions (and the draft) afresh.
        {rsx! { Questions { key: "{id}", step: id.clone() } }}
        if !step.cards.is_empty() {
            ul { class: "menu",
                for card in step.cards.iter() {
                    li { key: "{card}",
                        Link { to: Route::CardPage { id: Veiled(card.clone()) }, class: "menu-link",
                            span { class: "menu-text", {l.tr(&format!("card-{card}-title"))} }
                        }
                    }
                }
            }
        }
        Sources { facts: step.facts.clone(), reviewed: step.reviewed }
        nav { class: "step-nav", aria_label: l.tr("process-title"),
            if let Some(previous) = previous {
                Link { to: Route::Step { id: Veiled(previous.id.clone()) }, class: "prev",
                    span { class: "hint", "{l.tr(\"process-previous\")}" }
                    span { "{l.tr(&previous.title_id())}" }
                }
            }
            if let Some(following) = following {
                Link { to: Route::Step { id: Veiled(following.id.clone()) }, class: "next",
                    span { class: "hint", "{l.tr(\"process-following\")}" }
                    span { "{l.tr(&following.title_id())}" }
                }
            }
        }
    }
}

/// What happened to the last thing the young person tried to save.
#[derive(Clone, Copy, PartialEq)]
enum Feedback {
    Saved,
    Problem(&'static str),
}

/// The young person's questions for one step: listed, added and deleted, each change kept at once.
#[component]
fn Questions(step: String) -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let mut draft = use_signal(String::new);
    let mut feedback = use_signal(|| None::<Feedback>);
    let unsaved = step.clone();
    use_save_before_exit(move || {
        let text = draft.peek().clone();
        if !text.trim().is_empty() {
            data.save_on_exit(|s| {
                let _ = s.add_question(&unsaved, &text);
            });
        }
    });
    let listed = step.clone();
    let questions = use_query(move |s| s.questions(&listed));
    let l = localizer.read();
    let save = {
        let step = step.clone();
        move |_| {
            let text = draft.read().clone();
            match data.edit(|s| s.add_question(&step, &text)) {
                Ok(_) => {
                    draft.set(String::new());
                    feedback.set(Some(Feedback::Saved));
                }
                Err(e) => feedback.set(Some(Feedback::Problem(e.message_id()))),
            }
        }
    };
    let max = MAX_QUESTION_CHARS.to_string();
    rsx! {
        section { class: "questions", aria_labelledby: "heading-questions",
            h2 { id: "heading-questions", "{l.tr(\"process-questions\")}" }
            p { class: "lead", "{l.tr(\"process-questions-private\")}" }
            match questions() {
                Err(problem) => rsx! { p { class: "notice", role: "alert", "{l.tr(problem)}" } },
                Ok(list) if list.is_empty() => rsx! { p { class: "empty", "{l.tr(\"process-question-none\")}" } },
                Ok(list) => rsx! {
                    ul { class: "question-list",
                        for question in list {
                            QuestionItem { key: "{question.id}", question }
                        }
                    }
                },
            }
            label { class: "field",
                span { "{l.tr(\"process-question-label\")}" }
                textarea {
                    value: "{draft}",
                    rows: "3",
                    // Keyboards and spell-check services may learn or send what is typed.
                    spellcheck: false,
                    autocorrect: "off",
                    oninput: move |e| {
                        draft.set(e.value());
                        feedback.set(None);
                    },
                }
            }
            button { class: "primary", r#type: "button", onclick: save, "{l.tr(\"process-question-save\")}" }
            match feedback() {
                Some(Feedback::Saved) => rsx! { p { class: "saved", role: "status", "{l.tr(\"process-question-saved\")}" } },
                Some(Feedback::Problem(id)) => rsx! { p { class: "notice", role: "alert", "{l.tr_with(id, &[(\"max\", &max)])}" } },
                None => rsx! {},
            }
        }
    }
}

#[component]
fn QuestionItem(question: Question) -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let mut problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let id = question.id;
    rsx! {
        li {
            p { class: "question-text", "{question.text}" }
            button {
                class: "quiet",
                r#type: "button",
                onclick: move |_| {
                    if let Err(e) = data.edit(|s| s.delete_question(id)) {
                        problem.set(Some(e.message_id()));
                    }
                },
                "{l.tr(\"process-question-delete\")}"
            }
            if let Some(p) = problem() {
                p { class: "notice", role: "alert", "{l.tr(p)}" }
            }
        }
    }
}
