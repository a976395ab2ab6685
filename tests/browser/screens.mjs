// Screenshots of every screen the review sheet shows, in one locale, on the real web build at
// phone size: `node tests/browser/screens.mjs <code> <out-dir> <screens.jsonl>`, where the list
// comes from `harbour-i18n screens` (scripts/review-sheet.sh runs all three steps).
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser, open, phone, serve } from './harness.mjs';

const [code, out, list] = process.argv.slice(2);
if (!code || !out || !list) {
  console.error('usage: node screens.mjs <code> <out-dir> <screens.jsonl>');
  process.exit(2);
}
const screens = readFileSync(list, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launchBrowser();
try {
  const context = await phone(browser, server.origin, code);
  const page = await context.newPage();
  for (const { file, path } of screens) {
    await open(page, server.origin, path);
    // JPEG: the sheet carries every screen, and is sent to the translator as one file.
    await page.screenshot({ path: `${out}/${file}`, fullPage: true, type: 'jpeg', quality: 70 });
  }
  console.log(`${screens.length} screens of ${code} in ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
