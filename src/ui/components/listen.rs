//! "Listen": reads a block of text aloud in the person's language — from the recordings
//! downloaded for it (`core::content::audio`), else in the phone's own voice (`core::speech`) —
//! sentence by sentence with the sentence being read highlighted, and says which ("read from a
//! recording made by a person", "read by your phone's voice"); where there is neither, it says
//! that instead. It never plays by itself, keeps playing while the screen stays open, and stops
//! when the screen closes or on Quick exit (`platform::quick_exit`). One block reads at a time.

use std::rc::Rc;

use dioxus::prelude::*;

use crate::core::content::audio::{AudioPack, Speaker};
use crate::core::content::PackKey;
use crate::core::speech;
use crate::platform;
use crate::ui::data::Data;
use crate::ui::state::use_localizer;

/// Which block is being read (the id of the element that holds its text), whether paused, and
/// how it is read. Provided once for the app (`Root`); absent where nothing can run (the
/// prerendered first response), and then `Listen` draws nothing.
#[derive(Clone, Copy, PartialEq)]
pub struct Listening {
    pub area: Signal<Option<String>>,
    pub paused: Signal<bool>,
    /// The reading under way: from recordings (by whom), by the phone's voice, or both.
    how: Signal<How>,
    /// The downloaded recordings of the language in use, once opened (`recordings`).
    pub recordings: Signal<Option<Rc<AudioPack>>>,
}

#[derive(Clone, Copy, PartialEq, Default)]
struct How {
    recorded: Option<Speaker>,
    spoken: bool,
}

impl Listening {
    pub fn new() -> Self {
        Listening {
            area: Signal::new(None),
            paused: Signal::new(false),
            how: Signal::new(How::default()),
            recordings: Signal::new(None),
        }
    }

    /// The recordings kept for `locale`, opened (and their signature checked) once, then held
    /// until they are replaced or removed. None when there are none, or they no longer open.
    pub fn recordings(&self, data: Data, locale: &str) -> Option<Rc<AudioPack>> {
        if let Some(pack) = self
            .recordings
            .peek()
            .as_ref()
            .filter(|p| p.locale() == locale)
        {
            return Some(pack.clone());
        }
        let bytes = data.read(|s| s.audio_pack(locale)).ok().flatten()?;
        let key = PackKey::built_in().ok()?;
        let pack = Rc::new(AudioPack::open(&bytes, &key, locale).ok()?);
        let mut held = self.recordings;
        held.set(Some(pack.clone()));
        Some(pack)
    }
}

/// The Listen control for the texts shown in the element with id `area`, in reading order.
#[component]
pub fn Listen(area: String, texts: Vec<String>) -> Element {
    let localizer = use_localizer();
    let (Some(mut now), Some(data)) = (try_use_context::<Listening>(), try_use_context::<Data>())
    else {
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
                let code = localizer.peek().code();
                let pack = platform::plays_recordings()
                    .then(|| now.recordings(data, code))
                    .flatten();
                // The phone's voices are asked for only when a text has no recording.
                let voices = if speech::all_recorded(&texts, pack.as_deref()) {
                    Vec::new()
                } else {
                    platform::voices().await
                };
                let tags = localizer.peek().locale().voices.clone();
                let voice = speech::choose_voice(&voices, &tags);
                let reading = speech::reading(&texts, pack.as_deref(), voice.is_some());
                no_voice.set(reading.unread > 0);
                if reading.pieces.is_empty() {
                    return;
                }
                now.how.set(How {
                    recorded: (reading.recorded > 0)
                        .then(|| pack.as_ref().map(|p| p.speaker()))
                        .flatten(),
                    spoken: reading.spoken > 0,
                });
                now.area.set(Some(area.clone()));
                now.paused.set(false);
                let ended = area.clone();
                platform::read_aloud(&reading.pieces, voice, &area, move || {
                    let mut reading = now.area;
                    if reading.peek().as_deref() == Some(ended.as_str()) {
                        reading.set(None);
                    }
                });
            });
        }
    };
    let how = (now.how)();
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
                match how.recorded {
                    Some(Speaker::People) => rsx! { p { class: "hint", role: "status", "{l.tr(\"listen-recorded\")}" } },
                    Some(Speaker::Machine) => rsx! { p { class: "hint", role: "status", "{l.tr(\"listen-recorded-machine\")}" } },
                    None => rsx! {},
                }
                if how.spoken {
                    p { class: "hint", role: "status", "{l.tr(\"listen-phone-voice\")}" }
                }
            }
            if no_voice() {
                p { class: "hint", role: "status",
                    "{l.tr_with(\"listen-no-voice\", &[(\"language\", &l.locale().name)])}"
                }
            }
        }
    }
}
