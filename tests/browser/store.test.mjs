// The store on the web under bad input (issue 2): a damaged database is moved aside, never
// deleted, and the app starts on a fresh one; a database from a newer app is refused and left
// exactly as it was. Both are told in the person's language. The database lives in IndexedDB
// (SQLite's relaxed-idb VFS: database "harbour-idb", store "blocks", records {path, offset, data}).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { message, open, session, until } from './harness.mjs';

const app = session();

/**
 * Edits the first page of harbour.db in IndexedDB: `{ garbage: n }` overwrites its first n bytes,
 * `{ userVersion: v }` sets the schema version in the header.
 */
function editFirstPage(page, change) {
  return page.evaluate(async ({ garbage, userVersion }) => {
    const edit = (bytes) => {
      if (garbage) bytes.fill(0x41, 0, garbage);
      if (userVersion !== undefined) new DataView(bytes.buffer).setUint32(60, userVersion);
    };
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('harbour-idb');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction('blocks', 'readwrite');
    const store = tx.objectStore('blocks');
    const block = await new Promise((ok) => { const r = store.get(['harbour.db', 0]); r.onsuccess = () => ok(r.result); });
    const before = Array.from(new Uint8Array(block.data));
    const bytes = new Uint8Array(block.data);
    edit(bytes);
    store.put({ path: 'harbour.db', offset: 0, data: bytes });
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
    return before;
  }, change);
}

function storedPaths(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('harbour-idb'); r.onsuccess = () => ok(r.result); });
    const keys = await new Promise((ok) => {
      const r = db.transaction('blocks').objectStore('blocks').getAllKeys();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return [...new Set(keys.map(([path]) => path))];
  });
}

function firstPage(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('harbour-idb'); r.onsuccess = () => ok(r.result); });
    const block = await new Promise((ok) => {
      const r = db.transaction('blocks').objectStore('blocks').get(['harbour.db', 0]);
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return Array.from(new Uint8Array(block.data));
  });
}

/** A phone whose store has been written: the language chosen, so the database exists. */
async function withSavedLanguage(page) {
  await open(page, app.origin, '/l');
  await page.getByRole('button', { name: /Arabic/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  await until(page, async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('harbour-idb'); r.onsuccess = () => ok(r.result); });
    const n = await new Promise((ok) => { const r = db.transaction('blocks').objectStore('blocks').count(); r.onsuccess = () => ok(r.result); });
    db.close();
    return n > 0;
  });
}

test('a damaged database is moved aside and the app starts fresh, saying so', () => app.onPhone('ar-SA', async (page) => {
  await withSavedLanguage(page);
  // Overwrite the SQLite header: this is no longer a database.
  await editFirstPage(page, { garbage: 100 });
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), message('ar', 'store-error-corrupt'));
  await until(page, async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('harbour-idb'); r.onsuccess = () => ok(r.result); });
    const keys = await new Promise((ok) => { const r = db.transaction('blocks').objectStore('blocks').getAllKeys(); r.onsuccess = () => ok(r.result); });
    db.close();
    return keys.some(([path]) => path.startsWith('harbour.db.broken-'));
  });
  const paths = await storedPaths(page);
  const aside = paths.find((p) => p.startsWith('harbour.db.broken-'));
  assert.ok(aside, `the damaged copy is kept: ${paths}`);
  const keptHeader = await page.evaluate(async (path) => {
    const db = await new Promise((ok) => { const r = indexedDB.open('harbour-idb'); r.onsuccess = () => ok(r.result); });
    const block = await new Promise((ok) => {
      const r = db.transaction('blocks').objectStore('blocks').get([path, 0]);
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return Array.from(new Uint8Array(block.data).slice(0, 100));
  }, aside);
  assert.deepEqual(keptHeader, new Array(100).fill(0x41), 'the damaged bytes are kept as they were');
  // The fresh store works: the language can be chosen and is kept again.
  await open(page, app.origin, '/l');
  await page.getByRole('button', { name: /Arabic/ }).click();
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.equal(await page.getByRole('alert').count(), 0, 'no warning once the new store is in use');
  // "What Harbour keeps" lists the damaged copy (it may hold all that was saved), and it can go.
  await open(page, app.origin, '/v');
  const forget = page.getByRole('button', { name: message('ar', 'privacy-damaged-delete') });
  await forget.waitFor();
  const kept = page.getByText(message('ar', 'kept-damaged'));
  assert.match(await kept.textContent(), /\W1\W*$/);
  await forget.click();
  await forget.waitFor({ state: 'detached' });
  assert.equal(await kept.count(), 0);
  assert.deepEqual((await storedPaths(page)).filter((p) => p.startsWith('harbour.db.broken-')), []);
  assert.equal(await page.getByRole('alert').count(), 0);
}));

test('a database from a newer app is refused and left untouched', () => app.onPhone('en-GB', async (page) => {
  await withSavedLanguage(page);
  // Schema version (PRAGMA user_version) lives in header bytes 60–63, big-endian.
  await editFirstPage(page, { userVersion: 99 });
  const newer = await firstPage(page);
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  // The stored language cannot be read either, so the app follows the browser: English.
  assert.equal(await alert.textContent(), message('en', 'store-error-too-new'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(await firstPage(page), newer, 'the newer database is not changed');
}));
