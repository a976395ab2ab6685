// Places at a council's scale (not a test): 10,000 generated services published with the
// publisher's tool, then, on the web build with the CPU slowed 4× like a cheap phone: taking the
// pack (download on 127.0.0.1, signature check, reading, keeping it), a search put into the
// box, a search typed key by key (every keystroke must be kept: it fails if one is dropped),
// and the "Open now" filter, each timed until the list has changed on screen. Writes the
// "Places at scale" section of BENCHMARKS.md.
// Run after scripts/build-web.sh:  node tests/browser/bench-places.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser, packsDir, phone, serve } from './harness.mjs';

const RUNS = 5;
const PLACES = 10000;
const repo = fileURLToPath(new URL('../..', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** ORUK 3.0 services: five kinds, names in five scripts, weekly hours, a Bristol drama number. */
function services(count) {
  const kinds = ['Youth club', 'Drop-in', 'Food bank', 'Community centre', 'Advice'];
  const words = ['Riverside', 'نور', 'ሰላም', 'Hòa Bình', 'Shpresa', 'Kurdistan', 'Amani', 'Oak'];
  const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    name: `${words[i % words.length]} ${kinds[i % kinds.length]} ${i}`,
    status: 'active',
    description: `<p>${kinds[i % kinds.length]} for young people, with tea &amp; help.</p>`,
    schedules: [{ freq: 'WEEKLY', byday: days[i % 7], opens_at: `${10 + (i % 6)}:00`, closes_at: `${17 + (i % 4)}:00` }],
    service_at_locations: [{ location: {
      id: `loc-${i}`, latitude: 51.40 + (i % 100) / 1000, longitude: -2.60 + (i % 37) / 1000,
      addresses: [{ address_1: `${i} Example Street`, city: 'Bristol', postal_code: 'BS1 1AA', address_type: 'physical' }],
    } }],
    phones: [{ number: `0117 496 0${String(i % 1000).padStart(3, '0')}` }],
  }));
}

const dir = mkdtempSync(`${tmpdir()}/harbour-bench-places-`);
writeFileSync(`${dir}/feed.json`, JSON.stringify({ total_pages: 1, page_number: 1, contents: services(PLACES) }));
mkdirSync(packsDir, { recursive: true });
const built = spawnSync('cargo', [
  'run', '--quiet', '--bin', 'harbour-pack', '--', 'build', '--area', 'uk', '--feed', `${dir}/feed.json`,
  '--key', 'tests/fixtures/pack-dev.key', '--version', '5000', '--out', `${packsDir}/uk.pack`,
], { cwd: repo, encoding: 'utf8' });
rmSync(dir, { recursive: true, force: true });
if (built.status !== 0) throw new Error(built.stderr);
const pack = readFileSync(`${packsDir}/uk.pack`);

/** Milliseconds from `act` until the count of places on screen is no longer `before`. */
async function untilCountChanges(page, act) {
  const status = page.locator('p.count');
  const before = plain(await status.innerText());
  const start = Date.now();
  await act();
  await page.waitForFunction((b) => document.querySelector('p.count')?.innerText.replace(/[\u2068\u2069]/g, '') !== b, before, { timeout: 60000 });
  return Date.now() - start;
}

const server = await serve();
const browser = await launchBrowser();
const times = { take: [], search: [], typed: [], openNow: [] };
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await phone(browser, server.origin, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${server.origin}/d`);
    await page.locator('p.count').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let start = Date.now();
    await page.getByRole('button', { name: 'Check for new places and numbers' }).click();
    // Fluent marks the number off with invisible isolation characters.
    await page.getByText(new RegExp(`Updated\\. Harbour now has\\W*${PLACES}\\W*places`)).waitFor({ timeout: 120000 });
    times.take.push(Date.now() - start);
    const search = page.getByRole('searchbox', { name: 'Search places' });
    times.search.push(await untilCountChanges(page, () => search.fill('youth')));
    const all = () => page.waitForFunction((n) => document.querySelector('p.count')?.innerText.includes(String(n)), PLACES);
    await search.fill('');
    await all();
    // Key by key, as fast as the keyboard sends them: the box must end with every key, and the
    // list must follow the whole query.
    const typing = Date.now();
    await search.pressSequentially('riverside youth');
    const typed = await search.inputValue();
    if (typed !== 'riverside youth') throw new Error(`a keystroke was dropped: "${typed}"`);
    await page.waitForFunction(() => {
      const names = [...document.querySelectorAll('ul.spots h2')].map((h) => h.innerText);
      return names.length > 0 && names.every((name) => /riverside/i.test(name));
    });
    times.typed.push(Date.now() - typing);
    await search.fill('');
    await all();
    times.openNow.push(await untilCountChanges(page, () => page.getByRole('checkbox', { name: 'Open now' }).check()));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(`${packsDir}/uk.pack`, { force: true });
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const fmt = (xs) => `${median(xs)} ms | ${Math.min(...xs)}–${Math.max(...xs)} ms`;
const section = `<!-- places -->
## Places at scale

Measured by \`tests/browser/bench-places.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${PLACES}
generated services (five kinds, names in five scripts, weekly hours, a location and a phone each,
HTML descriptions) published with \`harbour-pack\`; Debian chromium headless at 390×844, CPU
slowed 4×, the release web build, ${RUNS} runs, median and min–max, each until the list's count
on screen has changed. The list draws 20 places and adds more on "Show more places".
Reproduce: \`bash scripts/build-web.sh && node tests/browser/bench-places.mjs\`.

The pack: ${kb(pack.length)} raw, ${kb(gzipSync(pack, { level: 9 }).length)} gzip.

| | budget | median | min–max |
|---|---|---|---|
| take the pack (download from 127.0.0.1, check the signature, read, keep) | none | ${fmt(times.take)} |
| search "youth" put into the box | ≤ 150 ms | ${fmt(times.search)} |
| "riverside youth" typed key by key (15 keys, none dropped), until the list follows it | none | ${fmt(times.typed)} |
| tick "Open now" | ≤ 150 ms | ${fmt(times.openNow)} |
<!-- /places -->`;
const file = new URL('../../BENCHMARKS.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /<!-- places -->[\s\S]*<!-- \/places -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
console.log(`places: pack ${kb(pack.length)}; take ${median(times.take)} ms, search ${median(times.search)} ms, open now ${median(times.openNow)} ms (CPU 4×)`);
