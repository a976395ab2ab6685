// Starts the wasm app and registers the service worker that keeps it working offline.
// An external file, because the page's Content-Security-Policy forbids inline scripts.
//
// Two things happen here, before the app loads, because they must not wait for it:
// - After "Quick exit", Back must not show Harbour again: a page of this tab reached by Back or
//   Forward goes straight back to the harmless page. Opening Harbour afresh works as normal.
// - "Delete everything" is finished here, before the app opens its database (an open
//   database cannot be deleted): every IndexedDB database and both storages are cleared, then
//   the app starts as new; if a database cannot be deleted yet, it says so and does not start.
import init from '/harbour.js';

const AWAY = '/away.html';
const navigation = performance.getEntriesByType('navigation')[0];
const byHistory = navigation?.type === 'back_forward';

function bounceIfExited() {
  if (sessionStorage.getItem('harbour-away') === '1') {
    location.replace(AWAY);
    return true;
  }
  return false;
}

// The store's IndexedDB database (relaxed-idb names it after its VFS, `harbour-idb` in
// src/platform/web.rs; copies of a damaged store moved aside live inside it too). Deleted by
// name as well as from the browser's list, which older browsers cannot give.
const STORE_DATABASE = 'harbour-idb';
// How long a delete may take. One that another open copy (another tab or window) blocks, or
// that waits behind such a delete (only the first in line is told it is blocked), stays queued
// and finishes when that copy closes; the wipe then says it is not finished yet.
const DELETE_WAIT_MS = 5000;

// True once deleted; false if the browser refuses, or it is not done within DELETE_WAIT_MS.
function deleteDatabase(name) {
  return new Promise((done) => {
    const request = indexedDB.deleteDatabase(name);
    const timer = setTimeout(() => done(false), DELETE_WAIT_MS);
    request.onsuccess = () => { clearTimeout(timer); done(true); };
    request.onerror = () => { clearTimeout(timer); done(false); };
  });
}

// The cache that holds which first response the service worker sends (src/platform/web.rs).
const FIRST_RESPONSE_CACHE = 'harbour-first';

// Deletes every IndexedDB database, both storages and the first response's language; true when
// all of it is gone. Until then the request stays, with the words to say so. The service worker
// and its cache stay: they hold only the public app files, the same for everyone, and they are
// what lets the help numbers show offline after the wipe.
async function wipe() {
  const listed = indexedDB.databases ? await indexedDB.databases().catch(() => []) : [];
  const names = new Set([STORE_DATABASE, ...listed.map(({ name }) => name)]);
  const deleted = await Promise.all([...names].map(deleteDatabase));
  if (deleted.includes(false)) return false;
  // The language the first response is in (or discreet mode): see sw.js.
  if ('caches' in self) await caches.delete(FIRST_RESPONSE_CACHE).catch(() => {});
  sessionStorage.clear();
  localStorage.clear();
  return true;
}

// "Not everything could be deleted yet": in the person's language, words the app left with
// the request (boot.js has no translations), and a button to try again.
function showWipeUnfinished() {
  const main = document.createElement('main');
  main.className = 'app';
  main.lang = localStorage.getItem('harbour-wipe-lang') ?? 'en';
  main.dir = localStorage.getItem('harbour-wipe-dir') ?? 'ltr';
  const text = document.createElement('p');
  text.setAttribute('role', 'alert');
  text.textContent = localStorage.getItem('harbour-wipe-unfinished')
    ?? 'Not everything could be deleted yet: this app is open in another tab or window. Close it there, then try again.';
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'primary';
  again.textContent = localStorage.getItem('harbour-wipe-retry') ?? 'Try again';
  again.addEventListener('click', () => location.reload());
  main.append(text, again);
  document.body.replaceChildren(main);
}

// One Harbour per browser: a second tab must not open the store (two copies of SQLite over one
// IndexedDB database fork it) nor get its own wrong-code tries. The lock is held until this
// page closes; without Web Locks (old browsers) there is nothing to check with. Asked for here,
// while the wasm loads; the app waits for the answer before it opens anything
// (`holdInstance` in src/platform/web.rs).
function holdInstance() {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks.request('harbour-instance', { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? new Promise(() => {}) : undefined;
    }).catch(() => resolve(true));
  });
}

async function start() {
  if (byHistory && bounceIfExited()) return;
  sessionStorage.removeItem('harbour-away');
  if (localStorage.getItem('harbour-wipe') === '1') {
    if (await wipe()) location.replace('/');
    else showWipeUnfinished();
    return;
  }
  // Every start is marked until the app has drawn its first screen (it clears the mark). A mark
  // still there means the last start stopped before that, perhaps on a downloaded content pack
  // that crashes it: the app then starts on its built-in pack (security review L4).
  try {
    if (localStorage.getItem('harbour-starting') === '1') localStorage.setItem('harbour-start-failed', '1');
    localStorage.setItem('harbour-starting', '1');
  } catch {
    // Storage refused (a private window that allows none): nothing to mark.
  }
  // Each step of a start is marked for tests/browser/bench-startup.mjs (and the browser's own
  // performance tools); the app marks the rest (src/platform/web.rs).
  performance.mark('harbour-boot');
  globalThis.harbourInstance = holdInstance();
  try {
    await init({ module_or_path: '/harbour_bg.wasm' });
  } catch (problem) {
    showHelpInstead();
    throw problem;
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' });
  }
}

// A page kept in the back/forward cache comes back without running this file again.
addEventListener('pageshow', (event) => {
  if (event.persisted) bounceIfExited();
});

start();

// If the wasm stops (the web build aborts on a panic, and a trap leaves the page on screen but
// dead), the help the app keeps hidden in every screen, in the person's language, takes the
// screen's place: 999 and the helpline as plain links, which need nothing but the phone. If the
// app never drew anything (the wasm could not even start), the prerendered first response
// stays on screen; where there is none (discreet mode's page), the two numbers are shown alone.
function showHelpInstead() {
  const main = document.querySelector('#main main');
  const help = document.getElementById('if-harbour-stops');
  if (main && help) {
    help.hidden = false;
    main.replaceChildren(help);
    return;
  }
  if (document.getElementById('first-response')) return;
  const links = [['tel:999', '999'], ['tel:116000', '116 000']].map(([href, number]) => {
    const link = document.createElement('a');
    link.href = href;
    link.className = 'action';
    link.dir = 'ltr';
    link.textContent = `☎ ${number}`;
    return link;
  });
  document.body.replaceChildren(...links);
}
const stopped = (problem) => problem instanceof WebAssembly.RuntimeError;
addEventListener('error', (event) => { if (stopped(event.error)) showHelpInstead(); });
addEventListener('unhandledrejection', (event) => { if (stopped(event.reason)) showHelpInstead(); });

// When the app goes to the background its screen is covered, so the phone's recent-apps view
// (and anyone glancing at it) shows a plain page. It shows again two frames after coming back,
// once the app has had the chance to put up the lock screen if the time away calls for it.
document.addEventListener('visibilitychange', () => {
  const root = document.documentElement;
  if (document.hidden) root.classList.add('covered');
  else requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove('covered')));
});

// Escape is Quick exit on a computer: the same button, so whatever is typed is saved first.
addEventListener('keydown', (event) => {
  if (event.key === 'Escape') document.querySelector('button.leave-now')?.click();
});

// A setup link opened while Harbour is already open in this tab only changes the part after
// `#`: start again so the app reads it (it takes the code from the address at start).
addEventListener('hashchange', () => {
  if (location.pathname === '/j' && location.hash.length > 1) location.reload();
});
