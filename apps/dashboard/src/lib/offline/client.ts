/**
 * Starts the offline layer in the signed-in shell: loads the queue, asks for persistent storage,
 * prepares this session's key, saves the follow-up list and warms the service worker's page cache
 * (these two once the page is idle), sends pending records when the connection returns, and guards
 * sign-out while records are pending.
 */
import type { Lang } from '@ventanilla/ui';
import { whenIdle } from '@ventanilla/ui/start/when-idle.ts';
import { getDeviceKey } from './crypto.ts';
import {
  clearWorklist,
  stopSavingWorklist,
  fetchWorklist,
  followUps,
  refreshCloses,
  syncCloses,
} from './follow-ups.svelte.ts';
import { offlineT } from './messages.ts';
import { offline, refreshQueue, syncPending, wipeDevice } from './queue.svelte.ts';
import { forgetWarmed, markWarmed, warmDue } from './warm-mark.ts';

/** Pages the service worker keeps for offline use once the officer has signed in here. */
export const offlinePages = [
  '/',
  '/record',
  '/record/activity',
  '/pending',
  '/directory',
  '/follow-ups',
];

let started = false;

export function startOffline({
  lang,
  signedIn,
  deviceKey,
}: {
  lang: Lang;
  signedIn: boolean;
  /** The signed-in person's key for what this device keeps (records.ts `deviceKeyOf`). */
  deviceKey: string | null;
}): () => void {
  const tr = offlineT(lang);
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    target: Window | Document = window,
  ) => {
    target.addEventListener(type, listener as EventListener, true);
    cleanups.push(() => target.removeEventListener(type, listener as EventListener, true));
  };

  void refreshQueue().then(() => {
    if (signedIn && navigator.onLine && offline.pending.some((p) => p.status === 'pending'))
      void syncPending();
  });
  void refreshCloses()
    .then(() => {
      if (signedIn && navigator.onLine && followUps.closes.some((c) => c.status === 'pending'))
        void syncCloses();
    })
    .catch(() => {});
  if (signedIn && !started) {
    started = true;
    offline.signedOut = false;
    void navigator.storage
      ?.persist?.()
      .then((granted) => (offline.persisted = granted))
      .catch(() => {});
    // The key at once (one small request): a record saved offline right after sign-in needs it.
    const key = navigator.onLine ? getDeviceKey() : null;
    // The follow-up list and the offline copies of the pages can wait until the page has
    // started: on a phone they competed with it for the CPU and the connection.
    cleanups.push(
      whenIdle(() => {
        void key?.then(() => fetchWorklist()).catch(() => {});
        if (deviceKey && warmDue({ deviceKey })) void warmPages({ deviceKey });
      }),
    );
  }

  on('online', () => {
    if (offline.pending.length) void syncPending();
    if (followUps.closes.some((c) => c.status === 'pending')) void syncCloses();
  });

  // Sign-out: warn while records are pending; with none, wipe what is left on the device first.
  on(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      if (new URL(form.action, location.href).pathname !== '/signout') return;
      const count = offline.pending.length + followUps.closes.length;
      if (count > 0) {
        event.preventDefault();
        const key = followUps.closes.length
          ? 'offline.signOutWarningCloses'
          : 'offline.signOutWarning';
        if (!confirm(tr(key, { count }))) return;
        stopSavingWorklist();
        forgetWarmed();
        // What waits stays sealed for the next sign-in; the saved follow-up list goes now.
        void clearWorklist().finally(() => {
          started = false;
          form.submit();
        });
        return;
      }
      event.preventDefault();
      stopSavingWorklist();
      forgetWarmed();
      void wipeDevice().finally(() => {
        started = false;
        form.submit();
      });
    },
    document,
  );

  // Session expiry: while records wait, check now and then that the session is still alive.
  const timer = setInterval(() => {
    if ((!offline.pending.length && !followUps.closes.length) || !navigator.onLine) return;
    fetch('/offline/key', { method: 'HEAD', cache: 'no-store' })
      .then((r) => {
        if (r.status === 401) offline.signedOut = true;
      })
      .catch(() => {});
  }, 60_000);
  cleanups.push(() => clearInterval(timer));

  return () => cleanups.forEach((cleanup) => cleanup());
}

async function warmPages({ deviceKey }: { deviceKey: string }) {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) return;
    registration.active.postMessage({ type: 'warm', urls: offlinePages });
    markWarmed({ deviceKey });
  } catch {
    // No service worker: pages are simply not available offline.
  }
}
