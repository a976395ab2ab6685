//! `harbour-pack`: the publisher's tool. It reads Open Referral UK feeds (from a URL, following
//! the pages, or from files), builds an area's content pack with the help numbers and the
//! explainers' facts, signs it with a key file, and prints what it included and what it left out.
//! The pack is then put on any static host under `/packs/<area>.pack`.
//!
//! This is an operator's tool run by the people who publish Harbour's content, so its report is
//! in English; nothing here is shown to a young person.
//!
//! ```text
//! harbour-pack key <secret-key-file>
//! harbour-pack org-key <secret-key-file>      (an organisation's key for signing setup codes)
//! harbour-pack build --area <name> --key <secret-key-file> --out <file>
//!                    [--feed <https-url-or-file>]... [--content <dir>] [--example]
//!                    [--organisation <name>=<public-key-file>]...
//!                    [--categories <file>] [--young-people-only] [--cache <dir>]
//!                    [--version <n>] [--created-at <RFC 3339 time>] [--audio <locale>.audio]...
//! harbour-pack show <file> [--public-key <file>]
//! harbour-pack recording-script --locale <code> --out <dir>
//! harbour-pack audio --locale <code> --in <dir> --key <secret-key-file> --out <file>
//!                    [--speaker people|machine] [--created-at <RFC 3339 time>]
//! ```
//!
//! Recordings (issue 19): `recording-script` writes `<dir>/script.tsv`, every message Listen reads
//! in the locale as the app shows it now; the speaker records each as `<dir>/<id>.wav`; `audio`
//! checks every file, encodes it to Opus with `opusenc` (Debian's opus-tools) and seals the
//! audio pack, leaving out recordings of a text changed since the script, and prints per screen
//! what is covered and what is missing. The pack is put on the host under
//! `/audio/<locale>.audio` and offered by `build --audio <file>`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use harbour::core::content::audio::{seal_audio, AudioOffer, AudioPack, Speaker, Take};
use harbour::core::content::pack::{peek_info, seal, PackSource, SecretKey};
use harbour::core::content::recordings;
use harbour::core::content::{
    area_id, FactTag, Organisation, Pack, PackInfo, PackKey, FACT_MAX_AGE_DAYS,
};
use harbour::core::places::categories::CategoryTable;
use harbour::core::places::collect::Collection;
use harbour::core::places::details::{self, Fetched, Polite};
use harbour::core::places::oruk;
use harbour::core::sync;

/// A feed that says it has more pages than this is not followed further.
const MAX_PAGES: u32 = 500;
/// The most services whose own pages one build reads (a council has hundreds to a few thousand).
const MAX_DETAILS: usize = 5_000;
const MAX_FEED_FILE_BYTES: u64 = oruk::MAX_RESPONSE_BYTES as u64;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("key") => make_key(&args[1..]),
        Some("org-key") => make_org_key(&args[1..]),
        Some("build") => build(&args[1..]),
        Some("show") => show(&args[1..]),
        Some("recording-script") => audio_script(&args[1..]),
        Some("audio") => audio(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("harbour-pack: {problem}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage:
  harbour-pack key <secret-key-file>
  harbour-pack org-key <secret-key-file>
  harbour-pack build --area <name> --key <secret-key-file> --out <file> [--feed <url-or-file>]...
                     [--organisation <name>=<public-key-file>]...
                     [--categories <file>] [--young-people-only] [--cache <dir>]
                     [--content <dir>] [--example] [--version <n>] [--created-at <time>]
                     [--audio <locale>.audio]...
  harbour-pack show <file> [--public-key <file>]
  harbour-pack recording-script --locale <code> --out <dir>
  harbour-pack audio --locale <code> --in <dir> --key <secret-key-file> --out <file>
                     [--speaker people|machine] [--created-at <time>]";

/// The value after `--name`, every time it is given.
fn values<'a>(args: &'a [String], name: &str) -> Vec<&'a str> {
    args.windows(2)
        .filter(|w| w[0] == name)
        .map(|w| w[1].as_str())
        .collect()
}

fn value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    values(args, name).into_iter().next_back()
}

/// `--created-at <RFC 3339 time>`, else now.
fn created_at(args: &[String]) -> Result<DateTime<Utc>, String> {
    match value(args, "--created-at") {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| format!("--created-at: {e}")),
        None => Ok(Utc::now()),
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// A new secret key, written to `path` (never over an existing file, readable by its owner
/// only), and printed as where it went.
fn new_secret_key(path: &Path) -> Result<SecretKey, String> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| format!("no randomness: {e}"))?;
    let key = SecretKey::from_seed(seed);
    write_new(path, &key.to_text(), true)?;
    println!("secret key written to {}", path.display());
    Ok(key)
}

/// Writes a new file in one step, failing if it exists (never overwritten, no race between a
/// check and the write); a secret one is readable by its owner only.
fn write_new(path: &Path, text: &str, secret: bool) -> Result<(), String> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, if secret { 0o600 } else { 0o644 });
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => {
            format!("{} exists; a key is never overwritten", path.display())
        }
        _ => format!("cannot write {}: {e}", path.display()),
    })?;
    std::io::Write::write_all(&mut file, (text.to_string() + "\n").as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn make_key(args: &[String]) -> Result<(), String> {
    let key = new_secret_key(Path::new(args.first().ok_or(USAGE)?))?;
    println!("keep it off the web host");
    println!(
        "public key, for assets/content/pack-key.txt: {}",
        key.public().to_text()
    );
    Ok(())
}

/// An organisation's key for signing setup codes: the secret file goes to its key workers (the
/// key worker's screen reads it on their device); the public one, `<file>.pub`, to the
/// publisher, who lists it with `build --organisation "<name>=<file>.pub"`.
fn make_org_key(args: &[String]) -> Result<(), String> {
    let path = PathBuf::from(args.first().ok_or(USAGE)?);
    let key = new_secret_key(&path)?;
    let public = PathBuf::from(format!("{}.pub", path.display()));
    write_new(&public, &key.public().to_text(), false)?;
    println!("public key written to {}", public.display());
    println!(
        "list it in the area's pack: harbour-pack build … --organisation \"<name>={}\"",
        public.display()
    );
    Ok(())
}

/// `--organisation "<name>=<public-key-file>"`, each time it is given.
fn organisations(args: &[String]) -> Result<Vec<Organisation>, String> {
    values(args, "--organisation")
        .into_iter()
        .map(|given| {
            let (name, file) = given
                .rsplit_once('=')
                .ok_or("--organisation needs <name>=<public-key-file>")?;
            let key = PackKey::from_text(&read_text(Path::new(file))?)
                .ok_or_else(|| format!("{file} is not a public key"))?;
            Ok(Organisation {
                name: name.trim().to_string(),
                key,
            })
        })
        .collect()
}

/// The recordings offered in the pack: each `--audio <locale>.audio` given, opened as the app
/// will open it (signed with this key, for the locale its name says).
fn audio_offers(args: &[String], key: &SecretKey) -> Result<Vec<AudioOffer>, String> {
    values(args, "--audio")
        .into_iter()
        .map(|file| {
            let path = Path::new(file);
            let locale = path
                .file_stem()
                .and_then(|s| s.to_str())
                .ok_or_else(|| format!("{file}: name it <locale>.audio"))?;
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read {file}: {e}"))?;
            let pack = AudioPack::open(&bytes, &key.public(), locale)
                .map_err(|e| format!("{file}: the app would refuse it: {e}"))?;
            Ok(AudioOffer::of(&pack, bytes.len() as u64))
        })
        .collect()
}

fn build(args: &[String]) -> Result<(), String> {
    let area = area_id(Some(value(args, "--area").ok_or("--area is needed")?));
    let key_path = value(args, "--key").ok_or("--key is needed")?;
    let key = SecretKey::from_text(&read_text(Path::new(key_path))?)
        .ok_or("the key file is not a Harbour key")?;
    let out = PathBuf::from(value(args, "--out").ok_or("--out is needed")?);
    let content = PathBuf::from(value(args, "--content").unwrap_or("assets/content"));
    let created_at = created_at(args)?;
    // By default the version is the creation time in seconds, so it only ever goes up.
    let version = match value(args, "--version") {
        Some(text) => text
            .parse::<u64>()
            .map_err(|_| "--version must be a whole number")?,
        None => created_at.timestamp().max(1) as u64,
    };
    if let Some(before) = std::fs::read(&out).ok().as_deref().and_then(peek_info) {
        if before.area == area && before.version >= version {
            return Err(format!(
                "{} already holds version {} for {area}; a new pack needs a higher version than {version}",
                out.display(),
                before.version
            ));
        }
    }

    // A council's own phrases (its taxonomy's terms) are tried before Harbour's.
    let table = match value(args, "--categories") {
        Some(file) => CategoryTable::built_in().after(
            CategoryTable::read(&read_text(Path::new(file))?)
                .map_err(|e| format!("{file}: {e}"))?,
        ),
        None => CategoryTable::built_in(),
    };
    let mut collection = if args.iter().any(|a| a == "--young-people-only") {
        Collection::young_people_only()
    } else {
        Collection::default()
    };
    let cache = value(args, "--cache").map(PathBuf::from);
    if let Some(dir) = &cache {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    }
    let reading = Reading {
        table: &table,
        cache: cache.as_deref(),
    };
    for feed in values(args, "--feed") {
        read_feed(feed, &reading, &mut collection)?;
    }
    let (places, summary) = collection.finish();
    let (numbers, process, safety) = (
        read_text(&content.join("numbers.json"))?,
        read_text(&content.join("process.json"))?,
        read_text(&content.join("safety.json"))?,
    );
    let info = PackInfo {
        version,
        area: area.clone(),
        created_at,
        example: args.iter().any(|a| a == "--example"),
    };
    let organisations = organisations(args)?;
    let audio = audio_offers(args, &key)?;
    let source = PackSource {
        info,
        places: &places,
        numbers: &numbers,
        process: &process,
        safety: &safety,
        organisations: &organisations,
        audio: &audio,
    };
    let file =
        seal(&source, &key).map_err(|e| format!("the pack would be refused by the app: {e}"))?;
    // Written beside the target, then renamed: a host never serves half a pack.
    let partial = out.with_extension("pack.partial");
    std::fs::write(&partial, &file)
        .map_err(|e| format!("cannot write {}: {e}", partial.display()))?;
    std::fs::rename(&partial, &out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;

    println!(
        "{}: area {area}, version {version}, {} bytes",
        out.display(),
        file.len()
    );
    println!(
        "  responses read: {} ({} paged)",
        summary.responses, summary.pages
    );
    let formats: Vec<&str> = summary.formats.iter().copied().collect();
    println!("  read as: {}", formats.join(", "));
    println!("  places included: {}", summary.places);
    let by_category: Vec<String> = summary
        .by_category
        .iter()
        .map(|(category, n)| format!("{category} {n}"))
        .collect();
    println!("  by category: {}", by_category.join(", "));
    println!("  items that are not services: {}", summary.not_services);
    println!(
        "  services' own pages read: {} ({} unchanged since the last run)",
        summary.details_read + summary.details_unchanged,
        summary.details_unchanged
    );
    for (why, n) in &summary.skipped {
        println!("  left out: {why}: {n}");
    }
    Ok(())
}

/// How feeds are read: the category table, and where services' pages are kept between runs.
struct Reading<'a> {
    table: &'a CategoryTable,
    cache: Option<&'a Path>,
}

/// Reads one feed: a file, or a URL whose pages are followed.
fn read_feed(feed: &str, reading: &Reading, collection: &mut Collection) -> Result<(), String> {
    let table = reading.table;
    if !feed.contains("://") {
        let path = Path::new(feed);
        let size = std::fs::metadata(path)
            .map_err(|e| format!("cannot read {feed}: {e}"))?
            .len();
        if size > MAX_FEED_FILE_BYTES {
            return Err(format!("{feed} is bigger than any directory should be"));
        }
        let report =
            oruk::read_with(&read_text(path)?, table).map_err(|e| format!("{feed}: {e}"))?;
        collection.add(report);
        return Ok(());
    }
    let url = reqwest::Url::parse(feed).map_err(|e| format!("{feed}: {e}"))?;
    let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    if url.scheme() != "https" && !(url.scheme() == "http" && local) {
        return Err(format!("{feed}: feeds are read over https only"));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start: {e}"))?;
    runtime.block_on(read_pages(url, reading, collection))
}

async fn read_pages(
    first: reqwest::Url,
    reading: &Reading<'_>,
    collection: &mut Collection,
) -> Result<(), String> {
    let table = reading.table;
    let mut details_left = MAX_DETAILS;
    // No redirects: a feed that moves says so, rather than being followed anywhere (even to
    // plain http).
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .map_err(|e| format!("cannot start: {e}"))?;
    let mut page = 1u32;
    loop {
        let mut url = first.clone();
        if page > 1 {
            let kept: Vec<(String, String)> = first
                .query_pairs()
                .filter(|(k, _)| k != "page")
                .map(|(k, v)| (k.into(), v.into()))
                .collect();
            url.query_pairs_mut()
                .clear()
                .extend_pairs(kept)
                .append_pair("page", &page.to_string());
        }
        let text = fetch_text(&client, &url).await?;
        let mut report = oruk::read_with(&text, table).map_err(|e| format!("{url}: {e}"))?;
        let pages = report.page.map_or(1, |(_, total)| total);
        let empty = report.places.is_empty() && report.not_services == 0;
        let last = report.last_page;
        // List items without a location, a phone or hours: their own pages may have them.
        let mut wanted = std::mem::take(&mut report.needs_details);
        if wanted.len() > details_left {
            for _ in details_left..wanted.len() {
                collection.note("services' own pages not read: over the limit per build");
            }
            wanted.truncate(details_left);
        }
        details_left -= wanted.len();
        let (replaced, detailed) = read_own_pages(&client, &url, wanted, reading, collection).await;
        if !replaced.is_empty() {
            // The list again without the services read from their own pages, so what was left
            // out of them is counted once, from the fuller page.
            report =
                oruk::read_except(&text, table, &replaced).map_err(|e| format!("{url}: {e}"))?;
        }
        collection.add(report);
        for page in detailed {
            collection.add(page);
        }
        if page >= pages || empty || last {
            return Ok(());
        }
        if page >= MAX_PAGES {
            return Err(format!(
                "{first}: more than {MAX_PAGES} pages; not followed further"
            ));
        }
        page += 1;
    }
}

/// Reads the own pages of the services `wanted` from the list at `list`: the IDs of those that
/// gave places, and what their pages gave. A page that cannot be fetched or read is counted,
/// and its service is kept as the list gave it.
async fn read_own_pages(
    client: &reqwest::Client,
    list: &reqwest::Url,
    wanted: Vec<String>,
    reading: &Reading<'_>,
    collection: &mut Collection,
) -> (Vec<String>, Vec<oruk::Report>) {
    let fetched =
        details::fetch_details(client, list, wanted, reading.cache, Polite::default()).await;
    let mut replaced = Vec::new();
    let mut detailed = Vec::new();
    for (id, fetched) in fetched {
        let (own, unchanged) = match fetched {
            Fetched::New(own) => (own, false),
            Fetched::Unchanged(own) => (own, true),
            Fetched::Failed(_) => {
                collection.note("service's own page could not be fetched (kept from the list)");
                continue;
            }
        };
        match oruk::read_with(&own, reading.table) {
            Ok(page) if !page.places.is_empty() => {
                collection.details_read(unchanged);
                replaced.push(id);
                detailed.push(page);
            }
            _ => collection.note("service's own page could not be read (kept from the list)"),
        }
    }
    (replaced, detailed)
}

async fn fetch_text(client: &reqwest::Client, url: &reqwest::Url) -> Result<String, String> {
    let response = client
        .get(url.clone())
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    if !response.status().is_success() {
        return Err(format!("{url}: the server answered {}", response.status()));
    }
    let body = sync::body_within(response, oruk::MAX_RESPONSE_BYTES)
        .await
        .map_err(|e| format!("{url}: {e}"))?
        .ok_or_else(|| format!("{url}: bigger than any directory should be"))?;
    String::from_utf8(body).map_err(|_| format!("{url}: not UTF-8 text"))
}

fn show(args: &[String]) -> Result<(), String> {
    let path = args.first().ok_or(USAGE)?;
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let key = match value(args, "--public-key") {
        Some(file) => PackKey::from_text(&read_text(Path::new(file))?).ok_or("not a public key")?,
        None => PackKey::built_in().map_err(|e| e.to_string())?,
    };
    let pack = Pack::open(&bytes, &key).map_err(|e| format!("{path}: refused: {e}"))?;
    let info = &pack.info;
    println!("{path}: signed by {}", key.to_text());
    println!(
        "  area {}, version {}, created {}{}",
        info.area,
        info.version,
        info.created_at,
        if info.example { ", example places" } else { "" }
    );
    println!(
        "  {} places, {} help numbers, {} explainer steps",
        pack.places.len(),
        pack.numbers.numbers.len(),
        pack.process.steps.len()
    );
    // Whose setup codes show "Made by …": the publisher vouches for these too.
    for organisation in &pack.organisations {
        println!(
            "  organisation: {} ({})",
            organisation.name,
            organisation.key.to_text()
        );
    }
    // Every fact with its source and how long ago it was checked: what the person who signs a
    // pack vouches for.
    let today = Utc::now().date_naive();
    println!("  facts (tag, checked, days ago, about, source):");
    for at in pack.facts() {
        let tag = match at.fact.tag {
            FactTag::Verified => "V",
            FactTag::Secondary => "S",
        };
        let (checked, age) = match at.fact.checked {
            Some(date) => (date.to_string(), (today - date).num_days().to_string()),
            None => ("never".to_string(), "-".to_string()),
        };
        let old = if at
            .fact
            .checked
            .is_none_or(|d| (today - d).num_days() > FACT_MAX_AGE_DAYS)
        {
            "  TOO OLD"
        } else {
            ""
        };
        println!(
            "    {tag} {checked} {age:>4}  {}: {}{old}",
            at.about, at.fact.source
        );
    }
    Ok(())
}

/// The localizer for a locale Harbour has, or why not.
fn localizer_for(args: &[String]) -> Result<(String, harbour::core::i18n::Localizer), String> {
    let locale = value(args, "--locale").ok_or("--locale is needed")?;
    let catalogue = harbour::core::i18n::Catalogue::embedded();
    if catalogue.get(locale).is_none() {
        return Err(format!("Harbour has no locale {locale}"));
    }
    Ok((locale.to_string(), catalogue.localizer(locale)))
}

fn audio_script(args: &[String]) -> Result<(), String> {
    let (locale, localizer) = localizer_for(args)?;
    let dir = PathBuf::from(value(args, "--out").ok_or("--out is needed")?);
    let pack = Pack::embedded().map_err(|e| e.to_string())?;
    let lines = recordings::script(&pack, &localizer);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    let path = dir.join("script.tsv");
    std::fs::write(&path, recordings::write_script(&lines))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!(
        "{}: {} messages in {locale} to record, each as <id>.wav",
        path.display(),
        lines.len()
    );
    Ok(())
}

fn audio(args: &[String]) -> Result<(), String> {
    use harbour::core::i18n::review::fingerprint;
    let (locale, localizer) = localizer_for(args)?;
    let dir = PathBuf::from(value(args, "--in").ok_or("--in is needed")?);
    let out = PathBuf::from(value(args, "--out").ok_or("--out is needed")?);
    let key = SecretKey::from_text(&read_text(Path::new(
        value(args, "--key").ok_or("--key is needed")?,
    ))?)
    .ok_or("the key file is not a Harbour key")?;
    let speaker = match value(args, "--speaker").unwrap_or("people") {
        "people" => Speaker::People,
        "machine" => Speaker::Machine,
        other => return Err(format!("--speaker {other}: people or machine")),
    };
    let created_at = created_at(args)?;
    let script = recordings::read_script(&read_text(&dir.join("script.tsv"))?)?;
    let pack = Pack::embedded().map_err(|e| e.to_string())?;
    let wanted = recordings::listenable(&pack);

    // Every WAV must be a message Listen reads: a stray file is a mistake worth stopping for.
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".wav").map(str::to_string))
        .collect();
    files.sort();
    let mut problems: Vec<String> = files
        .iter()
        .filter(|id| !wanted.iter().any(|(_, w)| w == *id))
        .map(|id| format!("{id}.wav: no message Listen reads has this ID"))
        .collect();

    let scratch = tempdir(&out)?;
    let mut takes = Vec::new();
    let mut stale = Vec::new();
    for (_, id) in &wanted {
        if !files.contains(id) {
            continue;
        }
        let text = localizer.tr(id);
        let recorded_from = script.iter().find(|l| &l.id == id).map(|l| &l.fingerprint);
        if recorded_from != Some(&fingerprint(&text)) {
            stale.push(id.clone());
            continue;
        }
        let wav = dir.join(format!("{id}.wav"));
        let bytes =
            std::fs::read(&wav).map_err(|e| format!("cannot read {}: {e}", wav.display()))?;
        let measured = match recordings::measure_wav(&bytes).and_then(|m| {
            recordings::check(&m)?;
            Ok(m)
        }) {
            Ok(measured) => measured,
            Err(problem) => {
                problems.push(format!("{id}.wav: {problem}"));
                continue;
            }
        };
        let opus = encode_opus(&wav, &scratch.join(format!("{id}.opus")))?;
        if !recordings::is_ogg_opus(&opus) {
            problems.push(format!("{id}.wav: opusenc did not make Ogg Opus"));
            continue;
        }
        takes.push((id.clone(), text, measured.millis, opus));
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if !problems.is_empty() {
        return Err(format!(
            "no pack written; fix these recordings:\n  {}",
            problems.join("\n  ")
        ));
    }
    if takes.is_empty() {
        return Err("no recording to seal".to_string());
    }
    let sealed = seal_audio(
        &locale,
        &created_at.to_rfc3339(),
        speaker,
        &takes
            .iter()
            .map(|(id, text, millis, bytes)| Take {
                id,
                text,
                codec: recordings::OGG_OPUS,
                millis: *millis,
                bytes,
            })
            .collect::<Vec<_>>(),
        &key,
    );
    // What the app will do with it, before anyone is offered it.
    AudioPack::open(&sealed, &key.public(), &locale)
        .map_err(|e| format!("the app would refuse the pack: {e}"))?;
    let partial = out.with_extension("audio.partial");
    std::fs::write(&partial, &sealed)
        .map_err(|e| format!("cannot write {}: {e}", partial.display()))?;
    std::fs::rename(&partial, &out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;

    let millis: u64 = takes.iter().map(|t| u64::from(t.2)).sum();
    let minutes = millis as f64 / 60_000.0;
    println!(
        "{}: {locale}, {} recordings, {:.1} minutes, {} bytes ({:.0} kB per minute of speech), {}",
        out.display(),
        takes.len(),
        minutes,
        sealed.len(),
        sealed.len() as f64 / 1000.0 / minutes.max(1.0 / 60.0),
        match speaker {
            Speaker::People => "read by people",
            Speaker::Machine => "MACHINE VOICE: for tests only, never offered as people",
        }
    );
    for screen in recordings::SCREENS {
        let on: Vec<&String> = wanted
            .iter()
            .filter(|(s, _)| *s == screen)
            .map(|(_, id)| id)
            .collect();
        let covered = on
            .iter()
            .filter(|id| takes.iter().any(|t| t.0 == ***id))
            .count();
        println!("  {screen}: {covered} of {} recorded", on.len());
        let missing: Vec<&str> = on
            .iter()
            .filter(|id| !takes.iter().any(|t| t.0 == ***id))
            .map(|id| id.as_str())
            .collect();
        if !missing.is_empty() && missing.len() < on.len() {
            println!("    missing: {}", missing.join(", "));
        }
    }
    if !stale.is_empty() {
        println!(
            "  left out, recorded from an older text (record again from a new script): {}",
            stale.join(", ")
        );
    }
    Ok(())
}

/// A scratch folder beside `out`.
fn tempdir(out: &Path) -> Result<PathBuf, String> {
    let dir = out.with_extension(format!("audio-work-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Speech in Opus at 24 kbit/s mono: clear on a phone's speaker at a third of the size of
/// 64 kbit/s music settings.
fn encode_opus(wav: &Path, opus: &Path) -> Result<Vec<u8>, String> {
    let run = std::process::Command::new("opusenc")
        .args(["--quiet", "--bitrate", "24", "--downmix-mono"])
        .arg(wav)
        .arg(opus)
        .status()
        .map_err(|e| format!("opusenc could not run ({e}); install Debian's opus-tools"))?;
    if !run.success() {
        return Err(format!("opusenc failed on {}", wav.display()));
    }
    std::fs::read(opus).map_err(|e| format!("cannot read {}: {e}", opus.display()))
}
