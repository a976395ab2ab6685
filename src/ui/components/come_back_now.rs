//! Who "I want to come back" reaches now, why, and the messages ready to send: one hook for
//! home's one-tap link and the come-back screen, over core's rules (`who_to_reach_among`,
//! `Reach::dial`, `helpline_now`, `message_for`), so both always say the same.

use chrono::Utc;
use dioxus::prelude::*;

use crate::core::contacts::{
    adult_language, helpline_now, message_for, sms_href, who_to_reach_among, HelplineNow,
    HelplineReason, Intent, Location, Reach,
};
use crate::core::i18n::Catalogue;
use crate::core::store::Store;
use crate::platform;
use crate::ui::data::use_query;
use crate::ui::state::{use_app_state, use_localizer, use_pack};

/// Everything a screen shows of "I want to come back" at this moment, in the person's words.
#[derive(Clone, PartialEq)]
pub struct ComeBackNow {
    /// "Sam — your social worker — until 17:00".
    pub who: String,
    /// Why it is not an adult whose hours include now (a Fluent message ID).
    pub why: Option<&'static str>,
    /// Some saved adults could not be read (others could).
    pub some_unreadable: bool,
    /// The adult's name (empty for the helpline).
    pub name: String,
    pub display: String,
    pub texts: bool,
    /// "I want to come back" as an `sms:` link, with the message written.
    pub sms: String,
    /// "I am safe, but not ready to come back" to the same number.
    pub safe_sms: String,
    pub tel: String,
    /// "Send a message to Sam" or "… to the Runaway Helpline".
    pub send: String,
    /// When the message goes to the helpline and it may not answer now: what to say.
    pub helpline_notice: Option<String>,
    /// The message itself, paragraphs split by a blank line.
    pub body: String,
}

impl ComeBackNow {
    /// The one-tap link: a text where the number takes them, else a call.
    pub fn one_tap(&self) -> &str {
        if self.texts {
            &self.sms
        } else {
            &self.tel
        }
    }
}

/// Who to reach now and the messages; `location` goes into "I want to come back" only.
pub fn use_come_back_now(location: Option<Location>) -> ComeBackNow {
    let localizer = use_localizer();
    let state = use_app_state();
    let saved = use_query(Store::saved_adults);
    let signature = use_query(Store::signature);
    // Who to reach changes with the clock (Sam's hours end at 17:00): redraw every 30 seconds,
    // so a link left on screen never points at someone who has stopped working.
    let mut minute = use_signal(|| 0u64);
    use_future(move || async move {
        loop {
            platform::sleep_ms(30_000).await;
            minute += 1;
        }
    });
    minute.read();
    let content = use_pack();
    let l = localizer.read();
    let saved = saved.read();
    // Saved adults that cannot be read at all: the helpline still works, and the screen says
    // they could not be read rather than that none were added.
    let (contacts, unreadable) = match &*saved {
        Ok(saved) => (saved.adults.as_slice(), saved.unreadable),
        Err(_) => (&[][..], 1),
    };
    let now = Utc::now();
    let reach = who_to_reach_among(contacts, unreadable, now);
    let adult_code = adult_language(reach.contact(), Catalogue::embedded());
    // On the web, the adult's language may not be loaded yet: redraw once it is.
    let adult_words_loaded = use_resource(use_reactive((&adult_code,), |(code,)| async move {
        platform::ensure_words(code).await;
    }));
    adult_words_loaded.read();
    let adult_words = (adult_code != l.code() && adult_code != "en")
        .then(|| Catalogue::embedded().localizer(adult_code));
    let adult_l = match &adult_words {
        Some(words) => words,
        None if adult_code == "en" => state.english.as_ref(),
        None => &*l,
    };
    let signature = signature().ok().flatten();
    let message =
        |intent, location| message_for(intent, adult_l, &l, &reach, signature.as_deref(), location);
    let body = message(Intent::ComeBack, location);
    let numbers = content.as_ref().as_ref().ok().map(|pack| &pack.numbers);
    let dial = reach.dial(numbers);
    let helpline_notice = match reach {
        Reach::Helpline { .. } => match helpline_now(numbers, now) {
            HelplineNow::Closed { opens: Some(opens) } => Some(l.tr_with(
                "comeback-helpline-closed-until",
                &[("time", &opens.format("%H:%M").to_string())],
            )),
            HelplineNow::Closed { opens: None } => Some(l.tr("comeback-helpline-closed")),
            HelplineNow::Unknown => Some(l.tr("comeback-helpline-unknown")),
            HelplineNow::AlwaysOpen | HelplineNow::OpenUntil(_) => None,
        },
        _ => None,
    };
    let style = platform::sms_style();
    let who = match &reach {
        Reach::Adult { contact, until } => {
            let role = l.tr(&contact.role.your_id());
            match until {
                Some(until) => l.tr_with(
                    "comeback-reach-until",
                    &[
                        ("name", &contact.name),
                        ("role", &role),
                        ("until", &until.format("%H:%M").to_string()),
                    ],
                ),
                None => l.tr_with(
                    "comeback-reach-any-time",
                    &[("name", &contact.name), ("role", &role)],
                ),
            }
        }
        Reach::OutOfHours { contact } => l.tr_with(
            "comeback-reach-out-of-hours",
            &[
                ("name", &contact.name),
                ("role", &l.tr(&contact.role.your_id())),
            ],
        ),
        Reach::Helpline { .. } => l.tr("comeback-reach-helpline"),
    };
    let why = match reach {
        Reach::Adult { .. } => None,
        Reach::OutOfHours { .. } => Some("comeback-why-out-of-hours"),
        Reach::Helpline {
            why: HelplineReason::NobodyNow,
        } => Some("comeback-why-nobody-now"),
        Reach::Helpline {
            why: HelplineReason::NobodyAdded,
        } => Some("comeback-why-nobody-added"),
        Reach::Helpline {
            why: HelplineReason::Unreadable,
        } => Some("comeback-why-unreadable"),
    };
    let send = match reach.contact() {
        Some(c) => l.tr_with("comeback-send", &[("name", &c.name)]),
        None => l.tr("comeback-send-helpline"),
    };
    ComeBackNow {
        who,
        why,
        some_unreadable: unreadable > 0 && !contacts.is_empty(),
        name: reach.contact().map(|c| c.name.clone()).unwrap_or_default(),
        sms: sms_href(&dial.number, &body, style),
        safe_sms: sms_href(&dial.number, &message(Intent::SafeNotReady, None), style),
        tel: dial.tel_href(),
        display: dial.display,
        texts: dial.texts,
        send,
        helpline_notice,
        body,
    }
}
