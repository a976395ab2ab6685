// Harbour's service worker: after the first load, the app and its embedded content come from
// this cache, so the app opens with no network at all. It never talks to another origin.
// scripts/build-web.sh fills in the version and the two lists of files.
const VERSION = '__VERSION__';
// What a young person needs offline from the first visit: the app, English, the phone-number
// module (to add a trusted adult offline), the first responses in English and discreet mode.
const PRECACHE = __PRECACHE__;
// What they may never need: other languages' words and first responses, the QR module (used at
// the welcome meeting, where there is usually Wi-Fi), the PNG icons an installed app is given.
// Kept when first used, never fetched ahead: many of these young people pay for every megabyte.
const LATER = __LATER__;
const CACHE = `harbour-${VERSION}`;
// Written by the app (src/platform/web.rs), deleted by "Delete everything" (boot.js): which
// first response this phone gets, its language or `discreet`.
const FIRST_RESPONSE_CACHE = 'harbour-first';
const KNOWN = new Set([...PRECACHE, ...LATER]);
// English first responses are kept under the addresses a first visit loads them from, home's
// and the help numbers' (Route::Numbers in src/ui/route.rs), so they are not downloaded twice.
const HOME = '/';
const NUMBERS_PATH = '/n';

// Each file is revalidated, not downloaded again: on a first visit the page has just fetched
// the app, so the browser's own cache holds it and the server answers "not modified".
async function keep(cache, urls) {
  await Promise.all(urls.map(async (url) => {
    const response = await fetch(new Request(url, { cache: 'no-cache' }));
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await cache.put(url, response);
  }));
}

// What an earlier version kept as it was used (a language's words and first responses, the QR
// module), so an update never leaves them behind: the young person's words must still be there
// at the next start with no network.
async function keptBefore() {
  const kept = new Set();
  for (const name of await caches.keys()) {
    if (name === CACHE || name === FIRST_RESPONSE_CACHE || !name.startsWith('harbour-')) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname;
      if (LATER.includes(path)) kept.add(path);
    }
  }
  return [...kept];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then(async (cache) => keep(cache, [...PRECACHE, ...await keptBefore()]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k !== CACHE && k !== FIRST_RESPONSE_CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The app asks for its language to be kept (src/platform/web.rs): its words and first
// responses, which the page may have loaded before this worker ran. Only the build's own files.
self.addEventListener('message', (event) => {
  const code = event.data?.keep;
  if (typeof code !== 'string') return;
  const wanted = [`/locales/${code}.ftl`, `/first/${code}.html`, `/first/${code}-numbers.html`];
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    const missing = [];
    for (const url of wanted.filter((u) => KNOWN.has(u))) if (!(await cache.match(url))) missing.push(url);
    await keep(cache, missing);
  }).catch(() => {}));
});

// The page an address starts with (scripts/build-web.sh, harbour-prerender): the help numbers
// for theirs, home's help for every other address, in the language the app last showed;
// in discreet mode, a page with no help in it.
async function firstResponse(path) {
  const numbers = path === NUMBERS_PATH;
  const fallback = numbers ? NUMBERS_PATH : HOME;
  const hint = await caches.open(FIRST_RESPONSE_CACHE)
    .then((cache) => cache.match('/first-response'))
    .then((found) => (found ? found.text() : ''))
    .catch(() => '');
  if (hint === 'discreet') return '/first/discreet.html';
  const page = `/first/${hint}${numbers ? '-numbers' : ''}.html`;
  return KNOWN.has(page) ? page : fallback;
}

// From the cache; else from the network, kept for next time if it is one of the app's files.
async function answer(key, request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(key === new URL(request.url).pathname ? request : key);
  if (response.ok && KNOWN.has(key)) await cache.put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Content updates and recordings are asked for on purpose and must reach the server (or fail
  // and say so); recordings are kept in the store, never twice in a cache.
  if (url.pathname.startsWith('/packs/') || url.pathname.startsWith('/audio/')) return;
  // The harmless page that "Quick exit" leaves on screen is a page of its own.
  if (request.mode === 'navigate' && url.pathname !== '/away.html') {
    event.respondWith(firstResponse(url.pathname)
      .then((key) => answer(key, request))
      .catch(() => caches.match(HOME)));
    return;
  }
  event.respondWith(answer(url.pathname, request));
});
