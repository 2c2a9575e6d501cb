import { builder } from '../builder.ts';
import { analyticsInputError } from '../analytics/messages.ts';
import type { Context } from '../context.ts';
import { figureField } from '../disclosure/fields.ts';
import { referralProtectionOf } from '../disclosure/protection.ts';
import { releaseStatistic } from '../disclosure/statistic.ts';
import { runReferralFigures, type ReferralFiguresResult } from '../referrals/figures.ts';
import { isTimeZone, todayIn } from '../referrals/today.ts';
import {
  Disaggregation,
  readRecordFilter,
  RecordFilter,
  type RecordFilterInput,
} from './analytics.ts';

export const ReferralFigures = builder
  .objectRef<ReferralFiguresResult>('ReferralFigures')
  .implement({
    description:
      'Referral monitoring (issue 16 item 8): counts only, never a referral. Every count is a figure: exact for hub staff (who may read their referrals), perturbed by the cell key method for everyone else (reviewers, admins), with the same k as every other figure.',
    fields: (t) => ({
      protected: t.boolean({
        description: 'True when the counts are perturbed.',
        resolve: (f) => !f.protection.exact,
      }),
      byState: t.field({
        type: Disaggregation,
        description: 'Referrals by state (keys: planned, sent, received, attended, closed).',
        resolve: (f) => f.byState,
      }),
      byOutcome: t.field({
        type: Disaggregation,
        description:
          'Closed referrals by outcome (keys: resolved, partly, not_resolved, declined, lost_contact).',
        resolve: (f) => f.byOutcome,
      }),
      bySector: t.field({
        type: Disaggregation,
        description:
          "Referrals by destination sector: the directory entry's sector, or `typed` when the institution was typed by hand.",
        resolve: (f) => f.bySector,
      }),
      overdueFollowUps: t.int(
        figureField<ReferralFiguresResult>(
          (f) => f.overdueFollowUps,
          'Referrals not closed whose follow-up date is before today in `timeZone`.',
        ),
      ),
      closedAfterSending: t.int(
        figureField<ReferralFiguresResult>(
          (f) => f.closedAfterSending,
          'Closed referrals that had been sent: the referrals the median summarises.',
        ),
      ),
      medianDaysToOutcome: t.float({
        nullable: true,
        description:
          'Median days from sent to closed, exact (not perturbed); null unless `closedAfterSending` guarantees at least k referrals: when protected, its published value must be at least 2k − 1 (docs/data-protection.md).',
        resolve: (f) => releaseStatistic({ value: f.medianDays, count: f.closedAfterSending }),
      }),
    }),
  });

/**
 * Counted in the audit log like every protected analytics query (schema/analytics.ts): an admin
 * sees unusual volumes of perturbed queries.
 */
export async function auditProtected(ctx: Context, result: ReferralFiguresResult, filter: unknown) {
  if (result.protection.exact) return;
  await ctx.audit({ action: 'aggregate.query', entity: 'referral_figures', detail: { filter } });
}

builder.queryField('referralFigures', (t) =>
  t.field({
    type: ReferralFigures,
    description:
      "Referral figures of the filtered cases' referrals (period by the case's month; records marked not_approved are left out), for anyone who reads aggregates: hub staff get their hubs exact, reviewers every hub perturbed; no reveal exists for these figures.",
    authScopes: { permission: 'aggregate.read' },
    args: {
      filter: t.arg({ type: RecordFilter }),
      timeZone: t.arg.string({
        description:
          "IANA zone whose today decides what is overdue (the hub's working day); UTC when not given.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = readRecordFilter(ctx, args.filter as RecordFilterInput | null);
      const zone = args.timeZone ?? 'UTC';
      if (!isTimeZone(zone)) throw analyticsInputError(ctx.lang, 'badTimeZone', zone, 'timeZone');
      const result = await runReferralFigures({
        db: ctx.db,
        filter,
        today: todayIn(zone),
        protection: referralProtectionOf(ctx),
      });
      await auditProtected(ctx, result, args.filter ?? null);
      return result;
    },
  }),
);
