import type { ReportAction } from '@ventanilla/domain/reports/index';
import { builder } from '../builder.ts';
import { canOnHub, scopeHubCodes } from '../auth/access.ts';
import { applyReportStep, loadFollowUps, loadMeeting } from '../reports/store.ts';
import { badInput } from './input/messages.ts';
import { FollowUp } from './follow-up-type.ts';
import { MonthlyReport, ReportNarrativeInput } from './monthly-report.ts';
import { ReportActionEnum } from './report-status.ts';
import {
  checkMonth,
  hubList,
  loadViews,
  maxReportMonths,
  view,
  type ReportView,
} from './report-view.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

/**
 * The monthly report's queries and its one mutation (reportStep). The types live by concept:
 * report-status (LockedPeriod, status and action enums), report-view (what a report resolves
 * from), report-figures, report-findings, monthly-report and follow-up-type.
 */

/** Record write results name LockedPeriod from here. */
export { LockedPeriod } from './report-status.ts';

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
