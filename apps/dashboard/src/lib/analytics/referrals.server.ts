/** The analytics page's referral figures, fetched with the page's filter (one request). */
import type { RequestEvent } from '@sveltejs/kit';
import type { Lang } from '@ventanilla/domain/i18n';
import type { ApiClient } from '@ventanilla/ui/server';
import { readTimeZone } from '../server/time-zone.ts';
import { REFERRAL_FIGURES } from './documents.ts';
import { guard, readContext } from './page.server.ts';
import { toRecordFilter, type AnalyticsFilter } from './period.ts';
import { buildReferralTables, type ReferralFigures } from './referral-charts.ts';
import type { ReferralSection } from './types.ts';

/** Today's date (YYYY-MM-DD) in `timeZone`, as the API reckons it. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date());

/** The API's referral figures for a filter, overdue measured in the dashboard's time zone. */
export async function fetchReferralFigures({
  api,
  filter,
  timeZone = readTimeZone(),
}: {
  api: ApiClient;
  filter: AnalyticsFilter;
  timeZone?: string;
}): Promise<ReferralFigures> {
  const data = await api(REFERRAL_FIGURES, { filter: toRecordFilter({ filter }), timeZone });
  return data.referralFigures;
}

/**
 * The referral section of the analytics page, or of a hub's page (`override`: the filter that
 * page imposes, as `loadAnalytics` takes it).
 */
export async function loadReferralSection(
  event: RequestEvent,
  { override }: { override?: Partial<AnalyticsFilter> } = {},
): Promise<ReferralSection> {
  const { filter, revealReason } = readContext(event, override);
  const { api, lang } = event.locals;
  const timeZone = readTimeZone();
  const figures = await guard(() => fetchReferralFigures({ api, filter, timeZone }));
  return referralSectionOf({ figures, lang, timeZone, revealed: revealReason != null });
}

/**
 * The section from figures already fetched (the monthly report and the meeting ask them with
 * the report); `revealed` only on analytics pages, where a reviewer's reveal leaves these protected.
 */
export function referralSectionOf({
  figures,
  lang,
  timeZone,
  revealed = false,
}: {
  figures: ReferralFigures;
  lang: Lang;
  timeZone: string;
  revealed?: boolean;
}): ReferralSection {
  return {
    tables: buildReferralTables({ figures, lang, revealed }),
    overdueFollowUps: figures.overdueFollowUps,
    closedAfterSending: figures.closedAfterSending,
    medianDays: figures.medianDaysToOutcome ?? null,
    today: todayIn(timeZone),
    timeZone,
  };
}
