import { analyticsInputError } from '../analytics/messages.ts';
import { builder } from '../builder.ts';
import { referralProtectionOf } from '../disclosure/protection.ts';
import { runReferralFigures } from '../referrals/figures.ts';
import { isTimeZone, todayIn } from '../referrals/today.ts';
import { readRecordFilter } from './analytics.ts';
import { MonthlyReport } from './monthly-report.ts';
import { auditProtected, ReferralFigures } from './referral-figures.ts';

/**
 * A monthly report's referral monitoring (issue 16 item 8): the same figures `referralFigures`
 * gives for the hub and the month, so the report, the meeting and the analytics page agree.
 * Unlike the report's Table 2 they stay perturbed for reviewers during an open verification
 * meeting: referrals come from Annex 1 section 5, which only the hub's own staff read.
 */
builder.objectField(MonthlyReport, 'referralFigures', (t) =>
  t.field({
    type: ReferralFigures,
    description:
      "Referral figures of this hub-month's cases (by the case's month): exact for the hub's staff, perturbed for everyone else, also inside a verification meeting; never a referral.",
    args: {
      timeZone: t.arg.string({
        description:
          "IANA zone whose today decides what is overdue (the hub's working day); UTC when not given.",
      }),
    },
    resolve: async (v, args, ctx) => {
      const zone = args.timeZone ?? 'UTC';
      if (!isTimeZone(zone)) throw analyticsInputError(ctx.lang, 'badTimeZone', zone, 'timeZone');
      // Narrowed to the caller's reach of aggregates, as every analytics filter is.
      const filter = readRecordFilter(ctx, { hubCodes: [v.hub], from: v.month, to: v.month });
      const result = await runReferralFigures({
        db: ctx.db,
        filter,
        today: todayIn(zone),
        protection: referralProtectionOf(ctx),
      });
      await auditProtected(ctx, result, { hubCodes: [v.hub], from: v.month, to: v.month });
      return result;
    },
  }),
);
