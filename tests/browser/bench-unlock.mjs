// Lock-code benchmark (not a test): what one guess costs on the web build, and how long the
// right code takes to open Harbour, at full speed and with the CPU slowed 4× like a cheap phone.
// A wrong code costs one Argon2id derivation (and the count written); the right one costs the
// derivation plus opening the seal into memory and sealing it again. Writes the "Lock code"
// section of BENCHMARKS.md. Run after scripts/build-web.sh:  node tests/browser/bench-unlock.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser, phone, serve } from './harness.mjs';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from tapping Open until `done` is on screen (Playwright's round trip included). */
async function timed(page, code, done) {
  await page.getByLabel('Code', { exact: true }).fill(code);
  const start = Date.now();
  await page.getByRole('button', { name: 'Open' }).click();
  await done.waitFor({ timeout: 60000 });
  return Date.now() - start;
}

const server = await serve();
const browser = await launchBrowser();
const results = { 1: { wrong: [], right: [] }, 4: { wrong: [], right: [] } };
try {
  for (const rate of [1, 4]) {
    for (let i = 0; i < RUNS; i += 1) {
      const context = await phone(browser, server.origin, 'en-GB');
      const page = await context.newPage();
      await page.goto(`${server.origin}/v`);
      await page.getByLabel('New code').fill('735194');
      await page.getByLabel('Type the code again').fill('735194');
      await page.getByRole('button', { name: 'Lock with this code' }).click();
      await page.getByRole('status').waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      results[rate].wrong.push(await timed(page, '735195', page.getByRole('alert')));
      results[rate].right.push(await timed(page, '735194', page.getByRole('heading', { level: 1, name: 'Privacy and safety' })));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const fmt = (xs) => `${median(xs)} ms | ${Math.min(...xs)}–${Math.max(...xs)} ms`;
const section = `<!-- unlock -->
## Lock code

Measured by \`tests/browser/bench-unlock.mjs\` on ${new Date().toISOString().slice(0, 10)}: Debian
chromium headless at 390×844, the release web build, ${RUNS} runs each, median and min–max, from
tapping Open to the answer on screen. A wrong code costs one Argon2id derivation (the cost per
guess, \`KEY_COST\` in \`src/core/privacy/pin.rs\`); the right one also opens the seal and seals it
again. Reproduce: \`bash scripts/build-web.sh && node tests/browser/bench-unlock.mjs\`.

| | budget | median | min–max |
|---|---|---|---|
| one guess (wrong code), full speed | ≥ 250 ms | ${fmt(results[1].wrong)} |
| unlock (right code), full speed | none | ${fmt(results[1].right)} |
| one guess, CPU slowed 4× | none | ${fmt(results[4].wrong)} |
| unlock, CPU slowed 4× | ≤ 1500 ms | ${fmt(results[4].right)} |
<!-- /unlock -->`;
const file = new URL('../../BENCHMARKS.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /<!-- unlock -->[\s\S]*<!-- \/unlock -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
console.log(`lock code: guess ${median(results[1].wrong)} ms, unlock ${median(results[1].right)} ms; at 4×: guess ${median(results[4].wrong)} ms, unlock ${median(results[4].right)} ms`);
