import { error } from '@sveltejs/kit';
import { createTranslator, sharedMessages } from '@ventanilla/ui';
import { analyticsT } from '#lib/analytics/translate.ts';
import { fetchChart, fetchCompareChart, fetchHubOptions } from '#lib/analytics/api.server.ts';
import { isChartId } from '#lib/analytics/charts.ts';
import { isCompareChartId } from '#lib/analytics/compare.ts';
import { respondCsv, respondXlsx } from '#lib/analytics/export.server.ts';
import { formatFilter } from '#lib/analytics/period.ts';
import { guard, readContext } from '#lib/analytics/page.server.ts';
import type { RequestHandler } from './$types';

/** GET /analytics/export/<chart>?format=csv|xlsx&<filters>: the chart's table as a file. */
export const GET: RequestHandler = async (event) => {
  const id = event.params.chart;
  const format = event.url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const { filter, revealReason } = readContext(event);
  const { api, lang } = event.locals;
  const table = await guard(async () => {
    if (isChartId(id)) return fetchChart({ api, id, filter, lang, revealReason });
    if (isCompareChartId(id)) {
      const all = await fetchHubOptions({ api, lang });
      const hubs = filter.hubs.flatMap((code) => all.filter((h) => h.code === code));
      if (hubs.length < 2 || hubs.length > 4) error(400, analyticsT(lang)('an.compare.need'));
      return fetchCompareChart({ api, id, filter, hubs, lang, revealReason });
    }
    // A file answer has no page around it: the message itself, in the user's language.
    error(404, createTranslator({ lang, catalogs: [sharedMessages] })('error.notFound'));
  });
  const revealed = revealReason != null;
  return format === 'csv'
    ? respondCsv({ table, filter, lang, revealed })
    : respondXlsx({ table, filter, lang, filterText: formatFilter({ filter }), revealed });
};
