//! `harbour-prerender`: writes the first response of Harbour's addresses as plain HTML, from the
//! app's own components (`ui::FirstResponse`, rendered with dioxus-ssr), for every locale. It
//! runs at build time (`scripts/build-web.sh`); nothing here runs on a phone.
//!
//! ```text
//! harbour-prerender <index.html template> <out dir>
//! ```
//!
//! It writes, into the out dir:
//! - `index.html` and `numbers.html`: English, what the server sends on a first visit (the help
//!   numbers' address `/n` gets `numbers.html`, every other address `index.html`);
//! - `first/<code>.html` and `first/<code>-numbers.html` for every other locale, which the
//!   service worker sends once the app has told it the young person's language;
//! - `first/discreet.html`: the template with no help in it, for discreet mode, whose first
//!   response must not say what the app is.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dioxus::prelude::VirtualDom;
use harbour::core::content::Pack;
use harbour::core::i18n::{Catalogue, SOURCE_LOCALE};
use harbour::ui::{FirstPage, FirstResponse, FirstResponseProps};

/// Where the template takes the rendered help (after the app's `#main`).
const MARK: &str = "<!-- first-response -->";
/// The template's root element, given each locale's language and direction.
const ROOT: &str = r#"<html lang="en" dir="ltr">"#;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [template, out] = args.as_slice() else {
        eprintln!("usage: harbour-prerender <index.html template> <out dir>");
        return ExitCode::from(2);
    };
    match prerender(Path::new(template), Path::new(out)) {
        Ok(written) => {
            println!("prerendered {written} pages into {out}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("harbour-prerender: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(template: &Path, out: &Path) -> Result<usize, String> {
    let template = fs::read_to_string(template)
        .map_err(|e| format!("cannot read {}: {e}", template.display()))?;
    if template.matches(MARK).count() != 1 || template.matches(ROOT).count() != 1 {
        return Err(format!(
            "the template needs `{MARK}` and `{ROOT}` once each"
        ));
    }
    // The numbers page would say the pack is broken: better no build than that.
    Pack::embedded().map_err(|e| format!("the built-in content pack does not open: {e:?}"))?;
    let first = out.join("first");
    fs::create_dir_all(&first).map_err(|e| format!("cannot make {}: {e}", first.display()))?;
    write(&first.join("discreet.html"), &template.replace(MARK, ""))?;
    let mut written = 1;
    let catalogue = Catalogue::embedded();
    for locale in catalogue.locales() {
        let dir = catalogue.localizer(locale.code).dir();
        let root = format!(r#"<html lang="{}" dir="{dir}">"#, locale.code);
        for page in FirstPage::ALL {
            let body = format!(
                r#"<div id="first-response">{}</div>"#,
                render(locale.code, page)
            );
            let html = template.replace(ROOT, &root).replace(MARK, &body);
            write(&page_path(out, locale.code, page), &html)?;
            written += 1;
        }
    }
    Ok(written)
}

fn page_path(out: &Path, code: &str, page: FirstPage) -> PathBuf {
    match (code == SOURCE_LOCALE, page) {
        (true, FirstPage::Home) => out.join("index.html"),
        (true, FirstPage::Numbers) => out.join("numbers.html"),
        (false, FirstPage::Home) => out.join("first").join(format!("{code}.html")),
        (false, FirstPage::Numbers) => out.join("first").join(format!("{code}-numbers.html")),
    }
}

fn render(locale: &'static str, page: FirstPage) -> String {
    let mut dom = VirtualDom::new_with_props(FirstResponse, FirstResponseProps { locale, page });
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
