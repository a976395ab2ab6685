// Writes the "Core" section of BENCHMARKS.md from criterion's results (target/criterion), each
// against its budget from shared/design.md §5. Run by scripts/bench.sh after `cargo bench`.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';

const root = new URL('../target/criterion/', import.meta.url);
const estimate = (path) => {
  const file = new URL(`${path}/new/estimates.json`, root);
  if (!existsSync(file)) throw new Error(`no criterion result at ${file.pathname}: run cargo bench --bench core`);
  const e = JSON.parse(readFileSync(file, 'utf8'));
  return { mean: e.mean.point_estimate / 1e6, low: e.mean.confidence_interval.lower_bound / 1e6, high: e.mean.confidence_interval.upper_bound / 1e6 };
};
const ms = (x) => (x < 1 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);
const row = (what, budget, e) => `| ${what} | ${budget === null ? 'none in the design' : `≤ ${budget} ms`} | ${ms(e.mean)} (${ms(e.low)}–${ms(e.high)}) | ${budget === null ? '—' : e.mean <= budget ? 'within' : '**over**'} |`;

const locales = readdirSync(new URL('search/', root)).filter((d) => d !== 'report').sort();
const searches = locales.map((code) => [code, estimate(`search/${code}`)]);
const worst = searches.reduce((a, b) => (b[1].mean > a[1].mean ? b : a));
const rows = [
  row(`search: the explainers and 10,000 places, slowest of ${locales.length} locales (${worst[0]})`, 50, worst[1]),
  row('"open now" over 10,000 places', 5, estimate('open-now_10000')),
  row('open until / opens next, for 10,000 places', null, estimate('openness-with-next-opening_10000')),
  row('check and read the built-in content pack (at every start)', null, estimate('pack-open_built-in')),
  row('check and read a downloaded pack of 10,000 places', null, estimate('pack-open/10000-places')),
];
const section = `<!-- core -->
## Core (native)

Measured by \`cargo bench --bench core\` (criterion, release build) on ${new Date().toISOString().slice(0, 10)},
${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}. Mean per run, 95% interval. The places are
generated (names in five scripts, one to three weekly or monthly schedules each); the search
query is the locale's own title of the main interview plus "youth club".
Reproduce: \`bash scripts/bench.sh\`.

| what | budget | measured | |
|---|---|---|---|
${rows.join('\n')}

Search per locale: ${searches.map(([code, e]) => `${code} ${ms(e.mean)}`).join(', ')}.
<!-- /core -->`;
const file = new URL('../BENCHMARKS.md', import.meta.url);
const text = readFileSync(file, 'utf8');
const marked = /<!-- core -->[\s\S]*<!-- \/core -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
console.log(rows.join('\n'));
