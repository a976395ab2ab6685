//! Embeds every locale folder under `locales/` so the app works offline from the first launch
//! and adding a locale is adding a folder (see `locales/README.md`), not editing Rust code.
//!
//! The web build embeds English whole but of the other locales only what the language picker
//! shows of each before its words are read (`PICKER`): the rest of each is a file of its own
//! (`dist/web/locales/<code>.ftl`, kept for offline use by the service worker once chosen) read
//! before the first screen and when the locale is chosen, so the first load does not carry
//! thirteen languages nobody on this phone reads.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "src/core/content/release_key.rs"]
mod release_key;

#[path = "src/core/i18n/review.rs"]
#[allow(dead_code)]
mod review;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=assets/content/pack-key.txt");
    println!("cargo:rerun-if-env-changed=HARBOUR_ALLOW_DEV_KEY");
    let trusted = fs::read_to_string("assets/content/pack-key.txt").unwrap_or_default();
    let release = env::var("PROFILE").is_ok_and(|p| p == "release");
    let allowed = env::var("HARBOUR_ALLOW_DEV_KEY").is_ok_and(|v| v == "1");
    if let Err(problem) = release_key::check_trusted_key(&trusted, release, allowed) {
        panic!("{problem}");
    }
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("locales");
    let mut locales: Vec<_> = fs::read_dir(&root)
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let web = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let english = english_messages(&root.join("en"));

    let mut out = String::from("pub(crate) static EMBEDDED: &[EmbeddedLocale] = &[\n");
    for entry in locales {
        let dir = entry.path();
        let code = entry.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(&dir)
            .expect("locale folder is readable")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .filter(|p| !web || code == "en" || p.file_name().is_some_and(|n| n == "app.ftl"))
            .collect();
        files.sort();
        let partial = web && code != "en";
        // A folder without metadata is still listed (with empty metadata) so the locale test
        // names it, instead of the build failing.
        let meta = dir.join("locale.json");
        let meta = if meta.is_file() {
            format!("include_str!({meta:?})")
        } else {
            "\"\"".into()
        };
        writeln!(
            out,
            "    EmbeddedLocale {{ code: {code:?}, meta: {meta}, reviewed: {}, files: &[",
            reviewed(&code, &dir, &english)
        )
        .ok();
        for f in files {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if partial {
                let text = fs::read_to_string(&f).expect("a locale file is readable");
                writeln!(out, "        ({name:?}, {:?}),", only(&text, PICKER)).ok();
            } else {
                writeln!(out, "        ({name:?}, include_str!({f:?})),").ok();
            }
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every English message with its area and fingerprint (`review::english_messages`).
fn english_messages(dir: &Path) -> Vec<(String, review::Entry, String)> {
    let files = review::locale_files(dir).unwrap_or_default();
    review::english_messages(files.iter().map(|(n, s)| (n.as_str(), s.as_str())))
}

/// How much of a locale translators have checked, as Rust (`catalogue::Reviewed`): per area,
/// the messages checked against the English as it is now and the total, and who checked them.
/// English, the source, counts as checked. A record that cannot be read counts nothing as
/// checked (the review test names the line).
fn reviewed(code: &str, dir: &Path, english: &[(String, review::Entry, String)]) -> String {
    let text = fs::read_to_string(dir.join(review::RECORD_FILE)).unwrap_or_default();
    let records = review::read_record(&text).unwrap_or_default();
    let mut areas = String::new();
    for t in review::tally(english, &records) {
        let checked = if code == "en" { t.total() } else { t.checked };
        write!(areas, "({:?}, {checked}, {}), ", t.area, t.total()).ok();
    }
    let mut checkers: Vec<&str> = records
        .iter()
        .filter_map(|r| r.checked.as_ref().map(|(by, _)| by.as_str()))
        .collect();
    checkers.sort();
    checkers.dedup();
    format!("Reviewed {{ areas: &[{areas}], checkers: &{checkers:?} }}")
}

/// What the language picker shows of every locale in that locale's own words, before any of
/// its other words have been read (`src/ui/screens/language.rs`).
const PICKER: &[&str] = &[
    "language-status-draft",
    "language-status-checked",
    "language-status-partly",
];

/// The messages `ids` of a Fluent file, each with its attributes and continuation lines.
fn only(ftl: &str, ids: &[&str]) -> String {
    let mut kept = String::new();
    let mut keeping = false;
    for line in ftl.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| !c.is_whitespace());
        if starts_entry {
            let id = line.split('=').next().unwrap_or_default().trim();
            keeping = ids.contains(&id);
        }
        if keeping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}
