import { describe, expect, it } from 'vitest';
import {
  checkReportTransition,
  computeMedian,
  describeAgendaStart,
  evaluateQualityFindings,
  findLongestGap,
  isReportLocking,
  listAllowedReportActions,
  scoreAgendaItem,
  type QualityMetrics,
} from './index.ts';

describe('report states', () => {
  const hub = 'cri_upala';
  it('lets the hub submit its own draft, not another hub, not a reviewer', () => {
    expect(
      checkReportTransition({
        action: 'submit',
        status: 'draft',
        role: 'hub_officer',
        hub,
        userHubs: [hub],
      }),
    ).toEqual({ ok: true, to: 'submitted' });
    expect(
      checkReportTransition({
        action: 'submit',
        status: 'draft',
        role: 'hub_officer',
        hub,
        userHubs: [],
      }),
    ).toMatchObject({ ok: false, refusal: 'hub' });
    expect(
      checkReportTransition({
        action: 'submit',
        status: 'draft',
        role: 'reviewer',
        hub,
        userHubs: [],
      }),
    ).toMatchObject({ ok: false, refusal: 'role' });
  });
  it('needs a reason to return or reopen, and only verified reports lock', () => {
    const base = { role: 'reviewer' as const, hub, userHubs: [] };
    expect(
      checkReportTransition({ ...base, action: 'return', status: 'submitted', reason: ' ' }),
    ).toMatchObject({ ok: false, refusal: 'reason' });
    expect(
      checkReportTransition({ ...base, action: 'reopen', status: 'verified', reason: 'fix' }),
    ).toEqual({ ok: true, to: 'reopened' });
    expect(checkReportTransition({ ...base, action: 'verify', status: 'draft' })).toMatchObject({
      ok: false,
      refusal: 'state',
    });
    expect(listAllowedReportActions({ ...base, status: 'submitted' })).toEqual([
      'return',
      'verify',
    ]);
    expect(
      listAllowedReportActions({ role: 'coordinator', hub, userHubs: [hub], status: 'reopened' }),
    ).toEqual(['saveNarrative', 'submit']);
    expect(isReportLocking('verified')).toBe(true);
    expect(isReportLocking('reopened')).toBe(false);
  });
});

describe('quality findings', () => {
  const base: QualityMetrics = {
    month: '2026-10',
    cases: 40,
    activities: 4,
    previous: [
      { month: '2026-07', cases: 10, activities: 4 },
      { month: '2026-08', cases: 12, activities: 5 },
      { month: '2026-09', cases: 14, activities: 3 },
    ],
    longestGap: null,
    otherRecords: 0,
    late: { count: 0, maxDays: 0 },
    arithmetic: 0,
    importMissing: 0,
    duplicates: { groups: 0, records: 0 },
  };
  it('flags an outlier against the previous three-month median and explains itself in both languages', () => {
    const [finding] = evaluateQualityFindings({ metrics: base });
    expect(finding).toMatchObject({ rule: 'outlier', count: 40 });
    expect(finding!.message_es).toContain('mediana de 12');
    expect(finding!.message_en).toContain('median of 12');
  });
  it('orders high before low and reports an empty month', () => {
    const findings = evaluateQualityFindings({
      metrics: { ...base, cases: 0, activities: 0, late: { count: 2, maxDays: 45 } },
    });
    expect(findings.map((f) => f.rule)).toEqual(['no_records', 'outlier', 'late_entry']);
  });
  it('writes one and many in their own form, in both languages', () => {
    const message = (metrics: Partial<QualityMetrics>, lang: 'en' | 'es') =>
      evaluateQualityFindings({ metrics: { ...base, cases: 12, ...metrics } })
        .map((f) => (lang === 'en' ? f.message_en : f.message_es))
        .join(' ');
    const one = {
      late: { count: 1, maxDays: 40 },
      arithmetic: 1,
      importMissing: 1,
      duplicates: { groups: 1, records: 2 },
    };
    expect(message(one, 'en')).toContain('1 record was entered');
    expect(message(one, 'en')).toContain('1 activity has');
    expect(message(one, 'en')).toContain('1 imported record was stored');
    expect(message(one, 'en')).toContain('2 cases form 1 group ');
    expect(message(one, 'es')).toContain('1 registro se ingresó');
    expect(message(one, 'es')).toContain('1 actividad tiene');
    expect(message(one, 'es')).toContain('1 registro importado se guardó');
    expect(message(one, 'es')).toContain('2 casos forman 1 grupo ');
    const many = { late: { count: 3, maxDays: 40 }, duplicates: { groups: 2, records: 5 } };
    expect(message(many, 'en')).toContain('3 records were entered');
    expect(message(many, 'es')).toContain('5 casos forman 2 grupos');
    expect(
      message({ cases: 1, previous: base.previous.map((p) => ({ ...p, cases: 30 })) }, 'es'),
    ).toContain('1 caso este mes');
  });
  it('flags overdue referral follow-ups and advisors not contacted, in one and many', () => {
    const findings = (overdueFollowUps: number, mcasNotContacted: number) =>
      evaluateQualityFindings({
        metrics: { ...base, cases: 12, overdueFollowUps, mcasNotContacted },
      });
    const one = findings(1, 1);
    expect(one.map((f) => f.rule)).toEqual(['overdue_follow_ups', 'mca_not_contacted']);
    // Counted on the month's last day: some may be closed since, so it never says "close it".
    expect(one[0]!.message_es).toMatch(
      /^1 referencia había pasado su fecha de seguimiento sin resultado al cierre del mes .* las que sigan abiertas/,
    );
    expect(one[0]!.message_en).toMatch(
      /^1 referral had passed its follow-up date without an outcome by the end of the month .* any still open/,
    );
    expect(one[1]!.message_es).toMatch(/^1 asesor comunitario lleva más de 10 días sin contacto/);
    const many = findings(3, 2);
    expect(many[0]!.message_es).toMatch(/^3 referencias habían pasado /);
    expect(many[0]!.message_en).toMatch(/^3 referrals had passed their follow-up date /);
    expect(many[1]!.message_en).toMatch(/^2 community advisors have not been contacted/);
    expect(findings(0, 0).map((f) => f.rule)).toEqual([]);
  });
  it('does not read a month published as 0 under disclosure control as a drop', () => {
    const metrics = {
      ...base,
      activities: 0,
      previous: base.previous.map((p) => ({ ...p, activities: 8 })),
    };
    const rules = (m: QualityMetrics) => evaluateQualityFindings({ metrics: m }).map((f) => f.rule);
    expect(rules({ ...metrics, cases: 12 })).toContain('outlier');
    expect(rules({ ...metrics, cases: 12, zeroMayBeSmall: 5 })).not.toContain('outlier');
  });
  it('finds the longest gap up to today', () => {
    expect(
      findLongestGap({
        month: '2026-02',
        daysWithRecords: ['2026-02-01', '2026-02-20'],
        today: '2026-02-25',
      }),
    ).toEqual({ from: '2026-02-02', to: '2026-02-19', days: 18 });
    expect(computeMedian({ values: [3, 1, 2, 10] })).toBe(2.5);
  });
  it('puts submitted reports with findings before verified clean ones', () => {
    const a = scoreAgendaItem({
      status: 'submitted',
      findings: [{ severity: 'high' }],
      openFollowUps: 0,
      overdueFollowUps: 0,
    });
    const b = scoreAgendaItem({
      status: 'verified',
      findings: [],
      openFollowUps: 1,
      overdueFollowUps: 0,
    });
    expect(a).toBeGreaterThan(b);
  });
  it('describes an agenda item as the meeting found it, so decisions do not reorder it', () => {
    const ups = [
      { id: 'old', status: 'open' as const, dueDate: '2026-01-01', meeting: 'm0', closedIn: null },
      { id: 'new', status: 'open' as const, dueDate: '2026-02-01', meeting: 'm1', closedIn: null },
      { id: 'done', status: 'done' as const, dueDate: '2026-01-05', meeting: 'm0', closedIn: 'm1' },
      { id: 'gone', status: 'done' as const, dueDate: '2026-01-05', meeting: 'm0', closedIn: 'm0' },
    ];
    const start = describeAgendaStart({
      status: 'verified',
      meetingSteps: [{ fromStatus: 'submitted' }, { fromStatus: 'returned' }],
      followUps: ups,
      isFromThisMeeting: (f) => f.meeting === 'm1',
      isClosedInThisMeeting: (f) => f.closedIn === 'm1',
    });
    expect(start.status).toBe('submitted');
    expect(start.openFollowUps.map((f) => f.id)).toEqual(['old', 'done']);
    expect(
      describeAgendaStart({
        status: 'draft',
        meetingSteps: [],
        followUps: [],
        isFromThisMeeting: () => false,
        isClosedInThisMeeting: () => false,
      }).status,
    ).toBe('draft');
  });
});
