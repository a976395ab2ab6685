// Reading on small, cracked, dim screens (issue 19): Harbour follows the phone's text size and
// `prefers-contrast: more`, and offers "Larger text and high contrast", kept in the store. At
// 200% text every screen in every locale keeps all its controls on screen with no sideways
// scrolling at 360 px, and at normal size at 320 px (WCAG 1.4.4, 1.4.10); in high contrast every
// text meets 7:1 (axe-core's AAA rule, WCAG 1.4.6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { axeViolations, message, open, screenshot, session } from './harness.mjs';

const server = session();
const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Every screen the review sheet shows (one step, one card): [{ file, path }]. */
const screens = execFileSync(`${repo}/target/debug/harbour-i18n`, ['screens'], { encoding: 'utf8' })
  .split('\n').filter(Boolean).map((line) => JSON.parse(line));
const locales = ['en', 'ar', 'fa', 'fa-AF', 'ps', 'ckb', 'kmr', 'ti', 'am', 'vi', 'sq', 'so', 'om', 'fr'];

/**
 * What sticks out sideways at the page's width: the page's own sideways scroll, and every element
 * (outside the help kept hidden) whose box leaves the screen while its parent's does not.
 */
async function overflow(page) {
  return page.evaluate(() => {
    // Measured against the page's own box: a right-to-left page that overflows to the left is
    // scrolled, and moves with its content.
    const width = document.documentElement.clientWidth;
    const start = document.documentElement.getBoundingClientRect().left;
    const out = (box) => box.width > 0 && (box.right > start + width + 0.5 || box.left < start - 0.5);
    const stuck = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[hidden]') || !out(el.getBoundingClientRect())) continue;
      if (el.parentElement && out(el.parentElement.getBoundingClientRect())) continue;
      stuck.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
    return { scroll: document.documentElement.scrollWidth - width, stuck };
  });
}

test('every screen in every locale fits at 200% text at 360 px and at normal size at 320 px', async () => {
  const wrong = [];
  for (const code of locales) {
    await server.onPhone(code, async (page) => {
      for (const { file, path } of screens) {
        await page.setViewportSize({ width: 360, height: 740 });
        await open(page, server.origin, path);
        // The phone's text size at 200%: the root font doubled.
        await page.evaluate(() => { document.documentElement.style.fontSize = '212.5%'; });
        const big = await overflow(page);
        if (big.scroll > 0 || big.stuck.length) wrong.push(`${code} ${file} 200% 360px: ${big.scroll}px ${big.stuck.slice(0, 3)}`);
        await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
        await page.setViewportSize({ width: 320, height: 740 });
        const small = await overflow(page);
        if (small.scroll > 0 || small.stuck.length) wrong.push(`${code} ${file} 100% 320px: ${small.scroll}px ${small.stuck.slice(0, 3)}`);
      }
    });
  }
  assert.deepEqual(wrong, []);
});

test('"Larger text and high contrast" is kept, and every screen then meets AAA contrast', () => server.onPhone('en-GB', async (page) => {
  await open(page, server.origin, '/l');
  const setting = page.getByRole('checkbox', { name: message('en', 'reading-large') });
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await rootSize();
  await setting.check();
  assert.ok(await rootSize() >= normal * 1.2, 'larger text');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.ok(await page.getByRole('checkbox', { name: message('en', 'reading-large') }).isChecked(), 'kept in the store');
  assert.ok(await rootSize() >= normal * 1.2, 'larger after a restart');
  const wrong = [];
  for (const { file, path } of screens) {
    await open(page, server.origin, path);
    for (const v of await axeViolations(page, ['color-contrast-enhanced'])) wrong.push(`${file}: ${v}`);
  }
  await open(page, server.origin, '/');
  await screenshot(page, 'home-large-en');
  assert.deepEqual(wrong, []);
}));

test('the phone asking for more contrast gets the high-contrast colours without the setting', async () => {
  for (const code of ['ar', 'ti']) {
    await server.onPhone(code, async (page) => {
      await page.emulateMedia({ contrast: 'more' });
      const wrong = [];
      for (const { file, path } of screens) {
        await open(page, server.origin, path);
        for (const v of await axeViolations(page, ['color-contrast-enhanced'])) wrong.push(`${file}: ${v}`);
      }
      await open(page, server.origin, '/c');
      await screenshot(page, `come-back-contrast-${code}`);
      assert.deepEqual(wrong, [], code);
    });
  }
});
