// No way out of the app's frame (issue 22): an address Harbour does not have, and the web app
// stopping (a panic aborts the wasm), both keep Quick exit and the person's language, with a way
// home or the numbers that need nothing but the phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, message, open, rootLangDir, screenshot, session } from './harness.mjs';

const server = session();

test('an address Harbour does not have says so in the frame, in the person\'s language', () => server.onPhone('ar-SA', async (page) => {
  for (const path of ['/nope', '/t/abc']) {
    await open(page, server.origin, path);
    await page.getByRole('heading', { level: 1, name: message('ar', 'error-not-found-title') }).waitFor();
    assert.deepEqual(await rootLangDir(page), ['ar', 'rtl'], path);
    assert.equal(await page.getByRole('button', { name: message('ar', 'quick-exit') }).count(), 1, `${path}: Quick exit`);
  }
  await screenshot(page, 'not-found-ar');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: message('ar', 'error-go-home') }).click();
  await page.getByRole('link', { name: message('ar', 'home-come-back') }).waitFor();
}));

test('if the web app stops, the help kept in every screen takes its place', () => server.onPhone('en-GB', async (page) => {
  await open(page, server.origin, '/p');
  // What a panic does to the wasm in the browser: a WebAssembly.RuntimeError nobody catches.
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  await page.getByRole('alert').filter({ hasText: message('en', 'error-stopped') }).waitFor();
  assert.equal(await page.getByRole('link', { name: message('en', 'comeback-danger') }).getAttribute('href'), 'tel:999');
  assert.equal(await page.getByRole('link', { name: /Runaway Helpline/ }).getAttribute('href'), 'tel:116000');
  assert.equal(await page.getByRole('heading', { name: 'My safety plan' }).count(), 0, 'the dead screen is gone');
  assert.equal(await page.getByRole('button', { name: 'Quick exit' }).count(), 1, 'the top bar stays');
  await screenshot(page, 'stopped-en');
}));
