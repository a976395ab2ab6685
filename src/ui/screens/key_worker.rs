//! Key-worker mode: at the welcome meeting, the key worker and the young person fill in their
//! language, first name, trusted adults, area and agreed plan lines; Harbour makes a QR code
//! and a printable card. Nothing typed here is saved on this phone: it lives in this screen
//! until it is closed, and goes to the young person's phone only inside the code.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use dioxus::prelude::*;

use crate::core::contacts::{london_now, place_contact, Contact};
use crate::core::content::SecretKey;
use crate::core::i18n::{Catalogue, SOURCE_LOCALE};
use crate::core::plan::{check_line, Section, MAX_LINE_CHARS};
use crate::core::setup::{
    setup_link, valid_until, Drawn, Setup, SetupError, SetupKey, SpokenNumbers, MAX_ADULTS,
    MAX_PLAN_LINES, NUMBERS, VALID_DAYS,
};
use crate::platform;
use crate::ui::components::{AdultSummary, InLanguage, PhoneNumber};
use crate::ui::screens::adult_form::{blank, ContactForm};
use crate::ui::state::{use_localizer, use_pack};

/// Which adult the form is open for.
#[derive(Clone, Copy, PartialEq)]
enum Editing {
    Nobody,
    New,
    At(usize),
}

/// A code made from the setup as it was then.
#[derive(Clone, PartialEq)]
struct Made {
    /// What the form held (without the expiry), to notice a change after the code was made.
    setup: Setup,
    code: String,
    drawn: Drawn,
    /// The printed card's code: the same setup without the plan lines (security review H3).
    card: Drawn,
    /// Said aloud; never in a code or on the card.
    numbers: SpokenNumbers,
    expires: DateTime<Utc>,
}

#[component]
pub fn KeyWorker() -> Element {
    let localizer = use_localizer();
    let mut language = use_signal(|| localizer.peek().code().to_string());
    let name = use_signal(String::new);
    let area = use_signal(String::new);
    let mut adults = use_signal(Vec::<Contact>::new);
    let plan = use_signal(Vec::<(Section, String)>::new);
    let mut editing = use_signal(|| Editing::Nobody);
    let mut made = use_signal(|| None::<Made>);
    // The organisation's key, read from the file the key worker chose; never saved or sent.
    let organisation = use_signal(|| None::<Rc<SecretKey>>);
    // A problem making the code: its message and the limit it names.
    let mut problem = use_signal(|| None::<(&'static str, usize)>);
    use_hook(platform::preload_qr);
    let l = localizer.read();

    let current = Setup {
        language: language(),
        name: Some(name.read().trim().to_string()).filter(|n| !n.is_empty()),
        area: Some(area.read().trim().to_string()).filter(|a| !a.is_empty()),
        adults: adults.read().iter().map(Contact::to_input).collect(),
        plan: plan(),
        expires: None,
    };
    let make = {
        let current = current.clone();
        move |_| {
            let setup = current.clone();
            problem.set(None);
            if let Err(found) = setup.validate() {
                problem.set(Some((found.message_id(), found.limit())));
                return;
            }
            let organisation = organisation();
            spawn(async move {
                match make_codes(setup, organisation.as_deref()).await {
                    Ok(codes) => made.set(Some(codes)),
                    Err(id) => problem.set(Some((id, 0))),
                }
            });
        }
    };
    let made_now = made.read().clone();
    let stale = made_now.as_ref().is_some_and(|m| m.setup != current);
    rsx! {
        h1 { "{l.tr(\"kw-title\")}" }
        p { class: "lead", "{l.tr(\"kw-intro\")}" }
        label { class: "field",
            span { "{l.tr(\"kw-language\")}" }
            select {
                onchange: move |e| language.set(e.value()),
                for info in Catalogue::embedded().locales() {
                    option {
                        key: "{info.code}",
                        value: info.code,
                        selected: *language.read() == info.code,
                        lang: info.code,
                        if info.name == info.english_name { "{info.name}" } else { "{info.name} — {info.english_name}" }
                    }
                }
            }
        }
        TextField { label: "kw-name", hint: "kw-name-hint", value: name }
        section { class: "part", aria_labelledby: "part-adults",
            h2 { id: "part-adults", "{l.tr(\"kw-adults\")}" }
            if adults.read().is_empty() {
                p { class: "empty", "{l.tr(\"kw-adults-none\")}" }
            }
            ul { class: "adults",
                for (i, contact) in adults.read().iter().cloned().enumerate() {
                    li { key: "{i}-{contact.phone.e164}",
                        article { class: "adult",
                            h3 { "{contact.name}" }
                            AdultSummary { contact: contact.clone() }
                            div { class: "row",
                                button {
                                    class: "quiet",
                                    r#type: "button",
                                    onclick: move |_| editing.set(Editing::At(i)),
                                    "{l.tr_with(\"kw-adult-change\", &[(\"name\", &contact.name)])}"
                                }
                                button {
                                    class: "quiet",
                                    r#type: "button",
                                    onclick: move |_| {
                                        adults.write().remove(i);
                                        editing.set(Editing::Nobody);
                                    },
                                    "{l.tr_with(\"kw-adult-remove\", &[(\"name\", &contact.name)])}"
                                }
                            }
                        }
                    }
                }
            }
            match editing() {
                Editing::Nobody if adults.read().len() < MAX_ADULTS => rsx! {
                    button { class: "action add", r#type: "button", onclick: move |_| editing.set(Editing::New), "{l.tr(\"kw-adult-add\")}" }
                },
                Editing::Nobody => rsx! {
                    p { class: "hint", "{l.tr_with(\"kw-error-too-many-adults\", &[(\"max\", &MAX_ADULTS.to_string())])}" }
                },
                open => {
                    let initial = match open {
                        Editing::At(i) => adults.read().get(i).map(Contact::to_input).unwrap_or_else(blank),
                        _ => blank(),
                    };
                    let key = match open { Editing::At(i) => format!("at-{i}"), _ => "new".to_string() };
                    rsx! {
                        ContactForm {
                            key: "{key}",
                            initial,
                            on_checked: move |contact: Contact| {
                                let at = match open { Editing::At(i) => i, _ => usize::MAX };
                                place_contact(&mut adults.write(), at, contact);
                                editing.set(Editing::Nobody);
                                true
                            },
                            on_cancel: move |_| editing.set(Editing::Nobody),
                        }
                    }
                }
            }
        }
        TextField { label: "kw-area", hint: "kw-area-hint", value: area }
        PlanLines { plan, language: language() }
        SignAs { organisation }
        if let Some((p, max)) = problem() {
            p { class: "notice", role: "alert", "{l.tr_with(p, &[(\"max\", &max.to_string())])}" }
        }
        button { class: "primary", r#type: "button", onclick: make, "{l.tr(\"kw-make\")}" }
        if let Some(m) = made_now {
            if stale {
                p { class: "notice", role: "status", "{l.tr(\"kw-changed\")}" }
            } else {
                MadeCode { made: m }
            }
        }
    }
}

/// The numbers, the key they give, the screen's code and the card's, both drawn; or the
/// message that says why not.
async fn make_codes(setup: Setup, organisation: Option<&SecretKey>) -> Result<Made, &'static str> {
    let tools = |_| "kw-error-tools";
    let too_large = |e| match e {
        SetupError::TooLarge => "kw-error-too-large",
        _ => "kw-error-tools",
    };
    let expires = valid_until(Utc::now());
    let expiring = Setup {
        expires: Some(expires),
        ..setup.clone()
    };
    let numbers = SpokenNumbers::random().map_err(tools)?;
    let key = SetupKey::new(&numbers).map_err(tools)?;
    let code = expiring
        .to_signed_code(&key, organisation)
        .map_err(too_large)?;
    let card_code = expiring
        .for_card()
        .to_signed_code(&key, organisation)
        .map_err(too_large)?;
    let origin = platform::origin();
    let mut drawn = Vec::with_capacity(2);
    for text in [&code, &card_code] {
        match platform::draw_qr(&setup_link(&origin, text)).await {
            None => return Err("kw-error-tools"),
            Some(Err(_)) => return Err("kw-error-too-large"),
            Some(Ok(d)) => drawn.push(d),
        }
    }
    let (Some(card), Some(drawn)) = (drawn.pop(), drawn.pop()) else {
        return Err("kw-error-tools");
    };
    // The card is in the young person's language too.
    platform::ensure_words(&setup.language).await;
    Ok(Made {
        setup,
        code,
        drawn,
        card,
        numbers,
        expires,
    })
}

/// The organisation's key file, chosen on this device and read here: codes made with it show
/// "Made by …" where the area's content lists the key.
#[component]
fn SignAs(organisation: Signal<Option<Rc<SecretKey>>>) -> Element {
    let localizer = use_localizer();
    let pack = use_pack();
    let mut unreadable = use_signal(|| false);
    let l = localizer.read();
    let choose = move |e: FormEvent| async move {
        let mut organisation = organisation;
        let Some(file) = e.files().into_iter().next() else {
            return organisation.set(None);
        };
        // A key file is one line; anything far bigger is not one.
        let text = if file.size() <= 1024 {
            file.read_string().await.ok()
        } else {
            None
        };
        let key = text.as_deref().and_then(SecretKey::from_text);
        unreadable.set(key.is_none());
        organisation.set(key.map(Rc::new));
    };
    let listed = organisation.read().as_ref().map(|key| {
        let public = key.public();
        pack.as_ref()
            .as_ref()
            .ok()
            .and_then(|p| p.organisations.iter().find(|o| o.key == public))
            .map(|o| o.name.clone())
    });
    rsx! {
        label { class: "field",
            span { "{l.tr(\"kw-sign\")}" }
            span { class: "hint", "{l.tr(\"kw-sign-hint\")}" }
            input { r#type: "file", onchange: choose }
        }
        if unreadable() {
            p { class: "field-error", role: "alert", "{l.tr(\"kw-sign-bad\")}" }
        }
        match listed {
            Some(Some(name)) => rsx! {
                p { class: "made-by", role: "status", "{l.tr_with(\"kw-sign-as\", &[(\"organisation\", &name)])}" }
            },
            Some(None) => rsx! {
                p { class: "notice", role: "status", "{l.tr(\"kw-sign-unknown\")}" }
            },
            None => rsx! {},
        }
    }
}

/// A one-line text field with its label and hint (message IDs).
#[component]
fn TextField(label: &'static str, hint: &'static str, value: Signal<String>) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    rsx! {
        label { class: "field",
            span { "{l.tr(label)}" }
            span { class: "hint", "{l.tr(hint)}" }
            input {
                r#type: "text",
                autocomplete: "off",
                value: "{value}",
                oninput: move |e| value.set(e.value()),
            }
        }
    }
}

/// The plan lines agreed together: added one at a time under a section, removable.
#[component]
fn PlanLines(plan: Signal<Vec<(Section, String)>>, language: String) -> Element {
    let localizer = use_localizer();
    let mut section = use_signal(|| Section::Leaving);
    let mut line = use_signal(String::new);
    let mut problem = use_signal(|| None::<&'static str>);
    let l = localizer.read();
    let max = MAX_LINE_CHARS.to_string();
    let full = plan.read().len() >= MAX_PLAN_LINES;
    let add = move |event: FormEvent| {
        event.prevent_default();
        let checked = check_line(&line.read());
        match checked {
            Ok(text) => {
                plan.write().push((section(), text));
                line.set(String::new());
                problem.set(None);
            }
            Err(e) => problem.set(Some(e.message_id())),
        }
    };
    // The lines are in the young person's language: typed and shown with its direction.
    let dir = Catalogue::embedded()
        .get(&language)
        .map_or("auto", |info| info.dir.as_str());
    rsx! {
        section { class: "part", aria_labelledby: "part-plan",
            h2 { id: "part-plan", "{l.tr(\"kw-plan\")}" }
            p { class: "hint", "{l.tr(\"kw-plan-hint\")}" }
            for s in Section::ALL {
                if plan.read().iter().any(|(ps, _)| *ps == s) {
                    h3 { key: "{s.id()}", "{l.tr(&s.title_id())}" }
                    ul { class: "agreed-lines",
                        for (i, (_, text)) in plan.read().iter().enumerate().filter(|(_, (ps, _))| *ps == s) {
                            li { key: "{i}",
                                span { lang: "{language}", dir, "{text}" }
                                button {
                                    class: "quiet",
                                    r#type: "button",
                                    onclick: move |_| {
                                        if i < plan.read().len() {
                                            plan.write().remove(i);
                                        }
                                    },
                                    "{l.tr_with(\"kw-plan-remove\", &[(\"line\", text)])}"
                                }
                            }
                        }
                    }
                }
            }
            if full {
                p { class: "hint", "{l.tr_with(\"kw-error-too-many-lines\", &[(\"max\", &MAX_PLAN_LINES.to_string())])}" }
            } else {
                form { class: "add-line", novalidate: true, onsubmit: add,
                    label { class: "field",
                        span { "{l.tr(\"kw-plan-section\")}" }
                        select {
                            onchange: move |e| section.set(Section::from_id(&e.value()).unwrap_or(Section::Leaving)),
                            for s in Section::ALL {
                                option { key: "{s.id()}", value: s.id(), selected: section() == s, "{l.tr(&s.title_id())}" }
                            }
                        }
                    }
                    label { class: "field",
                        span { "{l.tr(\"kw-plan-line\")}" }
                        input {
                            r#type: "text",
                            autocomplete: "off",
                            lang: "{language}",
                            dir,
                            value: "{line}",
                            oninput: move |e| line.set(e.value()),
                        }
                    }
                    if let Some(p) = problem() {
                        p { class: "field-error", role: "alert", "{l.tr_with(p, &[(\"max\", &max)])}" }
                    }
                    button { class: "quiet", r#type: "submit", "{l.tr(\"kw-plan-add\")}" }
                }
            }
        }
    }
}

/// The QR code, how to use it, the code as text, and the card to print.
#[component]
fn MadeCode(made: Made) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let chars = made.code.chars().count().to_string();
    let version = made.drawn.version.to_string();
    let until = l.long_date(london_now(made.expires).date());
    let young = Catalogue::embedded()
        .get(&made.setup.language)
        .map_or(SOURCE_LOCALE, |i| i.code);
    rsx! {
        section { class: "made", aria_labelledby: "part-code",
            h2 { id: "part-code", "{l.tr(\"kw-code-title\")}" }
            img { class: "qr", src: "{made.drawn.svg}", alt: l.tr("kw-code-alt") }
            p { "{l.tr(\"kw-code-how\")}" }
            p { "{l.tr_with(\"kw-numbers\", &[(\"count\", &NUMBERS.to_string())])}" }
            p { class: "spoken-numbers", dir: "ltr", "{made.numbers.spoken()}" }
            p { class: "hint", "{l.tr_with(\"kw-code-size\", &[(\"version\", &version), (\"chars\", &chars)])}" }
            p { "{l.tr_with(\"kw-expires\", &[(\"days\", &VALID_DAYS.to_string()), (\"date\", &until)])}" }
            label { class: "field",
                span { "{l.tr(\"kw-code-text\")}" }
                textarea { class: "code-text", readonly: true, dir: "ltr", rows: 4, value: "{made.code}" }
            }
            button { class: "primary", r#type: "button", onclick: move |_| platform::print_page(), "{l.tr(\"kw-print\")}" }
        }
        section { class: "printcard",
            img { class: "qr", src: "{made.card.png}", alt: l.tr("kw-code-alt") }
            div { class: "printcard-text",
                InLanguage { code: young, CardWords { adults: made.setup.adults.clone() } }
                if young != SOURCE_LOCALE {
                    InLanguage { code: SOURCE_LOCALE, CardWords { adults: made.setup.adults.clone() } }
                }
            }
        }
    }
}

/// The card's words in one language.
#[component]
fn CardWords(adults: Vec<crate::core::contacts::ContactInput>) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    rsx! {
        p { class: "printcard-title", "{l.tr(\"card-setup-title\")}" }
        p { "{l.tr(\"card-setup-scan\")}" }
        if !adults.is_empty() {
            p { "{l.tr(\"card-setup-adults\")}" }
            ul {
                for (i, adult) in adults.iter().enumerate() {
                    li { key: "{i}",
                        "{adult.name} ({l.tr(&adult.role.label_id())}) "
                        PhoneNumber { digits: adult.phone.clone() }
                    }
                }
            }
        }
        p { "{l.tr(\"card-setup-emergency\")}" }
        p { "{l.tr(\"card-setup-runaway\")}" }
    }
}
