/**
 * The offline queue (issue 9): records made without a connection, sealed in IndexedDB, sent once
 * each (idempotency key = the record's id) when the connection returns or on demand.
 */
import type { FormValues, RecordKind } from '../record/form-values.ts';
import type { SyncAnswer } from './sync-answer.ts';
import { clear, getAll, getOne, put, remove } from './db.ts';
import {
  decryptExport,
  encryptExport,
  forgetKeys,
  getDeviceKey,
  seal,
  unseal,
  type ExportFile,
  type Sealed,
} from './crypto.ts';

export type PendingRecord = {
  /** Also the idempotency key sent to the API. */
  id: string;
  kind: RecordKind;
  /** Not personal: shown in the list and needed to tell the month. */
  date: string;
  hub: string;
  createdAt: string;
  updatedAt: string;
  status: 'pending' | 'refused';
  reason?: string;
  message?: string;
  issues?: { fields: string[]; message: string }[];
  sealed: Sealed;
};

/** What was sent: no personal data, kept on the device until sign-out. */
export type Receipt = {
  id: string;
  kind: RecordKind;
  date: string;
  hub: string;
  serverId: string;
  warnings: number;
  sentAt: string;
};

type Payload = { values: FormValues };

export const offline = $state({
  ready: false,
  pending: [] as PendingRecord[],
  sent: [] as Receipt[],
  syncing: false,
  /** The session ended while records were waiting: they stay here until the next sign-in. */
  signedOut: false,
  lastError: '' as '' | 'unreachable' | 'noKey',
  persisted: null as boolean | null,
});

const byDate = <T extends { createdAt?: string; sentAt?: string }>(a: T, b: T) =>
  (b.sentAt ?? b.createdAt ?? '').localeCompare(a.sentAt ?? a.createdAt ?? '');

export async function refreshQueue(): Promise<void> {
  offline.pending = (await getAll<PendingRecord>('pending')).sort(byDate).reverse();
  offline.sent = (await getAll<Receipt>('sent')).sort(byDate);
  offline.ready = true;
}

const newId = () => crypto.randomUUID();
const nowIso = () => new Date(Date.now()).toISOString();

/** Keeps a record on the device (a new one, or a fixed version of a pending one). */
export async function queueRecord({
  kind,
  values,
  id,
}: {
  kind: RecordKind;
  values: FormValues;
  id?: string | null;
}): Promise<string> {
  const key = await getDeviceKey();
  const existing = id ? await getOne<PendingRecord>('pending', id) : undefined;
  const now = nowIso();
  const record: PendingRecord = {
    id: existing?.id ?? newId(),
    kind,
    date: typeof values.date === 'string' ? values.date : '',
    hub: typeof values.hub === 'string' ? values.hub : '',
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    status: 'pending',
    sealed: await seal(key, { values } satisfies Payload),
  };
  await put('pending', record);
  await refreshQueue();
  return record.id;
}

export async function readPendingValues(
  id: string,
): Promise<{ kind: RecordKind; values: FormValues; record: PendingRecord } | null> {
  const record = await getOne<PendingRecord>('pending', id);
  if (!record) return null;
  const { values } = await unseal<Payload>(record.sealed);
  return { kind: record.kind, values, record };
}

export async function discardPending(id: string): Promise<void> {
  await remove('pending', id);
  await refreshQueue();
  await wipeIfEmpty();
}

/**
 * With nothing pending, the keys go: nothing readable is left behind. Queued referral closes and
 * the saved follow-up list (follow-ups.svelte.ts) are sealed with the same keys, so they keep them.
 */
async function wipeIfEmpty() {
  for (const name of ['pending', 'closes', 'worklist'] as const)
    if ((await getAll(name)).length > 0) return;
  await forgetKeys();
}

async function sendOne(record: PendingRecord): Promise<SyncAnswer | null> {
  const { values } = await unseal<Payload>(record.sealed);
  let response: Response;
  try {
    response = await fetch('/offline/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: record.kind, clientKey: record.id, values }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return null;
  }
  if (response.status === 401) return { status: 'signedOut' };
  if (!response.headers.get('content-type')?.includes('json')) return null;
  return (await response.json()) as SyncAnswer;
}

let running: Promise<void> | null = null;

/** Sends every pending record (or only `ids`) once; refused ones stay with the server's message. */
export function syncPending({ ids }: { ids?: string[] } = {}): Promise<void> {
  running ??= (async () => {
    offline.syncing = true;
    offline.lastError = '';
    try {
      const all = await getAll<PendingRecord>('pending');
      for (const record of all.sort(byDate).reverse()) {
        if (ids && !ids.includes(record.id)) continue;
        if (!ids && record.status === 'refused') continue;
        const answer = await sendOne(record);
        if (!answer || answer.status === 'unavailable') {
          offline.lastError = 'unreachable';
          break;
        }
        if (answer.status === 'signedOut') {
          offline.signedOut = true;
          break;
        }
        offline.signedOut = false;
        if (answer.status === 'saved') {
          await put<Receipt>('sent', {
            id: record.id,
            kind: record.kind,
            date: record.date,
            hub: record.hub,
            serverId: answer.id,
            warnings: answer.warnings,
            sentAt: nowIso(),
          });
          await remove('pending', record.id);
        } else {
          await put<PendingRecord>('pending', {
            ...record,
            status: 'refused',
            reason: answer.reason,
            message: answer.message,
            issues: answer.issues.map((i) => ({ fields: i.fields, message: i.message })),
          });
        }
        await refreshQueue();
      }
      await wipeIfEmpty();
    } finally {
      offline.syncing = false;
      running = null;
      await refreshQueue();
    }
  })();
  return running;
}

/** An encrypted file of every pending record, to carry to another device. */
export async function exportPending(passphrase: string): Promise<Blob> {
  const items = [];
  for (const record of await getAll<PendingRecord>('pending')) {
    const { values } = await unseal<Payload>(record.sealed);
    items.push({ id: record.id, kind: record.kind, createdAt: record.createdAt, values });
  }
  const file = await encryptExport(passphrase, { exportedAt: nowIso(), items });
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}

/**
 * Adds the records of an export file to this device's queue. Each keeps its id (its idempotency
 * key), so a record sent from both devices is still stored once. Returns how many were new.
 */
export async function importPending(text: string, passphrase: string): Promise<number> {
  const file = JSON.parse(text) as ExportFile;
  const content = await decryptExport<{
    items: { id: string; kind: RecordKind; createdAt: string; values: FormValues }[];
  }>(passphrase, file);
  const key = await getDeviceKey();
  let added = 0;
  for (const item of content.items) {
    if (await getOne('pending', item.id)) continue;
    if (await getOne('sent', item.id)) continue;
    const values = item.values;
    await put<PendingRecord>('pending', {
      id: item.id,
      kind: item.kind === 'activity' ? 'activity' : 'case',
      date: typeof values.date === 'string' ? values.date : '',
      hub: typeof values.hub === 'string' ? values.hub : '',
      createdAt: item.createdAt,
      updatedAt: nowIso(),
      status: 'pending',
      sealed: await seal(key, { values } satisfies Payload),
    });
    added++;
  }
  await refreshQueue();
  return added;
}

/**
 * On sign-out: the saved follow-up list always goes; with nothing pending (records or referral
 * closes), receipts, closes the server answered, keys and cached pages go too.
 */
export async function wipeDevice(): Promise<void> {
  await clear('worklist');
  if ((await getAll('pending')).length > 0) return;
  const closes = await getAll<{ status: string }>('closes');
  if (closes.some((c) => c.status === 'pending')) return;
  await clear('closes');
  await clear('sent');
  await forgetKeys();
  if ('caches' in globalThis)
    for (const name of await caches.keys())
      if (name.startsWith('vt-dashboard-pages')) await caches.delete(name);
  await refreshQueue();
}
