// The asylum explainer end to end (issue 4): mark "I am here" and keep it across a reload, keep
// a question across a reload, refuse an empty or too-long one with a clear message, and find
// the SEF step by the word on the letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, message, open, screenshot, session } from './harness.mjs';

const server = session();
const onPhone = server.onPhone;

test('I am here is kept across a reload and shown on home', () => onPhone('en-GB', async (page) => {
  await open(page, server.origin);
  await page.getByRole('link', { name: /Your asylum process/ }).click();
  await page.getByRole('link', { name: /The main \(“big”\) interview/ }).click();
  const mark = page.getByRole('button', { name: 'I am at this step' });
  assert.equal(await mark.getAttribute('aria-pressed'), 'false');
  await mark.click();
  assert.equal(await mark.getAttribute('aria-pressed'), 'true');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /The main \(“big”\) interview/ }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'I am at this step' }).getAttribute('aria-pressed'), 'true');
  await open(page, server.origin, '/');
  await page.getByRole('link', { name: /You are at: \u2068?The main \(“big”\) interview/ }).waitFor();
  await screenshot(page, 'process-home-with-step-en');
}));

test('a question is kept across a reload, and bad ones get a clear message', () => onPhone('ar-SA', async (page) => {
  await open(page, server.origin, '/a/AQ8GBx0DGw0W');
  const save = page.getByRole('button', { name: message('ar', 'process-question-save') });
  const box = page.getByRole('textbox', { name: message('ar', 'process-question-label') });
  await save.click();
  await page.getByRole('alert').waitFor();
  await box.fill('ق'.repeat(501));
  await save.click();
  assert.match(await page.getByRole('alert').textContent(), /500/);
  await box.fill('هل يمكن أن يكون المترجم امرأة؟');
  await save.click();
  await page.getByRole('status').waitFor();
  await page.reload();
  await page.getByText('هل يمكن أن يكون المترجم امرأة؟').waitFor();
  assert.equal(await box.inputValue(), '', 'the box is empty after saving');
  await screenshot(page, 'process-step-with-question-ar');
  assert.deepEqual(await axeViolations(page), []);
}));

test('searching "SEF" finds the form step, and nonsense finds a helpful empty state', () => onPhone('en-GB', async (page) => {
  await open(page, server.origin, '/a');
  const search = page.getByRole('searchbox', { name: 'Search for a word from a letter' });
  await search.fill('SEF');
  await page.getByRole('link', { name: 'The Statement of Evidence Form (SEF)' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'The Statement of Evidence Form (SEF)' }).waitFor();
  await open(page, server.origin, '/a');
  await page.getByRole('searchbox').fill('xylophone');
  assert.match(await page.getByRole('status').textContent(), /Nothing found/);
  assert.deepEqual(await axeViolations(page), []);
}));
