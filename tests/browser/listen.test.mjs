// Listen (issue 19): an explainer step, a card, a plan section and a help number are read aloud in
// the phone's own voice for the person's language, sentence by sentence with the sentence being
// read highlighted; pause, go on and stop; it stops on Quick exit; where the phone has no voice
// on the phone for the language (an online one does not count), the control says so. The phone's
// speech is a stand-in that records what it is asked to say (no audio here).
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, message, open, session } from './harness.mjs';

const server = session();

/** The phone's speech: one Arabic voice on the phone, one Pashto voice online. */
function fakeSpeech() {
  const voices = [
    { name: 'Arabic on the phone', lang: 'ar-SA', localService: true, voiceURI: 'ar', default: false },
    { name: 'Pashto online', lang: 'ps-AF', localService: false, voiceURI: 'ps', default: false },
  ];
  const log = { spoken: [], queue: [], paused: 0, resumed: 0 };
  globalThis.__speech = log;
  globalThis.__speechNext = () => { log.queue.shift()?.onend?.(); log.queue[0]?.onstart?.(); };
  Object.defineProperty(globalThis, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      addEventListener() {},
      speak(u) { log.spoken.push(u.text); log.queue.push(u); if (log.queue.length === 1) u.onstart?.(); },
      cancel() {
        log.queue = [];
        sessionStorage.setItem('speech-cancelled', String(Number(sessionStorage.getItem('speech-cancelled') ?? 0) + 1));
      },
      pause() { log.paused += 1; },
      resume() { log.resumed += 1; },
    },
  });
  globalThis.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
}

const spoken = (page) => page.evaluate(() => globalThis.__speech.spoken);
const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('harbour-reading');
  return h ? [...h].map((r) => r.toString()).join('') : null;
});
const cancelled = (page) => page.evaluate(() => Number(sessionStorage.getItem('speech-cancelled') ?? 0));

test('a step is read aloud in the phone\'s Arabic voice, the sentence being read highlighted', () => server.onPhone('ar-SA', async (page, context) => {
  await context.addInitScript(fakeSpeech);
  await open(page, server.origin, '/a/GwQU');
  assert.equal(await spoken(page).then((s) => s.length), 0, 'nothing plays by itself');
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: message('ar', 'listen-phone-voice') }).waitFor();
  let said = await spoken(page);
  assert.equal(said[0], message('ar', 'process-what'), 'the first part\'s heading first');
  assert.equal(await highlighted(page), said[0]);
  await page.evaluate(() => globalThis.__speechNext());
  said = await spoken(page);
  assert.equal(await highlighted(page), said[1], 'the highlight moves with the reading');
  // Each text is handed to the voice when the one before ends.
  for (let i = 0; i < 10; i += 1) await page.evaluate(() => globalThis.__speechNext());
  said = await spoken(page);
  assert.ok(said.length >= 10, `${said.length} sentences`);
  assert.deepEqual(await axeViolations(page), []);

  await page.getByRole('button', { name: message('ar', 'listen-pause'), exact: true }).click();
  await page.getByRole('button', { name: message('ar', 'listen-resume'), exact: true }).click();
  assert.deepEqual(await page.evaluate(() => [globalThis.__speech.paused, globalThis.__speech.resumed]), [1, 1]);
  const before = await cancelled(page);
  await page.getByRole('button', { name: message('ar', 'listen-stop'), exact: true }).click();
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).waitFor();
  assert.ok(await cancelled(page) > before, 'stopped');
  assert.equal(await highlighted(page), null, 'no highlight once stopped');

  // Reading again, then Quick exit: the reading stops with the app.
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).click();
  await page.getByRole('button', { name: message('ar', 'listen-stop'), exact: true }).waitFor();
  const playing = await cancelled(page);
  await page.getByRole('button', { name: message('ar', 'quick-exit') }).click();
  await page.waitForURL(/away\.html/);
  assert.ok(await cancelled(page) > playing, 'Quick exit stops the reading');
}));

test('a card, a plan section and a help number each have Listen', () => server.onPhone('ar-SA', async (page, context) => {
  await context.addInitScript(fakeSpeech);
  for (const path of ['/w', '/n', '/p']) {
    await open(page, server.origin, path);
    const listen = page.getByRole('button', { name: message('ar', 'listen-start'), exact: true });
    assert.ok(await listen.count() >= 1, path);
    await listen.first().click();
    await page.getByRole('button', { name: message('ar', 'listen-stop'), exact: true }).waitFor();
    const said = await spoken(page);
    assert.ok(said.length >= 1, path);
    assert.equal(await highlighted(page), said[0], path);
    await page.getByRole('button', { name: message('ar', 'listen-stop'), exact: true }).click();
  }
}));

test('with no voice on the phone for Pashto (only an online one), Listen says so and reads nothing', () => server.onPhone('ps-AF', async (page, context) => {
  await context.addInitScript(fakeSpeech);
  await open(page, server.origin, '/n');
  await page.getByRole('button', { name: message('ps', 'listen-start'), exact: true }).first().click();
  const [before, after] = message('ps', 'listen-no-voice').split('{ $language }');
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const none = new RegExp(`${escape(before)}\u2068?پښتو\u2069?${escape(after)}`);
  await page.getByRole('status').filter({ hasText: none }).waitFor();
  assert.deepEqual(await spoken(page), []);
}));

test('in every locale, Listen on a step reads in the phone\'s voice for that language, or says plainly there is none', () => server.onPhone('en-GB', async (page, context) => {
  const locales = JSON.parse(readFileSync(new URL('../../locales/l10n.toml', import.meta.url), 'utf8')
    .match(/locales\s*=\s*(\[[^\]]*\])/)[1]);
  for (const code of ['en', ...locales]) {
    for (const voice of [true, false]) {
      const tag = code === 'fa-AF' ? 'fa-AF' : code;
      await context.clearCookies();
      const fresh = await context.newPage();
      await fresh.addInitScript(([tag, voice]) => {
        const voices = voice ? [{ name: `${tag} on the phone`, lang: tag, localService: true }] : [];
        Object.defineProperty(globalThis, 'speechSynthesis', {
          configurable: true,
          value: { getVoices: () => voices, addEventListener() {}, speak(u) { u.onstart?.(); }, cancel() {}, pause() {}, resume() {} },
        });
        globalThis.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
      }, [tag, voice]);
      await fresh.goto(`${server.origin}/l`);
      await fresh.getByRole('heading', { level: 1 }).waitFor();
      await fresh.locator(`button.language:has(span.native[lang="${code}"])`).click();
      await fresh.waitForFunction((code) => document.documentElement.lang === code, code);
      await fresh.goto(`${server.origin}/a/GwQU`);
      await fresh.getByRole('heading', { level: 1 }).waitFor();
      await fresh.getByRole('button', { name: message(code, 'listen-start'), exact: true }).click();
      // The longest stretch of the message's own words (the language's name is put in the rest).
      const longest = (text) => text.split(/\{ \$\w+ \}/).sort((a, b) => b.length - a.length)[0].trim();
      const expected = longest(message(code, voice ? 'listen-phone-voice' : 'listen-no-voice'));
      await fresh.getByRole('status').filter({ hasText: expected }).first().waitFor({ timeout: 10_000 })
        .catch((e) => { throw new Error(`${code}, voice ${voice}: ${e.message}`); });
      await fresh.close();
    }
  }
}));
