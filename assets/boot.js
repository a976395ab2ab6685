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
  await init({ module_or_path: '/harbour_bg.wasm' });
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' });
  }
}

// A page kept in the back/forward cache comes back without running this file again.
addEventListener('pageshow', (event) => {
  if (event.persisted) bounceIfExited();
});

start();

// Escape is Quick exit on a computer: the same button, so whatever is typed is saved first.
addEventListener('keydown', (event) => {
  if (event.key === 'Escape') document.querySelector('button.leave-now')?.click();
});

// A setup link opened while Harbour is already open in this tab only changes the part after
// `#`: start again so the app reads it (it takes the code from the address at start).
addEventListener('hashchange', () => {
  if (location.pathname === '/setup' && location.hash.length > 1) location.reload();
});
