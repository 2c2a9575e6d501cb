import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, referrals } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';
import { seedDemo } from './demo.ts';

let app: TestApp;
const today = '2026-05-15';
beforeAll(async () => {
  app = await startTestApp();
  // A fixed day, passed to the queries that default to the real today, so results never move.
  await seedDemo({
    db: app.database.db,
    options: { cases: 3000, months: 6, today, casework: true },
  });
}, 180_000);
afterAll(() => app.close());

describe('the full demo’s casework through the API (issue 16)', () => {
  it('puts due and overdue referrals on a hub officer’s worklist', async () => {
    const token = await app.login('officer');
    const { body } = await app.gql(
      'query($d: String) { referrals(dueBy: $d) { hub state followUpOn institution } }',
      { d: today },
      { token },
    );
    const due = body.data?.referrals as { hub: string; state: string; followUpOn: string }[];
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((r) => r.hub === 'cri_upala' && r.state !== 'closed')).toBe(true);
    expect(due.some((r) => r.followUpOn < today)).toBe(true);
  });

  it('lists the hub’s MCAs with one overdue for a check-in and a letter to renew', async () => {
    const token = await app.login('officer');
    const { body } = await app.gql(
      'query($t: String) { mcas { name checkIn(today: $t) { state days } commitment(today: $t) { state } actions { type } } }',
      { t: today },
      { token },
    );
    const list = body.data?.mcas as {
      checkIn: { state: string; days: number };
      commitment: { state: string };
      actions: unknown[];
    }[];
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list.some((m) => m.checkIn.state === 'overdue' && m.checkIn.days > 10)).toBe(true);
    expect(list.some((m) => m.commitment.state === 'expiring')).toBe(true);
    expect(list.every((m) => m.actions.length > 0)).toBe(true);
  });

  it('counts fewer unique people than attentions, repeat visits, sources and feedback', async () => {
    const token = await app.login('officer');
    const { body } = await app.gql(
      `query { monitoringFigures { visits { attentions uniquePeople repeatPeople }
         feedback { responses } } }`,
      {},
      { token },
    );
    const figures = body.data?.monitoringFigures as {
      visits: { attentions: number; uniquePeople: number; repeatPeople: number };
      feedback: { responses: number };
    };
    expect(figures.visits.uniquePeople).toBeLessThan(figures.visits.attentions);
    expect(figures.visits.repeatPeople).toBeGreaterThan(0);
    expect(figures.feedback.responses).toBeGreaterThan(0);
  });

  it('keeps closed referrals with outcomes, and counts the casework in the seed’s audit row', async () => {
    const closed = await app.database.db
      .select({ outcome: referrals.outcome })
      .from(referrals)
      .where(eq(referrals.state, 'closed'));
    expect(new Set(closed.map((r) => r.outcome)).size).toBe(5);
    const [seed] = await app.database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'seed'), eq(auditLog.entity, 'database')));
    expect((seed!.detail as { casework?: { referrals: number } }).casework?.referrals).toBe(
      await app.database.db.$count(referrals),
    );
  });
});
