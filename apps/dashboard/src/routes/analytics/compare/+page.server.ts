import { fetchCompareChart, fetchHubOptions, fetchKpis } from '#lib/analytics/api.server.ts';
import { compareChartIds } from '#lib/analytics/compare.ts';
import { guard, readContext } from '#lib/analytics/page.server.ts';
import type { PageServerLoad } from './$types';

/** Side-by-side comparison of 2–4 hubs: the same KPIs and a few charts, one column per hub. */
export const load: PageServerLoad = async (event) => {
  const { filter, revealReason, runningMonth, view } = readContext(event, {
    countries: [],
    hubType: null,
  });
  const { api, lang } = event.locals;
  return guard(async () => {
    const hubs = await fetchHubOptions({ api, lang });
    const picked = filter.hubs.flatMap((code) => hubs.filter((h) => h.code === code));
    if (picked.length < 2 || picked.length > 4)
      return { ...view, hubs, picked, ready: false as const, columns: [], charts: [] };
    const compareFilter = { ...filter, hubs: picked.map((h) => h.code) };
    const [columns, charts] = await Promise.all([
      Promise.all(
        picked.map((hub) =>
          fetchKpis({ api, filter: { ...filter, hubs: [hub.code] }, lang, revealReason }),
        ),
      ),
      Promise.all(
        compareChartIds.map((id) =>
          fetchCompareChart({
            api,
            id,
            filter: compareFilter,
            hubs: picked,
            lang,
            revealReason,
            runningMonth,
          }),
        ),
      ),
    ]);
    return { ...view, hubs, picked, ready: true as const, columns, charts };
  });
};
