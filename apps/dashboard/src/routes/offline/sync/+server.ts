import { dynamicDocument } from '@ventanilla/ui/graphql';
import { json } from '@sveltejs/kit';
import { ApiUnavailableError } from '@ventanilla/ui/server';
import { toApiInput, toRecord, type FormValues, type RecordKind } from '#lib/record/form-values.ts';
import type { SyncAnswer } from '#lib/offline/sync-answer.ts';
import type { RequestHandler } from './$types';

const ISSUE = 'severity fields message';

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
  const Type = kind === 'case' ? 'Case' : 'Activity';
  const saved = `${Type}Saved`;
  const query = `mutation Send($input: ${Type}Input!, $key: String) {
    result: ${kind}Record(input: $input, clientKey: $key) {
      __typename
      ... on ${saved} { ${kind} { id } warnings { rule } }
      ... on ValidationFailed { message issues { ${ISSUE} } }
      ... on LockedPeriod { message code }
      ... on NotFound { message }
      ... on Forbidden { message }
    }
  }`;
  type Result = {
    __typename: string;
    message?: string;
    code?: string;
    issues?: { fields: string[]; severity: string; message: string }[];
    warnings?: unknown[];
  } & Partial<Record<RecordKind, { id: string }>>;
  try {
    const data = await locals.api(dynamicDocument<{ result: Result }>(query), {
      input,
      key: clientKey,
    });
    const result = data.result;
    if (result.__typename === saved)
      return answer({
        status: 'saved',
        id: result[kind]!.id,
        warnings: result.warnings?.length ?? 0,
      });
    return answer({
      status: 'refused',
      reason: result.code ?? result.__typename,
      message: result.message ?? '',
      issues: (result.issues ?? []).filter((i) => i.severity.toLowerCase() === 'error'),
    });
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) return answer({ status: 'unavailable' }, 503);
    throw cause;
  }
};
