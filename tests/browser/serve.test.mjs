// The test server is the reference for what a static host must send (README, "Deploying"):
// the security headers on every response, and a malformed address refused, never a crash.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(() => server.stop());

test('every response carries the deployment headers, and a malformed address is refused', async () => {
  const bad = await fetch(`${server.origin}/%E0%A4%A`);
  assert.equal(bad.status, 400, 'a broken %-escape');
  for (const path of ['/', '/c', '/harbour_bg.wasm', '/packs/nowhere.pack']) {
    const response = await fetch(`${server.origin}${path}`);
    await response.arrayBuffer();
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
    assert.match(response.headers.get('permissions-policy') ?? '', /microphone=\(\)/, path);
  }
  const page = await fetch(`${server.origin}/`);
  assert.equal(page.status, 200, 'still serving after the bad request');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
});
