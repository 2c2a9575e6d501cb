/**
 * Keeps the Psychological First Aid guide (and the glossary) working offline once visited:
 * the app's built assets are cached at install; pages under /pfa and /glossary are fetched from
 * the network first and the last copy is served when the connection drops. Nothing else is
 * cached (training pages carry personal progress and must stay fresh).
 */
import { version } from '$app/environment';
import { assets, immutable } from '$app/manifest';
import { self as sw } from '$app/service-worker';

const CACHE = `vt-onboarding-${version}`;
const ASSETS = [...immutable, ...assets].map((file) => `/${file.path.replace(/^\/+/, '')}`);
const OFFLINE_PATHS = [/^\/pfa(\/|$)/, /^\/glossary\/?$/];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const url = new URL(event.request.url);
  if (url.origin !== sw.location.origin) return;
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(event.request)));
    return;
  }
  const offline =
    OFFLINE_PATHS.some((re) => re.test(url.pathname)) ||
    (url.pathname.endsWith('/__data.json') &&
      OFFLINE_PATHS.some((re) => re.test(url.pathname.replace(/\/__data\.json$/, '') || '/')));
  if (!offline) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(event.request);
        if (response.ok) await cache.put(event.request, response.clone());
        return response;
      } catch (error) {
        const hit = await cache.match(event.request);
        if (hit) return hit;
        throw error;
      }
    })(),
  );
});
