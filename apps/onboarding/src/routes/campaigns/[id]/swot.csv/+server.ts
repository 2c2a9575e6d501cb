import { error } from '@sveltejs/kit';
import { buildSwotCsv } from '@ventanilla/domain/strategy/index';
import { requireUser } from '@ventanilla/ui/server';
import { fetchCampaign } from '#lib/campaigns/api.server.ts';
import type { RequestHandler } from './$types';

/** The SWOT as CSV (UTF-8 with BOM so spreadsheets read accents). */
export const GET: RequestHandler = async (event) => {
  requireUser(event);
  const found = await fetchCampaign(event.locals.api, event.params.id);
  if (!found) error(404, 'error.notFound');
  const csv = buildSwotCsv({ items: found.campaign.document.swot, lang: event.locals.lang });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="campaign-${found.campaign.id.slice(0, 8)}-swot.csv"`,
    },
  });
};
