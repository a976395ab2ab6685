// Start-up benchmark (not a test): how long until home shows its heading, cold (first visit, no
// cache, no service worker) and warm (reload with the service worker), with the CPU slowed 4×
// like a cheap phone. Writes the "Start-up" section of BENCHMARKS.md.
// Run after scripts/build-web.sh:  node tests/browser/bench-startup.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { launchBrowser, phone, serve } from './harness.mjs';

const RUNS = 5;
const THROTTLE = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until home's <h1> is in the document. */
async function timeToHome(page, origin) {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__homeShown !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => window.__homeShown);
}

const server = await serve();
const browser = await launchBrowser();
const cold = [];
const warm = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    const context = await phone(browser, server.origin, 'en-GB');
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('main h1')) {
          window.__homeShown = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    cold.push(await timeToHome(page, server.origin));
    await page.evaluate(() => navigator.serviceWorker.ready);
    warm.push(await timeToHome(page, server.origin));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const fmt = (ms) => `${Math.round(ms)} ms`;
const section = `<!-- startup -->
## Start-up

Measured by \`tests/browser/bench-startup.mjs\` on ${new Date().toISOString().slice(0, 10)}: Debian
chromium headless at 390×844, CPU throttled ${THROTTLE}×, ${RUNS} runs, median (min–max). Time from
navigation start until home's heading is in the document (wasm loaded, store opened from
IndexedDB, first render). Cold = first visit, nothing cached; warm = reload with the service worker.
Reproduce: \`bash scripts/build-web.sh && node tests/browser/bench-startup.mjs\`.

| | budget | median | min–max |
|---|---|---|---|
| cold | ≤ 1000 ms | ${fmt(median(cold))} | ${fmt(Math.min(...cold))}–${fmt(Math.max(...cold))} |
| warm | ≤ 300 ms | ${fmt(median(warm))} | ${fmt(Math.min(...warm))}–${fmt(Math.max(...warm))} |
<!-- /startup -->`;
const file = new URL('../../BENCHMARKS.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /<!-- startup -->[\s\S]*<!-- \/startup -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
console.log(`start-up: cold ${fmt(median(cold))}, warm ${fmt(median(warm))} (CPU ÷${THROTTLE})`);
