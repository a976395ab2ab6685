// Every built screen in every locale (issues 3 and 5), each language chosen through the picker as a
// young person would: a 390×844 screenshot of each (artifacts), the root `dir`, no horizontal
// overflow, every phone number left to right in Western digits, and no axe-core violations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { axeViolations, open, rootLangDir, screenshot, session } from './harness.mjs';

const localesDir = new URL('../../locales/', import.meta.url);
const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ code: d.name, ...JSON.parse(readFileSync(new URL(`${d.name}/locale.json`, localesDir), 'utf8')) }));
const screens = [
  ['home', '/'], ['come-back', '/c'], ['adults', '/t'], ['adult-new', '/t/new'],
  ['plan', '/p'], ['when-back', '/w'], ['staying-safe', '/s'], ['process', '/a'], ['step', '/a/AQ8GBx0DGw0W'], ['glossary', '/g'],
  ['numbers', '/n'], ['language', '/l'], ['privacy', '/v'], ['setup', '/j'], ['key-worker', '/m'], ['about', '/i'],
  ['places', '/d'], ['place', '/d/example-1@loc-1'],
];

const server = session();

test('every locale folder is listed in the picker', () => server.onPhone('en-GB', async (page) => {
  assert.equal(locales.length, 14, 'the fourteen locales are there');
  await open(page, server.origin, '/l');
  for (const locale of locales) {
    const name = new RegExp(locale.english_name.replace(/[()]/g, '\\$&'));
    assert.equal(await page.getByRole('button', { name }).count(), 1, `${locale.code} is in the picker`);
  }
}));

for (const locale of locales) {
  describe(`${locale.english_name} (${locale.code})`, () => {
    test('every screen', () => server.onPhone('en-GB', async (page) => {
      await open(page, server.origin, '/l');
      const name = new RegExp(locale.english_name.replace(/[()]/g, '\\$&'));
      await page.getByRole('button', { name }).click();
      await page.waitForFunction((code) => document.documentElement.lang === code, locale.code);
      for (const [screen, path] of screens) {
        await open(page, server.origin, path);
        assert.deepEqual(await rootLangDir(page), [locale.code, locale.dir], `${screen}: root lang and dir`);
        await screenshot(page, `${screen}-${locale.code}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${screen}: no horizontal overflow (${overflow}px)`);
        const numbers = await page.locator('a[href^="tel:"] .tel, a[href^="sms:"] .tel').evaluateAll(
          (els) => els.map((el) => [el.textContent, getComputedStyle(el).direction]),
        );
        for (const [digits, direction] of numbers) {
          assert.equal(direction, 'ltr', `${screen}: ${digits} reads left to right`);
          // Places' numbers are E.164 (+44…), as the publisher normalises them.
          assert.match(digits, /^\+?[0-9 ]+$/, `${screen}: ${digits} in Western digits`);
        }
        if (screen === 'numbers') assert.ok(numbers.length >= 9, 'every call and text link checked');
        assert.deepEqual(await axeViolations(page), [], `${screen}: axe-core`);
      }
    }));
  });
}
