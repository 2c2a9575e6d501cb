import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
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
  /** Inserted and updated rows of each kind. */
  kinds?: { case: number; activity: number };
  /** When stored: the import's batch, which the record lists filter by. */
  batch?: string | null;
  /** Rows skipped as the template's example row (their numbers in the file). */
  templateExampleRows?: number[];
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

/** A new kept-upload slot of this session (filled by `keepWhileReading`). */
export function newUpload(token: string): { id: string; path: string } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = `${owner(token)}-${randomBytes(12).toString('hex')}`;
  return { id, path: join(dir, id) };
}

/**
 * Passes `body` on unchanged while writing what is read to `path`, at the pace of the reader
 * (the API): nothing is buffered beyond one chunk. `complete()` reads what the reader left
 * (if any) into the file and resolves when the file is whole.
 */
export function keepWhileReading(
  body: ReadableStream<Uint8Array>,
  path: string,
): { stream: ReadableStream<Uint8Array>; complete: () => Promise<void>; abort: () => void } {
  const reader = body.getReader();
  const file = createWriteStream(path, { mode: 0o600 });
  let ended = false;
  const write = async (chunk: Uint8Array) => {
    if (!file.write(chunk)) await once(file, 'drain');
  };
  const end = async () => {
    if (ended) return;
    ended = true;
    await new Promise<void>((resolve, reject) => {
      file.once('error', reject);
      file.end(resolve);
    });
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          await end();
          controller.close();
          return;
        }
        await write(value);
        controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return {
    stream,
    complete: async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        await write(value);
      }
      await end();
    },
    abort: () => {
      void reader.cancel().catch(() => {});
      file.destroy();
      rmSync(path, { force: true });
    },
  };
}

/**
 * `POST /imports` with `Accept: application/x-ndjson`: the API's response (progress lines, then
 * the report), for the streaming endpoint to pass on.
 */
export function postToApi({
  body,
  token,
  dryRun,
  acceptValid,
  hub,
}: {
  body: ReadableStream<Uint8Array>;
  token: string;
  dryRun: boolean;
  acceptValid: boolean;
  hub: string;
}): Promise<Response> {
  const url = new URL('/imports', getApiUrl());
  url.searchParams.set('dryRun', dryRun ? '1' : '0');
  url.searchParams.set('acceptValid', acceptValid ? '1' : '0');
  if (hub) url.searchParams.set('hub', hub);
  return fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/octet-stream',
      accept: 'application/x-ndjson',
    },
    body,
    duplex: 'half',
  } as RequestInit);
}

/** The kept file as a web stream (commit step). */
export function readUpload(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
}
