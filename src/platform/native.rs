//! Desktop and mobile: the store is a file in the user's data folder and languages come from
//! the environment. On Android and iOS the data folder is the app's own (see README).

use crate::core::contacts::{Location, Phone, PhoneError, SmsStyle};
use std::path::PathBuf;

use rusqlite::Connection;

use super::{WipeFailed, WipeWords};
use crate::core::store::{Store, StoreError, StorePlace};
use crate::core::sync::{Request, Response, SyncError};
use crate::ui::RootProps;

/// A database file on disk.
pub struct FilePlace {
    path: PathBuf,
}

impl FilePlace {
    pub fn new(path: PathBuf) -> Self {
        FilePlace { path }
    }
}

#[cfg_attr(not(any(feature = "desktop", feature = "mobile")), allow(dead_code))]
fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("HARBOUR_DATA_DIR") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME") {
        return Some(PathBuf::from(dir).join("harbour"));
    }
    std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share/harbour"))
}

#[cfg_attr(not(any(feature = "desktop", feature = "mobile")), allow(dead_code))]
pub(super) async fn place() -> Result<FilePlace, StoreError> {
    let dir = data_dir().ok_or_else(|| StoreError::Unavailable("no data folder".into()))?;
    private_folder(&dir).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    Ok(FilePlace::new(dir.join(DB_FILE)))
}

/// Makes the data folder readable by its owner only (on a shared laptop, other accounts must
/// not read the store's files), and tightens one made before with the default permissions.
fn private_folder(dir: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        builder.mode(0o700).create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    builder.create(dir)
}

impl StorePlace for FilePlace {
    fn connect(&self) -> rusqlite::Result<Connection> {
        Connection::open(&self.path)
    }

    fn tune(&self, conn: &Connection) -> rusqlite::Result<()> {
        conn.pragma_update(None, "journal_mode", "wal")
    }

    fn move_aside(&self) -> Result<(), String> {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let mut aside = self.path.clone().into_os_string();
        aside.push(format!(".broken-{stamp}"));
        std::fs::rename(&self.path, &aside).map_err(|e| e.to_string())?;
        for suffix in SIDE_FILES {
            let mut side = self.path.clone().into_os_string();
            side.push(suffix);
            let mut side_aside = aside.clone();
            side_aside.push(suffix);
            // The side files exist only while a connection was left open; absence is fine.
            let _ = std::fs::rename(side, side_aside);
        }
        Ok(())
    }
}

#[cfg_attr(not(any(feature = "desktop", feature = "mobile")), allow(dead_code))]
pub(super) fn preferred_languages() -> Vec<String> {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .flat_map(|v| v.split(':').map(str::to_string).collect::<Vec<_>>())
        .filter(|v| !v.is_empty())
        .collect()
}

/// Desktop windows take their title from the launch config; nothing to set per language.
pub fn set_document_language(_code: &str, _dir: &str, _title: &str) {}

#[cfg(any(feature = "desktop", feature = "mobile"))]
pub(super) fn launch(root: fn(RootProps) -> dioxus::prelude::Element) {
    // Dioxus 0.7's mobile shell is its desktop one (a webview) under another name.
    #[cfg(feature = "desktop")]
    use dioxus::desktop as shell;
    #[cfg(all(feature = "mobile", not(feature = "desktop")))]
    use dioxus::mobile as shell;
    use shell::{Config, WindowBuilder};
    let props = futures_lite_block_on(super::prepare());
    let title = crate::core::i18n::Catalogue::embedded()
        .localizer(props.locale)
        .tr("app-name");
    // The web build links the stylesheet from index.html; the webview gets the same one inline.
    let style = format!(
        "<style>{}</style>",
        include_str!("../../assets/harbour.css")
    );
    let config = Config::new()
        .with_custom_head(style)
        .with_menu(None)
        .with_window(WindowBuilder::new().with_title(title));
    let vdom = dioxus::prelude::VirtualDom::new_with_props(root, props);
    shell::launch::launch_virtual_dom(vdom, config);
}

#[cfg(not(any(feature = "desktop", feature = "mobile")))]
pub(super) fn launch(_root: fn(RootProps) -> dioxus::prelude::Element) {
    eprintln!("harbour: built without a platform; run with --features desktop (see README.md)");
    std::process::exit(2);
}

/// `prepare` never awaits anything natively, so polling it once completes it.
#[cfg(any(feature = "desktop", feature = "mobile"))]
fn futures_lite_block_on<F: std::future::Future>(future: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

/// iOS reads an `sms:` body after `&`; Android and desktops after `?`.
pub fn sms_style() -> SmsStyle {
    if cfg!(target_os = "ios") {
        SmsStyle::Ios
    } else {
        SmsStyle::Standard
    }
}

/// Desktop builds have no location service; mobile builds would ask the OS here (not built yet:
/// the web build is the one verified). The message then goes without a location.
pub async fn locate() -> Option<Location> {
    None
}

/// Native builds link the phone-number rules directly: nothing to load.
pub fn preload_phone_rules() {}

pub async fn check_phone(input: &str) -> Option<Result<Phone, PhoneError>> {
    Some(crate::core::contacts::parse_phone(input))
}

/// Quick exit on a desktop or phone: the app closes at once (drafts were saved before this).
/// A native build could also hide itself from the recent-apps list; not done here.
pub fn quick_exit() {
    std::process::exit(0);
}

/// "Delete everything": empties the store and deletes every file Harbour keeps, then closes the
/// app, so the next start is as new. If a file could not be deleted (and, for the database's
/// own files, could not be emptied either), the app stays open to say so.
pub fn request_wipe(_words: &WipeWords, store: &Store) -> Result<(), WipeFailed> {
    data_place().map_or(Ok(()), |place| place.wipe(store))?;
    std::process::exit(0);
}

/// How many damaged copies of the store were moved aside and are still kept.
pub async fn damaged_copies() -> usize {
    data_place().map_or(0, |place| place.damaged_copies())
}

/// Deletes the damaged copies moved aside; an error if one is left.
pub async fn forget_damaged_copies() -> Result<(), WipeFailed> {
    data_place().map_or(Ok(()), |place| place.forget_damaged())
}

/// The store's place in the data folder, when there is a data folder.
fn data_place() -> Option<FilePlace> {
    data_dir().map(|dir| FilePlace::new(dir.join(DB_FILE)))
}

/// Deletes each of `paths`; a failure unless every one went or `may_stay` says it may.
fn remove_all(paths: Vec<PathBuf>, may_stay: impl Fn(&PathBuf) -> bool) -> Result<(), WipeFailed> {
    let left = paths
        .into_iter()
        .filter(|path| std::fs::remove_file(path).is_err() && !may_stay(path))
        .count();
    if left == 0 {
        Ok(())
    } else {
        Err(WipeFailed)
    }
}

impl FilePlace {
    /// Every file of this place: the database, its side files, the copies moved aside and the
    /// start mark.
    fn files(&self) -> Vec<PathBuf> {
        let (Some(dir), Some(name)) = (self.path.parent(), self.path.file_name()) else {
            return Vec::new();
        };
        let name = name.to_string_lossy();
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .filter(|entry| {
                let file = entry.file_name();
                let file = file.to_string_lossy();
                file.starts_with(name.as_ref()) || file == START_MARK
            })
            .map(|entry| entry.path())
            .collect()
    }

    /// The copies of a damaged store that `move_aside` kept (with their side files).
    pub fn damaged(&self) -> Vec<PathBuf> {
        let mut aside = self.path.clone().into_os_string();
        aside.push(".broken-");
        let aside = aside.to_string_lossy().into_owned();
        self.files()
            .into_iter()
            .filter(|path| path.to_string_lossy().starts_with(&aside))
            .collect()
    }

    /// How many copies were moved aside (not counting their side files).
    pub fn damaged_copies(&self) -> usize {
        let side = |path: &PathBuf| {
            let path = path.to_string_lossy();
            SIDE_FILES.iter().any(|suffix| path.ends_with(suffix))
        };
        self.damaged().iter().filter(|path| !side(path)).count()
    }

    pub fn forget_damaged(&self) -> Result<(), WipeFailed> {
        remove_all(self.damaged(), |_| false)
    }

    /// Empties `store` (this place's open database), then deletes every file of this place.
    /// The open database's own files may refuse to go (Windows keeps open files); they count as
    /// gone when the store was emptied. Anything else left is a failure.
    pub fn wipe(&self, store: &Store) -> Result<(), WipeFailed> {
        let erased = store.erase().is_ok();
        let own = |path: &PathBuf| {
            std::iter::once("").chain(SIDE_FILES).any(|suffix| {
                let mut side = self.path.clone().into_os_string();
                side.push(suffix);
                path.as_os_str() == side
            })
        };
        remove_all(self.files(), |path| erased && own(path))
    }
}

/// The window's name and icon come from the build; discreet mode changes only what is inside.
pub fn set_discreet_identity(_discreet: bool) {}

/// Natively there is no prerendered page: the window opens on the app itself.
pub fn remember_first_response(_code: &str, _discreet: bool) {}

/// Natively one process holds the app; there is no second tab to wait for.
pub fn reload() {}

/// Natively the data folder is the app's own: nothing clears it to make space.
pub async fn keep_storage() -> Option<bool> {
    Some(true)
}

/// How long the app has been running, on a clock the phone's owner cannot move.
pub fn running() -> std::time::Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

/// Desktop windows do not lock when hidden; the code is asked at every start.
pub fn watch_background(_on_return: impl Fn(i64) + 'static) {}

/// Native builds have no timer here: screens that refresh with time refresh on the next tap.
pub async fn sleep_ms(_ms: i32) {
    std::future::pending::<()>().await
}

/// Native builds link the QR code rules; nothing to load.
pub fn preload_qr() {}

pub async fn draw_qr(
    text: &str,
) -> Option<Result<crate::core::setup::Drawn, crate::core::setup::SetupError>> {
    Some(crate::core::setup::qr::draw(text))
}

/// Camera scanning is web-only for now; native builds paste the code or open the link.
pub async fn scan_camera(_video_id: &str) -> Option<String> {
    None
}

pub fn stop_camera() {}

/// Native builds are opened by the setup link through the OS (not built here).
pub fn take_setup_fragment() -> Option<String> {
    None
}

/// Setup links from a native build point at the published web app, which any phone can open.
pub fn origin() -> String {
    PUBLISHED_ORIGIN.to_string()
}

/// Where the web build is published; set when Harbour is deployed (see README, "Deploying").
const PUBLISHED_ORIGIN: &str = "https://harbour.example";

pub fn print_page() {}

/// Asks the published origin for a pack with reqwest, on a thread with its own runtime (the UI's
/// event loop may not run one that reqwest can use).
pub async fn fetch_pack(request: &Request) -> Result<Response, SyncError> {
    let (send, answer) = tokio::sync::oneshot::channel();
    let request = request.clone();
    std::thread::spawn(move || {
        let result = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|_| SyncError::Offline)
            .and_then(|runtime| {
                runtime.block_on(async {
                    let client = crate::core::sync::client()?;
                    crate::core::sync::fetch(&client, &request).await
                })
            });
        let _ = send.send(result);
    });
    answer.await.unwrap_or(Err(SyncError::Offline))
}

/// Native builds embed every locale's words.
pub async fn ensure_words(_code: &str) {}

/// The mark a start leaves in the data folder until its first screen is drawn.
const START_MARK: &str = "starting";
/// The database's file name in the data folder.
const DB_FILE: &str = "harbour.db";
/// What SQLite keeps beside a database file while it is open (write-ahead log, shared memory).
const SIDE_FILES: [&str; 2] = ["-wal", "-shm"];

fn start_mark() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join(START_MARK))
}

/// Whether the last start stopped before its first screen (its mark is still there); this start
/// leaves its own (security review L4).
#[cfg_attr(not(any(feature = "desktop", feature = "mobile")), allow(dead_code))]
pub(super) fn start_failed() -> bool {
    let Some(mark) = start_mark() else {
        return false;
    };
    let failed = mark.exists();
    let _ = std::fs::write(&mark, b"");
    failed
}

/// Natively there is no performance timeline to mark the start on.
pub fn mark(_name: &str) {}

/// The first screen is drawn: this start did not fail.
pub fn started() {
    if let Some(mark) = start_mark() {
        let _ = std::fs::remove_file(mark);
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_data_folder_is_its_owners_only_even_when_made_before() {
        let base = std::env::temp_dir().join(format!("harbour-folder-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let mode =
            |dir: &std::path::Path| std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
        let fresh = base.join("fresh/harbour");
        super::private_folder(&fresh).unwrap();
        assert_eq!(mode(&fresh), 0o700);
        let old = base.join("old");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o755)).unwrap();
        super::private_folder(&old).unwrap();
        assert_eq!(mode(&old), 0o700);
        let _ = std::fs::remove_dir_all(&base);
    }
}

/// The phone's voices: none natively yet (the desktop webview's speech is not wired), so a
/// Listen control says there is no voice rather than failing silently.
pub async fn voices() -> Vec<crate::core::speech::Voice> {
    Vec::new()
}

/// Whether recordings can be played here: not natively yet (no audio player is wired).
pub fn plays_recordings() -> bool {
    false
}

/// Natively nothing is read aloud yet (no recordings player, no voices): Listen says so.
pub fn read_aloud(
    _pieces: &[crate::core::speech::Piece],
    _voice: Option<&crate::core::speech::Voice>,
    _area: &str,
    on_end: impl Fn() + 'static,
) {
    on_end();
}

pub fn pause_speech() {}
pub fn resume_speech() {}
pub fn stop_speech() {}
