// Help in the first second (issue 17): every address answers with prerendered HTML that works
// with JavaScript off, in every locale; the service worker sends the young person's language
// (and nothing that names help in discreet mode); a tap made while the app loads is kept;
// nothing saved ever reaches a cached or prerendered file; a first visit downloads no file twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { appDrawn, artifacts, controlled, launchBrowser, message, open, phone, serve, session, until, untilQuiet } from './harness.mjs';

const localesDir = new URL('../../locales/', import.meta.url);
const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ code: d.name, ...JSON.parse(readFileSync(new URL(`${d.name}/locale.json`, localesDir), 'utf8')) }));

/** Where each locale's two prerendered pages are served from. */
const pages = (code) => (code === 'en' ? ['/', '/n'] : [`/first/${code}.html`, `/first/${code}-numbers.html`]);

const server = session();

/** Every `tel:`/`sms:` link on the page, and whether each shows its number left to right. */
const phoneLinks = (page) => page.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((links) => links
  .map((a) => ({ href: a.getAttribute('href'), isolated: !/\d/.test(a.getAttribute('href').slice(4)) || !!a.querySelector('bdi[dir=ltr]') })));

test('with JavaScript off, every locale answers with 999 and every help number as working links', async () => {
  const context = await server.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    let english;
    for (const { code, dir } of locales) {
      const [home, numbers] = pages(code);
      await page.goto(`${server.origin}${home}`);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [code, dir], `${code}: root`);
      const danger = page.getByRole('link', { name: message(code, 'home-danger'), exact: true });
      assert.equal(await danger.getAttribute('href'), 'tel:999', `${code}: 999`);
      assert.equal(await danger.locator('bdi[dir=ltr]').textContent(), '999', `${code}: 999 reads left to right`);
      assert.equal(await page.getByRole('link', { name: message(code, 'home-numbers'), exact: true }).getAttribute('href'), '/n', `${code}: the way to the numbers`);
      await page.goto(`${server.origin}${numbers}`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), message(code, 'numbers-title'), `${code}: numbers page`);
      const links = await phoneLinks(page);
      english ??= links;
      assert.ok(links.length >= 8, `${code}: the numbers are there`);
      assert.deepEqual(links, english, `${code}: the same numbers as in English, each left to right`);
      assert.ok(links.every((l) => l.isolated), `${code}: every number in a left-to-right isolate`);
    }
    // In English, the way there is a real link: the server answers /n with the numbers.
    await page.goto(`${server.origin}/c`);
    await page.getByRole('link', { name: 'Help numbers', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Help numbers' }).waitFor();
    assert.ok((await phoneLinks(page)).some((l) => l.href === 'tel:116000'));
  } finally {
    await context.close();
  }
});

test('the service worker answers in the young person\'s language and keeps it for offline use from the first visit, with no help words in discreet mode', () => server.onPhone('ar-SA', async (page, context) => {
  // A first visit only: the page fetched the Arabic words before the service worker ran.
  await open(page, server.origin, '/');
  await controlled(page);
  await until(page, () => Promise.all(['/locales/ar.ftl', '/first/ar.html', '/first/ar-numbers.html']
    .map((url) => caches.match(url))).then((hits) => hits.every(Boolean)));
  const first = async (path) => (await page.goto(`${server.origin}${path}`)).text();
  await context.setOffline(true);
  const home = await first('/c');
  assert.match(home, /<html lang="ar" dir="rtl">/);
  assert.ok(home.includes('id="first-response"') && home.includes(message('ar', 'home-numbers')), 'home\'s help, in Arabic');
  await appDrawn(page);
  await page.getByRole('heading', { level: 1, name: message('ar', 'comeback-title') }).waitFor();
  const numbers = await first('/n');
  assert.ok(numbers.includes(message('ar', 'numbers-title')) && numbers.includes('href="tel:116000"'), 'the numbers, in Arabic');
  await appDrawn(page);
  await context.setOffline(false);

  await open(page, server.origin, '/v');
  await page.getByRole('checkbox', { name: message('ar', 'privacy-discreet-on') }).check();
  await until(page, () => caches.match('/first-response', { cacheName: 'harbour-first' }).then((r) => r?.text()).then((t) => t === 'discreet'));
  const discreet = await first('/');
  assert.ok(!discreet.includes('first-response') && !discreet.includes('tel:'), 'discreet mode\'s first response names no help');
  await appDrawn(page);
}));

test('a tap made while the app is loading is kept, and the app then takes over', () => server.onPhone('en-GB', async (page, context) => {
  let release;
  const loaded = new Promise((r) => { release = r; });
  await context.route('**/harbour_bg.wasm', async (route) => { await loaded; await route.continue(); });
  await page.goto(`${server.origin}/`, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.getByRole('link', { name: 'In danger? Call 999' }).getAttribute('href'), 'tel:999');
  await page.getByRole('link', { name: 'Help numbers', exact: true }).click();
  await page.waitForURL(`${server.origin}/n`);
  await page.getByRole('heading', { level: 1, name: 'Help numbers' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Quick exit' }).count(), 0, 'the app is not there yet');
  release();
  await appDrawn(page);
  await page.getByRole('button', { name: 'Quick exit' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'one screen, not two');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Help numbers');
}));

test('nothing saved reaches a cached or prerendered file, and Delete everything forgets the language', () => server.onPhone('en-GB', async (page) => {
  await open(page, server.origin, '/t/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Zebedee');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trusted adults' }).waitFor();
  await controlled(page);
  await open(page, server.origin, '/');
  const cached = () => page.evaluate(async () => {
    const found = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const bytes = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        found[`${name} ${new URL(request.url).pathname}`] = new TextDecoder('latin1').decode(bytes);
      }
    }
    return found;
  });
  const files = await cached();
  assert.ok(Object.keys(files).some((k) => k.endsWith(' /harbour_bg.wasm')), 'the app is cached');
  for (const [file, text] of Object.entries(files)) {
    assert.ok(!/Zebedee|7911 ?123 ?456/.test(text), `${file} holds nothing saved`);
  }
  assert.equal(files['harbour-first /first-response'], 'en', 'only the language');

  // A language chosen in the app is forgotten with everything else: the fresh start that
  // follows tells the service worker the phone's own language again, as a new install would.
  const hintIs = (want) => caches.match('/first-response', { cacheName: 'harbour-first' })
    .then((r) => r?.text()).then((text) => text === want);
  await open(page, server.origin, '/l');
  await page.getByRole('button', { name: /Tigrinya/ }).click();
  await until(page, hintIs, 'ti');
  await open(page, server.origin, '/v');
  await page.locator('section[aria-labelledby=heading-wipe] button').click();
  await page.locator('.confirm button.danger').click();
  await until(page, hintIs, 'en');
}));

for (const [device, code] of [['en-GB', 'en'], ['ar-SA', 'ar']]) {
  test(`a first visit in ${code} downloads no file twice, and no other language or the QR module`, async () => {
    const log = `${artifacts}/first-visit-${code}.log`;
    rmSync(log, { force: true });
    const own = await serve({ log });
    const browser = await launchBrowser();
    const context = await phone(browser, own.origin, device);
    try {
      const page = await context.newPage();
      await open(page, own.origin, '/');
      await controlled(page);
      const responses = await untilQuiet(log);
      const listed = responses.map((r) => `${r.status} ${r.url}`).join('\n');
      const downloads = responses.filter((r) => r.status === '200').map((r) => r.url);
      const twice = downloads.filter((url, i) => downloads.indexOf(url) !== i);
      assert.deepEqual(twice, [], `downloaded twice:\n${listed}`);
      assert.ok(downloads.includes('/harbour_bg.wasm') && downloads.includes('/phone/harbour_phone_bg.wasm'), listed);
      const needed = code === 'en' ? [] : [`/locales/${code}.ftl`, `/first/${code}.html`, `/first/${code}-numbers.html`];
      assert.deepEqual(downloads.filter((url) => /^\/(locales|qr)\/|^\/first\/(?!discreet)/.test(url)).sort(), needed.sort(), 'only what this phone needs');
    } finally {
      await context.close();
      await browser.close();
      await own.stop();
    }
  });
}

test('an update keeps the young person\'s language for the next start with no network', async () => {
  // A copy of the build whose service worker can be changed, as a new release would change it.
  const dir = `${artifacts}/web-update`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(new URL('../../dist/web', import.meta.url), dir, { recursive: true });
  const own = await serve({ dir });
  const browser = await launchBrowser();
  const context = await phone(browser, own.origin, 'ar-SA');
  try {
    const page = await context.newPage();
    await open(page, own.origin, '/');
    await controlled(page);
    await until(page, () => caches.match('/locales/ar.ftl').then(Boolean));
    const before = await page.evaluate(() => caches.keys());
    const sw = readFileSync(`${dir}/sw.js`, 'utf8');
    writeFileSync(`${dir}/sw.js`, sw.replace(/const VERSION = '([^']*)'/, "const VERSION = '$1-next'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await until(page, (old) => caches.keys().then((keys) => keys.some((k) => k.endsWith('-next'))
      && !old.some((k) => k.startsWith('harbour-') && k !== 'harbour-first' && keys.includes(k))), before);
    const kept = await page.evaluate(() => caches.keys().then((keys) => caches.open(keys.find((k) => k.endsWith('-next'))))
      .then((cache) => Promise.all(['/locales/ar.ftl', '/first/ar.html'].map((url) => cache.match(url).then(Boolean)))));
    assert.deepEqual(kept, [true, true], 'the new version kept the Arabic words and first response');
    await context.setOffline(true);
    await page.reload();
    await appDrawn(page);
    await page.getByRole('link', { name: message('ar', 'home-danger'), exact: true }).waitFor();
  } finally {
    await context.close();
    await browser.close();
    await own.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
