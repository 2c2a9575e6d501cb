/**
 * The follow-up worklist without a connection (issue 16 item 3). The last list read from the
 * server is kept sealed on the device (IndexedDB `worklist`), and a referral closed with its
 * outcome while offline is queued sealed (`closes`) and sent once when the connection returns,
 * through the same API mutation with an idempotency key (the close's id): a retry after a lost
 * answer is answered with the closed referral, not closed twice. Only closing works offline.
 */
import type { ReferralOutcome } from '@ventanilla/domain/referrals/index';
import {
  localDay,
  type CloseAnswer,
  type Worklist,
  type WorklistItem,
} from '../referrals/offline-worklist.ts';
import { getDeviceKey, seal, unseal, type Sealed } from './crypto.ts';
import { clear, getAll, getOne, put, remove } from './db.ts';
import { offline } from './queue.svelte.ts';

const WORKLIST_ID = 'follow-ups';
type StoredWorklist = { id: string; savedAt: string; sealed: Sealed };

/** Where a queued close stands: waiting, or answered by the server without being written. */
export type CloseStatus = 'pending' | 'alreadyClosed' | 'changed' | 'refused';

/** In clear: ids, dates and the server's answer (codes, its message); sealed: what was chosen. */
type StoredClose = {
  /** Also the idempotency key sent to the API. */
  id: string;
  referralId: string;
  queuedAt: string;
  status: CloseStatus;
  answer?: CloseAnswer;
  sealed: Sealed;
};
type CloseContent = {
  version: number;
  outcome: ReferralOutcome;
  note: string | null;
  /** The day it was closed (the device's day), not the day it reaches the server. */
  on: string;
  institution: string;
};
export type QueuedClose = Omit<StoredClose, 'sealed'> & CloseContent;

export const followUps = $state({
  ready: false,
  closes: [] as QueuedClose[],
  syncing: false,
  /** Closes the server stored since the page opened, newest last (for the page's message). */
  sent: [] as { institution: string; outcome: ReferralOutcome | null }[],
});

const nowIso = () => new Date(Date.now()).toISOString();

export async function refreshCloses(): Promise<void> {
  const stored = await getAll<StoredClose>('closes');
  const readable: QueuedClose[] = [];
  for (const { sealed, ...rest } of stored.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt))) {
    try {
      readable.push({ ...rest, ...(await unseal<CloseContent>(sealed)) });
    } catch {
      // Its key is gone (site data cleared in part): nothing can be sent or shown.
    }
  }
  followUps.closes = readable;
  followUps.ready = true;
}

/** Keeps the list as the server gave it, sealed with this session's key. */
/**
 * Set at sign-out: a save still on its way (the page saves the list it shows) must not write the
 * list back after sign-out cleared it.
 */
let signingOut = false;

/** Sign-out has begun: no saved list may be written from this page any more. */
export function stopSavingWorklist(): void {
  signingOut = true;
}

export async function saveWorklist({
  due,
  hubNames,
  savedAt = nowIso(),
}: {
  due: WorklistItem[];
  hubNames: Record<string, string>;
  savedAt?: string;
}): Promise<void> {
  if (signingOut) return;
  const key = await getDeviceKey();
  const items = due.map((r) => ({
    id: r.id,
    hub: r.hub,
    caseId: r.caseId,
    institution: r.institution,
    contactPerson: r.contactPerson,
    contactPhone: r.contactPhone,
    contactEmail: r.contactEmail,
    state: r.state,
    sentOn: r.sentOn,
    followUpOn: r.followUpOn,
    version: r.version,
  }));
  if (signingOut) return;
  await put<StoredWorklist>('worklist', {
    id: WORKLIST_ID,
    savedAt,
    sealed: await seal(key, { due: items, hubNames }),
  });
}

/** The saved list, or null when there is none (or it can no longer be read). */
export async function readWorklist(): Promise<Worklist | null> {
  const stored = await getOne<StoredWorklist>('worklist', WORKLIST_ID);
  if (!stored) return null;
  try {
    const content = await unseal<Omit<Worklist, 'savedAt'>>(stored.sealed);
    return { savedAt: stored.savedAt, ...content };
  } catch {
    return null;
  }
}

/** Reads the list from the server and keeps it (after sign-in, so it is there offline). */
export async function fetchWorklist(): Promise<void> {
  const response = await fetch('/offline/worklist', {
    cache: 'no-store',
    credentials: 'same-origin',
  });
  if (!response.ok || !response.headers.get('content-type')?.includes('json')) return;
  await saveWorklist((await response.json()) as Worklist);
}

/** Sign-out: the saved list goes, whatever else is pending. */
export async function clearWorklist(): Promise<void> {
  await clear('worklist');
}

/** Queues closing `referral` with `outcome` (sealed); returns the close's id. */
export async function queueClose({
  referral,
  outcome,
  note,
}: {
  referral: Pick<WorklistItem, 'id' | 'version' | 'institution'>;
  outcome: ReferralOutcome;
  note: string | null;
}): Promise<string> {
  const key = await getDeviceKey();
  const earlier = followUps.closes.find((c) => c.referralId === referral.id);
  const close: StoredClose = {
    id: earlier?.id ?? crypto.randomUUID(),
    referralId: referral.id,
    queuedAt: nowIso(),
    status: 'pending',
    sealed: await seal(key, {
      version: referral.version,
      outcome,
      note,
      on: localDay(Date.now()),
      institution: referral.institution,
    } satisfies CloseContent),
  };
  await put('closes', close);
  await refreshCloses();
  return close.id;
}

export async function discardClose(id: string): Promise<void> {
  await remove('closes', id);
  await refreshCloses();
}

/**
 * For a referral that moved on since the list was saved (received, attended, a new date): close
 * it all the same, over the version the server reported. Same key: the refused try did not use it.
 */
export async function closeAnyway(id: string): Promise<void> {
  const close = followUps.closes.find((c) => c.id === id);
  if (!close || close.answer?.status !== 'changed') return;
  await remove('closes', id);
  await queueClose({
    referral: {
      id: close.referralId,
      version: close.answer.version,
      institution: close.institution,
    },
    outcome: close.outcome,
    note: close.note,
  });
  await syncCloses();
}

async function sendOne(close: QueuedClose): Promise<CloseAnswer | null> {
  let response: Response;
  try {
    response = await fetch('/offline/referral-close', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        clientKey: close.id,
        id: close.referralId,
        version: close.version,
        outcome: close.outcome,
        note: close.note,
        on: close.on,
      }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return null;
  }
  if (response.status === 401) return { status: 'signedOut' };
  if (!response.headers.get('content-type')?.includes('json')) return null;
  return (await response.json()) as CloseAnswer;
}

/** Drops a closed referral from the saved list, so that the list offline stays true. */
async function dropFromWorklist(referralId: string) {
  const list = await readWorklist();
  if (!list || !list.due.some((r) => r.id === referralId)) return;
  await saveWorklist({ ...list, due: list.due.filter((r) => r.id !== referralId) });
}

let running: Promise<void> | null = null;

/** Sends every waiting close once; those the server did not write stay with its answer. */
export function syncCloses(): Promise<void> {
  running ??= (async () => {
    followUps.syncing = true;
    try {
      const waiting = (await getAll<StoredClose>('closes')).filter((c) => c.status === 'pending');
      await refreshCloses();
      for (const stored of waiting) {
        const close = followUps.closes.find((c) => c.id === stored.id);
        if (!close) continue;
        const answer = await sendOne(close);
        if (!answer || answer.status === 'unavailable') {
          offline.lastError = 'unreachable';
          break;
        }
        if (answer.status === 'signedOut') {
          offline.signedOut = true;
          break;
        }
        if (answer.status === 'closed') {
          await remove('closes', close.id);
          await dropFromWorklist(close.referralId);
          followUps.sent = [
            ...followUps.sent,
            { institution: close.institution, outcome: answer.outcome },
          ];
        } else {
          await put<StoredClose>('closes', { ...stored, status: answer.status, answer });
          if (answer.status === 'alreadyClosed') await dropFromWorklist(close.referralId);
        }
      }
    } finally {
      followUps.syncing = false;
      running = null;
      await refreshCloses();
    }
  })();
  return running;
}
