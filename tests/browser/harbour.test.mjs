// Harbour's first journeys end to end on the real web build (issue 2): the browser's language
// on first launch, the chosen language kept, help numbers one tap away, offline after the first
// load, nothing sent anywhere but 127.0.0.1, and no accessibility violations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, controlled, open, phone, rootLangDir, serve, session } from './harness.mjs';

const app = session();
const server = app;
const onPhone = app.onPhone;

describe('first launch follows the browser language', () => {
  for (const [locale, lang, dir, heading] of [
    ['en-GB', 'en', 'ltr', 'Harbour'],
    ['ar-SA', 'ar', 'rtl', 'هاربر'],
  ]) {
    test(`${locale} opens in ${lang}`, () => onPhone(locale, async (page) => {
      await open(page, server.origin);
      assert.deepEqual(await rootLangDir(page), [lang, dir]);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }));
  }
});

test('a chosen language is kept across reloads', () => onPhone('en-GB', async (page) => {
  await open(page, server.origin);
  await page.getByRole('link', { name: /Language/ }).click();
  await page.getByRole('button', { name: /Arabic/ }).click();
  await page.getByRole('heading', { level: 1, name: 'اختر لغتك' }).waitFor();
  assert.deepEqual(await rootLangDir(page), ['ar', 'rtl']);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'اختر لغتك' }).waitFor();
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { level: 1, name: 'هاربر' }).waitFor();
  assert.deepEqual(await rootLangDir(page), ['ar', 'rtl']);
  // And back to English, which is kept too.
  await page.getByRole('link', { name: /اللغة/ }).click();
  await page.getByRole('button', { name: /English/ }).click();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Choose your language' }).waitFor();
}));

describe('help numbers', () => {
  for (const [locale, call, text] of [
    ['en-GB', 'Call', 'Text'],
    ['ar-SA', 'اتصل', 'أرسل رسالة'],
  ]) {
    test(`one tap to call or text, in ${locale}`, () => onPhone(locale, async (page) => {
      await open(page, server.origin);
      await page.getByRole('link', { name: locale === 'en-GB' ? /Help numbers/ : /أرقام المساعدة/ }).click();
      const emergency = page.getByRole('link', { name: `${call} 999` });
      assert.equal(await emergency.getAttribute('href'), 'tel:999');
      assert.equal(await page.getByRole('link', { name: `${call} 0800 1111` }).getAttribute('href'), 'tel:08001111');
      assert.equal(await page.getByRole('link', { name: `${text} 116 000` }).getAttribute('href'), 'sms:116000');
      assert.equal(await page.getByRole('link', { name: `${text} 116 123` }).count(), 0, 'Samaritans take no texts');
      // Every number reads left to right, whatever the page direction.
      const directions = await page.locator('a[href^="tel:"] .tel').evaluateAll(
        (els) => els.map((el) => [el.textContent, getComputedStyle(el).direction]),
      );
      assert.ok(directions.length >= 8);
      for (const [digits, direction] of directions) {
        assert.equal(direction, 'ltr', `${digits} is left to right`);
        assert.match(digits, /^[0-9 ]+$/, `${digits} is in Western digits`);
      }
    }));
  }
});

describe('no accessibility violations on home and numbers, opened in the browser language', () => {
  for (const locale of ['en-GB', 'ar-SA']) {
    for (const [name, path] of [['home', '/'], ['numbers', '/n']]) {
      test(`${name} in ${locale}`, () => onPhone(locale, async (page) => {
        await open(page, server.origin, path);
        assert.deepEqual(await axeViolations(page), []);
      }));
    }
  }
});

test('after the first load, the app and its numbers open with the network off', async () => {
  const own = await serve();
  const context = await phone(app.browser, own.origin, 'en-GB');
  try {
    const page = await context.newPage();
    await open(page, own.origin, '/n');
    await controlled(page);
    await own.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Help numbers' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href'), 'tel:999');
    await page.goto(`${own.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Harbour' }).waitFor();
  } finally {
    await context.close();
  }
  assert.deepEqual(context.foreignRequests, []);
});
