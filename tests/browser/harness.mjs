// Shared set-up for the browser tests: Harbour's real web build served on 127.0.0.1, driven in
// Debian's chromium at phone size with touch. Never downloads a browser.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
const repo = fileURLToPath(new URL('../..', import.meta.url));
export const artifacts = fileURLToPath(new URL('./artifacts', import.meta.url));
mkdirSync(artifacts, { recursive: true });
/** Where the test server serves /packs/ from; emptied by each test that publishes. */
export const packsDir = `${artifacts}/packs`;
mkdirSync(packsDir, { recursive: true });
/** Where the test server serves /audio/ (recordings) from. */
export const audioDir = `${artifacts}/audio`;
mkdirSync(audioDir, { recursive: true });

/**
 * Starts scripts/serve.mjs on a free port; resolves to { origin, stop }. With `log`, the server
 * writes a line per response there (status, bytes, address); `dir` serves another copy of the
 * build.
 */
export function serve({ log, dir = `${repo}/dist/web` } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${repo}/scripts/serve.mjs`, '0', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // Content packs a test publishes (see places.test.mjs) are served from here.
      env: { ...process.env, HARBOUR_PACKS: packsDir, HARBOUR_AUDIO: audioDir, ...(log ? { HARBOUR_SERVE_LOG: log } : {}) },
    });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (match) {
        resolve({
          origin: `http://127.0.0.1:${match[1]}`,
          stop: () => new Promise((done) => { child.once('exit', done); child.kill(); }),
        });
      }
    });
  });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * A fresh phone: its own storage, the given browser language, and a record of every request
 * that went anywhere but our origin (checked by `foreignRequests`).
 */
export async function phone(browser, origin, locale, size = { width: 390, height: 844 }) {
  const context = await browser.newContext({
    viewport: size,
    hasTouch: true,
    isMobile: true,
    locale,
    serviceWorkers: 'allow',
  });
  const foreign = [];
  context.on('request', (request) => {
    const url = request.url();
    // blob: addresses of our own origin are bytes in the page's memory (recordings played).
    const local = url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith(`blob:${origin}/`);
    if (!local) foreign.push(url);
  });
  context.foreignRequests = foreign;
  return context;
}

/** Opens a path and waits until the app has drawn its screen. */
/**
 * The responses `serve({ log })` has logged, once the log has not grown for `quietFor` ms:
 * [{ status, bytes, url }].
 */
export async function untilQuiet(log, quietFor = 1500) {
  let lines = [];
  for (let quiet = 0; quiet * 500 < quietFor;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = readFileSync(log, 'utf8').trim().split('\n');
    quiet = now.length === lines.length ? quiet + 1 : 0;
    lines = now;
  }
  return lines.map((l) => l.split(' ')).map(([status, bytes, url]) => ({ status, bytes: Number(bytes), url }));
}

/**
 * Waits until `fn`, run in the page and awaited, gives something truthy, and returns it.
 * Playwright's waitForFunction does not await a promise: it takes the promise itself as truthy,
 * so a check of caches or IndexedDB there would pass at once.
 */
export async function until(page, fn, arg, { timeout = 30000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`still not true after ${timeout} ms: ${fn}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the service worker controls the page (so it answers offline). */
export function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** Opens `path` and waits for the app to be drawn over the prerendered first response. */
export async function open(page, origin, path = '/') {
  await page.goto(`${origin}${path}`);
  await appDrawn(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** The app has drawn its first screen (it removes the prerendered first response then). */
export async function appDrawn(page) {
  await page.waitForFunction(() => !document.getElementById('first-response'));
}

export async function rootLangDir(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

/** axe-core's findings on the page; `rules`: only these (e.g. AAA's 'color-contrast-enhanced'). */
export async function axeViolations(page, rules) {
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
}

/**
 * Which of `words` can be read anywhere in this origin's IndexedDB, byte for byte: every record of
 * every object store of every database, its binary parts as bytes and the rest as JSON, searched
 * for each word as UTF-8 and as UTF-16 (both byte orders). What someone holding the unlocked
 * phone, or its browser profile, could read.
 */
export async function wordsInIndexedDb(page, words) {
  const dump = await page.evaluate(async () => {
    const parts = [];
    const bytesOf = (value) => {
      if (value instanceof ArrayBuffer) return new Uint8Array(value);
      if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return null;
    };
    const walk = (value) => {
      const bytes = bytesOf(value);
      if (bytes) { parts.push(Array.from(bytes, (b) => String.fromCharCode(b)).join('')); return; }
      if (value && typeof value === 'object') { for (const v of Object.values(value)) walk(v); return; }
      parts.push(unescape(encodeURIComponent(String(value))));
    };
    const names = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
    for (const name of names) {
      const db = await new Promise((ok, ko) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = ko; });
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all(['getAllKeys', 'getAll'].map((how) =>
          new Promise((ok) => { const r = store[how](); r.onsuccess = () => ok(r.result); })));
        walk(keys);
        walk(values);
      }
      db.close();
    }
    return { names, text: parts.join('\n') };
  });
  assert.ok(dump.names.length > 0, 'the app keeps its data in IndexedDB');
  const asBytes = (buffer) => Array.from(buffer, (b) => String.fromCharCode(b)).join('');
  return words.filter((word) => {
    const utf16le = Buffer.from(word, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    return [Buffer.from(word, 'utf8'), utf16le, utf16be].some((b) => dump.text.includes(asBytes(b)));
  });
}

/** A message's text in one locale, read from its Fluent files (one-line messages only). */
export function message(code, id) {
  const dir = new URL(`../../locales/${code}/`, import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (line.startsWith(`${id} = `)) return line.slice(id.length + 3);
    }
  }
  throw new Error(`${code} has no message ${id}`);
}

/**
 * One browser and one server for a test file, started before its tests and stopped after.
 * `onPhone(locale, body)` runs `body(page, context)` on a fresh phone, then checks that no script
 * failed and no request left 127.0.0.1.
 */
export function session() {
  const s = {};
  before(async () => {
    s.browser = await launchBrowser();
    s.server = await serve();
    s.origin = s.server.origin;
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.stop();
  });
  s.onPhone = async (locale, body) => {
    const context = await phone(s.browser, s.origin, locale);
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await body(page, context);
      assert.deepEqual(errors, [], 'no script errors');
    } finally {
      await context.close();
    }
    assert.deepEqual(context.foreignRequests, [], 'no request left 127.0.0.1');
  };
  return s;
}
