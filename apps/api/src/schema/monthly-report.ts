import { isReportLocking, listAllowedReportActions } from '@ventanilla/domain/reports/index';
import { builder } from '../builder.ts';
import { canOnHub } from '../auth/access.ts';
import type { ReportNarrative } from '../db/schema/index.ts';
import { emptyNarrative, loadFollowUps, loadTransitions, loadUserNames } from '../reports/store.ts';
import { FollowUp } from './follow-up-type.ts';
import { FigureChange, ReportFigures, changes, storedAsFigures } from './report-figures.ts';
import { QualityFindingRef } from './report-findings.ts';
import { ReportActionEnum, ReportStatusEnum } from './report-status.ts';
import {
  figuresOf,
  findingsOf,
  previousMonths,
  protectionOfReport,
  statusOf,
  type ReportView,
} from './report-view.ts';

/** The MonthlyReport type: a hub-month's narrative, figures, findings, history and follow-ups. */

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
export const ReportNarrativeInput = builder.inputType('ReportNarrativeInput', {
  fields: (t) => ({
    achievements: t.string({ required: true }),
    challenges: t.string({ required: true }),
    lessonsLearned: t.string({ required: true }),
    goodPractices: t.string({ required: true }),
    migrationTrends: t.string({ required: true }),
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
