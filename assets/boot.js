// Starts the wasm app and registers the service worker that keeps it working offline.
// An external file, because the page's Content-Security-Policy forbids inline scripts.
//
// Two things happen here, before the app loads, because they must not wait for it:
// - After "Quick exit", Back must not show Harbour again: a page of this tab reached by Back or
//   Forward goes straight back to the harmless page. Opening Harbour afresh works as normal.
// - "Delete everything" is finished here, before the app opens its database (an open
//   database cannot be deleted): every IndexedDB database, every cache, the service worker and
//   both storages are cleared, then the app starts as new.
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

async function wipe() {
  const databases = (await indexedDB.databases?.()) ?? [];
  await Promise.all(databases.map(({ name }) => new Promise((done) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => done();
  })));
  if ('caches' in self) {
    await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  }
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
  localStorage.clear();
  sessionStorage.clear();
}

async function start() {
  if (byHistory && bounceIfExited()) return;
  sessionStorage.removeItem('harbour-away');
  if (localStorage.getItem('harbour-wipe') === '1') {
    await wipe();
    location.replace('/');
    return;
  }
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
// app never drew anything (the wasm could not even start), the two numbers are shown alone.
function showHelpInstead() {
  const main = document.querySelector('main');
  const help = document.getElementById('if-harbour-stops');
  if (main && help) {
    help.hidden = false;
    main.replaceChildren(help);
    return;
  }
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
  if (location.pathname === '/setup' && location.hash.length > 1) location.reload();
});
