import { GraphQLError } from 'graphql';
import { asc, inArray } from 'drizzle-orm';
import type { ReportStatus } from '@ventanilla/domain/reports/index';
import type { Context } from '../context.ts';
import { hubs } from '../db/schema/index.ts';
import { reportProtection } from '../disclosure/meeting.ts';
import { referralProtectionOf, type Protection } from '../disclosure/protection.ts';
import { loadFiguresOfHubs, shiftMonth, type Figures } from '../reports/figures.ts';
import { loadFindings, type FindingWithRefs } from '../reports/quality.ts';
import { loadReportRows, type ReportRow } from '../reports/store.ts';
import { isMonthInRange, monthRange } from './input/dates.ts';
import { badInput, inputMessage } from './input/messages.ts';

/**
 * What the MonthlyReport type resolves from: one hub-month, its stored row (if any) and the
 * figures, findings and protection it computes once per request.
 */

/** The reports of one request's list share one figures query for all their hubs and months. */
type FiguresBatch = {
  hubs: string[];
  months: string[];
  figures?: Promise<Map<string, Map<string, Figures>>>;
};
export type ReportView = {
  hub: string;
  hubName: string;
  month: string;
  row: ReportRow | null;
  batch: FiguresBatch;
  memo: { findings?: Promise<FindingWithRefs[]>; protection?: Promise<Protection> };
};
export const previousMonths = (month: string) => [1, 2, 3].map((n) => shiftMonth(month, n));
export const view = (
  hub: { code: string; name: string },
  month: string,
  row: ReportRow | null,
  batch: FiguresBatch = { hubs: [hub.code], months: [month] },
): ReportView => ({
  hub: hub.code,
  hubName: hub.name,
  month,
  row,
  batch,
  memo: {},
});

/** The most months `monthlyReports` answers (the dashboard lists five). */
export const maxReportMonths = 12;
/**
 * The most reports whose data-quality findings one request computes (each costs three scans of
 * a hub-month): a meeting agenda of up to this many hubs, or a few months of a few hubs.
 */
export const maxFindingsPerRequest = 40;
const findingsComputed = new WeakMap<Context, number>();

/** Figures of the view's hub for its month and the three before (one batch per list). */
export async function figuresOf(ctx: Context, v: ReportView): Promise<Map<string, Figures>> {
  const batch = v.batch;
  batch.figures ??= loadFiguresOfHubs({
    db: ctx.db,
    hubs: batch.hubs,
    months: [...new Set(batch.months.flatMap((m) => [m, ...previousMonths(m)]))],
  });
  return (await batch.figures).get(v.hub)!;
}
export function findingsOf(ctx: Context, v: ReportView) {
  if (!v.memo.findings) {
    const count = (findingsComputed.get(ctx) ?? 0) + 1;
    findingsComputed.set(ctx, count);
    if (count > maxFindingsPerRequest)
      throw badInput(ctx.lang, 'tooManyFindings', String(maxFindingsPerRequest));
  }
  v.memo.findings ??= Promise.all([figuresOf(ctx, v), protectionOfReport(ctx, v)]).then(
    ([map, protection]) =>
      loadFindings({
        protection,
        referralProtection: referralProtectionOf(ctx),
        db: ctx.db,
        hub: v.hub,
        month: v.month,
        figures: map.get(v.month)!,
        previous: previousMonths(v.month).map((m) => map.get(m)!),
        today: new Date().toISOString().slice(0, 10),
      }),
  );
  return v.memo.findings;
}
/** How this report's figures leave the API (asked once per report and request). */
export function protectionOfReport(ctx: Context, v: ReportView) {
  v.memo.protection ??= reportProtection(ctx, v.hub, v.month);
  return v.memo.protection;
}
export const statusOf = (v: ReportView) => (v.row?.status ?? 'draft') as ReportStatus;

export async function hubList(ctx: Context, codes: string[] | 'all') {
  const q = ctx.db.select({ code: hubs.code, name: hubs.name }).from(hubs).orderBy(asc(hubs.code));
  return codes === 'all' ? q : codes.length ? q.where(inArray(hubs.code, codes)) : [];
}
export function checkMonth(ctx: Context, month: string) {
  if (!isMonthInRange(month))
    throw new GraphQLError(
      inputMessage(ctx.lang, 'badMonth', `${monthRange.first} – ${monthRange.last}`),
      { extensions: { code: 'BAD_USER_INPUT', reason: 'badMonth', field: 'month' } },
    );
}
export async function loadViews(ctx: Context, codes: string[] | 'all', months: string[]) {
  const hubRows = await hubList(ctx, codes);
  const rows = await loadReportRows(
    ctx.db,
    hubRows.map((h) => h.code),
    months,
  );
  const byKey = new Map(rows.map((r) => [`${r.hub}|${r.month}`, r]));
  const batch: FiguresBatch = { hubs: hubRows.map((h) => h.code), months };
  return months.flatMap((m) =>
    hubRows.map((h) => view(h, m, byKey.get(`${h.code}|${m}`) ?? null, batch)),
  );
}
