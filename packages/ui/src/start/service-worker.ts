import { whenIdle } from './when-idle.ts';

/**
 * Registers the app's service worker (`src/service-worker`) once the page is idle. SvelteKit's
 * own registration (turned off in kit-options.js) runs on `load`, so the worker's install, which
 * downloads the whole app for offline use, ran while a phone was still starting the page. It is
 * a module, as SvelteKit builds it.
 */
export function registerServiceWorkerWhenIdle(): () => void {
  if (!('serviceWorker' in navigator)) return () => {};
  return whenIdle(() => {
    navigator.serviceWorker.register('/service-worker.js', { type: 'module' }).catch(() => {
      // No worker (a private window, an old browser): the app works online only.
    });
  });
}
