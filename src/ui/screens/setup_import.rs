//! Setting Harbour up from a key worker's code: opened by the setup link (the code after `#`,
//! never sent to a server), by scanning the QR code with the camera, or by pasting it. The
//! young person sees exactly what will be added, in their language, before anything is saved.

use std::rc::Rc;

use chrono::Utc;
use dioxus::prelude::*;

use crate::core::content::Organisation;
use crate::core::i18n::{Catalogue, Localizer};
use crate::core::plan::Section;
use crate::core::privacy::PinError;
use crate::core::setup::{
    plan_import, AdultStatus, Import, ImportError, LanguageChoice, Reached, Sealed, Setup,
    SpokenNumbers, NUMBERS,
};
use crate::core::store::Store;
use crate::platform;
use crate::ui::components::{offered, AdultSummary, CodeField, InLanguage};
use crate::ui::data::{use_data, use_query, Data};
use crate::ui::route::Route;
use crate::ui::state::{use_localizer, use_pack};

/// Where the young person is in reading a code.
#[derive(Clone, PartialEq)]
enum Stage {
    Start,
    /// A message ID, and the adult it names (a number no phone can call).
    Problem(&'static str, Option<String>),
    /// The code is read and sealed: the numbers the key worker says open it. A message ID when
    /// the numbers typed did not.
    Numbers(Rc<Sealed>, Option<&'static str>),
    Preview(Rc<Import>),
    Done,
    Cancelled,
}

const VIDEO_ID: &str = "camera-view";

#[component]
pub fn SetupImport() -> Element {
    let localizer = use_localizer();
    let stage = use_signal(|| Stage::Start);
    let mut pasted = use_signal(String::new);
    let mut scanning = use_signal(|| false);
    let mut camera_refused = use_signal(|| false);
    let read = move |text: String| {
        let mut stage = stage;
        stage.set(match Sealed::from_text(&text) {
            Ok(sealed) => Stage::Numbers(Rc::new(sealed), None),
            Err(e) => Stage::Problem(e.message_id(), None),
        });
    };
    // A setup link: the code is in the address, which is cleared as it is read. It is read
    // once the screen is on, so what it finds is shown on this screen.
    let mut linked = use_signal(|| {
        platform::preload_qr();
        platform::preload_phone_rules();
        platform::take_setup_fragment()
    });
    use_effect(move || {
        if let Some(code) = linked.write().take() {
            read(code);
        }
    });
    use_drop(platform::stop_camera);
    let scan = move |_| {
        scanning.set(true);
        camera_refused.set(false);
        spawn(async move {
            let found = platform::scan_camera(VIDEO_ID).await;
            let stopped_by_person = !scanning();
            scanning.set(false);
            match found {
                Some(text) => read(text),
                None if !stopped_by_person => camera_refused.set(true),
                None => {}
            }
        });
    };
    let l = localizer.read();
    let current = stage();
    rsx! {
        h1 { "{l.tr(\"import-title\")}" }
        match current {
            Stage::Preview(import) => rsx! { Preview { import, stage } },
            Stage::Numbers(sealed, problem) => rsx! { AskNumbers { sealed, problem, stage } },
            Stage::Done => rsx! {
                p { class: "saved", role: "status", "{l.tr(\"import-done\")}" }
                StorageKept {}
                Link { to: Route::Privacy {}, class: "action", "{l.tr(\"import-done-pin\")}" }
                Link { to: Route::Home {}, class: "action quiet", "{l.tr(\"import-done-home\")}" }
            },
            other => rsx! {
                p { class: "lead", "{l.tr(\"import-intro\")}" }
                match other {
                    Stage::Problem(id, name) => rsx! {
                        p { class: "notice", role: "alert", "{l.tr_with(id, &[(\"name\", name.as_deref().unwrap_or(\"\"))])}" }
                    },
                    Stage::Cancelled => rsx! { p { role: "status", "{l.tr(\"import-cancelled\")}" } },
                    _ => rsx! {},
                }
                if scanning() {
                    div { class: "camera",
                        video { id: VIDEO_ID, muted: true, playsinline: true, aria_hidden: "true" }
                        p { role: "status", "{l.tr(\"import-scan-looking\")}" }
                        button {
                            class: "quiet",
                            r#type: "button",
                            onclick: move |_| {
                                scanning.set(false);
                                platform::stop_camera();
                            },
                            "{l.tr(\"import-scan-stop\")}"
                        }
                    }
                } else {
                    button { class: "primary", r#type: "button", onclick: scan, "{l.tr(\"import-scan\")}" }
                }
                if camera_refused() {
                    p { class: "notice", role: "alert", "{l.tr(\"import-camera-denied\")}" }
                }
                form {
                    class: "paste",
                    novalidate: true,
                    onsubmit: move |e: FormEvent| {
                        e.prevent_default();
                        read(pasted.read().clone());
                    },
                    label { class: "field",
                        span { "{l.tr(\"import-paste\")}" }
                        textarea {
                            dir: "ltr",
                            rows: 4,
                            autocomplete: "off",
                            spellcheck: false,
                            value: "{pasted}",
                            oninput: move |e| pasted.set(e.value()),
                        }
                    }
                    button { class: "quiet", r#type: "submit", "{l.tr(\"import-read\")}" }
                }
            },
        }
    }
}

/// The numbers the key worker says, typed to open the code that was read. Wrong numbers keep
/// the code, so they can be typed again.
#[component]
fn AskNumbers(sealed: Rc<Sealed>, problem: Option<&'static str>, stage: Signal<Stage>) -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let pack = use_pack();
    let mut typed = use_signal(String::new);
    let mut checking = use_signal(|| false);
    let count = NUMBERS.to_string();
    let l = localizer.read();
    let open = move |e: FormEvent| {
        e.prevent_default();
        let sealed = sealed.clone();
        let pack = pack.clone();
        let numbers = SpokenNumbers::parse(&typed.read());
        typed.set(String::new());
        spawn(async move {
            let opened = numbers.and_then(|n| sealed.open_signed(&n));
            let (setup, signed) = match opened {
                Ok(opened) => opened,
                Err(e) => return stage.set(Stage::Numbers(sealed, Some(e.message_id()))),
            };
            let listed = pack.as_ref().as_ref().map_or(&[][..], |p| &p.organisations);
            let made_by = signed.and_then(|s| s.by(listed)).cloned();
            // Checked here: a task started by this screen part ends when it goes.
            checking.set(true);
            let current = localizer.peek().code();
            stage.set(plan_setup(&setup, made_by.as_ref(), data, current).await);
        });
    };
    if checking() {
        return rsx! { p { role: "status", "{l.tr(\"import-checking\")}" } };
    }
    rsx! {
        p { class: "lead", "{l.tr_with(\"import-numbers-intro\", &[(\"count\", &count)])}" }
        form { class: "numbers", novalidate: true, onsubmit: open,
            label { class: "field",
                span { "{l.tr_with(\"import-numbers\", &[(\"count\", &count)])}" }
                input {
                    r#type: "text",
                    inputmode: "numeric",
                    dir: "ltr",
                    autocomplete: "off",
                    spellcheck: false,
                    value: "{typed}",
                    oninput: move |e| typed.set(e.value()),
                }
            }
            if let Some(id) = problem {
                p { class: "notice", role: "alert", "{l.tr_with(id, &[(\"count\", &count)])}" }
            }
            button { class: "primary", r#type: "submit", "{l.tr(\"import-open\")}" }
        }
        button { class: "quiet", r#type: "button", onclick: move |_| stage.set(Stage::Cancelled), "{l.tr(\"import-cancel\")}" }
    }
}

/// Works out what an opened setup would add, checking every phone number again on this phone.
async fn plan_setup(
    setup: &Setup,
    made_by: Option<&Organisation>,
    data: Data,
    current: &'static str,
) -> Stage {
    let mut phones = Vec::with_capacity(setup.adults.len());
    for adult in &setup.adults {
        match platform::check_phone(&adult.phone).await {
            Some(checked) => phones.push(checked),
            None => return Stage::Problem("import-tools-error", None),
        }
    }
    let Ok((saved, signature)) = data.read(|s| Ok((s.contacts()?, s.signature()?))) else {
        return Stage::Problem("import-save-error", None);
    };
    match plan_import(
        setup,
        made_by,
        phones,
        &saved,
        signature.as_deref(),
        current,
        Catalogue::embedded(),
        Utc::now(),
    ) {
        Ok(import) => {
            platform::ensure_words(import.language.code()).await;
            Stage::Preview(Rc::new(import))
        }
        Err(e) => {
            let name = match &e {
                ImportError::Adult { name } => Some(name.clone()),
                ImportError::Setup(_) => None,
            };
            Stage::Problem(e.message_id(), name)
        }
    }
}

/// Exactly what will be added, in the setup's language, then "Add to Harbour" or "Not now".
/// When the phone is in another language, the same words come first in that one too: whoever
/// holds the phone can read what a code would change (security review H2).
#[component]
fn Preview(import: Rc<Import>, stage: Signal<Stage>) -> Element {
    // The app's language, which becomes the setup's once it is applied.
    let app_localizer = use_localizer();
    let in_phone_language = app_localizer.read().code() != import.language.code();
    rsx! {
        if in_phone_language {
            div { class: "preview",
                PreviewWords { import: import.clone() }
            }
        }
        InLanguage { code: import.language.code(), class: "preview",
            PreviewWords { import: import.clone() }
            PreviewActions { import, stage, app_localizer }
        }
    }
}

/// "Add to Harbour" and "Not now", in the preview's language; with a lock code set, the code
/// first (whoever holds an open phone cannot add adults with a code they were sent).
#[component]
fn PreviewActions(
    import: Rc<Import>,
    stage: Signal<Stage>,
    app_localizer: Signal<Rc<Localizer>>,
) -> Element {
    let data = use_data();
    let localizer = use_localizer();
    // A store that cannot say counts as having a code (fails closed).
    let needs_code = use_query(Store::has_pin)().unwrap_or(true);
    let code = use_signal(String::new);
    let mut problem = use_signal(|| None::<PinError>);
    let l = localizer.read();
    let confirm = move |_| {
        let typed = code.read().clone();
        match data.edit(|s| s.apply_import(&import, &typed, platform::running())) {
            Ok(()) => {
                app_localizer.set(Rc::new(
                    Catalogue::embedded().localizer(import.language.code()),
                ));
                stage.set(Stage::Done);
            }
            Err(e) => problem.set(Some(e)),
        }
        let mut code = code;
        code.set(String::new());
    };
    rsx! {
        if needs_code {
            CodeField { label: l.tr("import-code"), value: code }
        }
        match problem() {
            None => rsx! {},
            Some(PinError::Store) => rsx! {
                p { class: "notice", role: "alert", "{l.tr(\"import-save-error\")}" }
            },
            Some(e) => rsx! {
                p { class: "notice", role: "alert", "{l.tr_with(e.message_id(), &[(\"seconds\", &e.seconds().to_string())])}" }
            },
        }
        div { class: "row",
            button { class: "primary", r#type: "button", onclick: confirm, "{l.tr(\"import-confirm\")}" }
            button { class: "quiet", r#type: "button", onclick: move |_| stage.set(Stage::Cancelled), "{l.tr(\"import-cancel\")}" }
        }
    }
}

#[component]
fn PreviewWords(import: Rc<Import>) -> Element {
    let localizer = use_localizer();
    let pack = use_pack();
    let l = localizer.read();
    let catalogue = Catalogue::embedded();
    let language_name = |code: &str| {
        catalogue
            .get(code)
            .map_or(code.to_string(), |i| i.name.to_string())
    };
    let language_line = match &import.language {
        LanguageChoice::Installed(code) => {
            l.tr_with("import-language", &[("language", &language_name(code))])
        }
        LanguageChoice::Missing { asked, used } => l.tr_with(
            "import-language-missing",
            &[("code", asked), ("language", &language_name(used))],
        ),
    };
    let code = import.language.code();
    let recordings_line = match pack
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|p| p.audio_offer(code))
    {
        Some(offer) => offered(&l, offer.speaker, offer.bytes),
        None => l.tr_with("audio-none", &[("language", &language_name(code))]),
    };
    rsx! {
        h2 { "{l.tr(\"import-preview-title\")}" }
        p { class: "hint", "{l.tr(\"import-preview-hint\")}" }
        match &import.made_by {
            Some(organisation) => rsx! {
                p { class: "made-by",
                    span { aria_hidden: "true", "✓ " }
                    "{l.tr_with(\"import-made-by\", &[(\"organisation\", organisation)])}"
                }
            },
            None => rsx! { p { class: "notice", "{l.tr(\"import-unsigned\")}" } },
        }
        p { "{language_line}" }
        // Whether Listen will have recordings in that language, and what they cost to download.
        p { class: "hint", "{recordings_line}" }
        if let Some(name) = &import.name {
            p { "{l.tr_with(\"import-name\", &[(\"name\", name)])}" }
        }
        if let Some(name) = &import.kept_name {
            p { "{l.tr_with(\"import-name-kept\", &[(\"name\", name)])}" }
        }
        if !import.adults.is_empty() {
            h3 { "{l.tr(\"import-adults\")}" }
            ul { class: "adults",
                for (i, (contact, status)) in import.adults.iter().enumerate() {
                    li { key: "{i}",
                        article { class: "adult",
                            h4 { "{contact.name}" }
                            if *status == AdultStatus::AlreadySaved {
                                p { class: "badge", "{l.tr(\"import-adult-saved\")}" }
                            }
                            AdultSummary { contact: contact.clone() }
                        }
                    }
                }
            }
        }
        if let Some(kept) = &import.out_of_hours_kept {
            p { class: "notice", "{l.tr_with(\"import-out-of-hours-kept\", &[(\"old\", kept)])}" }
        }
        RoutingWords { import: import.clone() }
        if let Some(area) = &import.area {
            p { "{l.tr_with(\"import-area\", &[(\"area\", area)])}" }
        }
        if !import.plan.is_empty() {
            h3 { "{l.tr(\"import-plan\")}" }
            for s in Section::ALL {
                if import.plan.iter().any(|(ps, _)| *ps == s) {
                    h4 { key: "{s.id()}", "{l.tr(&s.title_id())}" }
                    ul { class: "agreed-lines",
                        for (i, (_, text)) in import.plan.iter().enumerate().filter(|(_, (ps, _))| *ps == s) {
                            li { key: "{i}", dir: "auto", "{text}" }
                        }
                    }
                }
            }
        }
    }
}

/// Who "I want to come back" will reach on a weekday at 11:00 and 22:00 and on Saturday at
/// 14:00, each change named with who it reaches now, and any new adult with no set hours named
/// as taking every time nobody else can (security review H2).
#[component]
fn RoutingWords(import: Rc<Import>) -> Element {
    let localizer = use_localizer();
    let l = localizer.read();
    let who = |reached: &Reached| match reached {
        Reached::Adult { name, .. } => name.clone(),
        Reached::Helpline => l.tr("numbers-runaway-name"),
    };
    let lines: Vec<(bool, String)> = import
        .routing
        .iter()
        .map(|r| {
            let when = l.tr(r.moment.message_id());
            let line = if r.changes() {
                l.tr_with(
                    "import-reaches-changed",
                    &[
                        ("when", &when),
                        ("who", &who(&r.after)),
                        ("before", &who(&r.before)),
                    ],
                )
            } else {
                l.tr_with(
                    "import-reaches",
                    &[("when", &when), ("who", &who(&r.after))],
                )
            };
            (r.changes(), line)
        })
        .collect();
    rsx! {
        h3 { "{l.tr(\"import-routing-title\")}" }
        ul { class: "routing",
            for (i, (changes, line)) in lines.into_iter().enumerate() {
                li { key: "{i}", class: if changes { "changed" } else { "" }, "{line}" }
            }
        }
        for contact in import.any_time() {
            p { key: "{contact.phone.e164}", class: "notice", "{l.tr_with(\"import-any-time\", &[(\"name\", &contact.name)])}" }
        }
        if import.changes_routing() {
            p { class: "notice", "{l.tr(\"import-routing-changes\")}" }
        }
    }
}

/// Once a setup is added, asks the browser to keep Harbour's storage, and says what a refusal
/// means (security review M8): a phone short of space may lose the plan and the adults.
#[component]
fn StorageKept() -> Element {
    let localizer = use_localizer();
    let kept = use_resource(platform::keep_storage);
    let l = localizer.read();
    rsx! {
        if matches!(*kept.read(), Some(Some(false))) {
            p { class: "notice", "{l.tr(\"import-storage-refused\")}" }
        }
    }
}
