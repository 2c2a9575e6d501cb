/**
 * The record forms' hook into the offline queue (issue 9). Without JavaScript nothing here runs
 * and the form posts as before. With JavaScript, a valid record is kept on the device instead of
 * posted when: the browser is offline, a quick probe of the server fails (a connection that is
 * up but not passing traffic), the session has ended (a post would bounce to sign-in and lose the
 * record), or the record being saved is a pending one opened for fixing.
 */
import { goto } from '$app/navigation';
import type { FormValues, RecordKind } from '../record/form-values.ts';
import { NoKeyError } from './crypto.ts';
import { offline, queueRecord, syncPending } from './queue.svelte.ts';

const PROBE_TIMEOUT_MS = 4000;

/** Whether the server answers for this session: 'ok', 'signedOut' or 'unreachable'. */
async function probe(): Promise<'ok' | 'signedOut' | 'unreachable'> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    const response = await fetch('/offline/key', {
      method: 'HEAD',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (response.status === 401) return 'signedOut';
    return response.ok ? 'ok' : 'unreachable';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Call from the form's submit handler once the record passed the domain rules. Always takes the
 * submission over (the probe needs to wait); posts the form natively when the server is there.
 */
export function takeOverSubmit({
  event,
  form,
  kind,
  values,
  pendingId,
  onError,
}: {
  event: SubmitEvent;
  form: HTMLFormElement;
  kind: RecordKind;
  values: FormValues;
  pendingId: string | null;
  onError: (message: 'noKey' | 'failed') => void;
}): void {
  event.preventDefault();
  void (async () => {
    const state = navigator.onLine ? await probe() : 'unreachable';
    if (state === 'ok' && !pendingId) {
      form.submit();
      return;
    }
    if (state === 'signedOut') offline.signedOut = true;
    try {
      const id = await queueRecord({ kind, values, id: pendingId });
      if (state === 'ok') await syncPending({ ids: [id] });
      // eslint-disable-next-line svelte/no-navigation-without-resolve -- plain path with a query string
      await goto(`/pending?queued=${encodeURIComponent(id)}`);
    } catch (error) {
      onError(error instanceof NoKeyError ? 'noKey' : 'failed');
    }
  })();
}
