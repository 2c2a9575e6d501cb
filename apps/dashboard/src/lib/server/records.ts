import { createHash } from 'node:crypto';
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Lang } from '@ventanilla/domain/i18n';
import { dynamicDocument, graphql, type ResultOf } from '@ventanilla/ui/graphql';
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

const caseFieldNames = listFormFields('case')
  .map((f) => f.name)
  .filter((n) => n !== 'record_type');
const activityFieldNames = listFormFields('activity')
  .map((f) => f.name)
  .filter((n) => n !== 'record_type');

export const CASE_FIELDS = `id month attentionRoute referred ${caseFieldNames.join(' ')}`;
export const ACTIVITY_FIELDS = `id month estPeople estWomen estMinors ${activityFieldNames.join(' ')}`;

const ISSUE = 'rule severity fields slot message';

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
}): Promise<Record<string, unknown> | null> {
  const [field, type, fields] =
    kind === 'case' ? ['case', 'Case', CASE_FIELDS] : ['activity', 'Activity', ACTIVITY_FIELDS];
  const data = await api(
    dynamicDocument<Record<string, (Record<string, unknown> & { __typename: string }) | null>>(
      `query One($id: ID!) { ${field}(id: $id) { __typename ... on ${type} { ${fields} } } }`,
    ),
    { id },
  );
  const result = data[field];
  return result && result.__typename === type ? result : null;
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
  const type = kind === 'case' ? 'Case' : 'Activity';
  const data = await api(
    dynamicDocument<Record<string, { __typename: string; warnings?: ApiIssue[] } | null>>(
      `query Warnings($id: ID!) { ${kind}(id: $id) { __typename ... on ${type} { warnings { ${ISSUE} } } } }`,
    ),
    { id },
  );
  const result = data[kind];
  return result?.__typename === type ? (result.warnings ?? []) : [];
}

type WriteResult = {
  __typename: string;
  message?: string;
  issues?: ApiIssue[];
  warnings?: ApiIssue[];
  case?: { id: string };
  activity?: { id: string };
};

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
  const Type = kind === 'case' ? 'Case' : 'Activity';
  const saved = kind === 'case' ? 'CaseSaved' : 'ActivitySaved';
  const mutation = id ? `${kind}Edit` : `${kind}Record`;
  const query = `mutation Write(${id ? '$id: ID!, ' : ''}$input: ${Type}Input!) {
    result: ${mutation}(${id ? 'id: $id, ' : ''}input: $input) {
      __typename
      ... on ${saved} { ${kind} { id } warnings { ${ISSUE} } }
      ... on ValidationFailed { message issues { ${ISSUE} } }
      ... on NotFound { message }
      ... on Forbidden { message }
      ... on LockedPeriod { message }
    }
  }`;
  let result: WriteResult;
  try {
    result = (
      await event.locals.api(
        dynamicDocument<{ result: WriteResult }>(query),
        id ? { id, input } : { input },
      )
    ).result;
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
  if (result.__typename === saved) {
    const record = kind === 'case' ? result.case : result.activity;
    return { ok: true, id: record!.id, values, form, warnings: result.warnings ?? [] };
  }
  if (result.__typename === 'ValidationFailed')
    return fail(400, {
      values,
      messages: groupApiIssues(result.issues ?? [], lang),
      message: result.message ?? '',
    });
  return fail(result.__typename === 'NotFound' ? 404 : 403, {
    values,
    messages: {},
    message: result.message ?? '',
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
  const data = await api(
    dynamicDocument<{ result: { __typename: string; message?: string } }>(
      `mutation Delete($id: ID!) { result: ${kind}Delete(id: $id) { __typename ... on NotFound { message } ... on Forbidden { message } ... on LockedPeriod { message } } }`,
    ),
    { id },
  );
  return data.result.__typename === 'RecordDeleted'
    ? { ok: true }
    : { ok: false, message: data.result.message ?? '' };
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
