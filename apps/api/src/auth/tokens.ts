import { createHash, randomBytes } from 'node:crypto';

/** A new opaque session token: 32 random bytes, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token: its SHA-256, hex. */
export function hashToken({ token }: { token: string }): string {
  return createHash('sha256').update(token).digest('hex');
}
