import { eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { followUpActions } from '../db/schema/index.ts';
import { loadMeeting } from '../reports/store.ts';
import { isCalendarDate } from './input/dates.ts';
import { FollowUp } from './follow-up-type.ts';
import { LIMIT } from './reports.ts';
import { hubList } from './report-view.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

/** Follow-up actions agreed at a verification meeting: added and closed there. */
const FollowUpResult = builder.unionType('FollowUpResult', {
  types: [FollowUp, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('FollowUp'),
});

builder.mutationFields((t) => ({
  followUpAdd: t.field({
    type: FollowUpResult,
    authScopes: { permission: 'report.verify' },
    args: {
      meetingId: t.arg.id({ required: true }),
      hub: t.arg.string({ required: true }),
      what: t.arg.string({ required: true }),
      owner: t.arg.string({ required: true }),
      dueDate: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
    },
    resolve: async (_r, args, ctx) => {
      const meeting = await loadMeeting(ctx.db, String(args.meetingId));
      if (!meeting) return notFound(ctx.lang);
      const issues: { field: string; en: string; es: string }[] = [];
      if (!args.what.trim())
        issues.push({
          field: 'what',
          en: 'Say what must be done.',
          es: 'Indique qué hay que hacer.',
        });
      if (!args.owner.trim())
        issues.push({
          field: 'owner',
          en: 'Say who is responsible.',
          es: 'Indique la persona responsable.',
        });
      if (!isCalendarDate(args.dueDate))
        issues.push({
          field: 'dueDate',
          en: 'Give a due date that exists, as YYYY-MM-DD between 2000 and 2099.',
          es: 'Indique una fecha límite que exista, como AAAA-MM-DD entre 2000 y 2099.',
        });
      if (!(await hubList(ctx, [args.hub])).length)
        issues.push({ field: 'hub', en: 'Unknown hub.', es: 'Ventanilla desconocida.' });
      if (issues.length) return inputFailed(ctx.lang, issues);
      const row = await ctx.db.transaction(async (tx) => {
        const [saved] = await tx
          .insert(followUpActions)
          .values({
            meetingId: meeting.id,
            hub: args.hub,
            month: meeting.month,
            what: args.what.trim().slice(0, LIMIT),
            owner: args.owner.trim().slice(0, 200),
            dueDate: args.dueDate,
            createdBy: ctx.user!.id,
          })
          .returning();
        await ctx.audit(
          {
            action: 'followup.add',
            entity: 'follow_up',
            entityId: saved!.id,
            hub: args.hub,
            detail: { meetingId: meeting.id },
          },
          tx,
        );
        return saved!;
      });
      return row;
    },
  }),
  followUpClose: t.field({
    type: FollowUpResult,
    authScopes: { permission: 'report.verify' },
    args: { id: t.arg.id({ required: true }), meetingId: t.arg.id() },
    resolve: async (_r, { id, meetingId }, ctx) => {
      const closedIn = meetingId == null ? null : await loadMeeting(ctx.db, String(meetingId));
      if (meetingId != null && !closedIn) return notFound(ctx.lang);
      const [row] = await ctx.db
        .update(followUpActions)
        .set({
          status: 'done',
          closedAt: new Date(),
          closedBy: ctx.user!.id,
          closedInMeetingId: closedIn?.id ?? null,
        })
        .where(eq(followUpActions.id, String(id)))
        .returning();
      if (!row) return notFound(ctx.lang);
      await ctx.audit({
        action: 'followup.close',
        entity: 'follow_up',
        entityId: row.id,
        hub: row.hub,
      });
      return row;
    },
  }),
}));
