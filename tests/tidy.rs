//! The rules between Harbour's parts that a search of the source can check (ARCHITECTURE.md's
//! invariants): they held only by care before, and care drifts.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, found: &mut Vec<(PathBuf, String)>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap_or_default();
                found.push((path, text));
            }
        }
    }
    let mut found = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut found);
    assert!(!found.is_empty(), "{dir}: the source files are there");
    found
}

/// The path from the crate root, with `/` separators.
fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Lines that are code, not comments (a rule quoted in a doc comment is not a breach of it).
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

#[test]
fn core_never_imports_dioxus() {
    for (path, text) in sources("src/core") {
        let found = code_lines(&text).find(|l| l.contains("dioxus"));
        assert!(
            found.is_none(),
            "{} uses dioxus: {found:?}",
            relative(&path)
        );
    }
}

#[test]
fn core_never_reaches_into_ui_or_platform() {
    for (path, text) in sources("src/core") {
        let found =
            code_lines(&text).find(|l| l.contains("crate::ui") || l.contains("crate::platform"));
        assert!(
            found.is_none(),
            "{} reaches out of core: {found:?}",
            relative(&path)
        );
    }
}

#[test]
fn ui_never_talks_to_sqlite_or_the_network() {
    for (path, text) in sources("src/ui") {
        let found = code_lines(&text).find(|l| {
            ["rusqlite", "reqwest", "web_sys", "wasm_bindgen"]
                .iter()
                .any(|w| l.contains(w))
        });
        assert!(
            found.is_none(),
            "{} does what platform or core should: {found:?}",
            relative(&path)
        );
    }
}

/// Where a build-target branch may be, and why. Everywhere else the same code runs on every
/// target, which is what makes the web build's tests prove the others.
const TARGET_BRANCHES: &[(&str, &str)] = &[
    ("src/platform/", "the per-target glue itself"),
    ("src/bin/harbour-phone.rs", "a lazily loaded web module"),
    ("src/bin/harbour-qr.rs", "a lazily loaded web module"),
    (
        "src/core/contacts/phone.rs",
        "the phone rules live in the phone module on the web",
    ),
    (
        "src/core/contacts/contact.rs",
        "checking a number needs the phone rules",
    ),
    (
        "src/core/contacts/mod.rs",
        "re-exports the phone rules where they are linked",
    ),
    (
        "src/core/setup/mod.rs",
        "QR drawing and scanning live in the QR module on the web",
    ),
    (
        "src/core/places/mod.rs",
        "reading and merging ORUK feeds is the publisher's, native only",
    ),
    (
        "src/core/sync.rs",
        "reqwest is native only; the web fetches through the browser",
    ),
    (
        "src/core/i18n/catalogue.rs",
        "the web build embeds English whole and only app.ftl of the rest",
    ),
];

#[test]
fn target_branches_only_where_architecture_allows_them() {
    for dir in ["src/core", "src/ui", "src/platform", "src/bin"] {
        for (path, text) in sources(dir) {
            let name = relative(&path);
            let allowed = TARGET_BRANCHES
                .iter()
                .any(|(prefix, _)| name.starts_with(prefix));
            let branches =
                code_lines(&text).any(|l| l.contains("target_arch") || l.contains("target_os"));
            assert!(
                allowed || !branches,
                "{name} branches on the build target; see ARCHITECTURE.md"
            );
        }
    }
}

#[test]
fn no_raw_html_from_content() {
    for (path, text) in sources("src/ui") {
        assert!(
            !text.contains("dangerous_inner_html"),
            "{} renders raw HTML",
            relative(&path)
        );
    }
}
