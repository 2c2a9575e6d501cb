/**
 * Field conditions (issue 9): the dashboard's recording pages keep working without a connection
 * once the officer has signed in on this device.
 *
 * - The app's built assets (JS, CSS, the code lists compiled into the form) are cached at
 *   install and served from the cache.
 * - The recording pages and the pending list (HTML and their `__data.json`) are served from the
 *   cache at once and refreshed in the background; the hub's directory and the home page are
 *   fetched from the network first. The last good copy is served when the network fails. The page asks for them to be cached right after sign-in ("warm").
 *   Only plain addresses are kept (no query string: `/record?id=…` shows a stored person).
 * - Nothing under /offline/ (key material, sync) is ever cached. Records themselves never pass
 *   through here: the page keeps them in IndexedDB (src/lib/offline/).
 * - The follow-up worklist is a shell page (src/lib/offline/shell.ts): only the copy the server
 *   renders for warming, without any referral, is kept; online answers pass through unkept, and
 *   offline the page fills the shell from its sealed copy in IndexedDB.
 * - On sign-out with nothing pending the page deletes the page cache (src/lib/offline/queue).
 * - Pages are kept per language (one cache each, filed by the page's `content-language`) and
 *   answered in the language of the `vt_lang` cookie; warming asks the server for both languages
 *   (`x-vt-lang`), and offline this worker answers the language switch itself (language.ts).
 */
import { version } from '$app/environment';
import { assets, immutable } from '$app/manifest';
import { self as sw } from '$app/service-worker';
import { langs, type Lang } from '@ventanilla/domain/i18n';
import { LANG_HEADER } from '@ventanilla/ui/lang-cookie.ts';
import { OFFLINE_SHELL_HEADER, SHELL_PAGES } from '../lib/offline/shell.ts';
import { currentLang, langOf, rememberLang, STATE_CACHE, switchLanguage } from './language.ts';

const ASSET_CACHE = `vt-dashboard-assets-${version}`;
const pageCache = (lang: Lang) => `vt-dashboard-pages-${version}-${lang}`;
const KEPT = new Set([ASSET_CACHE, STATE_CACHE, ...langs.map(pageCache)]);
const ASSETS = [...immutable, ...assets].map((file) => `/${file.path.replace(/^\/+/, '')}`);
const OFFLINE_PAGES = new Set([
  '/',
  '/record',
  '/record/activity',
  '/pending',
  '/directory',
  ...SHELL_PAGES,
]);
/** Served from the cache first (see staleWhileRevalidate); the others network-first. */
const FAST_PAGES = new Set(['/record', '/record/activity', '/pending']);

/** The page path of a request (`/record` for `/record/__data.json`), or null if not kept. */
function offlinePage(url: URL): string | null {
  const path = url.pathname.endsWith('/__data.json')
    ? url.pathname.slice(0, -'/__data.json'.length) || '/'
    : url.pathname;
  if (!OFFLINE_PAGES.has(path)) return null;
  return path;
}

/** Whether a response may be kept: plain address, a real page (not a redirect to sign-in). */
function cacheable(url: URL, response: Response): boolean {
  const plain = [...url.searchParams.keys()].every((k) => k.startsWith('x-sveltekit-'));
  return plain && response.ok && !response.redirected && response.type === 'basic';
}

/** Cache key: the address without its query string. */
const keyOf = (url: URL) => `${url.origin}${url.pathname}`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(ASSET_CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('vt-dashboard-') && !KEPT.has(key))
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

/**
 * Files a page the server rendered under its language. A navigation is rendered for the cookie,
 * so its language is also the person's current choice (for browsers without the Cookie Store API).
 */
async function keep(request: Request, url: URL, response: Response): Promise<void> {
  if (!cacheable(url, response)) return;
  const lang = langOf(response) ?? (await currentLang());
  if (request.mode === 'navigate' && !request.headers.has(LANG_HEADER)) await rememberLang(lang);
  await (await caches.open(pageCache(lang))).put(keyOf(url), response);
}

/** The kept copy in `lang`; offline with none in that language, the copy of another one. */
async function kept(url: URL, lang: Lang, otherwise: boolean): Promise<Response | undefined> {
  const hit = await (await caches.open(pageCache(lang))).match(keyOf(url));
  if (hit || !otherwise) return hit;
  for (const other of langs.filter((l) => l !== lang)) {
    const found = await (await caches.open(pageCache(other))).match(keyOf(url));
    if (found) return found;
  }
  return undefined;
}

async function networkFirst(request: Request, url: URL, shell = false): Promise<Response> {
  try {
    const response = await fetch(request);
    // A shell page's real answer holds personal data: it is never put in this (clear) cache.
    if (!shell) await keep(request, url, response.clone());
    return response;
  } catch (error) {
    const hit = await kept(url, await currentLang(), true);
    if (hit) return hit;
    throw error;
  }
}

/**
 * The recording pages open from the cache at once (a blank form: hubs, code lists, directory) and
 * are refreshed in the background for next time; with no copy yet, the network answers.
 */
async function staleWhileRevalidate(
  event: FetchEvent,
  request: Request,
  url: URL,
): Promise<Response> {
  const plain = [...url.searchParams.keys()].every((k) => k.startsWith('x-sveltekit-'));
  const hit = plain ? await kept(url, await currentLang(), false) : undefined;
  if (!hit) return networkFirst(request, url);
  event.waitUntil(
    fetch(request)
      .then((response) => keep(request, url, response))
      .catch(() => {}),
  );
  return hit;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/language') {
    event.respondWith(switchLanguage(request));
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.startsWith('/offline/')) return;
  if (ASSETS.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
    return;
  }
  const path = offlinePage(url);
  if (!path) return;
  event.respondWith(
    FAST_PAGES.has(path)
      ? staleWhileRevalidate(event, request, url)
      : networkFirst(request, url, SHELL_PAGES.has(path)),
  );
});

/**
 * Keeps the offline pages (HTML and data) of the signed-in officer in both languages, the current
 * one first, so that switching works offline too; the page asks after sign-in.
 */
async function warm(paths: string[]) {
  const first = await currentLang();
  for (const lang of [first, ...langs.filter((l) => l !== first)]) {
    await Promise.all(
      paths
        .filter((path) => OFFLINE_PAGES.has(path))
        .flatMap((path) => [
          { path, page: path },
          { path: `${path === '/' ? '' : path}/__data.json`, page: path },
        ])
        .map(async ({ path, page }) => {
          const url = new URL(path, sw.location.origin);
          try {
            const request = new Request(url, {
              credentials: 'same-origin',
              cache: 'no-store',
              headers: {
                [LANG_HEADER]: lang,
                ...(SHELL_PAGES.has(page) ? { [OFFLINE_SHELL_HEADER]: '1' } : {}),
              },
            });
            await keep(request, url, await fetch(request));
          } catch {
            // Offline or the server is down: keep what is there.
          }
        }),
    );
  }
}

sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: string[] } | null;
  if (data?.type === 'warm' && Array.isArray(data.urls)) event.waitUntil(warm(data.urls));
  if (data?.type === 'wipe')
    event.waitUntil(
      caches
        .keys()
        .then((keys) =>
          Promise.all(
            keys.filter((k) => k.startsWith('vt-dashboard-pages')).map((k) => caches.delete(k)),
          ),
        ),
    );
});
