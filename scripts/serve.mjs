// A small static server for the built web app, on 127.0.0.1 only. Every in-app address
// (/l, /p…) gets index.html, and the help numbers' (/n) get numbers.html, so a reload on any
// screen works; files go gzipped to browsers that accept it, with an ETag, as a static host or
// CDN would send them.
// Content packs are served from /packs/ with an ETag and 304 for If-None-Match, as a static
// host or CDN serves them (from HARBOUR_PACKS when set, else <dir>/packs); recordings likewise
// from /audio/.
// Usage: node scripts/serve.mjs [port] [dir]   (port 0: any free port; HARBOUR_SERVE_LOG, below)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 8080);
const root = resolve(process.argv[3] ?? new URL('../dist/web', import.meta.url).pathname);
const packs = resolve(process.env.HARBOUR_PACKS ?? join(root, 'packs'));
// Recordings (audio packs) are served the same way from /audio/ (HARBOUR_AUDIO, else <dir>/audio).
const audio = resolve(process.env.HARBOUR_AUDIO ?? join(root, 'audio'));
// When set, one line per response is added to this file: status, bytes sent, address (what the
// first-visit test and bench count).
const log = process.env.HARBOUR_SERVE_LOG;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ftl': 'text/plain; charset=utf-8',
};

/**
 * The headers a static host must send with every response (README, "Deploying"): the page's own
 * Content-Security-Policy cannot forbid framing, so it is sent as a header too, with
 * frame-ancestors; the rest stop type sniffing, referrers and powerful features Harbour does not
 * use. HSTS has no effect over plain http (this server) and is sent for parity with a real host.
 */
export const securityHeaders = {
  'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; media-src 'self' blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

/** Each file gzipped once (the build does not change while it is served, except by a rebuild). */
const gzipped = new Map();

const server = createServer(async (req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  if (log) res.on('finish', () => appendFileSync(log, `${res.statusCode} ${res.getHeader('content-length') ?? 0} ${req.url}\n`));
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    // A malformed address (a broken %-escape) is refused, never a crash.
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('bad request');
    return;
  }
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  if (safe.startsWith('/packs/')) return servePack(req, res, join(packs, safe.slice('/packs/'.length)));
  if (safe.startsWith('/audio/')) return servePack(req, res, join(audio, safe.slice('/audio/'.length)));
  // The help numbers (Route::Numbers, src/ui/route.rs) have a first response of their own
  // (numbers.html, from harbour-prerender).
  const file = extname(safe) ? join(root, safe) : join(root, safe === '/n' ? 'numbers.html' : 'index.html');
  try {
    let body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    // Every file with a validator, as a static host sends it, so the service worker's
    // revalidation of what the page has just loaded costs a "not modified", not the file again.
    if (notModified(req, res, body, headers)) return;
    // Compressed as any static host or CDN would serve it.
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !['.png'].includes(extname(file))) {
      const key = `${file}:${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});

/**
 * Gives `headers` the body's ETag and "check before use"; answers 304 (true) when the browser
 * already holds this body.
 */
function notModified(req, res, body, headers) {
  headers.etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
  headers['cache-control'] = 'no-cache';
  if (req.headers['if-none-match'] !== headers.etag) return false;
  res.writeHead(304, headers);
  res.end();
  return true;
}

/** A pack as it is (no gzip: it is mostly read once), with its ETag. */
async function servePack(req, res, file) {
  try {
    const body = await readFile(file);
    const headers = { 'content-type': 'application/octet-stream' };
    if (notModified(req, res, body, headers)) return;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}

server.listen(port, '127.0.0.1', () => {
  // Port 0 picks a free port; the line below is how tests learn which one.
  console.log(`Harbour is served on http://127.0.0.1:${server.address().port}/`);
});
