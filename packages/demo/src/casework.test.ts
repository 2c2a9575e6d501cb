import { describe, expect, it } from 'vitest';
import { assessCheckIn } from '@ventanilla/domain/mca/check-ins';
import { feedbackIssues } from '@ventanilla/domain/feedback/questionnaire';
import { referralOutcomes, referralStates } from '@ventanilla/domain/referrals/lifecycle';
import { generateDemo } from './generate.ts';
import { TEST_OPTIONS } from './test-fixture.ts';

const today = TEST_OPTIONS.today!;
const full = generateDemo({ ...TEST_OPTIONS, casework: true });
const work = full.casework!;

describe('the full demo’s casework (issue 16)', () => {
  it('has referrals in every state and every outcome, with consent once sent', () => {
    const states = new Set(work.referrals.map((r) => r.state));
    expect([...states].sort()).toEqual([...referralStates].sort());
    const outcomes = new Set(work.referrals.map((r) => r.outcome).filter(Boolean));
    expect([...outcomes].sort()).toEqual([...referralOutcomes].sort());
    const sent = work.referrals.filter((r) => r.sentOn !== null);
    expect(sent.every((r) => r.consentToRefer && r.consentToShare)).toBe(true);
    expect(work.referrals.filter((r) => r.state === 'closed').every((r) => r.outcomeNote)).toBe(
      true,
    );
    expect(work.referrals.every((r) => !r.closedOn || r.closedOn <= today)).toBe(true);
  });

  it('has follow-ups due, overdue and not yet due, and a few section-5 details', () => {
    const open = work.referrals.filter((r) => r.state !== 'closed' && r.followUpOn);
    expect(open.some((r) => r.followUpOn! < today)).toBe(true);
    expect(open.some((r) => r.followUpOn! > today)).toBe(true);
    // Every hub with referrals has one overdue and one due today on its worklist.
    for (const hub of new Set(work.referrals.map((r) => r.hub))) {
      expect(
        open.some((r) => r.hub === hub && r.followUpOn! < today),
        hub,
      ).toBe(true);
      expect(
        open.some((r) => r.hub === hub && r.followUpOn === today),
        hub,
      ).toBe(true);
    }
    const section5 = work.referrals.filter((r) => r.profile);
    expect(section5.length).toBeGreaterThan(0);
    expect(section5.every((r) => r.situation && r.assistance)).toBe(true);
  });

  it('has MCAs per active hub, one overdue for a check-in and a letter ending soon', () => {
    const hubs = new Set(work.mcas.map((m) => m.hub));
    expect(hubs.size).toBe(full.hubs.filter((h) => h.active).length);
    const states = work.mcas.map(
      (m) =>
        assessCheckIn({
          joinedOn: m.joinedOn,
          lastCheckInOn: m.checkIns.at(-1)?.on ?? null,
          leftOn: m.leftOn,
          today,
        }).state,
    );
    expect(states).toContain('overdue');
    expect(states).toContain('ok');
    const soon = work.mcas.filter((m) => {
      const until = m.letters.at(-1)!.until;
      return until !== null && until > today && until <= '2026-06-15';
    });
    expect(soon.length).toBeGreaterThan(0);
    expect(work.mcas.every((m) => m.actions.length > 0)).toBe(true);
  });

  it('links MCA-channelled cases to an MCA of their hub, and has repeat visits', () => {
    const mcaHub = new Map(work.mcas.map((m) => [m.id, m.hub]));
    const channelled = work.caseContexts.filter((c) => c.source === 'mca');
    expect(channelled.length).toBeGreaterThan(0);
    expect(channelled.every((c) => c.mcaId && mcaHub.get(c.mcaId) === c.hub)).toBe(true);
    expect(new Set(work.caseContexts.map((c) => c.source)).size).toBe(7); // six and none
    const visits = new Map<string, number>();
    for (const c of work.caseContexts)
      if (c.personCode)
        visits.set(`${c.hub}|${c.personCode}`, (visits.get(`${c.hub}|${c.personCode}`) ?? 0) + 1);
    expect([...visits.values()].some((n) => n > 1)).toBe(true);
    expect(visits.size).toBe(work.personCodes.length);
  });

  it('has valid anonymous feedback in every hub-month with attentions', () => {
    expect(work.feedback.length).toBeGreaterThan(0);
    expect(
      work.feedback.every(
        (f) =>
          feedbackIssues({
            satisfaction: f.satisfaction === null ? null : String(f.satisfaction),
            clear_information: f.clearInformation,
            respectful: f.respectful,
            waiting: f.waiting,
            recommend: f.recommend,
          }).length === 0,
      ),
    ).toBe(true);
  });

  it('is deterministic, leaves the cases as they were, and is off by default', () => {
    const options = { ...TEST_OPTIONS, cases: 2_000 };
    const a = generateDemo({ ...options, casework: true });
    const b = generateDemo({ ...options, casework: true });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const plain = generateDemo(options);
    expect(plain.casework).toBeUndefined();
    expect(JSON.stringify(plain.cases)).toBe(JSON.stringify(a.cases));
    expect(JSON.stringify(plain.activities)).toBe(JSON.stringify(a.activities));
  }, 60_000);
});
