import { GraphQLError } from 'graphql';
import { asc, inArray } from 'drizzle-orm';
import {
  isFollowUpOverdue,
  isReportLocking,
  listAllowedReportActions,
  type ReportAction,
  type ReportStatus,
} from '@ventanilla/domain/reports/index';
import { builder } from '../builder.ts';
import { canOnHub, scopeHubCodes } from '../auth/access.ts';
import type { Context } from '../context.ts';
import { hubs } from '../db/schema/index.ts';
import type { ReportNarrative, StoredFigures } from '../db/schema/index.ts';
import {
  emptyFigures,
  figureKeys,
  loadFiguresOfHubs,
  shiftMonth,
  type FigureKey,
  type Figures,
} from '../reports/figures.ts';
import { countFigure, publish, publishedFigure, type Figure } from '../disclosure/figure.ts';
import { figureField } from '../disclosure/fields.ts';
import { reportProtection } from '../disclosure/meeting.ts';
import type { Protection } from '../disclosure/protection.ts';
import type { LockedPeriodShape } from '../reports/lock.ts';
import { loadFindings, type FindingWithRefs, type RecordRef } from '../reports/quality.ts';
import {
  applyReportStep,
  emptyNarrative,
  loadFollowUps,
  loadMeeting,
  loadReportRows,
  loadTransitions,
  loadUserNames,
  type FollowUpRow,
  type ReportRow,
} from '../reports/store.ts';
import { isMonthInRange, monthRange } from './input/dates.ts';
import { badInput, inputMessage } from './input/messages.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

/** API.md LOCKED_PERIOD: a member of every record write result union. */
export const LockedPeriod = builder.objectRef<LockedPeriodShape>('LockedPeriod').implement({
  description:
    'The record is dated in a hub-month whose monthly report is verified: nothing was stored. A reviewer can reopen the report with a reason.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Always LOCKED_PERIOD' }),
    message: t.exposeString('message'),
    hub: t.exposeString('hub'),
    month: t.exposeString('month', { description: 'YYYY-MM' }),
  }),
});

export const ReportStatusEnum = builder.enumType('ReportStatus', {
  values: {
    DRAFT: { value: 'draft' },
    SUBMITTED: { value: 'submitted' },
    RETURNED: { value: 'returned' },
    VERIFIED: { value: 'verified' },
    REOPENED: { value: 'reopened' },
  } as const,
});
const ReportActionEnum = builder.enumType('ReportAction', {
  values: {
    SAVE_NARRATIVE: { value: 'saveNarrative' },
    SUBMIT: { value: 'submit' },
    RETURN: { value: 'return' },
    VERIFY: { value: 'verify' },
    REOPEN: { value: 'reopen' },
  } as const,
});

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
const previousMonths = (month: string) => [1, 2, 3].map((n) => shiftMonth(month, n));
const view = (
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
async function figuresOf(ctx: Context, v: ReportView): Promise<Map<string, Figures>> {
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
function protectionOfReport(ctx: Context, v: ReportView) {
  v.memo.protection ??= reportProtection(ctx, v.hub, v.month);
  return v.memo.protection;
}
export const statusOf = (v: ReportView) => (v.row?.status ?? 'draft') as ReportStatus;

const ReportNarrativeRef = builder.objectRef<ReportNarrative>('ReportNarrative').implement({
  description:
    'The hub narrative (hubs handbook §3.2): achievements, challenges, lessons learned, good practices, migration trends observed.',
  fields: (t) => ({
    achievements: t.exposeString('achievements'),
    challenges: t.exposeString('challenges'),
    lessonsLearned: t.exposeString('lessonsLearned'),
    goodPractices: t.exposeString('goodPractices'),
    migrationTrends: t.exposeString('migrationTrends'),
  }),
});
const ReportNarrativeInput = builder.inputType('ReportNarrativeInput', {
  fields: (t) => ({
    achievements: t.string({ required: true }),
    challenges: t.string({ required: true }),
    lessonsLearned: t.string({ required: true }),
    goodPractices: t.string({ required: true }),
    migrationTrends: t.string({ required: true }),
  }),
});

type CellShape = { code: string; figure: Figure };
const FigureCell = builder.objectRef<CellShape>('FigureCell').implement({
  fields: (t) => ({
    code: t.exposeString('code', { description: 'FORM.md code (ISO3 for nationalities)' }),
    value: t.int({
      nullable: true,
      ...figureField<CellShape>((c) => c.figure, 'Exact, or perturbed for roles without clearance'),
    }),
    suppressed: t.boolean({
      deprecationReason: 'Since 2026-12 figures are perturbed, never suppressed: always false.',
      resolve: () => false,
    }),
  }),
});

type FiguresShape = Figures & { protection: Protection };
/** Estimates of people reached are sums (magnitudes); every other figure counts records. */
const magnitudes = new Set<FigureKey>(['peopleReached', 'womenReached', 'minorsReached']);
const figureOf = (f: FiguresShape, key: FigureKey): Figure => ({
  value: f[key],
  keySum: f.keySums?.[key] ?? 0,
  kind: magnitudes.has(key) ? 'magnitude' : 'count',
  protection: f.protection,
});

const ReportFigures = builder.objectRef<FiguresShape>('ReportFigures').implement({
  description:
    'Table 2 figures of a hub-month, computed live from the records (not_approved left out), protected like every figure.',
  fields: (t) => ({
    month: t.exposeString('month'),
    exact: t.boolean({
      description:
        'True when these figures are exact (a role with clearance, or a reviewer while a verification meeting of the month is open); false when perturbed',
      resolve: (f) => f.protection.exact,
    }),
    ...Object.fromEntries(
      figureKeys.map((key) => [key, t.int(figureField<FiguresShape>((f) => figureOf(f, key)))]),
    ),
    topNationalities: t.field({
      type: [FigureCell],
      resolve: (f) =>
        f.topNationalities
          .map((c) => ({ code: c.code, figure: countFigure(c.value, c.keySum ?? 0, f.protection) }))
          .filter((c) => publish(c.figure) > 0)
          .sort((a, b) => publish(b.figure) - publish(a.figure)),
    }),
  }),
});

type ChangeShape = { figure: FigureKey; before: FiguresShape; after: FiguresShape };
const FigureChange = builder.objectRef<ChangeShape>('FigureChange').implement({
  fields: (t) => ({
    figure: t.exposeString('figure'),
    before: t.int(
      figureField<ChangeShape>((c) => figureOf(c.before, c.figure), 'At the latest verification'),
    ),
    after: t.int(figureField<ChangeShape>((c) => figureOf(c.after, c.figure), 'Now')),
  }),
});

const RecordRefType = builder.objectRef<RecordRef>('RecordRef').implement({
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'case or activity' }),
    id: t.exposeID('id'),
    date: t.exposeString('date'),
  }),
});
type FindingShape = FindingWithRefs & { lang: 'es' | 'en'; showRecords: boolean };
const QualityFindingRef = builder.objectRef<FindingShape>('QualityFinding').implement({
  description: 'A data-quality finding of a hub-month that explains itself.',
  fields: (t) => ({
    rule: t.exposeString('rule'),
    severity: t.exposeString('severity', { description: 'high, medium or low' }),
    count: t.int(
      figureField<FindingShape>(
        (f) => publishedFigure(f.count),
        'Records concerned, published before the rules ran (loadFindings)',
      ),
    ),
    title: t.string({ resolve: (f) => (f.lang === 'en' ? f.title_en : f.title_es) }),
    message: t.string({ resolve: (f) => (f.lang === 'en' ? f.message_en : f.message_es) }),
    records: t.field({
      type: [RecordRefType],
      description: 'The records behind it; empty for roles that cannot read records (counts only)',
      resolve: (f) => (f.showRecords ? f.records : []),
    }),
  }),
});

type StepShape = {
  action: string;
  fromStatus: string;
  toStatus: string;
  at: Date;
  by: string;
  reason: string | null;
  meetingId: string | null;
};
const ReportStep = builder.objectRef<StepShape>('ReportTransition').implement({
  description: 'One audited step of a report: who, when, why.',
  fields: (t) => ({
    action: t.exposeString('action'),
    fromStatus: t.exposeString('fromStatus'),
    toStatus: t.exposeString('toStatus'),
    at: t.expose('at', { type: 'DateTime' }),
    by: t.exposeString('by'),
    reason: t.exposeString('reason', { nullable: true }),
    meetingId: t.exposeString('meetingId', { nullable: true }),
  }),
});

/** A stored snapshot read back as figures (older snapshots have no key sums: 0). */
function storedAsFigures(f: StoredFigures, month: string, protection: Protection): FiguresShape {
  const figures = emptyFigures(month);
  for (const k of figureKeys) figures[k] = Number(f[k] ?? 0);
  const keySums = f.keySums as Record<string, number> | undefined;
  for (const k of figureKeys) figures.keySums[k] = Number(keySums?.[k] ?? 0);
  const top = (f.topNationalities ?? []) as { code: string; value: number; keySum?: number }[];
  figures.topNationalities = top.map((c) => ({ ...c, keySum: c.keySum ?? 0 }));
  return { ...figures, protection };
}

/** Figures whose true value changed since the snapshot (the published values are shown). */
function changes(before: FiguresShape | null, after: FiguresShape): ChangeShape[] {
  if (!before) return [];
  return figureKeys
    .filter((k) => before[k] !== after[k])
    .map((figure) => ({ figure, before, after }));
}

export const MonthlyReport = builder.objectRef<ReportView>('MonthlyReport').implement({
  description: 'The monthly report of a hub (issue 5). A report that was never saved is a DRAFT.',
  fields: (t) => ({
    id: t.id({ nullable: true, resolve: (v) => v.row?.id ?? null }),
    hubCode: t.exposeString('hub'),
    hubName: t.exposeString('hubName'),
    month: t.exposeString('month'),
    status: t.field({ type: ReportStatusEnum, resolve: statusOf }),
    locked: t.boolean({ resolve: (v) => isReportLocking(statusOf(v)) }),
    narrative: t.field({
      type: ReportNarrativeRef,
      resolve: (v) => ({ ...emptyNarrative, ...v.row?.narrative }),
    }),
    reviewerComment: t.string({ nullable: true, resolve: (v) => v.row?.reviewerComment ?? null }),
    verifiedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (v) => v.row?.verifiedAt ?? null,
    }),
    allowedActions: t.field({
      type: [ReportActionEnum],
      resolve: (v, _a, ctx) =>
        listAllowedReportActions({
          status: statusOf(v),
          role: ctx.user!.role,
          hub: v.hub,
          userHubs: ctx.user!.hubCodes,
        }),
    }),
    figures: t.field({
      type: ReportFigures,
      resolve: async (v, _a, ctx) => ({
        ...(await figuresOf(ctx, v)).get(v.month)!,
        protection: await protectionOfReport(ctx, v),
      }),
    }),
    previousFigures: t.field({
      type: [ReportFigures],
      description: 'The three previous months, most recent first',
      resolve: async (v, _a, ctx) => {
        const map = await figuresOf(ctx, v);
        const protection = await protectionOfReport(ctx, v);
        return previousMonths(v.month).map((m) => ({ ...map.get(m)!, protection }));
      },
    }),
    verifiedFigures: t.field({
      type: ReportFigures,
      nullable: true,
      description: 'The figures as they were at the latest verification',
      resolve: async (v, _a, ctx) => {
        const f = v.row?.verifiedFigures;
        return f ? storedAsFigures(f, v.month, await protectionOfReport(ctx, v)) : null;
      },
    }),
    changesSinceVerification: t.field({
      type: [FigureChange],
      description: 'Figures that differ from the latest verification snapshot (after a reopen)',
      resolve: async (v, _a, ctx) => {
        const protection = await protectionOfReport(ctx, v);
        const f = v.row?.verifiedFigures;
        const now = (await figuresOf(ctx, v)).get(v.month)!;
        return changes(f ? storedAsFigures(f, v.month, protection) : null, { ...now, protection });
      },
    }),
    findings: t.field({
      type: [QualityFindingRef],
      resolve: async (v, _a, ctx) => {
        const showRecords = canOnHub(ctx.user!, 'record.read', v.hub);
        return (await findingsOf(ctx, v)).map((f) => ({ ...f, lang: ctx.lang, showRecords }));
      },
    }),
    history: t.field({
      type: [ReportStep],
      resolve: async (v, _a, ctx) => {
        if (!v.row) return [];
        const rows = await loadTransitions(ctx.db, v.row.id);
        const names = await loadUserNames(
          ctx.db,
          rows.map((r) => r.userId),
        );
        return rows.map((r) => ({ ...r, by: (r.userId && names.get(r.userId)) || '—' }));
      },
    }),
    followUps: t.field({
      type: [FollowUp],
      description: 'Follow-up actions of this hub: open ones and those about this month',
      resolve: async (v, _a, ctx) =>
        (await loadFollowUps(ctx.db, { hubCodes: [v.hub] })).filter(
          (f) => f.status === 'open' || f.month === v.month,
        ),
    }),
  }),
});

export const today = () => new Date().toISOString().slice(0, 10);
export const FollowUp = builder.objectRef<FollowUpRow>('FollowUp').implement({
  description: 'A follow-up action agreed at a verification meeting (what, owner, due date).',
  fields: (t) => ({
    id: t.exposeID('id'),
    hubCode: t.exposeString('hub'),
    month: t.exposeString('month'),
    what: t.exposeString('what'),
    owner: t.exposeString('owner'),
    dueDate: t.exposeString('dueDate'),
    status: t.exposeString('status', { description: 'open or done' }),
    overdue: t.boolean({
      resolve: (f) =>
        isFollowUpOverdue({ status: f.status as 'open', dueDate: f.dueDate, today: today() }),
    }),
    meetingId: t.exposeString('meetingId'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
  }),
});

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

builder.queryFields((t) => ({
  monthlyReport: t.field({
    type: MonthlyReport,
    nullable: true,
    description: 'The report of a hub-month (null when the hub is unknown or out of reach)',
    authScopes: { permission: 'report.read' },
    args: { hub: t.arg.string({ required: true }), month: t.arg.string({ required: true }) },
    resolve: async (_r, { hub, month }, ctx) => {
      checkMonth(ctx, month);
      if (!canOnHub(ctx.user!, 'report.read', hub)) return null;
      const [v] = await loadViews(ctx, [hub], [month]);
      return v ?? null;
    },
  }),
  monthlyReports: t.field({
    type: [MonthlyReport],
    description: 'Reports of the hubs the caller reaches, for each of the given months',
    authScopes: { permission: 'report.read' },
    args: { months: t.arg.stringList({ required: true }), hubCodes: t.arg.stringList() },
    resolve: async (_r, { months, hubCodes }, ctx) => {
      if (months.length > maxReportMonths)
        throw badInput(ctx.lang, 'tooManyMonths', String(maxReportMonths));
      for (const month of months) checkMonth(ctx, month);
      const distinct = [...new Set(months)];
      return loadViews(ctx, scopeHubCodes(ctx.user!, 'report.read', hubCodes), distinct);
    },
  }),
  followUps: t.field({
    type: [FollowUp],
    description: 'Follow-up actions of the hubs the caller reaches',
    authScopes: { permission: 'report.read' },
    args: { openOnly: t.arg.boolean() },
    resolve: (_r, { openOnly }, ctx) =>
      loadFollowUps(ctx.db, {
        hubCodes: scopeHubCodes(ctx.user!, 'report.read'),
        openOnly: openOnly ?? false,
      }),
  }),
}));

type StepResultShape =
  { kind: 'ReportUpdated'; report: ReportView } | { kind: 'TransitionRefused'; message: string };
const ReportUpdated = builder
  .objectRef<{ kind: 'ReportUpdated'; report: ReportView }>('ReportUpdated')
  .implement({
    fields: (t) => ({ report: t.field({ type: MonthlyReport, resolve: (r) => r.report }) }),
  });
const TransitionRefused = builder
  .objectRef<{ kind: 'TransitionRefused'; message: string }>('TransitionRefused')
  .implement({
    description: 'The step is not possible for this caller or in this state; nothing changed.',
    fields: (t) => ({ message: t.exposeString('message') }),
  });
const ReportStepResult = builder.unionType('ReportStepResult', {
  types: [ReportUpdated, TransitionRefused, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('ReportUpdated'),
});

const ReportStepInput = builder.inputType('ReportStepInput', {
  fields: (t) => ({
    hub: t.string({ required: true }),
    month: t.string({ required: true, description: 'YYYY-MM' }),
    action: t.field({ type: ReportActionEnum, required: true }),
    reason: t.string({ description: 'Required to RETURN (comment) and to REOPEN' }),
    meetingId: t.string({ description: 'The verification meeting the decision is taken in' }),
    narrative: t.field({
      type: ReportNarrativeInput,
      description: 'With SAVE_NARRATIVE or SUBMIT',
    }),
  }),
});

export const LIMIT = 4000;
builder.mutationField('reportStep', (t) =>
  t.field({
    type: ReportStepResult,
    description:
      'Saves the narrative or moves the report: SUBMIT (hub), RETURN / VERIFY / REOPEN (reviewer). Audited.',
    authScopes: { permission: 'report.read' },
    args: { input: t.arg({ type: ReportStepInput, required: true }) },
    resolve: async (
      _r,
      { input },
      ctx,
    ): Promise<StepResultShape | ReturnType<typeof notFound> | ReturnType<typeof inputFailed>> => {
      checkMonth(ctx, input.month);
      if (!canOnHub(ctx.user!, 'report.read', input.hub)) return notFound(ctx.lang);
      const [hub] = await hubList(ctx, [input.hub]);
      if (!hub) return notFound(ctx.lang);
      const texts = [input.reason ?? '', ...Object.values(input.narrative ?? {})];
      if (texts.some((s) => String(s).length > LIMIT))
        return inputFailed(ctx.lang, [
          {
            field: 'narrative',
            en: `At most ${LIMIT} characters per text.`,
            es: `Como máximo ${LIMIT} caracteres por texto.`,
          },
        ]);
      if (input.meetingId && !(await loadMeeting(ctx.db, input.meetingId)))
        return notFound(ctx.lang);
      const done = await applyReportStep({
        ctx,
        hub: input.hub,
        month: input.month,
        action: input.action as ReportAction,
        reason: input.reason,
        meetingId: input.meetingId,
        narrative: input.narrative ?? null,
      });
      if (done.kind !== 'ok') return done;
      return { kind: 'ReportUpdated', report: view(hub, input.month, done.row) };
    },
  }),
);

export { forbidden };
