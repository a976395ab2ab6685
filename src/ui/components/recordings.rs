//! The language screen's "Recordings" section (issue 19): the recordings published in the
//! language in use (listed in the signed content pack, with their size), downloaded only when
//! the young person asks, kept for Listen to play offline, and removable. A download that fails
//! or is refused says why, and the recordings kept stay as they were.

use chrono::Utc;
use dioxus::prelude::*;

use crate::core::content::audio::Speaker;
use crate::core::content::PackKey;
use crate::core::sync::{self, Request, SyncError};
use crate::platform;
use crate::ui::components::listen::Listening;
use crate::ui::data::{use_data, use_query};
use crate::ui::state::{use_localizer, use_pack};

#[derive(Clone, Copy, PartialEq)]
enum Asked {
    Nothing,
    Downloading,
    Removed,
    Failed { message: &'static str, status: u16 },
}

#[component]
pub fn Recordings() -> Element {
    let localizer = use_localizer();
    let data = use_data();
    let pack = use_pack();
    let mut asked = use_signal(|| Asked::Nothing);
    let kept = use_query(move |s| s.audio_pack_size(localizer.read().code()));
    let listening = try_use_context::<Listening>();
    let l = localizer.read();
    let language = l.locale().name.clone();
    let offer = pack
        .as_ref()
        .as_ref()
        .ok()
        .and_then(|p| p.audio_offer(l.code()))
        .cloned();
    let kept = kept.read().as_ref().ok().copied().flatten();
    let download = {
        let offer = offer.clone();
        move |_| {
            let Some(offer) = offer.clone() else { return };
            asked.set(Asked::Downloading);
            spawn(async move {
                let result = data
                    .edit_async(|store| async move {
                        let key = PackKey::built_in().map_err(SyncError::from)?;
                        let fetch =
                            |request: Request| async move { platform::fetch_pack(&request).await };
                        sync::download_audio(
                            &store,
                            &platform::origin(),
                            &offer,
                            &key,
                            Utc::now(),
                            fetch,
                        )
                        .await
                    })
                    .await
                    .unwrap_or_else(|locked| Err(SyncError::from(locked)));
                match result {
                    Ok(pack) => {
                        if let Some(mut held) = listening.map(|l| l.recordings) {
                            held.set(Some(std::rc::Rc::new(pack)));
                        }
                        asked.set(Asked::Nothing);
                    }
                    Err(e) => asked.set(Asked::Failed {
                        message: e.audio_message_id(),
                        status: if let SyncError::Server(status) = e {
                            status
                        } else {
                            0
                        },
                    }),
                }
            });
        }
    };
    let remove = move |_| {
        let code = localizer.peek().code();
        match data.edit(|s| s.forget_audio_pack(code)) {
            Ok(()) => {
                if let Some(mut held) = listening.map(|l| l.recordings) {
                    held.set(None);
                }
                asked.set(Asked::Removed);
            }
            Err(e) => asked.set(Asked::Failed {
                message: e.message_id(),
                status: 0,
            }),
        }
    };
    rsx! {
        section { class: "recordings", aria_labelledby: "heading-recordings",
            h2 { id: "heading-recordings", class: "section", "{l.tr(\"audio-title\")}" }
            p { class: "hint", "{l.tr(\"audio-intro\")}" }
            if let Some(bytes) = kept {
                p { role: "status",
                    "{l.tr_with(\"audio-kept\", &[(\"language\", &language), (\"size\", &l.size(bytes))])}"
                }
                button { r#type: "button", onclick: remove, "{l.tr(\"audio-remove\")}" }
            } else if let Some(offer) = &offer {
                p { {offered(&l, offer.speaker, offer.bytes)} }
                button {
                    r#type: "button",
                    disabled: asked() == Asked::Downloading,
                    onclick: download,
                    "{l.tr_with(\"audio-download\", &[(\"language\", &language), (\"size\", &l.size(offer.bytes))])}"
                }
            } else {
                p { "{l.tr_with(\"audio-none\", &[(\"language\", &language)])}" }
            }
            match asked() {
                Asked::Downloading => rsx! { p { role: "status", "{l.tr(\"audio-downloading\")}" } },
                Asked::Removed => rsx! { p { role: "status", "{l.tr(\"audio-removed\")}" } },
                Asked::Failed { message, status } => rsx! {
                    p { class: "notice", role: "alert",
                        "{l.tr_with(message, &[(\"status\", &status.to_string())])}"
                    }
                },
                Asked::Nothing => rsx! {},
            }
        }
    }
}

/// "Recordings made by people: 4.2 MB" (or by a computer voice, for tests), in `l`'s words.
pub fn offered(l: &crate::core::i18n::Localizer, speaker: Speaker, bytes: u64) -> String {
    let id = match speaker {
        Speaker::People => "audio-offered",
        Speaker::Machine => "audio-offered-machine",
    };
    l.tr_with(id, &[("size", &l.size(bytes))])
}
