// "I want to come back" end to end (issue 5): add a trusted adult through the form (a wrong
// number is refused and nothing is saved), the come-back link texts them in E.164 with the
// expected words, another time of day (a test clock) routes to the out-of-hours contact, a
// location goes in only on a tap, and the safety plan keeps every change across a reload and a
// tab closed mid-edit after "Saved." was shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, message, open, screenshot, session } from './harness.mjs';

const server = session();
const onPhone = server.onPhone;

/** RFC 3986 percent-encoding, as the app writes an sms: body. */
const encode = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** Text without the invisible marks Fluent puts around names. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** Fills and saves the trusted-adult form; `hours` adds the default Monday–Friday 09:00–17:00. */
async function addAdult(page, { name, role, phone, hours = false, outOfHours = false }) {
  await page.getByRole('link', { name: 'Add a trusted adult' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a trusted adult' }).waitFor();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  if (role) await page.getByRole('combobox', { name: 'Who they are' }).selectOption({ label: role });
  await page.getByRole('textbox', { name: /Phone number/ }).fill(phone);
  if (hours) await page.getByRole('button', { name: 'Add times' }).click();
  if (outOfHours) await page.getByRole('checkbox', { name: 'This is my out-of-hours contact' }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

test('a trusted adult added through the form is texted in one tap, then out of hours goes to the carer', () => onPhone('en-GB', async (page) => {
  // Wednesday 25 November 2026, 10:00 in the UK (GMT).
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00Z'));
  await open(page, server.origin);
  // One tap from home: the link is the text itself, to the helpline while nobody is added, and
  // 999 is on home too. The helpline's hours are not confirmed, so home says it may not answer.
  const oneTap = page.getByRole('link', { name: 'I want to come back', exact: true });
  assert.equal(await oneTap.getAttribute('href'), `sms:116000?body=${encode('Hello. I want to come back. Can you help me?')}`);
  assert.equal(await page.getByRole('link', { name: 'In danger? Call 999' }).getAttribute('href'), 'tel:999');
  await page.getByText(message('en', 'comeback-helpline-unknown')).waitFor();
  await page.getByRole('link', { name: message('en', 'home-come-back-more') }).click();
  await page.getByRole('heading', { level: 1, name: 'I want to come back' }).waitFor();
  await page.getByText('You have not added a trusted adult yet').waitFor();
  // The helpline may be closed: 999 comes first on the come-back screen.
  assert.equal(await page.locator('main a').first().getAttribute('href'), 'tel:999');
  const helpline = await page.getByRole('link', { name: 'Send a message to the Runaway Helpline' }).getAttribute('href');
  assert.equal(helpline, `sms:116000?body=${encode('Hello. I want to come back. Can you help me?')}`);

  await page.getByRole('link', { name: /My trusted adults/ }).click();
  await page.getByText('You have not added anyone yet.').waitFor();
  // A number nobody can call: the field says why, and nothing is saved.
  await addAdult(page, { name: 'Sam', phone: '12345', hours: true });
  await page.getByText(message('en', 'adult-error-phone-invalid')).waitFor();
  assert.equal(await page.getByRole('textbox', { name: /Phone number/ }).getAttribute('aria-invalid'), 'true');
  await screenshot(page, 'comeback-adult-form-error-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('textbox', { name: /Phone number/ }).fill('07911 123456');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My trusted adults' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Sam' }).waitFor();
  await page.getByText(/Monday to Friday\W+09:00\W+17:00/).waitFor();
  await page.getByRole('textbox', { name: /Your messages end with this name/ }).fill('Amir');
  await page.getByRole('button', { name: 'Save my name' }).click();
  await page.getByRole('status').waitFor();

  await open(page, server.origin, '/');
  // Home's one tap now texts Sam, and says so under it.
  const samNow = `sms:+447911123456?body=${encode('Hello Sam. I want to come back. Can you help me? From Amir.')}`;
  assert.equal(await page.getByRole('link', { name: 'I want to come back', exact: true }).getAttribute('href'), samNow);
  assert.equal(plain(await page.locator('.come-back-hint').textContent()), 'Sam — your social worker — until 17:00');
  await screenshot(page, 'home-one-tap-sam-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: message('en', 'home-come-back-more') }).click();
  assert.equal(plain(await page.locator('.reach-who').textContent()), 'Sam — your social worker — until 17:00');
  const sms = await page.getByRole('link', { name: /Send a message to .?Sam/ }).getAttribute('href');
  assert.equal(sms, `sms:+447911123456?body=${encode('Hello Sam. I want to come back. Can you help me? From Amir.')}`);
  assert.equal(await page.getByRole('link', { name: 'Call instead' }).getAttribute('href'), 'tel:+447911123456');
  assert.equal(await page.getByRole('link', { name: 'If you are in danger, call 999' }).getAttribute('href'), 'tel:999');
  await screenshot(page, 'comeback-sam-en');
  assert.deepEqual(await axeViolations(page), []);

  // The carer is the out-of-hours contact; at 20:00 Sam is not working.
  await page.getByRole('link', { name: /My trusted adults/ }).click();
  await addAdult(page, { name: 'Ade', role: 'Foster carer', phone: '07400 123456', outOfHours: true });
  await page.getByRole('heading', { level: 2, name: 'Ade' }).waitFor();
  await page.clock.setFixedTime(new Date('2026-11-25T20:00:00Z'));
  await open(page, server.origin, '/c');
  assert.equal(plain(await page.locator('.reach-who').textContent()), 'Ade — your foster carer — out of hours');
  await page.getByText('Your other trusted adults are not working at this time.').waitFor();
  const carer = await page.getByRole('link', { name: /Send a message to .?Ade/ }).getAttribute('href');
  assert.equal(carer, `sms:+447400123456?body=${encode('Hello Ade. I want to come back. Can you help me? From Amir.')}`);
}));

test('the message goes in the adult’s language then the young person’s, and numbers stay left to right', () => onPhone('ti-ER', async (page) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00Z'));
  await open(page, server.origin, '/t/new');
  await page.locator('input[type=text]').first().fill('Sam');
  await page.locator('input[type=tel]').fill('+44 7911 123456');
  await page.locator('form button[type=submit]').click();
  await page.getByRole('heading', { level: 1, name: message('ti', 'adults-title') }).waitFor();
  await open(page, server.origin, '/c');
  const href = await page.locator('a.send').getAttribute('href');
  const [, body] = href.split('?body=');
  const text = decodeURIComponent(body);
  const [english, tigrinya] = text.split('\n\n');
  assert.equal(english, 'Hello Sam. I want to come back. Can you help me?');
  assert.ok(tigrinya.includes(message('ti', 'sms-body')), tigrinya);
  assert.equal(await page.locator('.reach-number bdi').getAttribute('dir'), 'ltr');
  assert.equal(await page.locator('.reach-number bdi').textContent(), '+44 7911 123456');
  await screenshot(page, 'comeback-ti');
}));

test('where I am goes into the message only on a tap, and a refusal says nothing alarming', () => onPhone('en-GB', async (page, context) => {
  await open(page, server.origin, '/c');
  const send = page.getByRole('link', { name: 'Send a message to the Runaway Helpline' });
  const before = await send.getAttribute('href');
  // Not allowed: the message goes without it.
  await page.getByRole('button', { name: 'Add where I am' }).click();
  await page.getByText('Your phone did not say where you are. Your message will go without it.').waitFor();
  assert.equal(await send.getAttribute('href'), before);
  // Allowed, on a new visit: coordinates and a map link, said in the message.
  await context.grantPermissions(['geolocation'], { origin: server.origin });
  await context.setGeolocation({ latitude: 51.501364, longitude: -0.14189 });
  await open(page, server.origin, '/c');
  await page.getByRole('button', { name: 'Add where I am' }).click();
  await page.getByText('Where you are is now in the message.', { exact: false }).waitFor();
  const where = 'Where I am now: 51.50136, -0.14189 https://maps.google.com/?q=51.50136,-0.14189';
  assert.ok(decodeURIComponent((await send.getAttribute('href')).split('?body=')[1]).endsWith(`\n\n${where}`));
  await page.getByRole('button', { name: 'Take out where I am' }).click();
  assert.equal(await send.getAttribute('href'), before);
}));

test('safety plan changes survive a reload and a tab closed after “Saved.”', () => onPhone('en-GB', async (page, context) => {
  await open(page, server.origin);
  await page.getByRole('link', { name: /My safety plan/ }).click();
  await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
  const missing = page.getByRole('region', { name: 'If I go missing: how I stay safe' });
  await missing.getByRole('textbox', { name: /Add to/ }).fill('Go to the library on King Street');
  await missing.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await missing.getByText('Go to the library on King Street').waitFor();
  // Change a suggestion into their own words, move it, delete another.
  await missing.getByRole('button', { name: /Change .*Charge my phone before I go out/ }).click();
  await missing.getByRole('textbox', { name: 'Change this line' }).fill('Charge my phone at the library');
  await missing.getByRole('button', { name: 'Save' }).click();
  await missing.getByText('Charge my phone at the library').waitFor();
  await missing.getByRole('button', { name: /Move .*Charge my phone at the library.* down/ }).click();
  await missing.getByRole('button', { name: /Delete .*If I am in danger, call 999/ }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const lines = () => missing.locator('.line-text').allTextContents();
  const expected = ['Know 116 000 by heart: the Runaway Helpline, free to call or text.', 'Charge my phone at the library', 'Go to the library on King Street'];
  assert.deepEqual(await lines(), expected);
  await screenshot(page, 'plan-en');
  assert.deepEqual(await axeViolations(page), []);
  await page.reload();
  await missing.getByText('Go to the library on King Street').waitFor();
  assert.deepEqual(await lines(), expected);

  // Add a line, see "Saved.", start changing another, and close the tab mid-edit.
  await missing.getByRole('textbox', { name: /Add to/ }).fill('Call Sam from a shop phone');
  await missing.getByRole('button', { name: 'Add' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await missing.getByRole('button', { name: /Change .*Go to the library on King Street/ }).click();
  await missing.getByRole('textbox', { name: 'Change this line' }).fill('half-typed words');
  await page.close();
  const again = await context.newPage();
  await open(again, server.origin, '/p');
  const region = again.getByRole('region', { name: 'If I go missing: how I stay safe' });
  await region.getByText('Call Sam from a shop phone').waitFor();
  assert.deepEqual(await region.locator('.line-text').allTextContents(), [...expected, 'Call Sam from a shop phone']);
}));

test('left open across the end of someone’s hours, the screen routes to who can be reached now', () => onPhone('en-GB', async (page) => {
  // Wednesday 25 November 2026, 16:59:30 in the UK; the page's timers follow this clock.
  await page.clock.install({ time: new Date('2026-11-25T16:59:30Z') });
  await open(page, server.origin, '/t');
  await addAdult(page, { name: 'Sam', phone: '07911 123456', hours: true });
  await page.getByRole('heading', { level: 2, name: 'Sam' }).waitFor();
  await addAdult(page, { name: 'Ade', role: 'Foster carer', phone: '07400 123456', outOfHours: true });
  await page.getByRole('heading', { level: 2, name: 'Ade' }).waitFor();
  await open(page, server.origin, '/c');
  assert.equal(plain(await page.locator('.reach-who').textContent()), 'Sam — your social worker — until 17:00');
  await page.clock.runFor(60_000);
  await page.getByText('Your other trusted adults are not working at this time.').waitFor();
  assert.match(await page.locator('a.send').getAttribute('href'), /^sms:\+447400123456\?body=Hello%20Ade/);
}));
