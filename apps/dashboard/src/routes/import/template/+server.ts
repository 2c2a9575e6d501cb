import { requireUser } from '@ventanilla/ui/server';
import { graphql } from '@ventanilla/ui/graphql';
import { buildImportTemplate } from '#lib/server/import-template.ts';
import { loadLastOfficerId } from '#lib/server/records.ts';
import type { RequestHandler } from './$types';

/** The registry's place of the caller's hubs, so the template's example sits where its hub is. */
const HUB_PLACES = graphql(`
  query TemplateHubPlaces {
    hubs {
      code
      country
      admin1
      type
    }
  }
`);

/** GET /import/template?kind=case|activity: the XLSX template, in the reader's language. */
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  const lang = event.locals.lang;
  const kind = event.url.searchParams.get('kind') === 'activity' ? 'activity' : 'case';
  const places = new Map(
    user.hubs.length ? (await event.locals.api(HUB_PLACES)).hubs.map((h) => [h.code, h]) : [],
  );
  const buffer = await buildImportTemplate({
    kind,
    lang,
    hubs: user.hubs.map((h) => {
      const place = places.get(h.code);
      return {
        code: h.code,
        name: h.name,
        country: place?.country ?? h.country,
        admin1: place?.admin1 ?? null,
        type: place?.type === 'MOBILE' ? 'mobile' : 'permanent',
      };
    }),
    officerId: await loadLastOfficerId({ api: event.locals.api }),
    today: new Date().toISOString().slice(0, 10),
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
