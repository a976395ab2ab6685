// Recordings (issue 19): sample audio packs of the asylum explainer, made from machine-voice test
// recordings (espeak-ng) by the publisher's own tools, in Arabic (right to left) and Amharic;
// offered in a signed content pack; downloaded only when asked, and refused when tampered with or
// bigger than offered (the recordings kept stay); then Listen plays them offline — real Ogg Opus
// decoded by Chromium — with the sentence highlighted, says it is a computer voice, stops on
// Quick exit, and falls back to the phone's voice (a stand-in) or says there is no voice where a
// message has no recording. Removing them goes back to the phone's voice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { audioDir, axeViolations, message, open, packsDir, session } from './harness.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const server = session();
const reports = {};

function run(command, args) {
  const done = spawnSync(command, args, { cwd: repo, encoding: 'utf8' });
  assert.equal(done.status, 0, `${command} ${args.join(' ')}\n${done.stderr}`);
  return done.stdout;
}

before(() => {
  for (const [locale, voice] of [['ar', 'ar'], ['am', 'am']]) {
    reports[locale] = run('bash', ['scripts/sample-audio.sh', locale, voice, `${audioDir}/built`]);
  }
  copyFileSync(`${audioDir}/built/ar.audio`, `${audioDir}/ar.audio`);
  rmSync(`${packsDir}/uk.pack`, { force: true });
  run('cargo', ['run', '--quiet', '--locked', '--bin', 'harbour-pack', '--', 'build', '--area', 'uk',
    '--key', 'tests/fixtures/pack-dev.key', '--version', '5000', '--out', `${packsDir}/uk.pack`,
    '--audio', `${audioDir}/built/ar.audio`, '--audio', `${audioDir}/built/am.audio`]);
});
after(() => {
  rmSync(`${packsDir}/uk.pack`, { force: true });
  rmSync(audioDir, { recursive: true, force: true });
});

/** The phone's speech: an Arabic voice on the phone unless the test takes it away. */
function fakeSpeech() {
  const log = { spoken: [], voices: true };
  globalThis.__speech = log;
  Object.defineProperty(globalThis, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => (log.voices ? [{ name: 'Arabic on the phone', lang: 'ar-SA', localService: true }] : []),
      addEventListener() {},
      speak(u) { log.spoken.push(u.text); u.onstart?.(); },
      cancel() {}, pause() {}, resume() {},
    },
  });
  globalThis.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  // What the audio elements did: each play, what played, ended, failed or was paused.
  const audio = { played: [], events: [] };
  globalThis.__audio = audio;
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    audio.played.push(this.src);
    for (const e of ['playing', 'ended', 'error', 'pause']) this.addEventListener(e, () => audio.events.push(e));
    return play.call(this);
  };
  // Counted where a page that is left keeps it (Quick exit leaves at once).
  const pause = HTMLMediaElement.prototype.pause;
  HTMLMediaElement.prototype.pause = function () {
    sessionStorage.setItem('audio-paused', String(Number(sessionStorage.getItem('audio-paused') ?? 0) + 1));
    return pause.call(this);
  };
}

const highlighted = (page) => page.evaluate(() => {
  const h = CSS.highlights.get('harbour-reading');
  return h ? [...h].map((r) => r.toString()).join('') : null;
});
const audioLog = (page) => page.evaluate(() => globalThis.__audio);
const until = async (page, check, what) => {
  for (let i = 0; i < 150; i += 1) {
    if (await check()) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out: ${what}`);
};
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message with its variables as "anything". */
const pattern = (code, id) => new RegExp(message(code, id).split(/\{ \$\w+ \}/).map(escape).join('.+'));

test('the publisher\'s report: every message of the explainer recorded in both sample locales, and the size per minute', () => {
  for (const locale of ['ar', 'am']) {
    const report = reports[locale];
    assert.match(report, /MACHINE VOICE/, locale);
    const steps = /explainer steps: (\d+) of (\d+) recorded/.exec(report);
    assert.ok(steps && steps[1] === steps[2] && Number(steps[1]) > 40, report);
    assert.match(report, /glossary: 0 of \d+ recorded/, locale);
    assert.match(report, /kB per minute of speech/, locale);
  }
});

test('Arabic recordings: refused when tampered with or too big, then downloaded, played offline, removed', () => server.onPhone('ar-SA', async (page, context) => {
  await context.addInitScript(fakeSpeech);
  const good = readFileSync(`${audioDir}/built/ar.audio`);
  // The update that offers the recordings.
  await open(page, server.origin, '/d');
  await page.getByRole('button', { name: message('ar', 'places-update') }).click();
  await page.getByText(plain(message('ar', 'places-update-done')).split('{')[0].trim()).waitFor();

  await open(page, server.origin, '/l');
  const offered = page.getByText(pattern('en', 'audio-offered-machine'));
  assert.ok(await offered.count() >= 1, 'the picker says, in English too, that Arabic has test recordings and their size');
  const download = page.getByRole('button', { name: pattern('ar', 'audio-download') });
  const size = Math.ceil(good.length / 100_000) / 10;
  assert.match(plain(await download.innerText()), new RegExp(`${size.toFixed(1).replace('.', '\\.')}`), 'the size is said before downloading');
  assert.deepEqual(await axeViolations(page), []);

  // A recording changed on the way: refused, nothing kept.
  const tampered = Buffer.from(good);
  tampered[tampered.length - 10] ^= 1;
  writeFileSync(`${audioDir}/ar.audio`, tampered);
  await download.click();
  await page.getByRole('alert').filter({ hasText: message('ar', 'audio-error-refused') }).waitFor();
  // Bigger than the signed offer said: stopped.
  writeFileSync(`${audioDir}/ar.audio`, Buffer.concat([good, Buffer.alloc(200_000, 1)]));
  await download.click();
  await page.getByRole('alert').filter({ hasText: message('ar', 'audio-error-size') }).waitFor();
  assert.equal(await download.count(), 1, 'still offered, nothing kept');

  writeFileSync(`${audioDir}/ar.audio`, good);
  await download.click();
  await page.getByRole('status').filter({ hasText: pattern('ar', 'audio-kept') }).waitFor();

  // Offline from here: the recordings are on the phone.
  await context.setOffline(true);
  await open(page, server.origin, '/a/GwQU');
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: message('ar', 'listen-recorded-machine') }).waitFor();
  assert.equal(await page.getByRole('status').filter({ hasText: message('ar', 'listen-phone-voice') }).count(), 0);
  assert.equal(await highlighted(page), message('ar', 'process-what'), 'the first heading is highlighted as it plays');
  await until(page, async () => (await audioLog(page)).events.includes('ended'), 'the first recording played to its end');
  const log = await audioLog(page);
  assert.ok(log.played.every((src) => src.startsWith('blob:')), 'played from the phone');
  assert.ok(!log.events.includes('error'), 'Chromium decodes the Ogg Opus recordings');
  assert.ok(log.played.length >= 2, 'then the next recording');
  assert.notEqual(await highlighted(page), message('ar', 'process-what'), 'the highlight moved on');
  assert.deepEqual(await page.evaluate(() => globalThis.__speech.spoken), [], 'the phone\'s voice was not used');

  // The glossary has no recordings: the phone's voice reads it; with no voice, it says so.
  await open(page, server.origin, '/g');
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).first().click();
  await page.getByRole('status').filter({ hasText: message('ar', 'listen-phone-voice') }).waitFor();
  await page.getByRole('button', { name: message('ar', 'listen-stop'), exact: true }).click();
  await page.evaluate(() => { globalThis.__speech.voices = false; });
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).nth(1).click();
  await page.getByRole('status').filter({ hasText: pattern('ar', 'listen-no-voice') }).waitFor();

  // Quick exit stops a recording.
  await open(page, server.origin, '/a/GwQU');
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).click();
  await until(page, async () => (await audioLog(page)).events.includes('playing'), 'playing');
  const pausedBefore = await page.evaluate(() => Number(sessionStorage.getItem('audio-paused') ?? 0));
  await page.getByRole('button', { name: message('ar', 'quick-exit') }).click();
  await page.waitForURL(/away\.html/);
  assert.ok(await page.evaluate(() => Number(sessionStorage.getItem('audio-paused') ?? 0)) > pausedBefore, 'Quick exit stops the recording');

  // Removed: Listen goes back to the phone's voice.
  await open(page, server.origin, '/l');
  await page.getByRole('button', { name: message('ar', 'audio-remove'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: message('ar', 'audio-removed') }).waitFor();
  await open(page, server.origin, '/a/GwQU');
  await page.evaluate(() => { globalThis.__speech.voices = true; });
  await page.getByRole('button', { name: message('ar', 'listen-start'), exact: true }).click();
  await page.getByRole('status').filter({ hasText: message('ar', 'listen-phone-voice') }).waitFor();
}));
