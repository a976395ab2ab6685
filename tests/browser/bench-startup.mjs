// Start-up benchmark (not a test), with the CPU slowed 4× like a cheap phone: how long until
// 999 can be tapped (the prerendered first response) and until home's "I want to come back"
// can (the app drawn: wasm loaded, store opened from IndexedDB), cold (first visit, nothing
// cached, no service worker), warm (reload with the service worker), cold with the wasm
// refused (999 only), and cold on a slow mobile network (DevTools "Slow 4G": 150 ms, 1.6 Mbit/s
// down, 750 kbit/s up). Then what a first visit downloads, page and service worker, until the
// network is quiet. Writes the "Start-up" section of BENCHMARKS.md.
// Run after scripts/build-web.sh:  node tests/browser/bench-startup.mjs
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { artifacts, launchBrowser, phone, serve, untilQuiet } from './harness.mjs';

const RUNS = 5;
const THROTTLE = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** What "usable" means: the control is in the document (the page's CSS is render-blocking). */
const MARKS = { danger: 'a[href="tel:999"]', comeBack: 'a.come-back-link' };

/** Milliseconds from navigation start until each of `wanted` marks is in the document. */
async function timeTo(page, origin, wanted) {
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction((names) => names.every((n) => window.__marks?.[n] !== undefined), wanted, { timeout: 60000 });
  // With the steps of the start that boot.js and the app mark (src/platform/web.rs), and when
  // the wasm had arrived.
  return page.evaluate(() => {
    const steps = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/harbour_bg.wasm'));
    return { ...window.__marks, ...steps, 'wasm-arrived': wasm?.responseEnd };
  });
}

/** A fresh phone with its CPU slowed, on `network` if given, noting when each mark appears. */
async function slowPhone(browser, origin, { network, noWasm } = {}) {
  const context = await phone(browser, origin, 'en-GB');
  await context.addInitScript((marks) => {
    window.__marks = {};
    new MutationObserver(() => {
      for (const [name, selector] of Object.entries(marks)) {
        if (window.__marks[name] === undefined && document.querySelector(selector)) window.__marks[name] = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  }, MARKS);
  if (noWasm) await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { context, page };
}

/** Every 200 response of a first visit (page and service worker) until the network is quiet. */
async function firstVisit(browser) {
  const log = `${artifacts}/bench-first-visit.log`;
  rmSync(log, { force: true });
  const own = await serve({ log });
  const context = await phone(browser, own.origin, 'en-GB');
  try {
    const page = await context.newPage();
    await page.goto(`${own.origin}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller);
    return await untilQuiet(log, 2000);
  } finally {
    await context.close();
    await own.stop();
  }
}

const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const both = ['danger', 'comeBack'];
const runs = { cold: [], warm: [], noWasm: [], slow: [] };
const server = await serve();
const browser = await launchBrowser();
let visit;
try {
  for (let i = 0; i < RUNS; i += 1) {
    const { context, page } = await slowPhone(browser, server.origin);
    runs.cold.push(await timeTo(page, server.origin, both));
    await page.evaluate(() => navigator.serviceWorker.ready);
    runs.warm.push(await timeTo(page, server.origin, both));
    await context.close();
    const blocked = await slowPhone(browser, server.origin, { noWasm: true });
    runs.noWasm.push(await timeTo(blocked.page, server.origin, ['danger']));
    await blocked.context.close();
  }
  for (let i = 0; i < 3; i += 1) {
    const { context, page } = await slowPhone(browser, server.origin, { network: SLOW_4G });
    runs.slow.push(await timeTo(page, server.origin, both));
    await context.close();
  }
  visit = await firstVisit(browser);
} finally {
  await browser.close();
  await server.stop();
}

const fmt = (ms) => `${Math.round(ms)} ms`;
const row = (what, budget, list, mark) => {
  const xs = list.map((m) => m[mark]);
  return `| ${what} | ${budget} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))} |`;
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const STEPS = [
  ['harbour-boot', 'boot.js runs'],
  ['wasm-arrived', 'the wasm has arrived'],
  ['harbour-wasm-started', 'the wasm is compiled and started'],
  ['harbour-instance-held', 'no other tab holds Harbour'],
  ['harbour-place-ready', 'IndexedDB is open and the store\'s pages read'],
  ['harbour-store-read', 'SQLite has opened the store (and made it, on a first visit)'],
  ['harbour-store-opened', 'the language chosen and the content pack checked and read'],
  ['harbour-words-ready', 'the language\'s words are there'],
  ['harbour-drawn', 'the first screen is drawn'],
];
const step = (list, name) => {
  const xs = list.map((m) => m[name]).filter((x) => x !== undefined);
  return xs.length ? fmt(median(xs)) : '—';
};
const steps = STEPS.map(([name, what]) => `| ${what} (\`${name}\`) | ${step(runs.cold, name)} | ${step(runs.warm, name)} | ${step(runs.slow, name)} |`).join('\n');
const downloads = visit.filter((r) => r.status === '200');
const total = downloads.reduce((sum, r) => sum + r.bytes, 0);
const notModified = visit.filter((r) => r.status === '304').length;
const twice = downloads.filter((r, i) => downloads.findIndex((o) => o.url === r.url) !== i).length;
const biggest = [...downloads].sort((a, b) => b.bytes - a.bytes).slice(0, 4).map((r) => `\`${r.url}\` ${kB(r.bytes)}`).join(', ');
const section = `<!-- startup -->
## Start-up

Measured by \`tests/browser/bench-startup.mjs\` on ${new Date().toISOString().slice(0, 10)}: Debian
chromium headless at 390×844, CPU throttled ${THROTTLE}×, median (min–max) of ${RUNS} runs (Slow 4G: 3),
in ms from navigation start. "999" is home's \`tel:999\` link, in the prerendered first response
(\`src/ui/screens/first_response.rs\`); "come back" is home's "I want to come back", drawn by the
app (wasm loaded, store opened from IndexedDB, first render). Usable = in the document (the
stylesheet blocks rendering, so it is drawn styled). Cold = first visit, nothing cached; warm =
reload with the service worker; no wasm = every \`.wasm\` refused; Slow 4G = cold through
DevTools network emulation (150 ms, 1.6 Mbit/s down), files gzipped as \`scripts/serve.mjs\` sends them.
Reproduce: \`bash scripts/build-web.sh && node tests/browser/bench-startup.mjs\`.

| | budget | median | min–max |
|---|---|---|---|
${row('999, cold', '≤ 300 ms', runs.cold, 'danger')}
${row('999, cold, no wasm', '≤ 300 ms', runs.noWasm, 'danger')}
${row('999, warm', '—', runs.warm, 'danger')}
${row('come back, cold', '≤ 1000 ms', runs.cold, 'comeBack')}
${row('come back, warm', '≤ 300 ms', runs.warm, 'comeBack')}
${row('999, cold, Slow 4G', '≤ 1500 ms', runs.slow, 'danger')}
${row('come back, cold, Slow 4G', '≤ 5000 ms', runs.slow, 'comeBack')}

Where the time goes: each step of a start, median ms from navigation start (a warm start's
wasm comes from the service worker's cache).

| step | cold | warm | cold, Slow 4G |
|---|---|---|---|
${steps}

A first visit (page, then the service worker, until the network is quiet for 2 s, English,
unthrottled): **${kB(total)}** sent over the network (gzip, as served) in ${downloads.length} downloads;
${notModified} files the page had just loaded were revalidated by the service worker ("not
modified", no body); ${twice} downloaded twice. Budget ≤ 1500 kB. Largest: ${biggest}.
<!-- /startup -->`;
const file = new URL('../../BENCHMARKS.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /<!-- startup -->[\s\S]*<!-- \/startup -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
const m = (list, mark) => fmt(median(list.map((x) => x[mark])));
console.log(`start-up (CPU ÷${THROTTLE}): 999 cold ${m(runs.cold, 'danger')}, no wasm ${m(runs.noWasm, 'danger')}; come back cold ${m(runs.cold, 'comeBack')}, warm ${m(runs.warm, 'comeBack')}; Slow 4G 999 ${m(runs.slow, 'danger')}, come back ${m(runs.slow, 'comeBack')}; first visit ${kB(total)}`);
