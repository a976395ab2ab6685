//! Adding or changing a trusted adult. Every field says what is wrong with it, in the person's
//! language, and nothing is saved until all of it is right (`ContactInput::check`).
//! `ContactForm` is also the key worker's form for the adults in a setup.

use dioxus::prelude::*;

use crate::core::contacts::{
    Contact, ContactErrors, ContactInput, DaySet, Role, SlotInput, ALL_DAYS, MAX_NAME_CHARS,
};
use crate::core::i18n::Catalogue;
use crate::platform;
use crate::ui::data::{use_data, use_query};
use crate::ui::route::Route;
use crate::ui::state::use_localizer;

#[component]
pub fn AdultNew() -> Element {
    rsx! { AdultForm { id: 0 } }
}

#[component]
pub fn AdultEdit(id: i64) -> Element {
    rsx! { AdultForm { key: "{id}", id } }
}

pub fn blank() -> ContactInput {
    ContactInput {
        name: String::new(),
        role: Role::SocialWorker,
        phone: String::new(),
        hours: Vec::new(),
        languages: Vec::new(),
        out_of_hours: false,
    }
}

/// The screen; `id` 0 adds a new adult.
#[component]
fn AdultForm(id: i64) -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let saved = use_query(move |s| s.contact(id));
    let initial = match saved() {
        Ok(Some(contact)) if id != 0 => contact.to_input(),
        _ => blank(),
    };
    let l = localizer.read();
    let title = if id == 0 {
        "adult-new-title"
    } else {
        "adult-edit-title"
    };
    rsx! {
        h1 { "{l.tr(title)}" }
        ContactForm {
            initial,
            on_checked: move |mut contact: Contact| {
                contact.id = id;
                let saved = data.edit(|s| s.save_contact(&contact)).is_ok();
                if saved {
                    navigator().push(Route::Adults {});
                }
                saved
            },
            on_cancel: move |_| {
                navigator().push(Route::Adults {});
            },
        }
    }
}

/// A trusted adult's fields. `on_checked` gets the contact once every field is right (its
/// phone number checked by the phone rules) and says whether it could be kept.
#[component]
pub fn ContactForm(
    initial: ContactInput,
    on_checked: Callback<Contact, bool>,
    on_cancel: Callback<()>,
) -> Element {
    let localizer = use_localizer();
    let mut input = use_signal(|| initial.clone());
    let mut errors = use_signal(ContactErrors::default);
    let mut save_problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let max = MAX_NAME_CHARS.to_string();
    use_hook(platform::preload_phone_rules);
    let save = move |event: FormEvent| {
        event.prevent_default();
        spawn(async move {
            let typed = input.read().phone.clone();
            // `None`: the phone rules could not be loaded; nothing is saved, try again.
            let Some(phone) = platform::check_phone(&typed).await else {
                save_problem.set(Some("adults-error-save"));
                return;
            };
            let checked = input.read().check_with(phone);
            match checked {
                Err(found) => errors.set(found),
                Ok(contact) => {
                    errors.set(ContactErrors::default());
                    if !on_checked.call(contact) {
                        save_problem.set(Some("adults-error-save"));
                    }
                }
            }
        });
    };
    let form = input.read();
    let errs = errors.read();
    rsx! {
        form { class: "person-form", novalidate: true, onsubmit: save,
            label { class: "field",
                span { "{l.tr(\"adult-name\")}" }
                input {
                    r#type: "text",
                    value: "{form.name}",
                    autocomplete: "off",
                    spellcheck: false,
                    autocorrect: "off",
                    aria_invalid: if errs.name.is_some() { "true" } else { "false" },
                    aria_describedby: if errs.name.is_some() { "field-problem-name" } else { "" },
                    oninput: move |e| input.write().name = e.value(),
                }
                if let Some(e) = errs.name {
                    span { id: "field-problem-name", class: "field-error", "{l.tr_with(e.message_id(), &[(\"max\", &max)])}" }
                }
            }
            label { class: "field",
                span { "{l.tr(\"adult-role\")}" }
                select {
                    onchange: move |e| input.write().role = Role::from_id(&e.value()),
                    for role in Role::ALL {
                        option { key: "{role.id()}", value: role.id(), selected: form.role == role, "{l.tr(&role.label_id())}" }
                    }
                }
            }
            label { class: "field",
                span { "{l.tr(\"adult-phone\")}" }
                span { class: "hint", "{l.tr(\"adult-phone-hint\")}" }
                input {
                    r#type: "tel",
                    dir: "ltr",
                    inputmode: "tel",
                    autocomplete: "off",
                    value: "{form.phone}",
                    aria_invalid: if errs.phone.is_some() { "true" } else { "false" },
                    aria_describedby: if errs.phone.is_some() { "field-problem-phone" } else { "" },
                    oninput: move |e| input.write().phone = e.value(),
                }
                if let Some(e) = errs.phone {
                    span { id: "field-problem-phone", class: "field-error", "{l.tr(e.message_id())}" }
                }
            }
            fieldset { class: "hours",
                legend { "{l.tr(\"adult-hours\")}" }
                p { class: "hint", "{l.tr(\"adult-hours-hint\")}" }
                for (row, slot) in form.hours.iter().enumerate() {
                    HoursRow { key: "{row}", row, slot: slot.clone(), error: errs.hours.get(row).copied().flatten().map(|e| e.message_id()), input, errors }
                }
                button {
                    class: "quiet",
                    r#type: "button",
                    onclick: move |_| input.write().hours.push(SlotInput {
                        days: DaySet::WEEKDAYS,
                        opens: "09:00".to_string(),
                        closes: "17:00".to_string(),
                    }),
                    "{l.tr(\"adult-hours-add\")}"
                }
            }
            fieldset { class: "languages",
                legend { "{l.tr(\"adult-languages\")}" }
                p { class: "hint", "{l.tr(\"adult-languages-hint\")}" }
                for info in Catalogue::embedded().locales() {
                    label { key: "{info.code}", class: "check",
                        input {
                            r#type: "checkbox",
                            checked: form.languages.iter().any(|c| c == info.code),
                            onchange: {
                                let code = info.code;
                                move |e: FormEvent| {
                                    let mut form = input.write();
                                    form.languages.retain(|c| c != code);
                                    if e.checked() {
                                        form.languages.push(code.to_string());
                                    }
                                }
                            },
                        }
                        span { lang: info.code, "{info.name}" }
                        if info.name != info.english_name {
                            span { class: "english", lang: "en", dir: "ltr", "{info.english_name}" }
                        }
                    }
                }
            }
            label { class: "check ooh",
                input {
                    r#type: "checkbox",
                    checked: form.out_of_hours,
                    onchange: move |e| input.write().out_of_hours = e.checked(),
                }
                span { "{l.tr(\"adult-out-of-hours\")}" }
            }
            p { class: "hint", "{l.tr(\"adult-out-of-hours-hint\")}" }
            if let Some(p) = save_problem() {
                p { class: "notice", role: "alert", "{l.tr(p)}" }
            }
            div { class: "row",
                button { class: "primary", r#type: "submit", "{l.tr(\"adult-save\")}" }
                button { class: "quiet", r#type: "button", onclick: move |_| on_cancel.call(()), "{l.tr(\"adult-cancel\")}" }
            }
        }
    }
}

/// One "these days, from – to" row of a trusted adult's hours.
#[component]
fn HoursRow(
    row: usize,
    slot: SlotInput,
    error: Option<&'static str>,
    input: Signal<ContactInput>,
    errors: Signal<ContactErrors>,
) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let error_id = format!("field-problem-hours-{row}");
    rsx! {
        fieldset { class: "slot",
            aria_invalid: if error.is_some() { "true" } else { "false" },
            aria_describedby: if error.is_some() { "{error_id}" } else { "" },
            legend { "{l.tr(\"adult-hours-days\")}" }
            div { class: "days",
                for day in ALL_DAYS {
                    label { key: "{day}", class: "check day",
                        input {
                            r#type: "checkbox",
                            checked: slot.days.contains(day),
                            onchange: move |e: FormEvent| {
                                let mut form = input.write();
                                if let Some(s) = form.hours.get_mut(row) {
                                    s.days = s.days.with(day, e.checked());
                                }
                            },
                        }
                        span { "{l.weekday(day)}" }
                    }
                }
            }
            label { class: "field time",
                span { "{l.tr(\"adult-hours-from\")}" }
                input {
                    r#type: "time",
                    dir: "ltr",
                    value: "{slot.opens}",
                    oninput: move |e| {
                        if let Some(s) = input.write().hours.get_mut(row) {
                            s.opens = e.value();
                        }
                    },
                }
            }
            label { class: "field time",
                span { "{l.tr(\"adult-hours-to\")}" }
                input {
                    r#type: "time",
                    dir: "ltr",
                    value: "{slot.closes}",
                    oninput: move |e| {
                        if let Some(s) = input.write().hours.get_mut(row) {
                            s.closes = e.value();
                        }
                    },
                }
            }
            if let Some(e) = error {
                p { id: "{error_id}", class: "field-error", "{l.tr(e)}" }
            }
            button {
                class: "quiet",
                r#type: "button",
                onclick: move |_| {
                    let mut form = input.write();
                    if row < form.hours.len() {
                        form.hours.remove(row);
                        // Row errors are by position: they no longer match the rows.
                        errors.write().hours.clear();
                    }
                },
                "{l.tr(\"adult-hours-remove\")}"
            }
        }
    }
}
