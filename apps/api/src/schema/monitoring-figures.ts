import { canDo } from '../auth/access.ts';
import { builder } from '../builder.ts';
import { analyticsInputError } from '../analytics/messages.ts';
import type { AnalyticsFilter } from '../analytics/compile.ts';
import { referralProtectionOf, type Protection } from '../disclosure/protection.ts';
import { runCaseSourceFigures } from '../monitoring/case-sources.ts';
import { runCheckInFigures } from '../monitoring/check-ins.ts';
import { runFeedbackFigures } from '../monitoring/feedback.ts';
import { runVisitFigures } from '../monitoring/visits.ts';
import { isTimeZone, todayIn } from '../referrals/today.ts';
import { readRecordFilter, RecordFilter, type RecordFilterInput } from './analytics.ts';
import {
  CaseSourceFigures,
  CheckInFigures,
  FeedbackFigures,
  VisitFigures,
} from './monitoring-figure-types.ts';

type MonitoringParent = { filter: AnalyticsFilter; today: string; protection: Protection };

/** Each family runs its own statement, only when asked for. */
const MonitoringFigures = builder.objectRef<MonitoringParent>('MonitoringFigures').implement({
  description:
    'Issue 16 item 8’s monitoring beside the referral figures: people and repeat visits, where people came from, advisor check-ins, client feedback. Counts only, never a record: exact for hub staff (who read person codes, case sources and the advisor roster of their hubs), perturbed by the cell key method for everyone else (reviewers, admins).',
  fields: (t) => ({
    protected: t.boolean({
      description: 'True when the counts are perturbed.',
      resolve: (p) => !p.protection.exact,
    }),
    visits: t.field({
      type: VisitFigures,
      resolve: (p, _args, ctx) => runVisitFigures({ db: ctx.db, ...p }),
    }),
    sources: t.field({
      type: CaseSourceFigures,
      resolve: async (p, _args, ctx) => ({
        ...(await runCaseSourceFigures({ db: ctx.db, ...p })),
        filter: p.filter,
        protection: p.protection,
        rosterReader: canDo(ctx.user!.role, 'mca.read'),
      }),
    }),
    checkIns: t.field({
      type: CheckInFigures,
      resolve: (p, _args, ctx) => runCheckInFigures({ db: ctx.db, ...p }),
    }),
    feedback: t.field({
      type: FeedbackFigures,
      resolve: (p, _args, ctx) => runFeedbackFigures({ db: ctx.db, ...p }),
    }),
  }),
});

builder.queryField('monitoringFigures', (t) =>
  t.field({
    type: MonitoringFigures,
    description:
      "Monitoring figures of the filter (cases and feedback by their month; records marked not_approved left out; check-ins on the period's last day or today), for anyone who reads aggregates: hub staff get their hubs exact, reviewers and admins every hub perturbed; no reveal exists for these figures.",
    authScopes: { permission: 'aggregate.read' },
    args: {
      filter: t.arg({ type: RecordFilter }),
      timeZone: t.arg.string({
        description:
          "IANA zone whose today ends a running period's check-in window; UTC when not given.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = readRecordFilter(ctx, args.filter as RecordFilterInput | null);
      const zone = args.timeZone ?? 'UTC';
      if (!isTimeZone(zone)) throw analyticsInputError(ctx.lang, 'badTimeZone', zone, 'timeZone');
      const protection = referralProtectionOf(ctx);
      // Counted in the audit log like every protected analytics query (schema/analytics.ts).
      if (!protection.exact)
        await ctx.audit({
          action: 'aggregate.query',
          entity: 'monitoring_figures',
          detail: { filter: args.filter ?? null },
        });
      return { filter, today: todayIn(zone), protection };
    },
  }),
);
