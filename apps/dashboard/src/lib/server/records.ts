import { createHash } from 'node:crypto';
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Lang } from '@ventanilla/domain/i18n';
import { graphql, type ResultOf } from '@ventanilla/ui/graphql';
import { ApiUnavailableError, type ApiClient } from '@ventanilla/ui/server';
import {
  listFormFields,
  readFormValues,
  toApiInput,
  toRecord,
  type FormValues,
  type RecordKind,
} from '../record/form-values.ts';
import { groupApiIssues, type ApiIssue, type MessagesByField } from '../record/issues.ts';
import { recordDocuments, type StoredRecord } from './record-documents.ts';

const DIRECTORY = graphql(`
  query Directory($hubCodes: [String!], $search: String, $sector: String) {
    directory(hubCodes: $hubCodes, search: $search, sector: $sector) {
      id
      hub
      organization
      sector
      address
      openingHours
      contact
      servicesOffered
      conditions
      notes
      updatedAt
    }
  }
`);

export type DirectoryEntry = ResultOf<typeof DIRECTORY>['directory'][number];

const LAST_OFFICER_ID = graphql(`
  query LastOfficerId {
    myLastOfficerId
  }
`);

/** The local directory of the given hubs (every hub the caller reaches when empty). */
export async function loadDirectory({
  api,
  hubCodes,
  search,
  sector,
}: {
  api: ApiClient;
  hubCodes?: string[];
  search?: string | null;
  sector?: string | null;
}): Promise<DirectoryEntry[]> {
  const data = await api(DIRECTORY, {
    hubCodes: hubCodes?.length ? hubCodes : null,
    search: search || null,
    sector: sector || null,
  });
  return data.directory;
}

/** One stored record to edit, or null when it is not there (or not the caller's). */
export async function loadRecord({
  api,
  kind,
  id,
}: {
  api: ApiClient;
  kind: RecordKind;
  id: string;
}): Promise<StoredRecord | null> {
  const { record } = await api(recordDocuments[kind].one, { id });
  return record.__typename === 'Case' || record.__typename === 'Activity' ? record : null;
}

/**
 * The warnings a record was stored with, in the caller's language (the list names them after a
 * save); none when the record is no longer there or not the caller's.
 */
export async function loadRecordWarnings({
  api,
  kind,
  id,
}: {
  api: ApiClient;
  kind: RecordKind;
  id: string;
}): Promise<ApiIssue[]> {
  const { record } = await api(recordDocuments[kind].warnings, { id });
  return record.__typename === 'Case' || record.__typename === 'Activity' ? record.warnings : [];
}

/** What a rejected form action returns to the page. */
export type RecordFailure = {
  values: FormValues;
  messages: MessagesByField;
  message: string;
};

/**
 * Shared form action of the case and activity forms: reads the form, asks the API to record or
 * edit, and answers with field-level messages (values kept) or the saved id.
 */
export async function submitRecord(
  event: RequestEvent,
  kind: RecordKind,
  lang: Lang,
): Promise<
  | { ok: true; id: string; values: FormValues; form: FormData; warnings: ApiIssue[] }
  | ReturnType<typeof fail<RecordFailure>>
> {
  const form = await event.request.formData();
  const values = readFormValues(form, kind);
  const id = String(form.get('id') ?? '').trim();
  const record = toRecord(values, kind);
  const input = toApiInput(record);
  const bad = Object.entries(record).filter(
    ([name, value]) =>
      typeof value === 'string' &&
      listFormFields(kind).find((f) => f.name === name)?.type === 'integer',
  );
  if (bad.length > 0) {
    const messages: MessagesByField = {};
    const text = lang === 'en' ? 'Enter a whole number.' : 'Indique un número entero.';
    for (const [name] of bad)
      messages[name] = [{ rule: 'R2', severity: 'error', text, short: text, fields: [name] }];
    return fail(400, { values, messages, message: '' });
  }
  const documents = recordDocuments[kind];
  let result;
  try {
    ({ result } = id
      ? await event.locals.api(documents.edit, { id, input })
      : await event.locals.api(documents.record, { input }));
  } catch (cause) {
    if (cause instanceof ApiUnavailableError)
      return fail(503, {
        values,
        messages: {},
        message:
          lang === 'en'
            ? 'The service is not answering. Nothing was saved; try again in a few minutes.'
            : 'El servicio no responde. No se guardó nada; intente de nuevo en unos minutos.',
      });
    throw cause;
  }
  if (result.__typename === 'CaseSaved' || result.__typename === 'ActivitySaved')
    return { ok: true, id: result.saved.id, values, form, warnings: result.warnings };
  if (result.__typename === 'ValidationFailed')
    return fail(400, {
      values,
      messages: groupApiIssues(result.issues, lang),
      message: result.message,
    });
  return fail(result.__typename === 'NotFound' ? 404 : 403, {
    values,
    messages: {},
    message: result.message,
  });
}

/** Deletes a case or activity; the list page's `delete` action. */
export async function deleteRecord({
  api,
  kind,
  id,
}: {
  api: ApiClient;
  kind: RecordKind;
  id: string;
}): Promise<{ ok: boolean; message?: string }> {
  const { result } = await api(recordDocuments[kind].delete, { id });
  return result.__typename === 'RecordDeleted'
    ? { ok: true }
    : { ok: false, message: result.message };
}

/**
 * The officer ID of the newest record this person saved (the API's `myLastOfficerId`), to
 * prefill the next form; null when there is none or the API cannot say.
 */
export async function loadLastOfficerId({ api }: { api: ApiClient }): Promise<string | null> {
  try {
    return (await api(LAST_OFFICER_ID)).myLastOfficerId;
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) return null;
    throw cause;
  }
}

/** A per-person key for what the page keeps on the device (not the user id itself). */
export function deviceKeyOf(user: { id: string }): string {
  return createHash('sha256').update(`vt-officer:${user.id}`).digest('base64url').slice(0, 16);
}

export { redirect };
