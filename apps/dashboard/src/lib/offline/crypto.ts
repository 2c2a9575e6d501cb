/**
 * Encryption at rest of queued records (docs/data-protection.md, "Offline recording").
 *
 * The signed-in page fetches key material derived from its session (GET /offline/key, see
 * src/lib/server/offline-key.ts), imports it as a non-extractable AES-GCM key and keeps the
 * CryptoKey object in IndexedDB: scripts of this origin can use it, nobody can read its bytes.
 * Each record is sealed with a fresh 96-bit IV. Export files use a passphrase instead (PBKDF2).
 */
import { getAll, getOne, put, clear } from './db.ts';

export type StoredKey = { id: string; key: CryptoKey; createdAt: string };
export type Sealed = { keyId: string; iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

const fromBase64Url = (text: string) => {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};
const toBase64 = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export class NoKeyError extends Error {
  override name = 'NoKeyError';
}

/**
 * The key to seal new records with: this session's (fetched and stored on first use), or, when
 * the server cannot be reached, the newest key this device already holds.
 */
export async function getDeviceKey(): Promise<StoredKey> {
  try {
    const response = await fetch('/offline/key', { cache: 'no-store', credentials: 'same-origin' });
    if (response.ok) {
      const { id, key } = (await response.json()) as { id: string; key: string };
      const known = await getOne<StoredKey>('keys', id);
      if (known) return known;
      const cryptoKey = await crypto.subtle.importKey(
        'raw',
        fromBase64Url(key),
        { name: 'AES-GCM' },
        false,
        ['encrypt', 'decrypt'],
      );
      const stored = { id, key: cryptoKey, createdAt: new Date().toISOString() };
      await put('keys', stored);
      return stored;
    }
  } catch {
    // Offline: fall back to a key this device already holds.
  }
  const keys = await getAll<StoredKey>('keys');
  const newest = keys.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!newest) throw new NoKeyError('no offline key on this device');
  return newest;
}

export async function seal(key: StoredKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key.key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return { keyId: key.id, iv, data };
}

export async function unseal<T>(sealed: Sealed): Promise<T> {
  const key = await getOne<StoredKey>('keys', sealed.keyId);
  if (!key) throw new NoKeyError('the key of this record is gone');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv },
    key.key,
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

/** Forgets every key (only when nothing is pending: sealed records would become unreadable). */
export async function forgetKeys(): Promise<void> {
  await clear('keys');
}

/** The export file's format (a JSON file carried to another device). */
export type ExportFile = {
  format: 'ventanilla-pending-records';
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  data: string;
};

const ITERATIONS = 310_000;

async function passphraseKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptExport(passphrase: string, value: unknown): Promise<ExportFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passphraseKey(passphrase, salt, ITERATIONS);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  return {
    format: 'ventanilla-pending-records',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
}

/** Opens an export file; throws on a wrong passphrase or a damaged file. */
export async function decryptExport<T>(passphrase: string, file: ExportFile): Promise<T> {
  if (file.format !== 'ventanilla-pending-records' || file.version !== 1)
    throw new Error('not a Ventanilla export file');
  const key = await passphraseKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(file.iv) },
    key,
    fromBase64(file.data),
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
