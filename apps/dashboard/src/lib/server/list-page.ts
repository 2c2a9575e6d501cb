import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import type { RecordKind } from '../record/form-values.ts';
import { listFormFields } from '../record/form-values.ts';
import { buildXlsx, streamCsv } from './export.ts';
import { iterateRecords, loadRecordPage, pageSize, readListParams, toQuery } from './lists.ts';
import { deleteRecord } from './records.ts';

/** Load of /cases and /activities: one page with the URL's filters. */
export async function loadListPage(event: RequestEvent, kind: RecordKind) {
  requireUser(event);
  const params = readListParams(event.url);
  try {
    const page = await loadRecordPage({ api: event.locals.api, kind, params });
    const confirmId = event.url.searchParams.get('confirm');
    return {
      params,
      page,
      pageSize,
      pages: Math.max(1, Math.ceil(page.totalCount / pageSize)),
      query: toQuery(params),
      confirm: page.items.find((item) => item.id === confirmId) ?? null,
      saved: event.url.searchParams.has('saved'),
      savedWarnings: Number(event.url.searchParams.get('warnings') ?? '0') || 0,
      deleted: event.url.searchParams.has('deleted'),
    };
  } catch (cause) {
    throwKnownApiError(cause);
  }
}

/** An API refusal or outage as the error page it means; anything else as it is. */
function throwKnownApiError(cause: unknown): never {
  if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
  if (cause instanceof ApiError && cause.forbidden) error(403, 'forbidden');
  throw cause;
}

/** The `delete` form action of a list (after the confirmation step). */
export async function deleteFromList(event: RequestEvent, kind: RecordKind) {
  requireUser(event);
  const form = await event.request.formData();
  const id = String(form.get('id') ?? '');
  const back = String(form.get('back') ?? '');
  const result = await deleteRecord({ api: event.locals.api, kind, id });
  if (!result.ok) return fail(400, { deleteError: result.message ?? '' });
  const query = back.startsWith('?') ? back : '';
  redirect(
    303,
    `/${kind === 'case' ? 'cases' : 'activities'}${query}${query ? '&' : '?'}deleted=1`,
  );
}

/** Columns of an export: id, FORM.md field names (codes as stored) and derived values. */
function exportColumns(kind: RecordKind): string[] {
  const fields = listFormFields(kind)
    .map((f) => f.name)
    .filter((n) => n !== 'record_type');
  return kind === 'case'
    ? ['id', 'month', ...fields, 'attentionRoute', 'referred']
    : ['id', 'month', ...fields, 'estPeople', 'estWomen', 'estMinors'];
}

/** GET /cases/export and /activities/export: CSV (streamed) or XLSX of the list's filters. */
export async function exportList(event: RequestEvent, kind: RecordKind): Promise<Response> {
  requireUser(event);
  const params = readListParams(event.url);
  const format = event.url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const name = `${kind === 'case' ? 'casos' : 'actividades'}${params.month ? `-${params.month}` : ''}`;
  const rows = await startRows(iterateRecords({ api: event.locals.api, kind, params }));
  const columns = exportColumns(kind);
  return format === 'xlsx'
    ? buildXlsx({
        columns,
        rows,
        filename: `${name}.xlsx`,
        sheet: kind === 'case' ? 'casos' : 'actividades',
      })
    : streamCsv({ columns, rows, filename: `${name}.csv` });
}

/**
 * The rows with their first page already fetched: the API answers (or refuses) before the
 * response starts, so a refusal is a 403 or 503 page, never a 200 download cut off halfway.
 */
async function startRows(
  rows: AsyncGenerator<Record<string, unknown>>,
): Promise<AsyncGenerator<Record<string, unknown>>> {
  let first: IteratorResult<Record<string, unknown>>;
  try {
    first = await rows.next();
  } catch (cause) {
    throwKnownApiError(cause);
  }
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* rows;
  })();
}
