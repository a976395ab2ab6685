// Start-up benchmark (not a test): how long until home shows its heading, cold (first visit, no
// cache, no service worker) and warm (reload with the service worker), with the CPU slowed 4×
// like a cheap phone, and cold again on a slow mobile network (DevTools "Slow 4G": 150 ms,
// 1.6 Mbit/s down, 750 kbit/s up). Writes the "Start-up" section of BENCHMARKS.md.
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

/** A fresh phone with its CPU slowed, on `network` if given, noting when home's heading appears. */
async function slowPhone(network) {
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
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page };
}

const server = await serve();
const browser = await launchBrowser();
const cold = [];
const warm = [];
const slow = [];
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
try {
  for (let i = 0; i < RUNS; i += 1) {
    const { context, page } = await slowPhone();
    cold.push(await timeToHome(page, server.origin));
    await page.evaluate(() => navigator.serviceWorker.ready);
    warm.push(await timeToHome(page, server.origin));
    await context.close();
  }
  for (let i = 0; i < 3; i += 1) {
    const { context, page } = await slowPhone(SLOW_4G);
    slow.push(await timeToHome(page, server.origin));
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
IndexedDB, first render). Cold = first visit, nothing cached; warm = reload with the service worker;
Slow 4G = cold through DevTools network emulation (150 ms, 1.6 Mbit/s down), files gzipped as
\`scripts/serve.mjs\` sends them.
Reproduce: \`bash scripts/build-web.sh && node tests/browser/bench-startup.mjs\`.

| | budget | median | min–max |
|---|---|---|---|
| cold | ≤ 1000 ms | ${fmt(median(cold))} | ${fmt(Math.min(...cold))}–${fmt(Math.max(...cold))} |
| warm | ≤ 300 ms | ${fmt(median(warm))} | ${fmt(Math.min(...warm))}–${fmt(Math.max(...warm))} |
| cold, Slow 4G (3 runs) | none in the design | ${fmt(median(slow))} | ${fmt(Math.min(...slow))}–${fmt(Math.max(...slow))} |
<!-- /startup -->`;
const file = new URL('../../BENCHMARKS.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /<!-- startup -->[\s\S]*<!-- \/startup -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
console.log(`start-up: cold ${fmt(median(cold))}, warm ${fmt(median(warm))}, cold on Slow 4G ${fmt(median(slow))} (CPU ÷${THROTTLE})`);
