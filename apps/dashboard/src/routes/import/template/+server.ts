import { randomUUID } from 'node:crypto';
import { requireUser } from '@ventanilla/ui/server';
import { buildImportTemplate } from '#lib/server/import-template.ts';
import { loadLastOfficerId } from '#lib/server/records.ts';
import type { RequestHandler } from './$types';

/** GET /import/template?kind=case|activity: the XLSX template, in the reader's language. */
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const lang = event.locals.lang;
  const kind = event.url.searchParams.get('kind') === 'activity' ? 'activity' : 'case';
  const buffer = await buildImportTemplate({
    kind,
    lang,
    hubs: user.hubs.map((h) => ({ code: h.code, name: h.name })),
    officerId: await loadLastOfficerId({ api: event.locals.api }),
    today: new Date().toISOString().slice(0, 10),
    uuid: randomUUID(),
  });
  const name =
    lang === 'en'
      ? `template-${kind === 'case' ? 'cases' : 'activities'}`
      : `plantilla-${kind === 'case' ? 'casos' : 'actividades'}`;
  return new Response(buffer, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}.xlsx"`,
      'cache-control': 'no-store',
    },
  });
};
