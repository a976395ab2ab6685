//! `harbour-i18n`: the translators' and maintainers' tool for the review of each message
//! (`core::i18n::review`). Its report is in English, for the people who maintain Harbour and the
//! translators who check it; nothing here is shown to a young person.
//!
//! ```text
//! harbour-i18n status [--locales <dir>]            where each locale stands, area by area; stale IDs
//! harbour-i18n sync [--locales <dir>]              a review.tsv line for every English message
//! harbour-i18n drafted <id>... [--locale <code>] [--locales <dir>]
//!                                                  translations re-drafted from today's English
//! harbour-i18n screens                             the screens the review sheet shows (JSON lines)
//! harbour-i18n sheet <code> --out <file> [--screens <dir>] [--locales <dir>]
//! harbour-i18n apply <review.json> [--locales <dir>]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

use harbour::core::i18n::corrections::{self, Locale};
use harbour::core::i18n::review::{self, Entry, RECORD_FILE};
use harbour::core::i18n::sheet::{self, Screen};
use harbour::core::i18n::termbase::{self, TERMS_FILE};
use harbour::core::i18n::{Catalogue, SOURCE_LOCALE};
use harbour::ui::{Route, Veiled};

/// Prints a line; a reader that went away (`| head`) does not stop the work half done.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let locales =
        option(&args, "--locales").map_or_else(|| PathBuf::from("locales"), PathBuf::from);
    let result = match args.first().map(String::as_str) {
        Some("status") => status(&locales),
        Some("sync") => sync(&locales),
        Some("drafted") => drafted(&locales, &args[1..]),
        Some("screens") => {
            for (file, route, _) in screens() {
                say!(r#"{{"file": "{file}.jpg", "path": "{route}"}}"#);
            }
            Ok(())
        }
        Some("sheet") => match (args.get(1), option(&args, "--out")) {
            (Some(code), Some(out)) => write_sheet(
                &locales,
                code,
                Path::new(out),
                option(&args, "--screens").map(Path::new),
            ),
            _ => Err(usage()),
        },
        Some("apply") => match args.get(1) {
            Some(file) => apply(&locales, Path::new(file)),
            None => Err(usage()),
        },
        _ => Err(usage()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("harbour-i18n: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    "usage: harbour-i18n status|sync|drafted <id>... [--locale <code>]|screens|sheet <code> --out <file> [--screens <dir>]|apply <review.json> [--locales <dir>]".into()
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// The translated locales under `dir`, by code.
fn translated(dir: &Path) -> Result<Vec<String>, String> {
    review::translated_locales(dir, SOURCE_LOCALE).map_err(|e| format!("{}: {e}", dir.display()))
}

/// Rewrites the review record of each translated locale (or only `only`) with `change`, which
/// says what it did.
fn rewrite_records(
    locales: &Path,
    only: Option<&str>,
    change: impl Fn(&[review::Record]) -> (Vec<review::Record>, String),
) -> Result<(), String> {
    for code in translated(locales)?
        .into_iter()
        .filter(|c| only.is_none_or(|o| o == c))
    {
        let dir = locales.join(&code);
        let (records, said) = change(&records(&dir)?);
        fs::write(dir.join(RECORD_FILE), review::write_record(&records))
            .map_err(|e| format!("{code}: {e}"))?;
        say!("{code}: {said}");
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    review::locale_files(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

/// English's files (name, text) and messages.
type English = (Vec<(String, String)>, Vec<review::Sourced>);

fn english(locales: &Path) -> Result<English, String> {
    let files = files(&locales.join(SOURCE_LOCALE))?;
    let messages = review::english_messages(files.iter().map(|(n, s)| (n.as_str(), s.as_str())));
    Ok((files, messages))
}

fn records(dir: &Path) -> Result<Vec<review::Record>, String> {
    let path = dir.join(RECORD_FILE);
    let text = if path.exists() {
        read(&path)?
    } else {
        String::new()
    };
    review::read_record(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn status(locales: &Path) -> Result<(), String> {
    let (_, english) = english(locales)?;
    for code in translated(locales)? {
        let records = records(&locales.join(&code))?;
        let tallies = review::tally(&english, &records);
        let sum = |f: fn(&review::Tally) -> usize| tallies.iter().map(f).sum::<usize>();
        say!(
            "{code}: {} checked, {} stale, {} drafts of {}",
            sum(|t| t.checked),
            sum(|t| t.stale),
            sum(|t| t.draft),
            sum(review::Tally::total)
        );
        for t in &tallies {
            say!(
                "  {}: {} checked, {} stale, {} drafts",
                t.area,
                t.checked,
                t.stale,
                t.draft
            );
        }
        let stale: Vec<&str> = english
            .iter()
            .filter(|(_, e, print)| {
                review::state(records.iter().find(|r| r.id == e.id), print) == review::State::Stale
            })
            .map(|(_, e, _)| e.id.as_str())
            .collect();
        if !stale.is_empty() {
            say!("  stale: {}", stale.join(" "));
        }
    }
    Ok(())
}

fn sync(locales: &Path) -> Result<(), String> {
    let (_, english) = english(locales)?;
    rewrite_records(locales, None, |records| {
        let (records, added, dropped) = review::sync(&english, records);
        let said = format!("{} added as drafts, {} dropped", added.len(), dropped.len());
        (records, said)
    })
}

/// Marks the translations of the IDs given (in one locale, or all) as drafts of today's English:
/// after a stale message has been re-drafted.
fn drafted(locales: &Path, args: &[String]) -> Result<(), String> {
    let (_, english) = english(locales)?;
    let only = option(args, "--locale");
    let mut ids: Vec<&str> = Vec::new();
    let mut skip = false;
    for arg in args {
        if skip {
            skip = false;
        } else if arg.starts_with("--") {
            skip = true;
        } else {
            ids.push(arg);
        }
    }
    if ids.is_empty() {
        return Err(usage());
    }
    rewrite_records(locales, only, |records| {
        let mut records = records.to_vec();
        let changed = review::redrafted(&english, &mut records, &ids);
        (
            records,
            format!("{changed} marked as drafts of today's English"),
        )
    })
}

/// The screens the review sheet shows: a file name for the screenshot, the address, and the
/// English title message. The step and the card are one of each kind.
fn screens() -> Vec<(&'static str, Route, &'static str)> {
    vec![
        ("home", Route::Home {}, "home-title"),
        ("come_back", Route::ComeBack {}, "comeback-title"),
        ("adults", Route::Adults {}, "adults-title"),
        ("adult_new", Route::AdultNew {}, "adult-new-title"),
        ("plan", Route::Plan {}, "plan-title"),
        ("when_back", Route::WhenBack {}, "card-return-title"),
        ("staying_safe", Route::StayingSafe {}, "card-safe-title"),
        (
            "card",
            Route::CardPage {
                id: Veiled::from("placement"),
            },
            "card-placement-title",
        ),
        ("process", Route::Process {}, "process-title"),
        (
            "step",
            Route::Step {
                id: Veiled::from("sef"),
            },
            "process-sef-title",
        ),
        ("glossary", Route::Glossary {}, "process-glossary"),
        ("numbers", Route::Numbers {}, "numbers-title"),
        ("places", Route::Places {}, "places-title"),
        ("language", Route::Language {}, "language-title"),
        ("privacy", Route::Privacy {}, "privacy-title"),
        ("about", Route::About {}, "about-title"),
        ("setup_import", Route::SetupImport {}, "import-title"),
        ("key_worker", Route::KeyWorker {}, "kw-title"),
    ]
}

fn write_sheet(locales: &Path, code: &str, out: &Path, shots: Option<&Path>) -> Result<(), String> {
    let catalogue = Catalogue::embedded();
    let info = catalogue
        .get(code)
        .filter(|l| l.code != SOURCE_LOCALE)
        .ok_or_else(|| format!("{code} is not a translated locale of this build"))?;
    let (english_files, english) = english(locales)?;
    let dir = locales.join(code);
    let translated: Vec<Entry> = files(&dir)?
        .iter()
        .flat_map(|(_, text)| review::entries(text))
        .collect();
    let english_terms =
        termbase::read_terms(&read(&locales.join(SOURCE_LOCALE).join(TERMS_FILE))?, true)
            .map_err(|e| format!("en/{TERMS_FILE}: {e}"))?;
    let terms_path = dir.join(TERMS_FILE);
    let terms = if terms_path.exists() {
        termbase::read_terms(&read(&terms_path)?, false)
            .map_err(|e| format!("{code}/{TERMS_FILE}: {e}"))?
    } else {
        Vec::new()
    };
    let english_localizer = catalogue.localizer(SOURCE_LOCALE);
    let screens: Vec<Screen> = screens()
        .into_iter()
        .map(|(file, route, title)| Screen {
            title: english_localizer.tr(title),
            path: route.to_string(),
            home_area: english
                .iter()
                .find(|(_, e, _)| e.id == title)
                .map(|(area, _, _)| area.clone())
                .unwrap_or_default(),
            jpeg: shots.and_then(|d| fs::read(d.join(format!("{file}.jpg"))).ok()),
        })
        .collect();
    let html = sheet::render(&sheet::Sheet {
        code: info.code,
        name: &info.name,
        english_name: &info.english_name,
        dir: info.dir.as_str(),
        english_files: &english_files,
        translated: &translated,
        records: &records(&dir)?,
        english_terms: &english_terms,
        terms: &terms,
        screens: &screens,
        today: &chrono::Utc::now().format("%Y-%m-%d").to_string(),
    });
    fs::write(out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    say!(
        "{}: {} screenshots of {} screens",
        out.display(),
        screens.iter().filter(|s| s.jpeg.is_some()).count(),
        screens.len()
    );
    Ok(())
}

fn apply(locales: &Path, file: &Path) -> Result<(), String> {
    let review = corrections::read(&read(file)?).map_err(|e| e.to_string())?;
    if review.locale == SOURCE_LOCALE || review.locale.contains(['/', '\\', '.']) {
        return Err(format!("{} is not a translated locale", review.locale));
    }
    let (_, english) = english(locales)?;
    let dir = locales.join(&review.locale);
    let mut locale = Locale {
        files: files(&dir)?,
        records: records(&dir)?,
    };
    let before = locale.files.clone();
    let outcome = corrections::apply(&english, &mut locale, &review);
    for ((name, text), (_, old)) in locale.files.iter().zip(&before) {
        if text != old {
            fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    fs::write(dir.join(RECORD_FILE), review::write_record(&locale.records))
        .map_err(|e| format!("{RECORD_FILE}: {e}"))?;
    say!(
        "{}: {} accepted, {} corrected, {} refused",
        review.locale,
        outcome.accepted.len(),
        outcome.corrected.len(),
        outcome.refused.len()
    );
    for (id, why) in &outcome.refused {
        say!("  refused {id}: {why}");
    }
    if outcome.refused.is_empty() {
        Ok(())
    } else {
        Err("some corrections were refused and left as they were (above)".into())
    }
}
