import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { ApiError, ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { can } from '@ventanilla/domain/auth/permissions';
import type { Lang } from '@ventanilla/domain/i18n';
import { loadCaseReferrals } from '../referrals/case.server.ts';
import { hasReferralsToComplete } from '../referrals/pending.ts';
import type { RecordKind } from '../record/form-values.ts';
import { describeExportColumns } from './export-columns.ts';
import { buildXlsx, csvDelimiter, streamCsv } from './export.ts';
import { iterateRecords, loadRecordPage, pageSize, readListParams, toQuery } from './lists.ts';
import { deleteRecord, loadRecord, loadRecordWarnings } from './records.ts';
import { readTimeZone } from './time-zone.ts';

/** Load of /cases and /activities: one page with the URL's filters. */
export async function loadListPage(event: RequestEvent, kind: RecordKind) {
  const user = requireUser(event);
  const params = readListParams(event.url);
  try {
    const page = await loadRecordPage({ api: event.locals.api, kind, params });
    const confirmId = event.url.searchParams.get('confirm');
    const savedId = event.url.searchParams.get('saved');
    const savedWarnings = Number(event.url.searchParams.get('warnings') ?? '0') || 0;
    const openCases = canOpenCases(event, kind);
    return {
      params,
      page,
      pageSize,
      pages: Math.max(1, Math.ceil(page.totalCount / pageSize)),
      query: toQuery(params),
      confirm: page.items.find((item) => item.id === confirmId) ?? null,
      saved: savedId !== null,
      savedWarnings,
      // Which warnings, so the officer can act on them without opening the record again.
      savedIssues:
        savedId && savedWarnings > 0
          ? await loadRecordWarnings({ api: event.locals.api, kind, id: savedId })
          : [],
      savedReferralsId: await referredCaseId(event, kind, savedId),
      canOpenCases: openCases,
      savedCaseId: openCases && savedId && uuid.test(savedId) ? savedId : null,
      hubNames: Object.fromEntries(user.hubs.map((h) => [h.code, h.name])),
      deleted: event.url.searchParams.has('deleted'),
      // An import's time reads in the hubs' zone, as meeting times do.
      timeZone: readTimeZone(),
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

/** A record id as the API gives it: only such an id goes into a link's path. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether the list links each case to its own page (/cases/[id]: source, repeat visits,
 * referrals): cases only, for the hub staff who may open it (not admins).
 */
function canOpenCases(event: RequestEvent, kind: RecordKind): boolean {
  return kind === 'case' && can({ role: requireUser(event).role, action: 'referral.read' });
}

/**
 * The saved case's id when it refers the person somewhere, the user records referrals, and a
 * referral still lacks its record, a consent or its date sent: the list then points to the
 * case's section-5 page, where they are recorded. A case whose referrals are complete gets no
 * such request.
 */
async function referredCaseId(event: RequestEvent, kind: RecordKind, savedId: string | null) {
  if (kind !== 'case' || !savedId) return null;
  if (!can({ role: requireUser(event).role, action: 'referral.write' })) return null;
  const record = await loadRecord({ api: event.locals.api, kind, id: savedId });
  if (!record || !('referred' in record) || !record.referred) return null;
  const { record: answers, referrals } = await loadCaseReferrals(event.locals.api, savedId);
  if (!answers) return null;
  return hasReferralsToComplete({ answers, referrals }) ? savedId : null;
}

/** File and sheet names of an export, in the reader's language (codes keep the Spanish ones). */
function exportName(kind: RecordKind, lang: Lang, codes: boolean): string {
  if (codes || lang === 'es') return kind === 'case' ? 'casos' : 'actividades';
  return kind === 'case' ? 'cases' : 'activities';
}

/**
 * GET /cases/export and /activities/export: CSV (streamed) or XLSX of the list's filters. By
 * default questions and answers in the reader's language (a Spanish CSV split by `;`, as Spanish
 * Excel reads it); with `codes=1`, field names and codes as stored, split by `,`.
 */
export async function exportList(event: RequestEvent, kind: RecordKind): Promise<Response> {
  const user = requireUser(event);
  const lang = event.locals.lang;
  const params = readListParams(event.url);
  const format = event.url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const codes = event.url.searchParams.get('codes') === '1';
  const sheet = exportName(kind, lang, codes);
  const name = `${sheet}${codes ? (lang === 'en' ? '-codes' : '-codigos') : ''}${params.month ? `-${params.month}` : ''}`;
  const columns = describeExportColumns({
    kind,
    lang,
    codes,
    hubNames: new Map(user.hubs.map((h) => [h.code, h.name])),
  });
  const keys = columns.map((c) => c.key);
  const headers = columns.map((c) => c.header);
  const records = await startRows(iterateRecords({ api: event.locals.api, kind, params }));
  const rows = (async function* () {
    for await (const record of records)
      yield Object.fromEntries(columns.map((c) => [c.key, c.cell(record[c.key])]));
  })();
  return format === 'xlsx'
    ? buildXlsx({ columns: keys, headers, rows, filename: `${name}.xlsx`, sheet })
    : streamCsv({
        columns: keys,
        headers,
        rows,
        filename: `${name}.csv`,
        delimiter: codes ? ',' : csvDelimiter(lang),
      });
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
