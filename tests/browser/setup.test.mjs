// Key-worker setup end to end (issue 7): the key worker fills in a setup and gets a QR code, 8
// numbers to say aloud and a printable card; the setup link opened on a fresh phone asks for
// the numbers, shows the preview in the young person's language, "Add to Harbour" applies it,
// and home then texts the configured adult. The link alone shows nothing (issue 16).
// Bad codes are refused in the person's language and change nothing; the camera path reads the
// QR code from a (fake) camera in wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { artifacts, axeViolations, message, open, packsDir, phone, screenshot, serve, session } from './harness.mjs';

const server = session();
const onPhone = server.onPhone;
/** Text without the invisible marks Fluent puts around names. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** The key worker's part: Arabic, "Amir", Sam the social worker, one agreed plan line. Gives
 * the code as text and the 8 numbers to say aloud. */
async function makeSetup(page) {
  await open(page, server.origin);
  await page.getByRole('link', { name: /Set up a young person's phone/ }).click();
  await page.getByRole('heading', { level: 1, name: "Set up a young person's phone" }).waitFor();
  await page.getByRole('combobox', { name: 'Their language' }).selectOption('ar');
  await page.getByRole('textbox', { name: /Their first name/ }).fill('Amir');
  await page.getByRole('button', { name: 'Add a trusted adult' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sam');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: 'Sam' }).waitFor();
  await page.getByRole('textbox', { name: /Area for places/ }).fill('Bristol');
  await page.getByRole('combobox', { name: 'Part of the plan' }).selectOption('helps');
  await page.getByRole('textbox', { name: 'Line', exact: true }).fill('كرة القدم يوم الأربعاء');
  await page.getByRole('button', { name: 'Add the line' }).click();
  await page.getByRole('button', { name: /Remove "\u2068?كرة القدم/ }).waitFor();
  await page.getByRole('button', { name: 'Make the code' }).click();
  await page.getByRole('img', { name: message('en', 'kw-code-alt') }).first().waitFor();
  return {
    code: await page.getByRole('textbox', { name: /The code as text/ }).inputValue(),
    numbers: await page.getByText(/^\d{4} \d{4}$/).textContent(),
  };
}

/** The young person types the numbers the key worker says, in `lang`'s words. */
async function typeNumbers(page, lang, numbers) {
  await page.getByRole('textbox', { name: withCount(message(lang, 'import-numbers')) }).fill(numbers);
  await page.getByRole('button', { name: message(lang, 'import-open') }).click();
}

/** A message with `{ $count }` as the 8 it always is (between Fluent's isolation marks). */
const withCount = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{ \\$count \\}', '\\W*8\\W*'));

test('a key worker makes a setup code; the link on a fresh phone previews it in Arabic and sets Harbour up', () => onPhone('en-GB', async (page) => {
  const { code, numbers } = await makeSetup(page);
  assert.match(code, /^[A-Za-z0-9_-]{40,}$/);
  assert.match(numbers, /^\d{4} \d{4}$/);
  assert.match(plain(await page.getByText(/QR version/).textContent()), /^QR version \d+, \d+ characters\.$/);
  const week = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
  const expiry = page.locator('p', { hasText: 'This code works for' });
  assert.equal(plain(await expiry.textContent()), `This code works for 7 days, until ${week}. After that, make a new one.`);
  await screenshot(page, 'setup-key-worker-en');
  assert.deepEqual(await axeViolations(page), []);
  // Changing anything after the code was made asks for a new code.
  await page.getByRole('textbox', { name: /Area for places/ }).fill('Bristol city');
  await page.getByText(message('en', 'kw-changed')).waitFor();
  assert.equal(await page.getByRole('img', { name: message('en', 'kw-code-alt') }).count(), 0);
  await page.getByRole('textbox', { name: /Area for places/ }).fill('Bristol');
  await page.getByRole('button', { name: 'Make the code' }).click();
  // The printed card: the QR code, Sam's number, 999 and 116 000, in Arabic and English.
  await page.emulateMedia({ media: 'print' });
  const card = page.locator('section.printcard');
  await card.getByRole('img', { name: message('en', 'kw-code-alt') }).waitFor();
  const cardText = await card.innerText();
  for (const words of [message('ar', 'card-setup-emergency'), message('en', 'card-setup-emergency'),
    message('en', 'card-setup-runaway'), '+44 7911 123456']) {
    assert.ok(cardText.includes(words), `card says ${words}`);
  }
  // The numbers are not on the card.
  const renewed = await page.getByText(/^\d{4} \d{4}$/).textContent();
  assert.ok(!cardText.includes(renewed) && !cardText.includes(renewed.replace(' ', '')), 'no numbers on the card');
  // One A4 page.
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  assert.equal((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'the card prints on one page');
  await page.emulateMedia({ media: 'screen' });

  await onPhone('ar', async (young) => {
    // This browser refuses to keep the storage: the young person is told what that means.
    await young.addInitScript(() => {
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => false;
    });
    await young.goto(`${server.origin}/j#${code}`);
    // The code is taken out of the address as it is read, and shows nothing until the numbers
    // are typed; wrong ones open nothing and can be typed again.
    await young.getByRole('button', { name: message('ar', 'import-open') }).waitFor();
    assert.equal(new URL(young.url()).hash, '');
    assert.doesNotMatch(await young.locator('main').innerText(), /Sam|7911|Bristol|كرة/);
    const wrong = numbers.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    await typeNumbers(young, 'ar', wrong);
    await young.getByRole('alert').filter({ hasText: message('ar', 'setup-error-numbers') }).waitFor();
    await typeNumbers(young, 'ar', numbers);
    await young.getByRole('heading', { level: 2, name: message('ar', 'import-preview-title') }).waitFor();
    const preview = young.locator('.preview');
    assert.equal(await preview.getAttribute('dir'), 'rtl');
    await preview.getByRole('heading', { name: 'Sam' }).waitFor();
    // No organisation signed it: a key worker should be there.
    await preview.getByText(message('ar', 'import-unsigned')).waitFor();
    await preview.getByText('+44 7911 123456').waitFor();
    await preview.getByText('كرة القدم يوم الأربعاء').waitFor();
    assert.match(plain(await preview.innerText()), /Bristol/);
    await screenshot(young, 'setup-preview-ar');
    assert.deepEqual(await axeViolations(young), []);
    await young.getByRole('button', { name: message('ar', 'import-confirm') }).click();
    await young.getByRole('status').filter({ hasText: message('ar', 'import-done') }).waitFor();
    await young.getByText(message('ar', 'import-storage-refused')).waitFor();
    await young.getByRole('link', { name: message('ar', 'import-done-home') }).click();
    await young.getByRole('link', { name: message('ar', 'home-come-back-more') }).click();
    const sms = await young.getByRole('link', { name: /Sam/ }).first().getAttribute('href');
    assert.match(sms, /^sms:\+447911123456\?body=Hello%20Sam\./);
    assert.match(decodeURIComponent(sms), /Amir/);
    // The agreed line is in the plan, without the starter suggestions.
    await open(young, server.origin, '/p');
    await young.getByText('كرة القدم يوم الأربعاء').waitFor();
    assert.equal(await young.getByText(message('ar', 'plan-suggestion')).count(), 0);
    // Delete everything, then walk back through this tab's history as whoever takes the phone
    // would: no address holds the code (it left the address as it was read) or any fragment.
    await open(young, server.origin, '/v');
    await young.getByRole('button', { name: message('ar', 'privacy-wipe-button') }).click();
    await young.getByRole('button', { name: message('ar', 'privacy-wipe-yes') }).click();
    await young.getByRole('link', { name: message('ar', 'home-come-back'), exact: true }).waitFor();
    const visited = [young.url()];
    await young.waitForLoadState('load');
    const entries = await young.evaluate(() => history.length);
    // The first entry is the blank page the browser opened with.
    for (let step = 1; step < entries - 1; step++) {
      // Resolves with null for a move within the app's own page; the address has moved all the same.
      await young.goBack({ waitUntil: 'commit' });
      await young.waitForTimeout(250);
      visited.push(young.url());
    }
    assert.ok(visited.some((a) => new URL(a).pathname === '/j'), `walked back to the setup: ${visited}`);
    for (const address of visited) {
      assert.ok(!address.includes(code.slice(0, 24)), `no code in ${address}`);
      assert.equal(new URL(address).hash, '', `no fragment in ${address}`);
    }
  });

  // What the link leaves in a browser's history, a scanner app or a chat: the code holds none
  // of the names, numbers or plan words, as UTF-8 or UTF-16 or once inflated, and on another
  // phone it opens to nothing but the question for the numbers.
  const frame = Buffer.from(code, 'base64url');
  for (const word of ['Sam', 'Amir', 'Bristol', '7911123456', 'كرة القدم']) {
    for (const encoding of ['utf8', 'utf16le']) {
      assert.equal(frame.indexOf(Buffer.from(word, encoding)), -1, `${word} (${encoding}) is not in the code`);
    }
    for (let at = 0; at < frame.length; at++) {
      let inflated = '';
      try { inflated = inflateRawSync(frame.subarray(at)).toString('utf8'); } catch { continue; }
      assert.ok(!inflated.includes(word), `${word} does not inflate out of the code`);
    }
  }
  await onPhone('en-GB', async (other) => {
    await other.goto(`${server.origin}/j#${code}`);
    await other.getByRole('button', { name: 'Open the code' }).waitFor();
    assert.doesNotMatch(await other.locator('main').innerText(), /Sam|7911|Amir|Bristol|كرة/);
  });
}));

test('a forged code that adds an "any time" adult names every change to who the message reaches, and needs the lock code; a week later it adds nothing', () => onPhone('en-GB', async (page) => {
  // Anyone can make a code: here one that adds "Sarah" with no set hours.
  await open(page, server.origin);
  await page.getByRole('link', { name: /Set up a young person's phone/ }).click();
  await page.getByRole('combobox', { name: 'Their language' }).selectOption('en');
  await page.getByRole('button', { name: 'Add a trusted adult' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sarah');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123999');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: 'Sarah' }).waitFor();
  await page.getByRole('button', { name: 'Make the code' }).click();
  const code = await page.getByRole('textbox', { name: /The code as text/ }).inputValue();
  const numbers = await page.getByText(/^\d{4} \d{4}$/).textContent();

  await onPhone('en-GB', async (young) => {
    await young.addInitScript(() => { navigator.storage.persist = async () => true; });
    await open(young, server.origin, '/v');
    await young.getByLabel('New code').fill('735194');
    await young.getByLabel('Type the code again').fill('735194');
    await young.getByRole('button', { name: 'Lock with this code' }).click();
    await young.getByRole('status').filter({ hasText: 'Harbour will ask for this code' }).waitFor();
    await young.goto(`${server.origin}/j#${code}`);
    await young.getByLabel('Code', { exact: true }).fill('735194');
    await young.getByRole('button', { name: 'Open', exact: true }).click();
    await typeNumbers(young, 'en', numbers);
    const preview = young.locator('.preview');
    await preview.getByRole('heading', { level: 3, name: 'Who “I want to come back” will reach' }).waitFor();
    const lines = (await preview.locator('ul.routing > li').allInnerTexts()).map(plain);
    assert.deepEqual(lines, [
      'On a weekday at 11:00: Sarah. Now it is Runaway Helpline.',
      'On a weekday at 22:00: Sarah. Now it is Runaway Helpline.',
      'On Saturday at 14:00: Sarah. Now it is Runaway Helpline.',
    ]);
    await preview.getByText(/Sarah\W+has no set hours\W+So\W+Sarah\W+will get your message at any time/).waitFor();
    await preview.getByText('This setup changes who gets your message.', { exact: false }).waitFor();
    assert.deepEqual(await axeViolations(young), []);
    // Whoever holds the open phone cannot add it without the lock code.
    await young.getByRole('button', { name: 'Add to Harbour' }).click();
    await young.getByRole('alert').filter({ hasText: 'That code is not right.' }).waitFor();
    await young.getByLabel('Your lock code').fill('735194');
    await young.getByRole('button', { name: 'Add to Harbour' }).click();
    await young.getByRole('status').filter({ hasText: 'Harbour is set up.' }).waitFor();
    await young.getByRole('link', { name: 'Go to the start' }).waitFor();
    assert.equal(await young.getByText(/may delete what Harbour keeps/).count(), 0, 'kept: nothing to say');
  });

  // A week and a day later the same link adds nothing: it is too old.
  await onPhone('en-GB', async (later) => {
    await later.clock.install({ time: Date.now() + 8 * 86_400_000 });
    await later.goto(`${server.origin}/j#${code}`);
    await typeNumbers(later, 'en', numbers);
    await later.getByRole('alert').filter({ hasText: 'This setup code is too old. Ask your key worker to make a new one.' }).waitFor();
    await open(later, server.origin, '/t');
    await later.getByText(message('en', 'adults-empty')).waitFor();
  });
}));

test('a code that is not a setup, or is damaged, is refused in the person\'s language and adds nothing', () => onPhone('fa', async (page) => {
  await open(page, server.origin, '/j');
  await page.getByRole('heading', { level: 1, name: message('fa', 'import-title') }).waitFor();
  const paste = page.getByRole('textbox', { name: message('fa', 'import-paste') });
  await paste.fill('WIFI:S:Home;T:WPA;P:secret;;');
  await page.getByRole('button', { name: message('fa', 'import-read') }).click();
  await page.getByRole('alert').filter({ hasText: message('fa', 'setup-error-not-harbour') }).waitFor();
  await paste.fill('https://example.com/news');
  await page.getByRole('button', { name: message('fa', 'import-read') }).click();
  await page.getByRole('alert').filter({ hasText: message('fa', 'setup-error-not-harbour') }).waitFor();
  // A code from before codes were sealed (format 1, readable by anyone) is too old.
  await paste.fill('SGIBAEXPzjCNY2BgEDIxMtE1NjYx1TW0NA_ywpgMrvuf2Dx6vlHj_Eldz-f23q6_RHs5AyMAG');
  await page.getByRole('button', { name: message('fa', 'import-read') }).click();
  await page.getByRole('alert').filter({ hasText: message('fa', 'setup-error-expired') }).waitFor();
  // A code cut short: its header says 100 bytes follow, and 10 do.
  const cut = Buffer.concat([Buffer.from('Hb\x02\x00\x64'), Buffer.alloc(14)]).toString('base64url');
  await open(page, server.origin, '/');
  await page.goto(`${server.origin}/j#${cut}`);
  await page.getByRole('alert').filter({ hasText: message('fa', 'setup-error-truncated') }).waitFor();
  await screenshot(page, 'setup-error-fa');
  assert.deepEqual(await axeViolations(page), []);
  await open(page, server.origin, '/t');
  await page.getByText(message('fa', 'adults-empty')).waitFor();
}));

test('a code from a newer Harbour says to update, and a damaged one says so', () => onPhone('en-GB', async (page) => {
  const { code } = await makeSetup(page);
  const bytes = Buffer.from(code, 'base64url');
  const newer = Buffer.from(bytes); newer[2] = 9;
  const damaged = Buffer.from(bytes); damaged[bytes.length - 5] ^= 0x10;
  // The second link is opened while the setup screen is already showing the first one's
  // result: only the part after `#` changes, and it is read all the same.
  await open(page, server.origin, '/');
  for (const [frame, id] of [[newer, 'setup-error-newer'], [damaged, 'setup-error-damaged']]) {
    await page.goto(`${server.origin}/j#${frame.toString('base64url')}`);
    await page.getByRole('alert').filter({ hasText: message('en', id) }).waitFor();
  }
  await open(page, server.origin, '/t');
  await page.getByText(message('en', 'adults-empty')).waitFor();
}));

test('the camera reads the setup QR code in wasm and shows the preview', async () => {
  // The key worker's QR code, as greyscale pixels, becomes a fake camera's video.
  let numbers;
  let pixels;
  await onPhone('en-GB', async (page) => {
    ({ numbers } = await makeSetup(page));
    pixels = await page.getByRole('img', { name: message('en', 'kw-code-alt') }).first().evaluate(async (img) => {
      const side = 480;
      const canvas = document.createElement('canvas');
      canvas.width = side; canvas.height = side;
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, side, side);
      ctx.drawImage(img, 40, 40, side - 80, side - 80);
      const rgba = ctx.getImageData(0, 0, side, side).data;
      const grey = [];
      for (let i = 0; i < rgba.length; i += 4) grey.push(rgba[i]);
      return { side, grey };
    });
  });
  const { side, grey } = pixels;
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(grey), Buffer.alloc(side * side / 2, 128)]);
  const video = `${artifacts}/setup-camera.y4m`;
  writeFileSync(video, Buffer.concat([Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  const context = await phone(browser, server.origin, 'en-GB');
  try {
    await context.grantPermissions(['camera'], { origin: server.origin });
    const page = await context.newPage();
    await open(page, server.origin, '/j');
    await page.getByRole('button', { name: 'Scan the code' }).click();
    await page.getByRole('button', { name: 'Open the code' }).waitFor({ timeout: 20000 });
    await typeNumbers(page, 'en', numbers);
    await page.getByRole('heading', { level: 2, name: message('ar', 'import-preview-title') }).waitFor();
    // This phone is in English and the setup in Arabic: whoever holds the phone reads what the
    // code would add in the phone's language first, then in the setup's, with one set of buttons.
    const previews = page.locator('.preview');
    assert.equal(await previews.count(), 2);
    await previews.nth(0).getByRole('heading', { level: 2, name: message('en', 'import-preview-title') }).waitFor();
    await previews.nth(0).getByText(message('en', 'import-unsigned')).waitFor();
    assert.equal(await previews.nth(1).getAttribute('dir'), 'rtl');
    for (const part of [0, 1]) await previews.nth(part).getByRole('heading', { name: 'Sam' }).waitFor();
    assert.equal(await previews.nth(0).getByRole('button').count(), 0);
    await previews.nth(1).getByRole('button', { name: message('ar', 'import-confirm') }).waitFor();
  } finally {
    await context.close();
    await browser.close();
  }
  assert.deepEqual(context.foreignRequests, []);
});

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Runs the publisher's tool (`harbour-pack`) from the repository. */
function harbourPack(...args) {
  const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'harbour-pack', '--', ...args], { cwd: repo, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

/** Fetches the area's newest pack on this phone, as a young person or key worker would. */
async function update(page) {
  await open(page, server.origin, '/d');
  await page.getByRole('button', { name: 'Check for new places and numbers' }).click();
  await page.getByText(/^Updated\./).waitFor();
}

test('a code signed with the key of an organisation the area lists says who made it', async () => {
  // The publisher makes the council's key and lists it in the area's pack.
  const dir = mkdtempSync(`${tmpdir()}/harbour-org-`);
  try {
    harbourPack('org-key', `${dir}/council.key`);
    harbourPack('build', '--area', 'uk', '--key', 'tests/fixtures/pack-dev.key', '--version', '2000',
      '--out', `${packsDir}/uk.pack`, '--organisation', `Test Council Children's Services=${dir}/council.key.pub`);
    writeFileSync(`${dir}/notes.txt`, 'not a key');
    let code;
    let numbers;
    await onPhone('en-GB', async (page) => {
      await update(page);
      await open(page, server.origin, '/m');
      await page.getByRole('button', { name: 'Add a trusted adult' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Sam');
      await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const chooser = page.getByLabel(/Sign the codes as your organisation/);
      await chooser.setInputFiles(`${dir}/notes.txt`);
      await page.getByRole('alert').filter({ hasText: message('en', 'kw-sign-bad') }).waitFor();
      await chooser.setInputFiles(`${dir}/council.key`);
      await page.getByRole('status').filter({ hasText: /Codes are signed as\W+Test Council Children's Services/ }).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0);
      await page.getByRole('button', { name: 'Make the code' }).click();
      code = await page.getByRole('textbox', { name: /The code as text/ }).inputValue();
      numbers = await page.getByText(/^\d{4} \d{4}$/).textContent();
    });
    await onPhone('en-GB', async (young) => {
      await update(young);
      await young.goto(`${server.origin}/j#${code}`);
      await typeNumbers(young, 'en', numbers);
      const preview = young.locator('.preview');
      await preview.getByText(/Made by\W+Test Council Children's Services/).waitFor();
      assert.equal(await preview.getByText(message('en', 'import-unsigned')).count(), 0);
      assert.deepEqual(await axeViolations(young), []);
    });
    // A phone whose pack does not list the council shows the same code as not signed.
    await onPhone('en-GB', async (other) => {
      await other.goto(`${server.origin}/j#${code}`);
      await typeNumbers(other, 'en', numbers);
      await other.locator('.preview').getByText(message('en', 'import-unsigned')).waitFor();
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${packsDir}/uk.pack`, { force: true });
  }
});
