// Starts the wasm app and registers the service worker that keeps it working offline.
// An external file, because the page's Content-Security-Policy forbids inline scripts.
import init from '/harbour.js';

init({ module_or_path: '/harbour_bg.wasm' });

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' });
}
