import { directoryColumns } from '@ventanilla/domain/attention/directory';
import { requireUser } from '@ventanilla/ui/server';
import { streamCsv } from '#lib/server/export.ts';
import { loadDirectory } from '#lib/server/records.ts';
import type { RequestHandler } from './$types';

/** GET /directory/export: the directory as the page shows it (same search and sector), as CSV. */
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const entries = await loadDirectory({
    api: event.locals.api,
    hubCodes: user.hubs.map((h) => h.code),
    search: event.url.searchParams.get('q'),
    sector: event.url.searchParams.get('sector'),
  });
  const lang = event.locals.lang;
  const keys = ['hub', ...directoryColumns.map((c) => c.key)];
  const headers = [lang === 'en' ? 'Hub' : 'Ventanilla', ...directoryColumns.map((c) => c[lang])];
  async function* rows() {
    for (const entry of entries) yield entry as unknown as Record<string, unknown>;
  }
  // Headers in the reader's language; values as stored (codes for sector and conditions).
  return streamCsv({ columns: keys, headers, rows: rows(), filename: 'directorio.csv' });
};
