import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBearerContext, type HttpRouteArgs } from '../http-route.ts';
import { canDo } from '../auth/access.ts';
import { logEvent } from '../log.ts';
import { FileLimitError } from './read-rows.ts';
import { runImport } from './run-import.ts';

/** Upload limit (bytes): far above any hub's yearly export, well below memory trouble. */
const maxUploadBytes = 512 * 1024 * 1024;

const flag = (value: string | null) => value === '1' || value === 'true';

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

async function* limited(req: IncomingMessage, limit: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('upload too large'), { tooLarge: true });
    yield chunk;
  }
}

/**
 * `POST /imports?dryRun=1&acceptValid=0&hub=CODE` with the file as the raw body (CSV or XLSX):
 * the FORM.md §7.7 report as JSON. With `Accept: application/x-ndjson` the answer streams one
 * `{"type":"progress","rows":N,"counts":{…outcomes so far}}` line per batch, then
 * `{"type":"report","report":…}`.
 * Only `Authorization: Bearer` is accepted (no cookie), so a cross-site form cannot post here.
 */
export async function handleImportUpload({ db, req, res }: HttpRouteArgs): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, { error: 'Use POST' });
  const url = new URL(req.url ?? '/', 'http://localhost');
  const ctx = await readBearerContext({ db, req });
  if (!ctx) return send(res, 401, { error: 'Sign in first (Authorization: Bearer).' });
  if (!canDo(ctx.user.role, 'record.write'))
    return send(res, 403, {
      error: ctx.lang === 'en' ? 'You cannot import records.' : 'No puede importar registros.',
    });
  const streamProgress = /application\/x-ndjson/iu.test(String(req.headers.accept ?? ''));
  if (streamProgress) {
    res.statusCode = 200;
    res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
  }
  try {
    const report = await runImport({
      db,
      actor: { user: ctx.user },
      input: limited(req, maxUploadBytes),
      options: {
        hub: url.searchParams.get('hub'),
        dryRun: flag(url.searchParams.get('dryRun')),
        acceptValid: flag(url.searchParams.get('acceptValid')),
        ...(streamProgress
          ? {
              onProgress: ({ rows, counts }) =>
                void res.write(`${JSON.stringify({ type: 'progress', rows, counts })}\n`),
            }
          : {}),
      },
    });
    logEvent('info', 'import.done', { rows: report.rows, stored: report.stored, ...report.counts });
    if (streamProgress) res.end(`${JSON.stringify({ type: 'report', report })}\n`);
    else send(res, 200, report);
  } catch (error) {
    const tooLarge = !!(error as { tooLarge?: boolean }).tooLarge;
    logEvent('error', 'import.failed', { name: error instanceof Error ? error.name : 'unknown' });
    // The answer comes before the rest of the body: read it off so the client sees the answer.
    req.resume();
    const en = ctx.lang === 'en';
    const body = {
      error:
        error instanceof FileLimitError
          ? error[ctx.lang]
          : tooLarge
            ? en
              ? 'The file is too large.'
              : 'El archivo es demasiado grande.'
            : en
              ? 'The file could not be read as a CSV or XLSX KoBo export.'
              : 'No se pudo leer el archivo como exportación CSV o XLSX de KoBo.',
    };
    if (streamProgress) res.end(`${JSON.stringify({ type: 'error', ...body })}\n`);
    else send(res, tooLarge || error instanceof FileLimitError ? 413 : 400, body);
  }
}
