//! Screens rendered with dioxus-ssr through the real router, in English and Arabic: text,
//! `lang`, `dir`, link targets, and never a raw message ID.

use std::collections::BTreeSet;
use std::rc::Rc;

use dioxus::history::{History, MemoryHistory};
use dioxus::prelude::*;
use harbour::core::i18n::{messages_used, review, Catalogue, ScreenStatus, SOURCE_LOCALE};
use harbour::core::setup::SETUP_PATH;
use harbour::core::store::{Opened, Store};
use harbour::ui::{Root, RootProps, Route, Veiled};

#[derive(Props, Clone, PartialEq)]
struct AtProps {
    path: String,
    root: RootProps,
}

#[allow(non_snake_case)]
fn At(props: AtProps) -> Element {
    use_context_provider(|| {
        Rc::new(MemoryHistory::with_initial_path(props.path.clone())) as Rc<dyn History>
    });
    rsx! { Root { store: props.root.store.clone(), state: props.root.state.clone(), locale: props.root.locale } }
}

/// The key the app under test trusts for downloaded packs: the public half of the key these
/// tests sign with, not the build's (a deployment's own key must pass these tests too).
fn trusted() -> harbour::core::content::PackKey {
    harbour::core::content::SecretKey::from_text(include_str!("fixtures/pack-dev.key"))
        .expect("the development key reads")
        .public()
}

/// Renders the app at `path` for a device that prefers `device_languages`.
fn render(
    path: &str,
    device_languages: &[&str],
    problem: Option<harbour::core::store::StoreError>,
) -> String {
    render_with(path, device_languages, problem, |_| {})
}

/// The same, with something already saved in the store.
fn render_with(
    path: &str,
    device_languages: &[&str],
    problem: Option<harbour::core::store::StoreError>,
    saved: impl FnOnce(&Store),
) -> String {
    let opened = Opened {
        store: Store::in_memory().unwrap(),
        problem,
        persistent: true,
    };
    saved(&opened.store);
    let languages = device_languages.iter().map(|s| s.to_string()).collect();
    let root = RootProps::new(
        opened,
        languages,
        Catalogue::embedded(),
        false,
        Ok(trusted()),
    );
    let mut dom = VirtualDom::new_with_props(
        At,
        AtProps {
            path: path.into(),
            root,
        },
    );
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

fn english_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (code, _, source) in Catalogue::embedded().raw_files() {
        if code == SOURCE_LOCALE {
            ids.extend(
                source
                    .lines()
                    .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string())),
            );
        }
    }
    ids
}

/// A rendered screen without the help every frame keeps hidden for when the web app stops.
fn screen_only(html: &str) -> &str {
    html.split(r#"<div id="if-harbour-stops""#)
        .next()
        .unwrap_or_default()
}

fn check_screen(path: &str, device: &str, lang: &str, dir: &str, texts: &[&str], hrefs: &[&str]) {
    let html = render(path, &[device], None);
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        html.contains(&format!(r#"lang="{lang}" dir="{dir}""#)),
        "{path} in {device}: root lang/dir\n{html}"
    );
    for text in texts {
        assert!(
            plain.contains(text),
            "{path} in {device}: expected {text:?}\n{html}"
        );
    }
    for href in hrefs {
        assert!(
            html.contains(&format!(r#"href="{href}""#)),
            "{path} in {device}: expected link {href}\n{html}"
        );
    }
    for id in english_ids() {
        assert!(
            !html.contains(&id),
            "{path} in {device}: raw message ID {id} shown"
        );
    }
}

#[test]
fn home_in_english_and_arabic() {
    check_screen(
        "/",
        "en-GB",
        "en",
        "ltr",
        &["Harbour", "Help numbers", "Language"],
        &["/n", "/l"],
    );
    check_screen(
        "/",
        "ar-SA",
        "ar",
        "rtl",
        &["هاربر", "أرقام المساعدة", "اللغة"],
        &["/n", "/l"],
    );
}

#[test]
fn home_shows_only_sections_that_work() {
    // The help kept hidden for when the web app stops is not a section (tested on its own).
    let html = render("/", &["en-GB"], None);
    let html = screen_only(&html);
    let hrefs: Vec<&str> = html
        .split(r#"href=""#)
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    assert_eq!(
        hrefs,
        [
            "sms:116000?body=Hello.%20I%20want%20to%20come%20back.%20Can%20you%20help%20me%3F",
            "/c",
            "tel:999",
            "/p",
            "/a",
            "/n",
            "/d",
            "/l",
            "/v",
            "/j",
            "/m",
            "/i"
        ],
        "home links only to sections that work, coming back first:\n{html}"
    );
}

#[test]
fn numbers_in_english_and_arabic() {
    let calls = [
        "tel:999",
        "tel:112",
        "tel:111",
        "tel:101",
        "tel:08001111",
        "tel:116000",
        "tel:08000121700",
        "tel:116123",
    ];
    let mut hrefs = calls.to_vec();
    hrefs.push("sms:116000");
    check_screen(
        "/n",
        "en-GB",
        "en",
        "ltr",
        &[
            "Help numbers",
            "Childline",
            "If you cannot speak on the phone",
            "press 55",
            "1 December 2026",
        ],
        &hrefs,
    );
    check_screen(
        "/n",
        "ar-SA",
        "ar",
        "rtl",
        &["أرقام المساعدة", "اضغط 55", "اتصل", "1 ديسمبر 2026"],
        &hrefs,
    );
}

#[test]
fn only_lines_that_take_texts_get_a_text_link() {
    let html = render("/n", &["en-GB"], None);
    assert_eq!(
        html.matches(r#"href="sms:"#).count(),
        1,
        "only the Runaway Helpline takes texts"
    );
    assert!(
        !html.contains("sms:116123"),
        "Samaritans closed their text service"
    );
}

#[test]
fn phone_numbers_are_left_to_right_isolates_in_arabic() {
    let html = render("/n", &["ar-SA"], None);
    for display in ["999", "0800 1111", "116 000", "08000 121 700", "116 123"] {
        let isolated = format!(r#"<bdi class="tel" dir="ltr">{display}</bdi>"#);
        assert!(
            html.contains(&isolated),
            "{display} is isolated LTR in Western digits\n{html}"
        );
    }
}

#[test]
fn arabic_shows_the_draft_notice_in_arabic_and_english() {
    let html = render("/", &["ar-SA"], None);
    assert!(html.contains("ترجمة مبدئية"), "{html}");
    assert!(
        html.contains("Draft translation — not yet checked by a translator."),
        "{html}"
    );
    let english = render("/", &["en-GB"], None);
    assert!(
        !english.contains("Draft translation"),
        "English is the source, not a draft"
    );
}

#[test]
fn a_store_problem_is_told_in_the_persons_language() {
    use harbour::core::store::StoreError;
    let html = render("/", &["ar-SA"], Some(StoreError::Corrupt));
    assert!(
        html.contains(r#"role="alert""#) && html.contains("تعذّرت قراءة بياناتك المحفوظة"),
        "{html}"
    );
    let html = render(
        "/n",
        &["en-GB"],
        Some(StoreError::TooNew {
            found: 9,
            supported: 1,
        }),
    );
    assert!(
        html.contains("older than the data saved on this phone"),
        "{html}"
    );
}

#[test]
fn language_picker_lists_languages_by_their_own_names() {
    let html = render("/l", &["ar-SA"], None);
    assert!(
        html.contains(r#"lang="ar" dir="rtl">العربية</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"lang="en" dir="ltr">Arabic</span>"#),
        "{html}"
    );
    assert!(
        html.contains(r#"aria-pressed="true""#),
        "the current language is marked"
    );
}

const SCREENS: &[&str] = &[
    "/",
    "/c",
    "/t",
    "/t/new",
    "/p",
    "/w",
    "/s",
    "/a",
    "/a/GwQU",
    "/g",
    "/n",
    "/l",
    "/v",
    "/j",
    "/m",
    "/i",
    "/d",
    "/d/example-1@loc-1",
];

/// Every screen in every locale: the right `lang` and `dir`, the locale's own heading, and no
/// message ID on screen. The device asks for the locale by its code.
#[test]
fn every_screen_renders_in_every_locale() {
    let catalogue = Catalogue::embedded();
    assert!(catalogue.locales().len() >= 2);
    for locale in catalogue.locales() {
        let l = catalogue.localizer(locale.code);
        for path in SCREENS {
            let heading = match *path {
                "/" => l.tr("home-title"),
                "/n" => l.tr("numbers-title"),
                "/l" => l.tr("language-title"),
                "/a" => l.tr("process-title"),
                "/a/GwQU" => l.tr("process-sef-title"),
                "/g" => l.tr("process-glossary"),
                "/c" => l.tr("comeback-title"),
                "/v" => l.tr("privacy-title"),
                "/t" => l.tr("adults-title"),
                "/t/new" => l.tr("adult-new-title"),
                "/p" => l.tr("plan-title"),
                "/w" => l.tr("card-return-title"),
                "/s" => l.tr("card-safe-title"),
                "/j" => l.tr("import-title"),
                "/m" => l.tr("kw-title"),
                "/d" => l.tr("places-title"),
                // A place's name is the feed's, in the feed's language.
                "/d/example-1@loc-1" => "Welcome Wednesday drop-in (example)".into(),
                _ => l.tr("about-title"),
            };
            // The SSR output escapes text as HTML does.
            let escape = |text: String| {
                text.replace('&', "&amp;")
                    .replace('\'', "&#39;")
                    .replace('"', "&quot;")
            };
            let heading = escape(heading);
            // The notice at the foot says what the record says of this screen's areas.
            let route: Route = path.parse().unwrap();
            let notice = match locale.screen_status(route.areas()) {
                ScreenStatus::Source => None,
                ScreenStatus::Checked => Some(l.tr("language-status-checked")),
                ScreenStatus::Draft => Some(l.tr("translation-draft")),
            };
            let notice = notice.map(|n| {
                let label = escape(l.tr("translation-draft-label"));
                format!(
                    "<aside class=\"draft\" aria-label=\"{label}\"><p>{}</p>",
                    escape(n)
                )
            });
            check_screen(
                path,
                locale.code,
                locale.code,
                locale.dir.as_str(),
                &[
                    &format!("<h1>{heading}</h1>"),
                    notice.as_deref().unwrap_or_default(),
                ],
                &[],
            );
            if notice.is_none() {
                assert!(
                    !render(path, &[locale.code], None).contains("class=\"draft\""),
                    "{path}"
                );
            }
        }
    }
}

/// Every screen's translation notice counts the areas its words come from: rendered with a
/// trusted adult saved, each screen shows messages of exactly the areas `Route::areas` lists.
#[test]
fn each_screens_notice_counts_every_area_its_words_come_from() {
    let english: Vec<(String, String)> = Catalogue::embedded()
        .raw_files()
        .filter(|(code, _, _)| *code == SOURCE_LOCALE)
        .map(|(_, name, source)| (name.to_string(), source.to_string()))
        .collect();
    let english = review::english_messages(english.iter().map(|(n, s)| (n.as_str(), s.as_str())));
    let area_of = |id: &str| {
        english
            .iter()
            .find(|(_, e, _)| e.id == id)
            .map(|(area, _, _)| area.clone())
            .unwrap_or_else(|| panic!("{id} is not an English message"))
    };
    let card = format!("/x/{}", Veiled::from("placement"));
    let paths = SCREENS
        .iter()
        .copied()
        .chain(["/t/1", card.as_str(), "/nowhere"]);
    let mut wrong = Vec::new();
    for path in paths {
        let (_, used) = messages_used(|| {
            render_with(path, &["en-GB"], None, |s| {
                save_adult(s, "Sam", "07911 123456", &["en"], false)
            })
        });
        assert!(used.len() > 5, "{path}: {used:?}");
        let route: Route = path.parse().unwrap();
        let outside: Vec<(String, String)> = used
            .iter()
            .map(|id| (id.clone(), area_of(id)))
            .filter(|(_, area)| !route.areas().contains(&area.as_str()))
            .collect();
        let mut shown: Vec<String> = used.iter().map(|id| area_of(id)).collect();
        shown.sort();
        shown.dedup();
        if !outside.is_empty() {
            wrong.push(format!("{path} ({:?}): {outside:?}", route.areas()));
        }
        if shown != route.areas() {
            wrong.push(format!(
                "{path}: lists {:?}, shows {shown:?}",
                route.areas()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "screens showing messages from areas Route::areas does not list:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn about_says_who_made_the_translation_and_that_it_is_a_draft() {
    let html = render("/i", &["ar-SA"], None);
    assert!(
        html.contains("كتبها برنامج حاسوب"),
        "AI draft stated in Arabic\n{html}"
    );
    assert!(
        html.contains("Draft translation — not yet checked by a translator."),
        "{html}"
    );
    let html = render("/i", &["en-GB"], None);
    assert!(html.contains("This is the original text."), "{html}");
    assert!(html.contains("Your privacy"), "{html}");
}

#[test]
fn picker_lists_the_phones_language_first_with_draft_status_in_both_languages() {
    let html = render("/l", &["ar-SA"], None);
    let phone = html
        .find("لغة هاتفك")
        .expect("a 'your phone's language' section");
    let arabic = html.find(">العربية</span>").expect("Arabic listed");
    let english = html.find(">English</span>").expect("English listed");
    assert!(
        phone < arabic && arabic < english,
        "Arabic first for an Arabic phone\n{html}"
    );
    assert!(
        html.contains(r#"<span lang="ar" dir="rtl">ترجمة مبدئية — لم يراجعها مترجم بعد.</span>"#),
        "{html}"
    );
    assert!(html.contains(r#"<span lang="en" dir="ltr">Draft translation — not yet checked by a translator.</span>"#), "{html}");
    // English is the source: never marked as a draft.
    let english_row = &html[english..];
    let english_row = &english_row[..english_row.find("</button>").unwrap()];
    assert!(!english_row.contains("Draft"), "{english_row}");
    // A phone in a language we do not ship has no such section.
    let html = render("/l", &["de-DE"], None);
    assert!(!html.contains("Your phone’s language"), "{html}");
}

#[test]
fn the_process_lists_thirteen_steps_with_the_2026_note() {
    let html = render("/a", &["en-GB"], None);
    assert_eq!(html.matches(r#"class="step-link""#).count(), 13, "{html}");
    assert!(html.contains("The rules changed in 2026"), "{html}");
    assert!(
        html.contains(r#"href="/a/GwQU""#) && html.contains(r#"href="/g""#),
        "{html}"
    );
    let html = render("/a", &["ar-SA"], None);
    assert!(html.contains(r#"lang="ar" dir="rtl""#));
    assert_eq!(html.matches(r#"class="step-link""#).count(), 13);
}

fn check_step(device: &str, id: &str, texts: &[&str]) {
    let html = render(&Route::Step { id: id.into() }.to_string(), &[device], None);
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    for text in texts {
        assert!(
            plain.contains(text),
            "{id} in {device}: expected {text:?}\n{html}"
        );
    }
    // Every part, the sources, the review date, "I am here" and the questions are there.
    for class in [
        r#"class="part""#,
        r#"class="sources""#,
        r#"class="reviewed""#,
        r#"aria-pressed="false""#,
        r#"class="questions""#,
    ] {
        assert!(html.contains(class), "{id} in {device}: {class}\n{html}");
    }
    assert_eq!(html.matches(r#"class="part""#).count(), 5, "five parts");
}

#[test]
fn a_step_shows_every_part_its_sources_and_review_date() {
    check_step(
        "en-GB",
        "sef",
        &[
            "Step 7",
            "The Statement of Evidence Form (SEF)",
            "What happens",
            "Who will be there",
            "What you can ask for",
            "What comes next",
            "How long it can take",
            "within 60 working days",
            "Official source: Home Office, SEF completion instructions (6 Feb 2024)",
            "Other source (not official): Young Asylum Guide, Statement of Evidence Form",
            "Last checked on 1 December 2026.",
            "My questions for my lawyer or social worker",
            "Previous step",
            "Next step",
        ],
    );
    check_step("ar-SA", "sef", &["1 ديسمبر 2026", "(SEF)"]);
    check_step("en-GB", "arrival", &["Arriving in the UK", "Next step"]);
    let first = render("/a/CRMACxkUHg", &["en-GB"], None);
    assert!(
        !first.contains("Previous step"),
        "the first step has no previous step"
    );
    let last = render("/a/BhMf", &["en-GB"], None);
    assert!(
        !last.contains("Next step"),
        "the last step has no next step"
    );
}

#[test]
fn an_unknown_step_says_so_instead_of_a_blank_card() {
    let html = render("/a/Bg5fERoWGkUSBgcf", &["en-GB"], None);
    assert!(
        html.contains(r#"role="alert""#) && html.contains(r#"href="/a""#),
        "{html}"
    );
}

#[test]
fn home_shows_the_step_marked_i_am_here() {
    let html = render_with("/", &["en-GB"], None, |store| {
        store.set_current_step(Some("interview")).unwrap()
    })
    .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        html.contains("You are at: The main (“big”) interview"),
        "{html}"
    );
}

// ---------- "I want to come back" ----------

fn save_adult(store: &Store, name: &str, phone: &str, languages: &[&str], out_of_hours: bool) {
    use harbour::core::contacts::{ContactInput, Role};
    let input = ContactInput {
        name: name.into(),
        role: Role::SocialWorker,
        phone: phone.into(),
        hours: vec![],
        languages: languages.iter().map(|s| s.to_string()).collect(),
        out_of_hours,
    };
    store
        .save_contact(&input.check().expect("valid test adult"))
        .expect("saved");
}

/// The `href` of the first link starting with `scheme`.
fn first_link<'a>(html: &'a str, scheme: &str) -> &'a str {
    let start = html
        .find(&format!(r#"href="{scheme}"#))
        .unwrap_or_else(|| panic!("a {scheme} link\n{html}"))
        + 6;
    &html[start..start + html[start..].find('"').unwrap()]
}

#[test]
fn home_offers_coming_back_first_by_its_own_name() {
    let html = render("/", &["en-GB"], None);
    // One tap: the link is the text to the helpline itself while nobody is added.
    let link = r#"<a class="come-back-link" href="sms:116000?body=Hello.%20I%20want%20to%20come%20back.%20Can%20you%20help%20me%3F">I want to come back</a>"#;
    let at = html
        .find(link)
        .unwrap_or_else(|| panic!("the come-back link, named only by its words\n{html}"));
    assert!(
        at < html.find("/p").unwrap() && at < html.find("/n").unwrap(),
        "first on home"
    );
}

#[test]
fn with_nobody_added_the_message_goes_to_the_runaway_helpline() {
    let html = render("/c", &["en-GB"], None);
    assert!(
        html.contains("Going missing is not a crime. People want you to be safe and to come back."),
        "{html}"
    );
    assert!(
        html.contains(r#"Runaway Helpline — <bdi dir="ltr">116 000</bdi> — free, call or text"#),
        "{html}"
    );
    assert!(
        html.contains("You have not added a trusted adult yet"),
        "{html}"
    );
    assert_eq!(
        first_link(&html, "sms:"),
        "sms:116000?body=Hello.%20I%20want%20to%20come%20back.%20Can%20you%20help%20me%3F"
    );
    assert!(
        html.contains(r#"href="tel:116000""#) && html.contains(r#"href="tel:999""#),
        "{html}"
    );
}

#[test]
fn when_the_helpline_may_be_closed_the_screen_says_so_and_999_comes_first() {
    // The Runaway Helpline's hours are not confirmed, so the built-in pack does not say them.
    let html = render("/c", &["en-GB"], None);
    let main = html
        .split("<main>")
        .nth(1)
        .and_then(|m| m.split("</main>").next())
        .expect("main");
    assert_eq!(
        first_link(main, "tel:"),
        "tel:999",
        "999 before anything else\n{html}"
    );
    assert!(
        main.contains(">If you need help now, call 999</a>"),
        "{html}"
    );
    assert!(main.contains("The helpline may not answer now."), "{html}");
    assert_eq!(
        main.matches(r#"href="tel:999""#).count(),
        1,
        "999 once, first\n{html}"
    );
    // With an adult who can be reached now, none of that.
    let with_adult = render_with("/c", &["en-GB"], None, |store| {
        save_adult(store, "Sam", "07911 123456", &[], false);
    });
    assert!(
        !with_adult.contains("may not answer")
            && with_adult.contains(">If you are in danger, call 999</a>")
    );
}

#[test]
fn safe_but_not_ready_is_a_second_message_to_the_same_person_without_the_location() {
    let html = render_with("/c", &["en-GB"], None, |store| {
        save_adult(store, "Sam", "07911 123456", &[], false);
    });
    let safe = "sms:+447911123456?body=Hello%20Sam.%20I%20am%20safe%2C%20but%20I%20am%20not%20ready%20to%20come%20back%20yet.%20I%20want%20to%20stay%20in%20touch.";
    assert!(
        html.contains(&format!(r#"href="{safe}" class="#))
            || html.contains(&format!(r#"href="{safe}""#)),
        "{html}"
    );
    assert!(
        html.contains("I am safe, but not ready to come back"),
        "{html}"
    );
    assert!(
        html.contains("Your Messages app keeps a copy of what you send."),
        "the trace, said once\n{html}"
    );
}

#[test]
fn the_come_back_link_texts_the_adult_in_both_languages_signed() {
    let html = render_with("/c", &["ar-SA"], None, |store| {
        save_adult(store, "Sam", "07911 123456", &[], false);
        store.set_signature("Amir").unwrap();
    });
    let href = first_link(&html, "sms:");
    let english = "Hello%20Sam.%20I%20want%20to%20come%20back.%20Can%20you%20help%20me%3F%20From%20Amir.%0A%0A";
    assert!(
        href.starts_with(&format!("sms:+447911123456?body={english}")),
        "{href}"
    );
    assert!(
        href.contains("%D8"),
        "the Arabic follows, percent-encoded: {href}"
    );
    assert!(!href.contains(' '), "{href}");
    assert!(
        html.contains(r#"<bdi class="tel" dir="ltr">+44 7911 123456</bdi>"#),
        "number stays LTR\n{html}"
    );
    assert!(
        html.contains(r#"href="tel:+447911123456""#),
        "call instead\n{html}"
    );
}

#[test]
fn a_landline_is_called_not_texted() {
    let html = render_with("/c", &["en-GB"], None, |store| {
        save_adult(store, "Duty team", "0113 496 0000", &[], false);
    });
    assert!(
        !html.contains(r#"href="sms:"#),
        "no text link to a landline\n{html}"
    );
    assert!(html.contains(r#"href="tel:+441134960000""#), "{html}");
    assert!(
        html.contains("This number cannot get text messages."),
        "{html}"
    );
}

#[test]
fn adults_list_shows_each_adult_with_their_number_and_hours() {
    let html = render_with("/t", &["en-GB"], None, |store| {
        save_adult(store, "Sam", "07911 123456", &["ti"], false);
        save_adult(store, "Ade", "07400 123456", &[], true);
    });
    for text in [
        "Sam",
        "Social worker",
        "+44 7911 123456",
        "You can reach them at any time.",
        "Speaks: ",
        "ትግርኛ",
        "Out-of-hours contact",
        "Change ",
        "Remove ",
    ] {
        assert!(html.contains(text), "{text}\n{html}");
    }
    assert!(html.contains(r#"href="/t/new""#), "{html}");
}

#[test]
fn a_new_plan_shows_suggestions_in_the_persons_language() {
    let html = render("/p", &["en-GB"], None);
    for text in [
        "My safety plan",
        "When I feel like leaving",
        "If someone takes my phone",
        "Charge my phone before I go out.",
        "Suggestion: keep it, change it or delete it.",
    ] {
        assert!(html.contains(text), "{text}\n{html}");
    }
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        plain.contains(r#"aria-label="Delete “Charge my phone before I go out.”""#),
        "named buttons\n{html}"
    );
    let arabic = render("/p", &["ar-SA"], None);
    let l = Catalogue::embedded().localizer("ar");
    assert!(
        arabic.contains(&l.tr("plan-starter-if-missing-1")),
        "{arabic}"
    );
}

#[test]
fn the_cards_show_their_sources_and_dates() {
    let html = render("/w", &["en-GB"], None);
    assert!(
        html.contains(r#"within <bdi dir="ltr">72</bdi> hours"#)
            && html.contains("You can say no to the return interview."),
        "{html}"
    );
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("Last checked on 1 December 2026."), "{html}");
    let html = render("/s", &["en-GB"], None);
    assert!(
        html.contains("Someone is making me stay away") && html.contains(r#"href="sms:116000""#),
        "{html}"
    );
}

// ---------- addresses that are not screens, and screens that fail ----------

#[test]
fn an_address_harbour_does_not_have_keeps_the_frame_in_the_persons_language() {
    for path in ["/nope", "/t/abc", "/a/AQ8GBx0DGw0W/more"] {
        for (device, code, dir) in [("en-GB", "en", "ltr"), ("ar-SA", "ar", "rtl")] {
            let l = Catalogue::embedded().localizer(code);
            let html = render(path, &[device], None);
            let plain = html.replace(['\u{2068}', '\u{2069}'], "");
            assert!(
                html.contains(&format!(r#"lang="{code}" dir="{dir}""#)),
                "{path} in {code}\n{html}"
            );
            for words in [
                l.tr("error-not-found-title"),
                l.tr("error-not-found"),
                l.tr("quick-exit"),
                l.tr("error-go-home"),
            ] {
                assert!(
                    plain.contains(&words),
                    "{path} in {code}: {words:?}\n{html}"
                );
            }
            assert!(html.contains(r#"href="/""#), "{path}: the way home\n{html}");
            assert!(!html.contains("abc"), "the address is not repeated\n{html}");
        }
    }
}

#[derive(Props, Clone, PartialEq)]
struct GuardedProps {
    code: &'static str,
}

#[allow(non_snake_case)]
fn Breaks() -> Element {
    panic!("a screen that breaks while rendering")
}

#[allow(non_snake_case)]
fn GuardedScreen(props: GuardedProps) -> Element {
    use_context_provider(|| Signal::new(Rc::new(Catalogue::embedded().localizer(props.code))));
    rsx! { main { harbour::ui::Guarded { Breaks {} } } }
}

#[test]
fn a_screen_that_panics_is_replaced_by_a_message_in_the_persons_language() {
    for code in ["en", "ar"] {
        let l = Catalogue::embedded().localizer(code);
        let mut dom = VirtualDom::new_with_props(GuardedScreen, GuardedProps { code });
        dom.rebuild_in_place();
        // The boundary learns of the error during the first render and shows it in the next.
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
        let html = dioxus_ssr::render(&dom).replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            html.contains(&l.tr("error-generic-title")) && html.contains(&l.tr("error-generic")),
            "{code}\n{html}"
        );
        assert!(html.contains(r#"href="/""#), "{code}: the way home\n{html}");
    }
}

#[test]
fn every_screen_keeps_help_for_when_the_web_app_stops_but_not_in_discreet_mode() {
    let html = render("/p", &["ar-SA"], None);
    let l = Catalogue::embedded().localizer("ar");
    assert!(
        html.contains(r#"<div id="if-harbour-stops" hidden="#),
        "{html}"
    );
    assert!(
        html.replace(['\u{2068}', '\u{2069}'], "")
            .contains(&l.tr("error-stopped")),
        "{html}"
    );
    assert!(
        html.contains(r#"href="tel:999""#) && html.contains(r#"href="tel:116000""#),
        "{html}"
    );
    let discreet = render_with("/", &["en-GB"], None, |store| {
        store.set_discreet(true).unwrap()
    });
    assert!(!discreet.contains("if-harbour-stops"), "{discreet}");
}

// ---------- safe under someone else's eyes ----------

#[test]
fn every_screen_has_quick_exit() {
    for path in SCREENS {
        let html = render(path, &["en-GB"], None);
        assert!(
            html.contains(r#"<button class="leave-now" type="button">Quick exit</button>"#),
            "{path}\n{html}"
        );
    }
}

#[test]
fn with_a_code_set_only_the_lock_screen_shows() {
    let html = render_with("/p", &["en-GB"], None, |store| {
        store.set_pin("2468", "2468").unwrap()
    });
    assert!(html.contains("<h1>Enter your code</h1>"), "{html}");
    assert!(
        !html.contains("My safety plan") && !html.contains("come-back"),
        "nothing behind the lock\n{html}"
    );
    assert!(html.contains("Quick exit"), "{html}");
}

#[test]
fn discreet_mode_opens_on_a_neutral_screen_with_no_harbour_words() {
    let cover = render_with("/", &["en-GB"], None, |store| {
        store.set_discreet(true).unwrap()
    });
    let locked = render_with("/", &["en-GB"], None, |store| {
        store.set_discreet(true).unwrap();
        store.set_pin("2468", "2468").unwrap();
    });
    for html in [&cover, &locked] {
        for word in [
            "Harbour",
            "help",
            "Help",
            "safe",
            "Safe",
            "asylum",
            "come back",
            "Quick exit",
        ] {
            assert!(
                !html.contains(word),
                "{word:?} on the first screen in discreet mode\n{html}"
            );
        }
        assert!(
            html.contains("Calculator") && html.contains(">Close</button>"),
            "{html}"
        );
    }
    assert!(cover.contains("<h1>Calculator</h1>"), "{cover}");
}

#[test]
fn what_harbour_keeps_is_listed_with_counts() {
    let html = render_with("/v", &["en-GB"], None, |store| {
        save_adult(store, "Sam", "07911 123456", &[], false)
    });
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("Trusted adults: 1"), "{html}");
    assert!(
        plain.contains("Questions for your lawyer or social worker: 0"),
        "{html}"
    );
    assert!(html.contains("None of this is sent anywhere."), "{html}");
    assert!(
        html.contains("If you forget the code, the only way back in is to delete everything"),
        "{html}"
    );
}

/// A pack in the store with one place whose description is markup, signed with the development
/// key the app trusts.
fn store_with_place(store: &Store, description: &str) {
    store_with_pack(store, description, &[]);
}

/// The same pack, offering recordings.
fn store_with_pack(
    store: &Store,
    description: &str,
    audio: &[harbour::core::content::audio::AudioOffer],
) {
    use harbour::core::content::pack::{seal, PackSource, SecretKey};
    use harbour::core::content::{sources, PackInfo};
    use harbour::core::places::{oruk, Place};
    let mut places: Vec<Place> = oruk::read(include_str!("../assets/content/example-places.json"))
        .unwrap()
        .places;
    places.truncate(1);
    places[0].description = description.into();
    places[0].phones = vec!["+441174960001".into()];
    let info = PackInfo {
        version: 99,
        area: "bristol".into(),
        created_at: "2026-11-20T09:00:00Z".parse().unwrap(),
        example: false,
    };
    let source = PackSource {
        info,
        places: &places,
        numbers: sources::NUMBERS,
        process: sources::PROCESS,
        safety: sources::SAFETY,
        organisations: &[],
        audio,
    };
    let key = SecretKey::from_text(include_str!("fixtures/pack-dev.key")).unwrap();
    let bytes = seal(&source, &key).unwrap();
    store
        .keep_pack(&harbour::core::store::StoredPack {
            bytes,
            etag: None,
            updated_at: "2026-11-21T08:00:00Z".parse().unwrap(),
        })
        .unwrap();
}

/// A place's page: one tap to call in E.164, directions as an https map link, markup in a
/// description shown as text, and a downloaded (not example) pack neither labelled example nor
/// dated as the built-in one.
#[test]
fn a_place_page_calls_in_e164_links_directions_and_shows_markup_as_text() {
    let html = render_with("/d/example-1@loc-1", &["en-GB"], None, |store| {
        store_with_place(store, "<script>alert(1)</script><b>Come in</b>")
    });
    assert!(html.contains(r#"href="tel:+441174960001""#), "{html}");
    assert!(
        html.contains(
            r#"href="https://www.google.com/maps/dir/?api=1&#38;destination=51.454500,-2.587900""#
        ),
        "{html}"
    );
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;&#60;b&#62;Come in&#60;/b&#62;"),
        "{html}"
    );
    assert!(
        !html.contains("<script>") && !html.contains("<b>"),
        "{html}"
    );
    let list = render_with("/d", &["en-GB"], None, |store| store_with_place(store, "x"));
    let plain = list.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        // The day the publisher made the pack (20th), not the day it came (21st).
        plain.contains("Places and help numbers from 20 November 2026"),
        "{list}"
    );
    assert!(!plain.contains("Example places"), "{list}");
    let built_in = render("/d", &["en-GB"], None).replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        built_in.contains("Example places: these are not real places yet."),
        "{built_in}"
    );
    assert!(built_in.contains("Places found: 8"), "{built_in}");
}

#[test]
fn home_texts_the_adult_who_can_be_reached_now_in_one_tap_and_a_landline_is_called() {
    let html = render_with("/", &["en-GB"], None, |store| {
        save_adult(store, "Sam", "07911 123456", &[], false);
        store.set_signature("Amir").unwrap();
    });
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        html.contains(r#"<a class="come-back-link" href="sms:+447911123456?body=Hello%20Sam.%20I%20want%20to%20come%20back.%20Can%20you%20help%20me%3F%20From%20Amir.">I want to come back</a>"#),
        "{html}"
    );
    assert!(
        plain.contains(r#"<p class="come-back-hint">Sam — your social worker — at any time</p>"#),
        "{html}"
    );
    assert!(
        !html.contains("may not answer"),
        "an adult, not the helpline\n{html}"
    );
    let landline = render_with("/", &["en-GB"], None, |store| {
        save_adult(store, "Duty team", "0113 496 0000", &[], false);
    });
    assert!(
        landline.contains(
            r#"<a class="come-back-link" href="tel:+441134960000">I want to come back</a>"#
        ),
        "{landline}"
    );
}

#[test]
fn the_lock_screen_still_offers_999() {
    let html = render_with("/", &["en-GB"], None, |store| {
        store.set_pin("2468", "2468").unwrap()
    });
    assert!(
        html.contains(r#"<a class="action danger" href="tel:999">In danger? Call 999</a>"#),
        "{html}"
    );
}

#[test]
fn phone_numbers_inside_arabic_text_stay_left_to_right() {
    // "116 000" in a right-to-left sentence would otherwise be laid out "000 116".
    let html = render("/s", &["ar-SA"], None);
    assert!(html.contains(r#"<bdi dir="ltr">116 000</bdi>"#), "{html}");
    let placement = render("/x/GA0TAQoYFwYV", &["fa-IR"], None);
    assert!(
        placement.contains(r#"<bdi dir="ltr">0808 800 5792</bdi>"#),
        "{placement}"
    );
    assert!(
        placement.contains(r#"href="tel:08088005792""#),
        "the card's own numbers\n{placement}"
    );
    let who = render("/c", &["ar-SA"], None);
    assert!(who.contains(r#"<bdi dir="ltr">116 000</bdi>"#), "{who}");
}

#[test]
fn a_card_that_is_not_in_the_pack_is_not_found_in_the_frame() {
    let html = render("/x/Bg4CBw", &["en-GB"], None);
    assert!(
        html.contains("This page is not in Harbour") && html.contains("Quick exit"),
        "{html}"
    );
}

#[test]
fn the_age_steps_link_to_the_card_on_challenging_an_age_decision() {
    let html = render("/a/CQYXTw4GAQ0SAQ8KGwY", &["en-GB"], None);
    assert!(
        html.contains(r#"href="/x/CQYX""#) && html.contains("If they say you are an adult"),
        "{html}"
    );
}

/// Whoever reads the browser's history learns nothing of what was on screen: every address is
/// a letter, a step's or card's ID is veiled (and read back), and a setup link opens the setup
/// screen.
#[test]
fn addresses_say_nothing_about_the_screen() {
    let routes = [
        Route::Home {},
        Route::ComeBack {},
        Route::Adults {},
        Route::AdultNew {},
        Route::AdultEdit { id: 7 },
        Route::Plan {},
        Route::WhenBack {},
        Route::StayingSafe {},
        Route::Process {},
        Route::Step {
            id: "interview".into(),
        },
        Route::Glossary {},
        Route::Numbers {},
        Route::Places {},
        Route::Language {},
        Route::Privacy {},
        Route::About {},
        Route::SetupImport {},
        Route::KeyWorker {},
        Route::CardPage {
            id: "placement".into(),
        },
        Route::CardPage {
            id: "missing".into(),
        },
    ];
    let words = [
        "come",
        "back",
        "safe",
        "plan",
        "adult",
        "process",
        "interview",
        "card",
        "place",
        "missing",
        "setup",
        "worker",
        "number",
        "word",
        "privacy",
        "language",
        "about",
        "help",
    ];
    for route in &routes {
        let address = route.to_string();
        for word in words {
            assert!(
                !address.to_lowercase().contains(word),
                "{address} says {word}"
            );
        }
        let back: Route = address
            .parse()
            .unwrap_or_else(|_| panic!("{address} reads back"));
        assert_eq!(&back, route, "{address}");
    }
    assert_eq!(Route::SetupImport {}.to_string(), SETUP_PATH);
    assert_eq!("AQ8GBx0DGw0W".parse(), Ok(Veiled("interview".into())));
    assert!("%%%".parse::<Veiled>().is_err());
}

/// Security review L4: a downloaded pack that crashes the app at start cannot stop it opening.
/// After a start that stopped before its first screen, the downloaded pack is forgotten and
/// the built-in one used; after a good start, the downloaded one is kept.
#[test]
fn after_a_start_that_stopped_the_downloaded_pack_is_forgotten() {
    for (after_failed_start, kept) in [(false, true), (true, false)] {
        let store = Store::in_memory().unwrap();
        store_with_place(&store, "Come in");
        let opened = Opened {
            store,
            problem: None,
            persistent: true,
        };
        let root = RootProps::new(
            opened,
            vec!["en-GB".into()],
            Catalogue::embedded(),
            after_failed_start,
            Ok(trusted()),
        );
        let in_use = root.state.content.pack.as_ref().as_ref().expect("a pack");
        assert_eq!(in_use.info.version == 99, kept, "{after_failed_start}");
        assert_eq!(
            root.store.stored_pack().unwrap().is_some(),
            kept,
            "{after_failed_start}"
        );
    }
}

/// The prerendered first response of `page` in `code` (what `harbour-prerender` writes).
fn first_response(code: &'static str, page: harbour::ui::FirstPage) -> String {
    let props = harbour::ui::FirstResponseProps { locale: code, page };
    let mut dom = VirtualDom::new_with_props(harbour::ui::FirstResponse, props);
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

/// Every `tel:` and `sms:` link target, in order.
fn phone_links(html: &str) -> Vec<&str> {
    html.split(r#"href=""#)
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| h.starts_with("tel:") || h.starts_with("sms:"))
        .collect()
}

#[test]
fn the_first_response_is_999_and_the_numbers_in_every_locale() {
    use harbour::ui::FirstPage;
    let app_numbers = render("/n", &["en-GB"], None);
    let app_numbers = screen_only(&app_numbers);
    for locale in Catalogue::embedded().locales() {
        let l = Catalogue::embedded().localizer(locale.code);
        let root = format!(r#"lang="{}" dir="{}""#, locale.code, locale.dir.as_str());
        let home = first_response(locale.code, FirstPage::Home);
        let plain = home.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            home.contains(&root),
            "{}: lang and dir\n{home}",
            locale.code
        );
        assert_eq!(phone_links(&home), ["tel:999"], "{}: 999 only", locale.code);
        assert!(
            home.contains(r#"<bdi dir="ltr">999</bdi>"#),
            "{}: 999 reads left to right\n{home}",
            locale.code
        );
        assert!(
            plain.contains(&format!(r#"href="/n">{}</a>"#, l.tr("home-numbers"))),
            "{}: the way to the numbers\n{home}",
            locale.code
        );
        let numbers = first_response(locale.code, FirstPage::Numbers);
        assert!(numbers.contains(&root), "{}\n{numbers}", locale.code);
        assert_eq!(
            phone_links(&numbers),
            phone_links(app_numbers),
            "{}: the app's numbers, every one",
            locale.code
        );
        for html in [&home, &numbers] {
            for id in english_ids() {
                assert!(!html.contains(&id), "{}: raw message ID {id}", locale.code);
            }
        }
    }
}

/// "Larger text and high contrast" (issue 19) is the store's, read before anything is drawn, so
/// every screen (and the lock screen) has it from the first frame.
#[test]
fn larger_text_applies_to_every_screen_from_the_first_frame() {
    for path in SCREENS {
        let html = render_with(path, &["ar-SA"], None, |s| s.set_large_text(true).unwrap());
        assert!(
            html.contains(r#"<div class="app large" lang="ar" dir="rtl">"#),
            "{path}"
        );
        let html = render(path, &["ar-SA"], None);
        assert!(
            html.contains(r#"<div class="app" lang="ar" dir="rtl">"#),
            "{path}"
        );
    }
    let html = render_with("/l", &["en-GB"], None, |s| s.set_large_text(true).unwrap());
    assert!(html.contains("Larger text and high contrast"), "{html}");
    assert!(html.contains(r#"type="checkbox" checked"#), "{html}");
}

/// The come-back screen says the helpline's number once: its line already has it (the
/// separate number line is for a trusted adult, whose line does not).
#[test]
fn the_helplines_number_is_shown_once_on_the_come_back_screen() {
    let html = render("/c", &["en-GB"], None);
    let reach = &html[html.find("class=\"reach\"").unwrap()..];
    let reach = &reach[..reach.find("</section>").unwrap()];
    assert_eq!(reach.matches("116 000").count(), 1, "{reach}");
    let html = render_with("/c", &["en-GB"], None, |s| {
        save_adult(s, "Sam", "07911 123456", &[], false)
    });
    assert!(html.contains(r#"<p class="reach-number">"#), "{html}");
}

/// Recordings offered in the pack in use: the language screen offers the language in use's with
/// their size before anything is downloaded, and the picker says which languages have them, in
/// their own words and in English; a language without says so.
#[test]
fn the_language_screen_offers_recordings_with_their_size_and_the_picker_lists_them() {
    use harbour::core::content::audio::{AudioOffer, Speaker};
    let offer = |locale: &str, speaker| AudioOffer {
        locale: locale.into(),
        bytes: 4_150_000,
        millis: 1_200_000,
        speaker,
    };
    let offers = [offer("en", Speaker::People), offer("fr", Speaker::Machine)];
    let html = render_with("/l", &["en-GB"], None, |store| {
        store_with_pack(store, "x", &offers)
    });
    let plain = html.replace(['\u{2068}', '\u{2069}'], "");
    for text in [
        "Recordings",
        "Download the recordings in English — 4.2 MB",
        "Recordings made by people: 4.2 MB",
        "Enregistrements d’essai faits par une voix d’ordinateur : 4,2 Mo",
        "Test recordings made by a computer voice: 4.2 MB",
    ] {
        assert!(plain.contains(text), "{text} in {plain}");
    }
    let none = render_with("/l", &["fr-FR"], None, |store| {
        store_with_pack(store, "x", &offers[..1])
    });
    assert!(
        none.replace(['\u{2068}', '\u{2069}'], "")
            .contains("Il n’y a pas encore d’enregistrements pour cette langue (Français)."),
        "{none}"
    );
}
