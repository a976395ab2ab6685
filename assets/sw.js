// Harbour's service worker: after the first load, the app and its embedded content come from
// this cache, so the app opens with no network at all. It never talks to another origin.
// scripts/build-web.sh fills in the version and the list of files.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `harbour-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Content updates are asked for on purpose and must reach the server (or fail and say so).
  if (url.pathname.startsWith('/packs/')) return;
  // Every in-app address is the same page; the router inside picks the screen. The harmless
  // page that "Quick exit" leaves on screen is a page of its own.
  const key = request.mode === 'navigate' && url.pathname !== '/away.html' ? '/index.html' : url.pathname;
  event.respondWith(caches.match(key).then((hit) => hit || fetch(request)));
});
