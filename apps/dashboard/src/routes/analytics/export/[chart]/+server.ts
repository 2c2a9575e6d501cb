import { error } from '@sveltejs/kit';
import { createTranslator, sharedMessages } from '@ventanilla/ui';
import { analyticsT } from '#lib/analytics/translate.ts';
import { fetchChart, fetchCompareChart, fetchHubOptions } from '#lib/analytics/api.server.ts';
import { isChartId } from '#lib/analytics/charts.ts';
import { isCompareChartId } from '#lib/analytics/compare.ts';
import { buildMonitoringTable, isMonitoringChartId } from '#lib/analytics/monitoring-charts.ts';
import { fetchMonitoringFigures } from '#lib/analytics/monitoring.server.ts';
import { buildReferralTable, isReferralChartId } from '#lib/analytics/referral-charts.ts';
import { fetchReferralFigures } from '#lib/analytics/referrals.server.ts';
import { respondCsv, respondXlsx } from '#lib/analytics/export.server.ts';
import { describeFilter } from '#lib/analytics/describe-filter.ts';
import { guard, readContext } from '#lib/analytics/page.server.ts';
import type { RequestHandler } from './$types';

/**
 * GET /analytics/export/<chart>?format=csv|xlsx[&codes=1]&<filters>: the chart's table as a file,
 * in the reader's language or (codes=1) with field names and codes.
 */
export const GET: RequestHandler = async (event) => {
  const id = event.params.chart;
  const format = event.url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const codes = event.url.searchParams.get('codes') === '1';
  const { filter, revealReason, runningMonth } = readContext(event);
  const { api, lang } = event.locals;
  // A file answer has no page around it: the message itself, in the user's language.
  if (!isChartId(id) && !isCompareChartId(id) && !isReferralChartId(id) && !isMonitoringChartId(id))
    error(404, createTranslator({ lang, catalogs: [sharedMessages] })('error.notFound'));
  const { table, all } = await guard(async () => {
    // The hub names: the comparison's columns, and the filters in words in the XLSX notes.
    const all = await fetchHubOptions({ api, lang });
    if (isChartId(id))
      return {
        all,
        table: await fetchChart({ api, id, filter, lang, revealReason, runningMonth }),
      };
    if (isReferralChartId(id))
      return {
        all,
        table: buildReferralTable({
          id,
          figures: await fetchReferralFigures({ api, filter }),
          lang,
          revealed: revealReason != null,
        }),
      };
    if (isMonitoringChartId(id))
      return {
        all,
        table: buildMonitoringTable({
          id,
          figures: await fetchMonitoringFigures({ api, filter }),
          lang,
          revealed: revealReason != null,
        }),
      };
    const hubs = filter.hubs.flatMap((code) => all.filter((h) => h.code === code));
    if (hubs.length < 2 || hubs.length > 4) error(400, analyticsT(lang)('an.compare.need'));
    return {
      all,
      table: await fetchCompareChart({ api, id, filter, hubs, lang, revealReason, runningMonth }),
    };
  });
  const revealed = revealReason != null;
  const filterText = describeFilter({ filter, hubs: all, lang });
  return format === 'csv'
    ? respondCsv({ table, filter, lang, revealed, codes })
    : respondXlsx({ table, filter, lang, filterText, revealed, codes });
};
