// Safe under someone else's eyes (issue 8): Quick exit (button and Escape) leaves a harmless
// page that Back does not undo and saves what was being typed; the lock code is asked after a
// reload and after two minutes in the background, and wrong codes wait; discreet mode's neutral
// name and first screen; Delete everything leaves nothing behind; no screen sends anything away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, controlled, message, open, screenshot, session, wordsInIndexedDb } from './harness.mjs';

const server = session();
const onPhone = server.onPhone;

const onAwayPage = async (page) => {
  await page.waitForURL(/\/away\.html$/);
  assert.equal(await page.title(), 'Calculator');
  assert.ok(!(await page.content()).includes('Harbour'), 'no word of Harbour');
};

test('Quick exit leaves a calculator, Back does not bring Harbour back, and typing is saved', () => onPhone('en-GB', async (page) => {
  await open(page, server.origin, '/');
  await page.getByRole('link', { name: /My safety plan/ }).click();
  const helps = page.getByRole('region', { name: 'Things that help me' });
  await helps.getByRole('textbox', { name: /Add to/ }).fill('Talking to my cousin');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await onAwayPage(page);
  await screenshot(page, 'quick-exit-away');
  await page.goBack();
  await onAwayPage(page);
  await page.goBack();
  // Back again leaves for whatever came before Harbour in this tab (here a blank tab), or the
  // harmless page again: never Harbour.
  await page.waitForURL((url) => url.href === 'about:blank' || url.pathname === '/away.html');
  assert.ok(!/Harbour|safety plan/.test(await page.content()), 'no Harbour after Back');
  assert.ok(!(await page.content()).includes('Talking to my cousin'), 'Back never shows the plan');
  // Opening Harbour afresh works, and the line typed before the exit was kept.
  await open(page, server.origin, '/p');
  await page.getByRole('region', { name: 'Things that help me' }).getByText('Talking to my cousin').waitFor();
  // Escape does the same.
  await page.keyboard.press('Escape');
  await onAwayPage(page);
}));

test('a lock code is asked after a reload and after two minutes away, and wrong codes wait', () => onPhone('en-GB', async (page) => {
  const t0 = new Date('2026-11-25T10:00:00Z').getTime();
  await page.clock.install({ time: t0 });
  await open(page, server.origin, '/v');
  await page.getByText('If you forget the code, the only way back in is to delete everything').waitFor();
  await page.getByLabel('New code').fill('24');
  await page.getByLabel('Type the code again').fill('24');
  await page.getByRole('button', { name: 'Lock with this code' }).click();
  await page.getByRole('alert').filter({ hasText: 'The code must have 4 to 12 digits.' }).waitFor();
  await page.getByLabel('New code').fill('1234');
  await page.getByLabel('Type the code again').fill('1234');
  await page.getByRole('button', { name: 'Lock with this code' }).click();
  await page.getByRole('alert').filter({ hasText: 'This code is too easy to guess.' }).waitFor();
  await page.getByLabel('New code').fill('2468');
  await page.getByLabel('Type the code again').fill('2468');
  await page.getByRole('button', { name: 'Lock with this code' }).click();
  await page.getByRole('status').filter({ hasText: 'Harbour will ask for this code' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
  assert.ok(!(await page.content()).includes('My safety plan'), 'nothing behind the lock');
  const code = page.getByLabel('Code', { exact: true });
  const open_ = page.getByRole('button', { name: 'Open' });
  for (const wrong of ['1111', '2222']) {
    await code.fill(wrong);
    await open_.click();
    await page.getByRole('alert').filter({ hasText: 'That code is not right.' }).waitFor();
  }
  await code.fill('3333');
  await open_.click();
  await page.getByRole('alert').filter({ hasText: /Try again in \W*30\W* seconds/ }).waitFor();
  await screenshot(page, 'lock-wait-en');
  assert.deepEqual(await axeViolations(page), []);
  // Moving the phone's clock on does not end the wait: it is counted on the app's own clock.
  const tried = () => page.waitForFunction(() => document.querySelector('input.code')?.value === '');
  await page.clock.setSystemTime(t0 + 3_600_000);
  await code.fill('2468');
  await open_.click();
  await tried();
  await page.getByRole('alert').filter({ hasText: /Try again in \W*\d+\W* seconds/ }).waitFor();
  // A reload begins the wait again in full, even for the right code.
  await page.reload();
  await code.fill('2468');
  await open_.click();
  await tried();
  await page.getByRole('alert').filter({ hasText: /Try again in \W*30\W* seconds/ }).waitFor();
  await page.clock.fastForward(31_000);
  await code.fill('2468');
  await open_.click();
  await page.getByRole('heading', { level: 1, name: 'Privacy and safety' }).waitFor();

  // In the background the screen is covered; two minutes away lock it again, a moment does
  // not, and a clock moved back while away counts as a long time, not none.
  const away = async (move) => {
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    assert.ok(await page.getByRole('heading', { level: 1 }).isHidden(), 'covered while away');
    await move();
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: false, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
  };
  await away(() => page.clock.fastForward(10_000));
  await page.getByRole('heading', { level: 1, name: 'Privacy and safety' }).waitFor();
  await away(async () => page.clock.setSystemTime((await page.evaluate(() => Date.now())) - 3_600_000));
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
  await code.fill('2468');
  await open_.click();
  await page.getByRole('heading', { level: 1, name: 'Privacy and safety' }).waitFor();
  await away(() => page.clock.fastForward(130_000));
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
}));

/** Loads `path`, which asks for the lock code, and enters `code`. */
async function openUnlocked(page, path, code) {
  await open(page, server.origin, path);
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor({ state: 'detached' });
}

test('with a lock code set, IndexedDB holds none of the saved names, numbers or plan words', () => onPhone('en-GB', async (page) => {
  const secrets = ['Zebedee Okonkwo', '447911123456', '7911 123456', 'Roundhay'];
  await open(page, server.origin, '/t/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Zebedee Okonkwo');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Zebedee Okonkwo' }).waitFor();
  await open(page, server.origin, '/p');
  const missing = page.getByRole('region', { name: 'If I go missing: how I stay safe' });
  await missing.getByRole('textbox', { name: /Add to/ }).fill('Football on Tuesday at Roundhay');
  await missing.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  assert.deepEqual(await wordsInIndexedDb(page, secrets), secrets, 'without a code each is readable (the search works)');

  await open(page, server.origin, '/v');
  // The code field is never a password field, so no password manager offers to keep it.
  assert.equal(await page.locator('input[type=password]').count(), 0);
  assert.equal(await page.getByLabel('New code').getAttribute('autocomplete'), 'off');
  await page.getByLabel('New code').fill('735194');
  await page.getByLabel('Type the code again').fill('735194');
  await page.getByRole('button', { name: 'Lock with this code' }).click();
  await page.getByRole('status').filter({ hasText: 'Harbour will ask for this code' }).waitFor();
  assert.deepEqual(await wordsInIndexedDb(page, secrets), [], 'sealed once the code is set');
  // Every page load asks for the code again, so each address opened below is unlocked first.
  await openUnlocked(page, '/p', '735194');
  await missing.getByRole('textbox', { name: /Add to/ }).fill('Ask Oluwaseun at the drop-in');
  await missing.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  assert.deepEqual(await wordsInIndexedDb(page, ['Oluwaseun']), [], 'and so is an edit made while open');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
  assert.equal(await page.locator('input[type=password]').count(), 0);
  assert.deepEqual(await wordsInIndexedDb(page, [...secrets, 'Oluwaseun']), [], 'behind the lock screen');
  await page.getByLabel('Code', { exact: true }).fill('735194');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor({ state: 'detached' });
  await openUnlocked(page, '/t', '735194');
  await page.getByRole('heading', { level: 2, name: 'Zebedee Okonkwo' }).waitFor();

  // Changing or removing the code needs the code in use.
  await openUnlocked(page, '/v', '735194');
  await page.getByLabel('Your code now').fill('111222');
  await page.getByRole('button', { name: 'Remove the code' }).click();
  await page.getByRole('alert').filter({ hasText: 'That code is not right.' }).waitFor();
  await page.getByLabel('Your code now').fill('735194');
  await page.getByLabel('New code').fill('246813');
  await page.getByLabel('Type the code again').fill('246813');
  await page.getByRole('button', { name: 'Change the code' }).click();
  await page.getByRole('status').filter({ hasText: 'Harbour will ask for this code' }).waitFor();
  await page.reload();
  await page.getByLabel('Code', { exact: true }).fill('246813');
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacy and safety' }).waitFor();
}));

test('a second tab opens nothing and gets no extra lock-code tries until the first is closed', () => onPhone('en-GB', async (page, context) => {
  await open(page, server.origin, '/v');
  await page.getByLabel('New code').fill('735194');
  await page.getByLabel('Type the code again').fill('735194');
  await page.getByRole('button', { name: 'Lock with this code' }).click();
  await page.getByRole('status').filter({ hasText: 'Harbour will ask for this code' }).waitFor();

  const second = await context.newPage();
  await open(second, server.origin, '/');
  await second.getByRole('heading', { level: 1, name: 'Already open' }).waitFor();
  const text = await second.locator('body').innerText();
  assert.ok(!/Harbour|help|safe|code/i.test(text), `neutral words only: ${text}`);
  assert.equal(await second.title(), 'Already open');
  assert.equal(await second.getByLabel('Code', { exact: true }).count(), 0, 'no lock screen to guess on');
  await second.getByRole('button', { name: 'Try again' }).click();
  await second.getByRole('heading', { level: 1, name: 'Already open' }).waitFor();

  await page.close();
  await second.getByRole('button', { name: 'Try again' }).click();
  await second.getByRole('heading', { level: 1, name: 'Enter your code' }).waitFor();
}));

test('discreet mode has a neutral name and first screen', () => onPhone('en-GB', async (page) => {
  // The first response, before any script has run, names nothing of Harbour: title, icons,
  // manifest and colour are neutral, and the app shows its own only once discreet mode is off.
  const first = await (await page.request.get(`${server.origin}/v`)).text();
  assert.match(first, /<title>Calculator<\/title>/);
  assert.ok(!/harbour</i.test(first) && !first.includes('Harbour'), first);
  const identity = () => page.evaluate(() => [
    document.title,
    ...['manifest', 'icon', 'apple-touch-icon'].map((rel) => document.querySelector(`link[rel=${rel}]`).getAttribute('href')),
    document.querySelector('meta[name=theme-color]').content,
  ]);
  await open(page, server.origin, '/v');
  await page.waitForFunction(() => document.title === 'Harbour');
  assert.deepEqual(await identity(), ['Harbour', '/manifest.webmanifest', '/icons/icon.svg', '/icons/icon-192.png', '#0b5563']);
  await page.getByRole('checkbox', { name: 'Use discreet mode' }).check();
  await page.waitForFunction(() => document.title === 'Calculator');
  assert.equal(await page.locator('link[rel=manifest]').getAttribute('href'), '/discreet.webmanifest');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Calculator' }).waitFor();
  assert.deepEqual(await identity(), ['Calculator', '/discreet.webmanifest', '/icons/calculator.svg', '/icons/calculator-192.png', '#202124']);
  const text = await page.locator('body').innerText();
  for (const word of ['Harbour', 'help', 'safe', 'asylum', 'come back']) {
    assert.ok(!text.toLowerCase().includes(word.toLowerCase()), `"${word}" on the first screen: ${text}`);
  }
  await screenshot(page, 'discreet-cover');
  await page.getByRole('button', { name: 'Open' }).click();
  // Open shows the screen the address names (here the one reloaded), with the neutral name.
  await page.getByRole('heading', { level: 1, name: 'Privacy and safety' }).waitFor();
  assert.ok(await page.getByRole('checkbox', { name: 'Use discreet mode' }).isChecked());
  assert.equal(await page.title(), 'Calculator');

  // With a lock code set, whoever holds the open phone cannot turn discreet mode off without it.
  await page.getByLabel('New code').fill('735194');
  await page.getByLabel('Type the code again').fill('735194');
  await page.getByRole('button', { name: 'Lock with this code' }).click();
  await page.getByRole('status').filter({ hasText: 'Harbour will ask for this code' }).waitFor();
  const box = page.getByRole('checkbox', { name: 'Use discreet mode' });
  // One tap (Playwright's uncheck would tap again and again until the box changed).
  await box.click();
  await page.getByRole('alert').filter({ hasText: 'That code is not right.' }).waitFor();
  assert.ok(await box.isChecked(), 'still on');
  assert.equal(await page.title(), 'Calculator');
  await page.locator('section[aria-labelledby=heading-discreet]').getByLabel('Your code now').fill('735194');
  await box.uncheck();
  await page.waitForFunction(() => document.title === 'Harbour');
  assert.ok(!(await box.isChecked()));
}));

test('Delete everything leaves no saved data behind, also where the browser cannot list its databases, and the help numbers still open offline', () => onPhone('en-GB', async (page, context) => {
  // As in older browsers (Firefox before 126): no indexedDB.databases(). The test keeps its own.
  await page.addInitScript(() => {
    IDBFactory.prototype.listForTest = IDBFactory.prototype.databases;
    delete IDBFactory.prototype.databases;
  });
  await open(page, server.origin, '/t/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Zebedee');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Zebedee' }).waitFor();
  await open(page, server.origin, '/l');
  await page.getByRole('button', { name: /Français/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await open(page, server.origin, '/v');
  await page.locator('section[aria-labelledby=heading-wipe] button').click();
  await page.locator('.confirm button.danger').click();
  // The app starts as new: the phone's language again (home was French), nobody added.
  await page.getByRole('heading', { level: 1, name: 'Harbour' }).waitFor();
  await page.getByRole('link', { name: 'I want to come back', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await open(page, server.origin, '/t');
  await page.getByText('You have not added anyone yet.').waitFor();
  const stored = await page.evaluate(async () => {
    const found = [];
    for (const { name } of await indexedDB.listForTest()) {
      const db = await new Promise((ok, ko) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); r.onerror = ko; });
      for (const storeName of db.objectStoreNames) {
        const all = await new Promise((ok) => { const r = db.transaction(storeName).objectStore(storeName).getAll(); r.onsuccess = () => ok(r.result); });
        for (const record of all) {
          const bytes = record?.data ? new Uint8Array(record.data.buffer ?? record.data) : new TextEncoder().encode(JSON.stringify(record));
          found.push(new TextDecoder('latin1').decode(bytes));
        }
      }
      db.close();
    }
    return { text: found.join(''), local: Object.keys(localStorage), session: Object.keys(sessionStorage) };
  });
  assert.ok(!stored.text.includes('Zebedee') && !stored.text.includes('447911123456'), 'the old data is gone from IndexedDB');
  assert.deepEqual(stored.local, [], 'nothing in localStorage');
  // The app itself is kept (public files only), so 999 still opens with no network.
  await controlled(page);
  await context.setOffline(true);
  await page.goto(`${server.origin}/`);
  await page.getByRole('link', { name: 'In danger? Call 999' }).waitFor();
  await context.setOffline(false);
}));

test('Delete everything that cannot finish yet says so in neutral words, and finishes once the other copy closes', () => onPhone('en-GB', async (page, context) => {
  await open(page, server.origin, '/t/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Zebedee');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Zebedee' }).waitFor();
  // Another page of the same site holds the store's database open and will not let go.
  const other = await context.newPage();
  await other.goto(`${server.origin}/away.html`);
  await other.evaluate(() => new Promise((ok) => {
    const request = indexedDB.open('harbour-idb');
    request.onsuccess = () => { window.held = request.result; ok(); };
  }));
  await open(page, server.origin, '/v');
  await page.locator('section[aria-labelledby=heading-wipe] button').click();
  await page.locator('.confirm button.danger').click();
  await page.getByRole('alert').filter({ hasText: message('en', 'wipe-unfinished') }).waitFor();
  const text = await page.locator('body').innerText();
  assert.ok(!/Harbour|help|safe/i.test(text), `neutral words only: ${text}`);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('alert').filter({ hasText: message('en', 'wipe-unfinished') }).waitFor();
  await other.evaluate(() => window.held.close());
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Harbour' }).waitFor();
  await open(page, server.origin, '/t');
  await page.getByText('You have not added anyone yet.').waitFor();
}));

test('walking every screen sends nothing anywhere but this app', () => onPhone('en-GB', async (page) => {
  for (const path of ['/', '/c', '/t', '/t/new', '/p', '/w', '/s', '/a',
    '/a/GwQU', '/g', '/n', '/l', '/v', '/i']) {
    await open(page, server.origin, path);
  }
  // onPhone asserts that no request left 127.0.0.1.
}));
