//! Each service's own page, for the list items that lack what a young person needs (where it
//! is, how to call, when it is open): ORUK lists often carry only names and descriptions, and
//! the rest is at `<list address>/<service id>`.
//!
//! Why it is careful: a council's directory is a small public server, and the publisher runs
//! every night. So at most `Polite::at_once` requests are in flight, each waits `Polite::pause`
//! first, a failure is tried again after a growing wait (`Polite::tries` in all), a response
//! is capped like any feed response (`oruk::MAX_RESPONSE_BYTES`), and with a cache folder a
//! re-run asks with the ETag or Last-Modified it was given and reads only what changed.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::oruk::MAX_RESPONSE_BYTES;
use crate::core::sync::body_within;

/// How gently the details are asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Polite {
    /// Requests in flight at once.
    pub at_once: usize,
    /// The wait before each request.
    pub pause: Duration,
    /// Tries per service (the first and the retries), waiting `pause × 2ⁿ` more between them.
    pub tries: u32,
}

impl Default for Polite {
    fn default() -> Polite {
        Polite {
            at_once: 4,
            pause: Duration::from_millis(100),
            tries: 3,
        }
    }
}

/// What came of asking for one service's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// The page, read now.
    New(String),
    /// The page had not changed since the last run: the cached copy.
    Unchanged(String),
    /// No page: why.
    Failed(String),
}

/// Where a service's own page is: the list's address without its query, then the ID.
pub fn details_url(list: &reqwest::Url, id: &str) -> reqwest::Url {
    let mut url = list.clone();
    url.set_query(None);
    url.set_fragment(None);
    if let Ok(mut path) = url.path_segments_mut() {
        path.pop_if_empty().push(id);
    }
    url
}

/// The cache files for one address: its body, and the validators it came with.
fn cached(dir: &Path, url: &reqwest::Url) -> (PathBuf, PathBuf) {
    let name: String = url
        .as_str()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    // Names stay short enough for any file system; the checksum keeps them apart.
    let short: String = name
        .chars()
        .rev()
        .take(80)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let stem = format!("{short}-{:08x}", crc32fast::hash(url.as_str().as_bytes()));
    (
        dir.join(format!("{stem}.json")),
        dir.join(format!("{stem}.meta")),
    )
}

/// Asks for each service's page (`details_url`), politely; returns each ID with what came.
pub async fn fetch_details(
    client: &reqwest::Client,
    list: &reqwest::Url,
    ids: Vec<String>,
    cache: Option<&Path>,
    polite: Polite,
) -> Vec<(String, Fetched)> {
    let gate = Arc::new(tokio::sync::Semaphore::new(polite.at_once.max(1)));
    let mut tasks = tokio::task::JoinSet::new();
    for (order, id) in ids.into_iter().enumerate() {
        let (client, gate) = (client.clone(), gate.clone());
        let url = details_url(list, &id);
        let cache = cache.map(Path::to_path_buf);
        tasks.spawn(async move {
            let Ok(_turn) = gate.acquire_owned().await else {
                return (order, id, Fetched::Failed("stopped".into()));
            };
            let fetched = fetch_one(&client, &url, cache.as_deref(), polite).await;
            (order, id, fetched)
        });
    }
    let mut done = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        if let Ok(result) = joined {
            done.push(result);
        }
    }
    done.sort_by_key(|(order, _, _)| *order);
    done.into_iter().map(|(_, id, f)| (id, f)).collect()
}

async fn fetch_one(
    client: &reqwest::Client,
    url: &reqwest::Url,
    cache: Option<&Path>,
    polite: Polite,
) -> Fetched {
    let files = cache.map(|dir| cached(dir, url));
    let before = files.as_ref().and_then(|(body, meta)| {
        let body = std::fs::read_to_string(body).ok()?;
        let meta = std::fs::read_to_string(meta).ok()?;
        Some((body, meta))
    });
    let mut why = String::new();
    for attempt in 0..polite.tries.max(1) {
        tokio::time::sleep(polite.pause * 2u32.pow(attempt)).await;
        let mut request = client.get(url.clone());
        if let Some((_, meta)) = &before {
            let mut lines = meta.lines();
            if let Some(etag) = lines.next().filter(|l| !l.is_empty()) {
                request = request.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(modified) = lines.next().filter(|l| !l.is_empty()) {
                request = request.header(reqwest::header::IF_MODIFIED_SINCE, modified);
            }
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(e) => {
                why = format!("{url}: {e}");
                continue;
            }
        };
        let status = response.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            if let Some((body, _)) = before {
                return Fetched::Unchanged(body);
            }
        }
        // Busy or failing servers are asked again later; anything else will not change.
        if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            why = format!("{url}: the server answered {status}");
            continue;
        }
        if !status.is_success() {
            return Fetched::Failed(format!("{url}: the server answered {status}"));
        }
        let validator = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string()
        };
        let meta = format!(
            "{}\n{}\n",
            validator(reqwest::header::ETAG),
            validator(reqwest::header::LAST_MODIFIED)
        );
        let body = match body_within(response, MAX_RESPONSE_BYTES).await {
            Ok(Some(body)) => body,
            Ok(None) => {
                return Fetched::Failed(format!("{url}: bigger than any service should be"))
            }
            Err(e) => {
                why = format!("{url}: {e}");
                continue;
            }
        };
        let Ok(text) = String::from_utf8(body) else {
            return Fetched::Failed(format!("{url}: not UTF-8 text"));
        };
        if let Some((body_file, meta_file)) = &files {
            // A cache that cannot be written costs only tomorrow's requests.
            let _ = std::fs::write(body_file, &text).and_then(|_| std::fs::write(meta_file, meta));
        }
        return Fetched::New(text);
    }
    Fetched::Failed(why)
}
