/**
 * The device's offline store (IndexedDB `vt-offline`): `pending` records (encrypted payload),
 * `sent` receipts (no personal data), `keys` (non-extractable AES-GCM CryptoKeys), and, since
 * version 2, the follow-up worklist: `worklist` (the last list read, sealed) and `closes`
 * (referral closes made offline, sealed).
 */
export type StoreName = 'pending' | 'sent' | 'keys' | 'worklist' | 'closes';
const STORES: StoreName[] = ['pending', 'sent', 'keys', 'worklist', 'closes'];

const DB_NAME = 'vt-offline';
let opening: Promise<IDBDatabase> | null = null;

export function openOfflineDb(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of STORES)
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error);
    };
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function store(name: StoreName, mode: IDBTransactionMode) {
  return (await openOfflineDb()).transaction(name, mode).objectStore(name);
}

export async function getAll<T>(name: StoreName): Promise<T[]> {
  return done((await store(name, 'readonly')).getAll() as IDBRequest<T[]>);
}

export async function getOne<T>(name: StoreName, id: string): Promise<T | undefined> {
  return done((await store(name, 'readonly')).get(id) as IDBRequest<T | undefined>);
}

export async function put<T>(name: StoreName, value: T): Promise<void> {
  await done((await store(name, 'readwrite')).put(value));
}

export async function remove(name: StoreName, id: string): Promise<void> {
  await done((await store(name, 'readwrite')).delete(id));
}

export async function clear(name: StoreName): Promise<void> {
  await done((await store(name, 'readwrite')).clear());
}
