//! The young person's safety plan: six short lists in their words. Every change (add, change,
//! move, delete) is saved before "Saved." is shown; suggestions read in the current language
//! until the young person changes them.

use dioxus::prelude::*;

use crate::core::plan::{Line, Move, PlanItem, Section, MAX_LINE_CHARS};
use crate::core::store::Store;
use crate::ui::components::Listen;
use crate::ui::data::{use_data, use_query};
use crate::ui::state::{use_localizer, use_save_before_exit};

/// What happened to the last change.
#[derive(Clone, Copy, PartialEq)]
enum Feedback {
    Saved,
    Problem(&'static str),
}

#[component]
pub fn Plan() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    // Told in the section where the change was made, so it is seen where the young person is.
    let feedback = use_signal(|| None::<(Section, Feedback)>);
    // The starter suggestions are written the first time the plan is opened, before it is read.
    let started = use_hook(move || data.prepare(|s| s.start_plan()).map_err(|e| e.message_id()));
    let items = use_query(Store::plan);
    let items = move || started.and_then(|()| items());
    let l = localizer.read();
    rsx! {
        h1 { "{l.tr(\"plan-title\")}" }
        p { class: "lead", "{l.tr(\"plan-intro\")}" }
        match items() {
            Err(problem) => rsx! { p { class: "notice", role: "alert", "{l.tr(problem)}" } },
            Ok(items) => rsx! {
                for section in Section::ALL {
                    PlanSection {
                        key: "{section.id()}",
                        section,
                        items: items.iter().filter(|i| i.section == section).cloned().collect::<Vec<_>>(),
                        feedback,
                    }
                }
            },
        }
    }
}

#[component]
fn PlanSection(
    section: Section,
    items: Vec<PlanItem>,
    feedback: Signal<Option<(Section, Feedback)>>,
) -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let mut draft = use_signal(String::new);
    use_save_before_exit(move || {
        let text = draft.peek().clone();
        if !text.trim().is_empty() {
            data.save_on_exit(|s| {
                let _ = s.add_plan_line(section, &text);
            });
        }
    });
    let l = localizer.read();
    let title = l.tr(&section.title_id());
    let heading = format!("plan-{}", section.id());
    let count = items.len();
    let add = move |event: FormEvent| {
        event.prevent_default();
        let text = draft.read().clone();
        match data.edit(|s| s.add_plan_line(section, &text)) {
            Ok(_) => {
                draft.set(String::new());
                feedback.set(Some((section, Feedback::Saved)));
            }
            Err(e) => feedback.set(Some((section, Feedback::Problem(e.message_id())))),
        }
    };
    let here = feedback().filter(|(s, _)| *s == section).map(|(_, f)| f);
    let said: Vec<String> = items
        .iter()
        .map(|item| match &item.line {
            Line::Own(text) => text.clone(),
            Line::Suggestion(id) => l.tr(id),
        })
        .collect();
    rsx! {
        section { class: "list-section", aria_labelledby: "{heading}",
            h2 { id: "{heading}", "{title}" }
            if items.is_empty() {
                p { class: "empty", "{l.tr(\"plan-empty\")}" }
            } else {
                Listen { area: "{heading}-lines", texts: said }
                ul { class: "lines", id: "{heading}-lines",
                    for (index, item) in items.into_iter().enumerate() {
                        PlanLine { key: "{item.id}", item, first: index == 0, last: index + 1 == count, feedback }
                    }
                }
            }
            form { class: "add-line", onsubmit: add,
                label { class: "field",
                    span { "{l.tr_with(\"plan-add-label\", &[(\"section\", &title)])}" }
                    input {
                        r#type: "text",
                        value: "{draft}",
                        autocomplete: "off",
                        // Keyboards and spell-check services may learn or send what is typed.
                        spellcheck: false,
                        autocorrect: "off",
                        oninput: move |e| draft.set(e.value()),
                    }
                }
                button { class: "primary", r#type: "submit", "{l.tr(\"plan-add\")}" }
            }
            // Always present, so screen readers announce what appears in it.
            p { class: "saved", role: "status",
                if here == Some(Feedback::Saved) {
                    "{l.tr(\"plan-saved\")}"
                }
            }
            if let Some(Feedback::Problem(id)) = here {
                p { class: "notice", role: "alert", "{l.tr_with(id, &[(\"max\", &MAX_LINE_CHARS.to_string())])}" }
            }
        }
    }
}

#[component]
fn PlanLine(
    item: PlanItem,
    first: bool,
    last: bool,
    feedback: Signal<Option<(Section, Feedback)>>,
) -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let mut editing = use_signal(|| None::<String>);
    let line_id = item.id;
    use_save_before_exit(move || {
        if let Some(draft) = editing.peek().clone() {
            data.save_on_exit(|s| {
                let _ = s.edit_plan_line(line_id, &draft);
            });
        }
    });
    let l = localizer.read();
    let (text, suggestion) = match &item.line {
        Line::Own(text) => (text.clone(), false),
        Line::Suggestion(id) => (l.tr(id), true),
    };
    let id = item.id;
    let section = item.section;
    let mut done = move |result: Result<(), &'static str>| match result {
        Ok(()) => feedback.set(Some((section, Feedback::Saved))),
        Err(problem) => feedback.set(Some((section, Feedback::Problem(problem)))),
    };
    let moved = move |direction: Move| {
        done(
            data.edit(|s| s.move_plan_line(id, direction))
                .map_err(|e| e.message_id()),
        )
    };
    let mut move_up = moved;
    let mut move_down = moved;
    let delete = move |_| {
        done(
            data.edit(|s| s.delete_plan_line(id))
                .map_err(|e| e.message_id()),
        )
    };
    let args = [("item", text.as_str())];
    if let Some(draft) = editing() {
        let save = move |event: FormEvent| {
            event.prevent_default();
            let result = data
                .edit(|s| s.edit_plan_line(id, &draft))
                .map_err(|e| e.message_id());
            if result.is_ok() {
                editing.set(None);
            }
            done(result);
        };
        return rsx! {
            li { class: "line editing",
                form { onsubmit: save,
                    label { class: "field",
                        span { "{l.tr(\"plan-edit-label\")}" }
                        textarea {
                            rows: "2",
                            spellcheck: false,
                            autocorrect: "off",
                            value: "{editing().unwrap_or_default()}",
                            oninput: move |e| editing.set(Some(e.value())),
                        }
                    }
                    div { class: "row",
                        button { class: "primary", r#type: "submit", "{l.tr(\"plan-save\")}" }
                        button { class: "quiet", r#type: "button", onclick: move |_| editing.set(None), "{l.tr(\"plan-cancel\")}" }
                    }
                }
            }
        };
    }
    rsx! {
        li { class: if suggestion { "line suggestion" } else { "line" },
            p { class: "line-text", "{text}" }
            if suggestion {
                p { class: "hint", "{l.tr(\"plan-suggestion\")}" }
            }
            div { class: "line-actions",
                IconButton {
                    label: l.tr_with("plan-edit", &args),
                    glyph: "✎",
                    onclick: {
                        let text = text.clone();
                        move |_| editing.set(Some(text.clone()))
                    },
                }
                IconButton { label: l.tr_with("plan-move-up", &args), glyph: "↑", disabled: first, onclick: move |_| move_up(Move::Up) }
                IconButton { label: l.tr_with("plan-move-down", &args), glyph: "↓", disabled: last, onclick: move |_| move_down(Move::Down) }
                IconButton { label: l.tr_with("plan-delete", &args), glyph: "✕", onclick: delete }
            }
        }
    }
}

/// A small button shown as a symbol, named for screen readers (and tests) by `label`.
#[component]
fn IconButton(
    label: String,
    glyph: &'static str,
    #[props(default)] disabled: bool,
    onclick: EventHandler<MouseEvent>,
) -> Element {
    rsx! {
        button {
            class: "quiet icon-only",
            r#type: "button",
            disabled,
            aria_label: label,
            onclick: move |e| onclick.call(e),
            span { aria_hidden: "true", "{glyph}" }
        }
    }
}
