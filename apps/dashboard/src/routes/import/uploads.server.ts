import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getApiUrl } from '@ventanilla/ui/server';

/** Uploads wait here between preview and commit, bound to the session that sent them. */
const dir = join(tmpdir(), 'ventanilla-imports');
const maxAgeMs = 60 * 60 * 1000;

const owner = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 16);

export async function keepUpload(token: string, file: File): Promise<string> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = `${owner(token)}-${randomBytes(12).toString('hex')}`;
  await pipeline(
    Readable.fromWeb(file.stream() as never),
    createWriteStream(join(dir, id), { mode: 0o600 }),
  );
  return id;
}

/** The kept file of this session, or null (unknown, someone else's, or expired). */
export function findUpload(token: string, id: string): string | null {
  if (!/^[0-9a-f]{16}-[0-9a-f]{24}$/u.test(id) || !id.startsWith(`${owner(token)}-`)) return null;
  const path = join(dir, id);
  try {
    if (Date.now() - statSync(path).mtimeMs > maxAgeMs) return null;
    return path;
  } catch {
    return null;
  }
}

export function dropUpload(path: string): void {
  rmSync(path, { force: true });
}

export type Issue = {
  rule: string;
  severity: string;
  fields: string[];
  message_en: string;
  message_es: string;
};
export type ImportReport = {
  rows: number;
  stored: boolean;
  dryRun: boolean;
  counts: Record<string, number>;
  fileErrors: { message_en: string; message_es: string }[];
  fileWarnings: { message_en: string; message_es: string }[];
  details: { row: number; outcome: string; issues: Issue[] }[];
  detailsOmitted: number;
};

/** Streams a kept upload to the API's `POST /imports` and returns its report. */
export async function sendToApi({
  path,
  token,
  dryRun,
  acceptValid,
  hub,
}: {
  path: string;
  token: string;
  dryRun: boolean;
  acceptValid: boolean;
  hub: string;
}): Promise<ImportReport | { error: string }> {
  const url = new URL('/imports', getApiUrl());
  url.searchParams.set('dryRun', dryRun ? '1' : '0');
  url.searchParams.set('acceptValid', acceptValid ? '1' : '0');
  if (hub) url.searchParams.set('hub', hub);
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: Readable.toWeb(createReadStream(path)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  const body = (await response.json()) as ImportReport | { error: string };
  return response.ok
    ? body
    : { error: (body as { error?: string }).error ?? String(response.status) };
}
