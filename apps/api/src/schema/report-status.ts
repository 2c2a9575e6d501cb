import { builder } from '../builder.ts';
import type { LockedPeriodShape } from '../reports/lock.ts';

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
export const ReportActionEnum = builder.enumType('ReportAction', {
  values: {
    SAVE_NARRATIVE: { value: 'saveNarrative' },
    SUBMIT: { value: 'submit' },
    RETURN: { value: 'return' },
    VERIFY: { value: 'verify' },
    REOPEN: { value: 'reopen' },
  } as const,
});
