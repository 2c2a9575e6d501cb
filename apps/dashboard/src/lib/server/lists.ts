import type { ResultOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';
import type { RecordKind } from '../record/form-values.ts';
import { recordDocuments, type StoredRecord } from './record-documents.ts';

export const pageSize = 25;
export const listSorts = ['date_desc', 'date_asc', 'updated_desc', 'updated_asc'] as const;
export type ListSort = (typeof listSorts)[number];

/**
 * The list's filters as they travel in the URL (so a no-JS form, links and exports agree).
 * `batch` is an import's batch (the import page links to the records it brought in).
 */
export type ListParams = { month: string; q: string; sort: ListSort; page: number; batch: string };

const batchPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;

export function readListParams(url: URL): ListParams {
  const month = url.searchParams.get('month') ?? '';
  const sort = url.searchParams.get('sort') ?? '';
  const page = Number(url.searchParams.get('page') ?? '1');
  return {
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : '',
    q: (url.searchParams.get('q') ?? '').trim().slice(0, 200),
    sort: (listSorts as readonly string[]).includes(sort) ? (sort as ListSort) : 'date_desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    batch: batchPattern.test(url.searchParams.get('batch') ?? '')
      ? url.searchParams.get('batch')!
      : '',
  };
}

/** The query string of some params (defaults left out). */
export function toQuery(params: Partial<ListParams>): string {
  const search = new URLSearchParams();
  if (params.month) search.set('month', params.month);
  if (params.q) search.set('q', params.q);
  if (params.sort && params.sort !== 'date_desc') search.set('sort', params.sort);
  if (params.page && params.page > 1) search.set('page', String(params.page));
  if (params.batch) search.set('batch', params.batch);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type ListPage = ResultOf<(typeof recordDocuments)[RecordKind]['list']>['page'];

/** One page of the caller's cases or activities, filtered and sorted by the API. */
export async function loadRecordPage({
  api,
  kind,
  params,
  limit = pageSize,
  offset = (params.page - 1) * pageSize,
}: {
  api: ApiClient;
  kind: RecordKind;
  params: Omit<ListParams, 'page'> & { page: number };
  limit?: number;
  offset?: number;
}): Promise<ListPage> {
  const { page } = await api(recordDocuments[kind].list, {
    filter: {
      month: params.month || null,
      search: params.q || null,
      sort: params.sort,
      importBatch: params.batch || null,
    },
    limit,
    offset,
  });
  return page;
}

/** Every record the filters select (for exports), page by page, up to `max`. */
export async function* iterateRecords({
  api,
  kind,
  params,
  max = 50_000,
}: {
  api: ApiClient;
  kind: RecordKind;
  params: ListParams;
  max?: number;
}): AsyncGenerator<StoredRecord> {
  const limit = 200;
  for (let offset = 0; offset < max; offset += limit) {
    const page = await loadRecordPage({ api, kind, params, limit, offset });
    for (const item of page.items) yield item;
    if (page.items.length < limit || offset + limit >= page.totalCount) return;
  }
}
