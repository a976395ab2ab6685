//! "Listen": reads a block of text aloud in the phone's own voice for the person's language
//! (`core::speech`), sentence by sentence with the sentence being read highlighted, and says so
//! ("read by your phone's voice"); where the phone has no voice for the language, it says that
//! instead. It never plays by itself, keeps playing while the screen stays open, and stops when
//! the screen closes or on Quick exit (`platform::quick_exit`). One block reads at a time.

use dioxus::prelude::*;

use crate::core::speech;
use crate::platform;
use crate::ui::state::use_localizer;

/// Which block is being read (the id of the element that holds its text), and whether paused.
/// Provided once for the app (`Root`); absent where nothing can run (the prerendered first
/// response), and then `Listen` draws nothing.
#[derive(Clone, Copy, PartialEq)]
pub struct Listening {
    pub area: Signal<Option<String>>,
    pub paused: Signal<bool>,
}

impl Listening {
    pub fn new() -> Self {
        Listening {
            area: Signal::new(None),
            paused: Signal::new(false),
        }
    }
}

/// The Listen control for the texts shown in the element with id `area`, in reading order.
#[component]
pub fn Listen(area: String, texts: Vec<String>) -> Element {
    let localizer = use_localizer();
    let Some(mut now) = try_use_context::<Listening>() else {
        return rsx! {};
    };
    let mut no_voice = use_signal(|| false);
    let closing = area.clone();
    use_drop(move || {
        if now.area.peek().as_deref() == Some(closing.as_str()) {
            platform::stop_speech();
            now.area.set(None);
        }
    });
    let l = localizer.read();
    let mine = now.area.read().as_deref() == Some(area.as_str());
    let start = {
        let area = area.clone();
        move |_| {
            let (area, texts) = (area.clone(), texts.clone());
            spawn(async move {
                let voices = platform::voices().await;
                let tags = localizer.peek().locale().voices.clone();
                let Some(voice) = speech::choose_voice(&voices, &tags) else {
                    no_voice.set(true);
                    return;
                };
                let sentences: Vec<String> =
                    texts.iter().flat_map(|t| speech::sentences(t)).collect();
                now.area.set(Some(area.clone()));
                now.paused.set(false);
                let ended = area.clone();
                platform::speak(&sentences, voice, &area, move || {
                    let mut reading = now.area;
                    if reading.peek().as_deref() == Some(ended.as_str()) {
                        reading.set(None);
                    }
                });
            });
        }
    };
    rsx! {
        div { class: "listen",
            if !mine {
                button { class: "toggle", r#type: "button", onclick: start, "{l.tr(\"listen-start\")}" }
            } else {
                if (now.paused)() {
                    button { class: "toggle", r#type: "button",
                        onclick: move |_| { platform::resume_speech(); now.paused.set(false); },
                        "{l.tr(\"listen-resume\")}"
                    }
                } else {
                    button { class: "toggle", r#type: "button",
                        onclick: move |_| { platform::pause_speech(); now.paused.set(true); },
                        "{l.tr(\"listen-pause\")}"
                    }
                }
                button { class: "toggle", r#type: "button",
                    onclick: move |_| { platform::stop_speech(); now.area.set(None); },
                    "{l.tr(\"listen-stop\")}"
                }
                p { class: "hint", role: "status", "{l.tr(\"listen-phone-voice\")}" }
            }
            if no_voice() && !mine {
                p { class: "hint", role: "status",
                    "{l.tr_with(\"listen-no-voice\", &[(\"language\", &l.locale().name)])}"
                }
            }
        }
    }
}
