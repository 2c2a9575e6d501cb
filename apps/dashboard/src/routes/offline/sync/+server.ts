import { json } from '@sveltejs/kit';
import { ApiUnavailableError } from '@ventanilla/ui/server';
import { toApiInput, toRecord, type FormValues, type RecordKind } from '#lib/record/form-values.ts';
import type { SyncAnswer } from '#lib/offline/sync-answer.ts';
import { recordDocuments } from '#lib/server/record-documents.ts';
import type { RequestHandler } from './$types';

/**
 * Sends one queued record to the API with the session and its idempotency key: a retry after a
 * lost answer returns the record stored the first time (apps/api records/client-key.ts).
 */
export const POST: RequestHandler = async ({ locals, request }) => {
  const headers = { 'cache-control': 'no-store' };
  const answer = (body: SyncAnswer, status = 200) => json(body, { status, headers });
  if (!locals.user)
    return answer(
      { status: locals.apiUnavailable ? 'unavailable' : 'signedOut' },
      locals.apiUnavailable ? 503 : 401,
    );
  let body: { kind?: unknown; clientKey?: unknown; values?: unknown };
  try {
    body = await request.json();
  } catch {
    return json({ error: 'bad request' }, { status: 400, headers });
  }
  const kind = body.kind === 'case' || body.kind === 'activity' ? (body.kind as RecordKind) : null;
  const clientKey = typeof body.clientKey === 'string' ? body.clientKey : null;
  if (!kind || !clientKey || typeof body.values !== 'object' || body.values === null)
    return json({ error: 'bad request' }, { status: 400, headers });
  const input = toApiInput(toRecord(body.values as FormValues, kind));
  try {
    const { result } = await locals.api(recordDocuments[kind].record, { input, clientKey });
    if (result.__typename === 'CaseSaved' || result.__typename === 'ActivitySaved')
      return answer({ status: 'saved', id: result.saved.id, warnings: result.warnings.length });
    return answer({
      status: 'refused',
      reason: result.__typename === 'LockedPeriod' ? result.code : result.__typename,
      message: result.message,
      issues:
        result.__typename === 'ValidationFailed'
          ? result.issues
              .filter((i) => i.severity === 'ERROR')
              .map(({ severity, fields, message }) => ({ severity, fields, message }))
          : [],
    });
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) return answer({ status: 'unavailable' }, 503);
    throw cause;
  }
};
