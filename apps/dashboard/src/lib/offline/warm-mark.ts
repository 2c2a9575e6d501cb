import { version } from '$app/env';

/**
 * When this device last asked the service worker to keep the offline pages, per person and
 * build. Every full page load used to ask again: two dozen page renders on the server for each
 * saved case. The pages kept for offline use are refreshed as they are visited anyway; the
 * whole set is asked for again after sign-in as someone else, a new build, or six hours.
 */
const KEY = 'vt-offline-warmed';
const AGAIN_AFTER_MS = 6 * 60 * 60 * 1000;

const markOf = (deviceKey: string) => `${deviceKey}:${version}`;

export function warmDue({ deviceKey, now = Date.now() }: { deviceKey: string; now?: number }) {
  try {
    const [mark, at] = (localStorage.getItem(KEY) ?? '').split('@');
    return mark !== markOf(deviceKey) || !(now - Number(at) < AGAIN_AFTER_MS);
  } catch {
    return true; // storage refused: ask every time, as before
  }
}

export function markWarmed({ deviceKey, now = Date.now() }: { deviceKey: string; now?: number }) {
  try {
    localStorage.setItem(KEY, `${markOf(deviceKey)}@${now}`);
  } catch {
    // Storage refused: the pages are asked for again next time.
  }
}

/** Sign-out: the next person's pages are asked for whatever the time. */
export function forgetWarmed() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
