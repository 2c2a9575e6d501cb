import { error } from '@sveltejs/kit';
import { loadAnalytics } from '#lib/analytics/page.server.ts';
import type { PageServerLoad } from './$types';

/** One hub's analytics (drill-down): the same KPIs and charts, scoped to the hub. */
export const load: PageServerLoad = async (event) => {
  const code = event.params.code;
  if (!/^[a-z0-9_]{1,64}$/.test(code)) error(404, 'error.notFound');
  const data = await loadAnalytics(event, {
    override: { hubs: [code], countries: [], hubType: null },
  });
  const hub = data.hubs.find((h) => h.code === code);
  if (!hub) error(404, 'error.notFound');
  return { ...data, hub };
};
