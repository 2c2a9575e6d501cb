import { isFollowUpOverdue } from '@ventanilla/domain/reports/index';
import { builder } from '../builder.ts';
import type { FollowUpRow } from '../reports/store.ts';

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
