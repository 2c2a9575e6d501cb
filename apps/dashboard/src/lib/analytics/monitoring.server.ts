/** The analytics page's monitoring figures, fetched with the page's filter (one request). */
import type { RequestEvent } from '@sveltejs/kit';
import type { ApiClient } from '@ventanilla/ui/server';
import { readTimeZone } from '../server/time-zone.ts';
import { MONITORING_FIGURES } from './documents.ts';
import { buildMonitoringTables, type MonitoringFigures } from './monitoring-charts.ts';
import { guard, readContext } from './page.server.ts';
import { toRecordFilter, type AnalyticsFilter } from './period.ts';
import type { MonitoringSection } from './types.ts';

/** The API's monitoring figures for a filter, a running period measured on today in the zone. */
export async function fetchMonitoringFigures({
  api,
  filter,
  timeZone = readTimeZone(),
}: {
  api: ApiClient;
  filter: AnalyticsFilter;
  timeZone?: string;
}): Promise<MonitoringFigures> {
  const data = await api(MONITORING_FIGURES, { filter: toRecordFilter({ filter }), timeZone });
  return data.monitoringFigures;
}

/**
 * The monitoring section of the analytics page, or of a hub's page (`override`: the filter that
 * page imposes, as `loadAnalytics` takes it).
 */
export async function loadMonitoringSection(
  event: RequestEvent,
  { override }: { override?: Partial<AnalyticsFilter> } = {},
): Promise<MonitoringSection> {
  const { filter, revealReason } = readContext(event, override);
  const { api, lang } = event.locals;
  const figures = await guard(() => fetchMonitoringFigures({ api, filter }));
  return {
    tables: buildMonitoringTables({ figures, lang, revealed: revealReason != null }),
    protected: figures.protected,
    visits: {
      attentions: figures.visits.attentions,
      uniquePeople: figures.visits.uniquePeople,
      repeatPeople: figures.visits.repeatPeople,
      visitsPerPerson: figures.visits.visitsPerPerson ?? null,
    },
    channelledByMca: figures.sources.channelledByMca,
    checkIns: { ...figures.checkIns, seenShare: figures.checkIns.seenShare ?? null },
    responses: figures.feedback.responses,
  };
}
