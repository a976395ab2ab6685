// The review sheet a translator works from (issue 18): `scripts/review-sheet.sh` writes one
// self-contained HTML file with a screenshot of every screen in the locale beside its messages;
// it passes axe-core in Chromium; a review saved from it is applied by `harbour-i18n apply`,
// which refuses a correction that drops a `{ $variable }` and leaves it as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { artifacts, axeViolations, launchBrowser } from './harness.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const sheet = `${artifacts}/review-ar.html`;

/** A message's text in one locale, as the sheet shows it (its lines after `id =`). */
function ftlText(dir, file, id) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const match = new RegExp(`^${id} = (.*(?:\\n[ \\t]+.*)*)`, 'm').exec(text);
  assert.ok(match, `${id} in ${file}`);
  return match[1];
}

test('the review sheet shows every screen beside its messages, passes axe, and round-trips a review', async () => {
  execFileSync('bash', [`${repo}/scripts/review-sheet.sh`, 'ar', sheet], { cwd: repo, stdio: 'inherit' });
  const screens = execFileSync(`${repo}/target/debug/harbour-i18n`, ['screens'], { encoding: 'utf8' })
    .split('\n').filter(Boolean).length;
  const browser = await launchBrowser();
  const locales = mkdtempSync(`${tmpdir()}/harbour-review-`);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`file://${sheet}`);
    await page.getByRole('heading', { level: 1, name: /Arabic/ }).waitFor();
    // Every screen's screenshot, decoded.
    const shots = page.getByRole('img', { name: /^The screen “.+” in Arabic$/ });
    assert.equal(await shots.count(), screens);
    for (const shot of await shots.all()) {
      assert.ok(await shot.evaluate((img) => img.complete && img.naturalWidth >= 390), await shot.getAttribute('alt'));
    }
    // Each message: English and the translation side by side, the translation right-to-left.
    const title = page.getByRole('textbox', { name: 'Arabic' }).first();
    assert.equal(await title.getAttribute('dir'), 'rtl');
    assert.equal(await page.getByRole('textbox', { name: 'Arabic' }).count(),
      await page.locator('article.message').count());
    assert.deepEqual(await axeViolations(page), []);

    // A review: one message accepted, one corrected, one corrected wrongly (a variable dropped).
    await page.getByRole('textbox', { name: 'Your name or role' }).fill('A. Translator');
    const review = (id) => page.locator(`article[data-id="${id}"]`);
    await review('nav-back').getByRole('radio', { name: 'Correct as it is' }).check();
    await review('app-name').getByRole('textbox').fill('هاربر (Harbour)');
    assert.ok(await review('app-name').getByRole('radio', { name: 'I corrected it' }).isChecked(),
      'changing the text marks the message corrected');
    const send = review('comeback-send').getByRole('textbox');
    const sendBefore = await send.inputValue();
    await send.fill(sendBefore.replace('{ $name }', ''));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save my review' }).click(),
    ]);
    const saved = `${artifacts}/review-ar.json`;
    await download.saveAs(saved);
    await page.getByRole('status').filter({ hasText: 'Saved 3 reviewed messages' }).waitFor();

    // Applied to a copy of the locales.
    cpSync(`${repo}/locales`, locales, { recursive: true });
    const applied = spawnSync(`${repo}/target/debug/harbour-i18n`, ['apply', saved, '--locales', locales], { encoding: 'utf8' });
    assert.equal(applied.status, 1, applied.stdout + applied.stderr);
    assert.match(applied.stdout, /ar: 1 accepted, 1 corrected, 1 refused/);
    assert.match(applied.stdout, /refused comeback-send: the text must keep the variables of the English \(missing: \["name"\]/);
    assert.equal(ftlText(`${locales}/ar`, 'app.ftl', 'app-name'), 'هاربر (Harbour)');
    assert.equal(ftlText(`${locales}/ar`, 'comeback.ftl', 'comeback-send'), ftlText(`${repo}/locales/ar`, 'comeback.ftl', 'comeback-send'));
    const record = readFileSync(`${locales}/ar/review.tsv`, 'utf8');
    assert.match(record, /^app-name\t[0-9a-f]{16}\ttranslator\tA\. Translator\t\d{4}-\d{2}-\d{2}$/m);
    assert.match(record, /^nav-back\t[0-9a-f]{16}\tai-draft\tA\. Translator\t\d{4}-\d{2}-\d{2}$/m);
    assert.match(record, /^comeback-send\t[0-9a-f]{16}\tai-draft\t-\t-$/m);
  } finally {
    await browser.close();
    rmSync(locales, { recursive: true, force: true });
  }
});
