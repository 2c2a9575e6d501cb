import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import { verificationMeetings } from '../db/schema/index.ts';
import { exactFor, protectionOf, type Protection } from './protection.ts';

/** How long an open meeting gives exact figures: a meeting left open does not stay a key. */
export const meetingRevealHours = 12;

/**
 * The protection of a hub-month's report figures: exact for cleared callers; exact for a
 * reviewer while a verification meeting of that month is open (the reveal is audited once per
 * request and hub-month); perturbed otherwise.
 */
export async function reportProtection(
  ctx: Context,
  hub: string,
  month: string,
): Promise<Protection> {
  const base = protectionOf(ctx);
  if (base.exact || !ctx.user) return base;
  const meeting = await openMeetingOf(ctx, month);
  if (!meeting) return base;
  await ctx.audit({
    action: 'reveal',
    entity: 'monthly_report',
    hub,
    detail: { reason: 'verification meeting', meetingId: meeting.id, month },
  });
  return exactFor('meeting');
}

/** Open meetings by month, asked once per request (an agenda reads every hub's report). */
const openMeetings = new WeakMap<Context, Map<string, Promise<{ id: string } | null>>>();

function openMeetingOf(ctx: Context, month: string) {
  let byMonth = openMeetings.get(ctx);
  if (!byMonth) openMeetings.set(ctx, (byMonth = new Map()));
  let found = byMonth.get(month);
  if (!found) {
    found = ctx.db
      .select({ id: verificationMeetings.id })
      .from(verificationMeetings)
      .where(
        and(
          eq(verificationMeetings.month, month),
          isNull(verificationMeetings.closedAt),
          gt(
            verificationMeetings.openedAt,
            sql`now() - make_interval(hours => ${meetingRevealHours})`,
          ),
        ),
      )
      .limit(1)
      .then(([row]) => row ?? null);
    byMonth.set(month, found);
  }
  return found;
}
