import { createHmac, randomBytes } from 'node:crypto';

/**
 * Key material for the offline queue (issue 9, docs/data-protection.md "Offline recording"):
 * HMAC-SHA-256 of the session token under a server secret. The same session always gets the same
 * material (every tab agrees); another session, another key; the token itself never reaches the
 * page. Without OFFLINE_KEY_SECRET the secret is random per server process, which is enough: the
 * browser keeps the key it was given (non-extractable) for as long as it holds pending records.
 */
const secret = process.env.OFFLINE_KEY_SECRET
  ? Buffer.from(process.env.OFFLINE_KEY_SECRET, 'utf8')
  : randomBytes(32);

export function deriveOfflineKey(token: string): { id: string; key: string } {
  const mac = (label: string) => createHmac('sha256', secret).update(`${label}:${token}`).digest();
  return {
    id: mac('vt-offline-key-id').subarray(0, 12).toString('base64url'),
    key: mac('vt-offline-key').toString('base64url'),
  };
}
