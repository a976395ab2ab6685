//! The review sheet: one self-contained HTML file per locale that a translator can work from
//! without the app, the repository or a connection. For each area of messages, the screens that
//! show them (screenshots from the browser) beside every message, English and translation side
//! by side, with what the English is for (its section and comment in `locales/en`), its
//! variables and forms explained and the terms it uses from the termbase; drafts and stale
//! messages first. The translator accepts a message as it is or corrects it in place; "Save my
//! review" downloads a file that `harbour-i18n apply` applies (`corrections.rs`).
//!
//! The sheet is a tool for translators, who read English: its own words are English, and never
//! part of the app.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::corrections::{variables, FORMAT};
use super::review::{self, Entry, Record, State};
use super::termbase::{terms_in, Term};
use crate::core::setup::base64;

/// One screen of the app as the sheet shows it.
pub struct Screen {
    /// Its English title.
    pub title: String,
    pub path: String,
    /// The area its title message is in: where its screenshot goes.
    pub home_area: String,
    /// A JPEG of the screen in this locale, if one was taken.
    pub jpeg: Option<Vec<u8>>,
}

/// Everything the sheet is made from.
pub struct Sheet<'a> {
    pub code: &'a str,
    /// The language's name in its own script and in English.
    pub name: &'a str,
    pub english_name: &'a str,
    pub dir: &'a str,
    /// English's `.ftl` files (name, text).
    pub english_files: &'a [(String, String)],
    pub translated: &'a [Entry],
    pub records: &'a [Record],
    pub english_terms: &'a [Term],
    pub terms: &'a [Term],
    pub screens: &'a [Screen],
    /// The day the sheet is written (`YYYY-MM-DD`).
    pub today: &'a str,
}

/// What the English files say about a message: the section heading (`##`) it is under, and the
/// comment (`#`) just above it.
fn context(english_files: &[(String, String)]) -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for (_, text) in english_files {
        let (mut section, mut comment) = (String::new(), String::new());
        for line in text.lines() {
            if let Some(heading) = line.strip_prefix("## ") {
                section = heading.trim().to_string();
                comment.clear();
            } else if let Some(note) = line.strip_prefix("# ") {
                comment.push_str(note.trim());
                comment.push(' ');
            } else if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
                if let Some((id, _)) = line.split_once('=') {
                    out.insert(
                        id.trim().to_string(),
                        (section.clone(), comment.trim().to_string()),
                    );
                }
                comment.clear();
            } else if line.trim().is_empty() {
                comment.clear();
            }
        }
    }
    out
}

/// A translation with each one-line placeable (`{ $name }`) isolated left to right, so a
/// right-to-left text box shows `{ $name }` and not `{ name$ }`. `corrections` takes the marks
/// out again.
fn isolated(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find(['}', '\n']).map(|i| open + i);
        match close {
            Some(close) if rest[close..].starts_with('}') => {
                out.push_str(&rest[..open]);
                out.push('\u{2066}');
                out.push_str(&rest[open..=close]);
                out.push('\u{2069}');
                rest = &rest[close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn state_label(state: State) -> &'static str {
    match state {
        State::Stale => "Stale: the English changed after this was drafted or checked",
        State::Draft => "Draft: not checked yet",
        State::Checked => "Checked",
    }
}

/// Writes the sheet.
pub fn render(sheet: &Sheet) -> String {
    let english = review::english_messages(
        sheet
            .english_files
            .iter()
            .map(|(n, s)| (n.as_str(), s.as_str())),
    );
    let notes = context(sheet.english_files);
    let tallies = review::tally(&english, sheet.records);
    let count = |f: fn(&review::Tally) -> usize| tallies.iter().map(f).sum::<usize>();
    let (checked, stale, draft) = (count(|t| t.checked), count(|t| t.stale), count(|t| t.draft));
    let code = escape(sheet.code);
    let dir = escape(sheet.dir);
    let mut out = String::new();
    write!(
        out,
        r#"<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="harbour-review" content="{FORMAT}" data-locale="{code}" data-written="{today}">
<title>Harbour review sheet: {english_name}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>Harbour review sheet: {english_name} (<span lang="{code}" dir="{dir}">{name}</span>)</h1>
<p>Written on {today}. {checked} messages checked, {stale} stale, {draft} drafts.</p>
</header>
<main>
<section aria-labelledby="how">
<h2 id="how">How to use this sheet</h2>
<ol>
<li>Read each message in English and in {english_name}, looking at the screen it is on.</li>
<li>If the translation says what the English says, in words a 14-year-old understands, choose
<strong>Correct as it is</strong>. If not, change the text and choose <strong>I corrected it</strong>.</li>
<li>Keep every <code>{{ $name }}</code> as it is: the app puts a name, a number or a time there.
Keep every number and phone number as it is. Follow the termbase below: one word for one idea.</li>
<li>When you stop, write your name and press <strong>Save my review</strong>. Send the file it
saves to the people who maintain Harbour. You can save as often as you like.</li>
</ol>
<p>Drafts and stale messages come first in each part.</p>
<p><label for="reviewer">Your name or role</label>
<input id="reviewer" name="reviewer" autocomplete="name"></p>
</section>
"#,
        today = escape(sheet.today),
        english_name = escape(sheet.english_name),
        name = escape(sheet.name),
    )
    .ok();
    render_terms(&mut out, sheet);
    for tally in &tallies {
        render_area(&mut out, sheet, &english, &notes, tally);
    }
    write!(
        out,
        r#"</main>
<footer>
<p><button type="button" id="save">Save my review</button></p>
<p id="saved" role="status"></p>
</footer>
<script>{SCRIPT}</script>
</body>
</html>
"#
    )
    .ok();
    out
}

fn render_terms(out: &mut String, sheet: &Sheet) {
    let (code, dir) = (escape(sheet.code), escape(sheet.dir));
    out.push_str(
        r#"<section aria-labelledby="terms">
<h2 id="terms">Termbase: one word for one idea</h2>
<table>
<thead><tr><th scope="col">English</th><th scope="col">What it means in Harbour</th><th scope="col">The word used</th><th scope="col">Why, and doubts</th></tr></thead>
<tbody>
"#,
    );
    for term in sheet.english_terms {
        let own = sheet.terms.iter().find(|t| t.term == term.term);
        let words = own.map(|t| t.forms.join(" | ")).unwrap_or_default();
        let note = own
            .map(|t| t.note.as_str())
            .unwrap_or("No word chosen yet.");
        writeln!(
            out,
            r#"<tr><th scope="row">{}</th><td>{}</td><td lang="{code}" dir="{dir}">{}</td><td>{}</td></tr>"#,
            escape(&term.term),
            escape(&term.note),
            escape(&words),
            escape(note)
        )
        .ok();
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn render_area(
    out: &mut String,
    sheet: &Sheet,
    english: &[(String, Entry, String)],
    notes: &BTreeMap<String, (String, String)>,
    tally: &review::Tally,
) {
    let area = escape(&tally.area);
    writeln!(
        out,
        r#"<section aria-labelledby="area-{area}">
<h2 id="area-{area}">{area}.ftl: {} messages ({} checked, {} stale, {} drafts)</h2>"#,
        tally.total(),
        tally.checked,
        tally.stale,
        tally.draft
    )
    .ok();
    for screen in sheet.screens.iter().filter(|s| s.home_area == tally.area) {
        let Some(jpeg) = &screen.jpeg else { continue };
        writeln!(
            out,
            r#"<figure><img src="data:image/jpeg;base64,{}" alt="The screen “{}” in {}" width="390"><figcaption>{} (<code>{}</code>)</figcaption></figure>"#,
            base64::encode(jpeg, base64::STANDARD),
            escape(&screen.title),
            escape(sheet.english_name),
            escape(&screen.title),
            escape(&screen.path)
        )
        .ok();
    }
    let by_id: BTreeMap<&str, &Record> = sheet.records.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut messages: Vec<(State, &Entry, &String)> = english
        .iter()
        .filter(|(a, _, _)| *a == tally.area)
        .map(|(_, e, print)| {
            (
                review::state(by_id.get(e.id.as_str()).copied(), print),
                e,
                print,
            )
        })
        .collect();
    messages.sort_by_key(|(state, _, _)| *state);
    for (state, entry, print) in messages {
        render_message(out, sheet, notes, state, entry, print);
    }
    out.push_str("</section>\n");
}

fn render_message(
    out: &mut String,
    sheet: &Sheet,
    notes: &BTreeMap<String, (String, String)>,
    state: State,
    entry: &Entry,
    print: &str,
) {
    let id = escape(&entry.id);
    let translated = sheet
        .translated
        .iter()
        .find(|t| t.id == entry.id)
        .map(|t| t.text.as_str())
        .unwrap_or_default();
    let (section, comment) = notes.get(&entry.id).cloned().unwrap_or_default();
    let mut explain = String::new();
    if !section.is_empty() {
        write!(explain, "<p>Where: {}.", escape(&section)).ok();
        if !comment.is_empty() {
            write!(explain, " {}", escape(&comment)).ok();
        }
        explain.push_str("</p>");
    }
    let vars = variables(&entry.text);
    if !vars.is_empty() {
        let list: Vec<String> = vars
            .iter()
            .map(|v| format!("<code>{{ ${} }}</code>", escape(v)))
            .collect();
        write!(
            explain,
            "<p>The app puts a value in place of {}: keep each exactly as it is, where it reads naturally in the sentence.</p>",
            list.join(", ")
        )
        .ok();
    }
    if entry.text.contains("->") {
        explain.push_str(
            "<p>This message has forms the app chooses between (for example by number: \
             <code>[one]</code>, <code>[other]</code>). Translate the text of every form; keep \
             the words in square brackets and the line marked <code>*</code>, which is used \
             when no other form fits. Add the forms your language needs (<code>[zero]</code>, \
             <code>[two]</code>, <code>[few]</code>, <code>[many]</code>) if it has them.</p>",
        );
    }
    let own_terms: Vec<String> = terms_in(&entry.text, sheet.english_terms)
        .into_iter()
        .filter_map(|t| {
            let own = sheet.terms.iter().find(|o| o.term == t.term)?;
            Some(format!(
                "{} → <span lang=\"{}\" dir=\"{}\">{}</span>",
                escape(&t.term),
                escape(sheet.code),
                escape(sheet.dir),
                escape(own.forms.first().map(String::as_str).unwrap_or_default())
            ))
        })
        .collect();
    if !own_terms.is_empty() {
        write!(explain, "<p>Terms: {}.</p>", own_terms.join("; ")).ok();
    }
    let rows = entry.text.lines().count().max(translated.lines().count()) + 1;
    write!(
        out,
        r#"<article class="message {state}" data-id="{id}" data-english="{print}" aria-labelledby="m-{id}">
<h3 id="m-{id}"><code>{id}</code> <span class="state">{label}</span></h3>
<div class="pair">
<div><p class="side">English</p><p class="english" lang="en" dir="ltr">{english}</p></div>
<div><label class="side" for="t-{id}">{language}</label>
<textarea id="t-{id}" lang="{code}" dir="{dir}" rows="{rows}" data-original="{original}">{original}</textarea></div>
</div>
{explain}
<fieldset><legend>Your review of <code>{id}</code></legend>
<label><input type="radio" name="r-{id}" value="" checked> Not reviewed yet</label>
<label><input type="radio" name="r-{id}" value="accept"> Correct as it is</label>
<label><input type="radio" name="r-{id}" value="correct"> I corrected it</label>
</fieldset>
</article>
"#,
        state = match state {
            State::Stale => "stale",
            State::Draft => "draft",
            State::Checked => "checked",
        },
        label = state_label(state),
        english = escape(&entry.text),
        language = escape(sheet.english_name),
        code = escape(sheet.code),
        dir = escape(sheet.dir),
        original = escape(&isolated(translated)),
    )
    .ok();
}

const STYLE: &str = "
body { font: 16px/1.5 system-ui, sans-serif; color: #111; background: #fff; margin: 0 auto;
  max-width: 70rem; padding: 1rem; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid #333; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #666; padding: .3rem .5rem; text-align: start; vertical-align: top; }
figure { display: inline-block; margin: .5rem; vertical-align: top; }
figure img { border: 1px solid #333; max-width: 100%; height: auto; }
article { border: 1px solid #555; border-radius: .4rem; padding: .5rem 1rem; margin: 1rem 0; }
article.stale { border: 3px solid #8a3b00; } article.checked { background: #f3f8f3; }
.state { font-size: .9rem; font-weight: normal; color: #333; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 40rem) { .pair { grid-template-columns: 1fr; } }
.side { display: block; font-weight: bold; margin: 0; }
.english { white-space: pre-wrap; margin: 0; }
textarea { width: 100%; box-sizing: border-box; font: inherit; }
fieldset { border: 0; padding: 0; margin: .5rem 0 0; }
fieldset label { margin-inline-end: 1.2rem; }
footer { position: sticky; bottom: 0; background: #fff; border-top: 2px solid #333; }
button { font: inherit; padding: .5rem 1rem; }
";

/// The sheet's own behaviour: a changed text marks its message corrected, and "Save my review"
/// writes the corrections file (`corrections::read`) as a download.
const SCRIPT: &str = r#"
for (const area of document.querySelectorAll('textarea')) {
  area.addEventListener('input', () => {
    const id = area.id.slice(2);
    const changed = area.value !== area.dataset.original;
    const value = changed ? 'correct' : '';
    document.querySelector(`input[name="r-${CSS.escape(id)}"][value="${value}"]`).checked = true;
  });
}
document.getElementById('save').addEventListener('click', () => {
  const meta = document.querySelector('meta[name="harbour-review"]');
  const reviewer = document.getElementById('reviewer');
  const saved = document.getElementById('saved');
  if (!reviewer.value.trim()) {
    saved.textContent = 'Write your name or role first.';
    reviewer.focus();
    return;
  }
  const messages = [];
  for (const article of document.querySelectorAll('article.message')) {
    const id = article.dataset.id;
    const choice = article.querySelector(`input[name="r-${CSS.escape(id)}"]:checked`).value;
    if (!choice) continue;
    const item = { id, english: article.dataset.english };
    if (choice === 'correct') item.text = document.getElementById(`t-${id}`).value;
    messages.push(item);
  }
  const today = new Date().toISOString().slice(0, 10);
  const review = { format: meta.content, locale: meta.dataset.locale, reviewer: reviewer.value.trim(), date: today, messages };
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(review, null, 1)], { type: 'application/json' }));
  link.download = `harbour-review-${meta.dataset.locale}-${today}.json`;
  link.click();
  saved.textContent = `Saved ${messages.length} reviewed messages as ${link.download}.`;
});
"#;
