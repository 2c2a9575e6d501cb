import { describe, expect, it } from 'vitest';
import {
  buildReferralTable,
  buildReferralTables,
  type ReferralFigures,
} from './referral-charts.ts';

const answer = (cells: [string, number][], isProtected = false) => ({
  total: cells.reduce((s, [, v]) => s + v, 0),
  protected: isProtected,
  threshold: isProtected ? 5 : null,
  cells: cells.map(([key, value]) => ({ keys: [key], value })),
});

const figures = (isProtected = false): ReferralFigures => ({
  protected: isProtected,
  overdueFollowUps: 5,
  closedAfterSending: 9,
  medianDaysToOutcome: 8,
  byState: answer(
    [
      ['closed', 9],
      ['planned', 5],
      ['sent', 7],
    ],
    isProtected,
  ),
  byOutcome: answer(
    [
      ['lost_contact', 5],
      ['resolved', 6],
    ],
    isProtected,
  ),
  bySector: answer(
    [
      ['typed', 6],
      ['anti_trafficking', 8],
    ],
    isProtected,
  ),
});

describe('referral tables of the analytics page', () => {
  it('label states, outcomes and sectors from the domain, in its order, in both languages', () => {
    const state = buildReferralTable({ id: 'referrals-state', figures: figures(), lang: 'es' });
    expect(state.rows.map((r) => [r.code, r.label, r.values[0]!.value])).toEqual([
      ['planned', 'Planificada', 5],
      ['sent', 'Enviada', 7],
      ['closed', 'Cerrada', 9],
    ]);
    expect(state.protected).toBe(false);
    const [, outcome, sector] = buildReferralTables({ figures: figures(), lang: 'en' });
    expect(outcome!.rows.map((r) => r.label)).toEqual(['Resolved', 'Contact lost']);
    expect(sector!.rows.map((r) => r.label)).toEqual([
      'Anti-trafficking authority',
      'Institution typed by hand (not in the directory)',
    ]);
    expect(sector!.rowField).toBe('sector');
  });

  it('say when the figures are protected', () => {
    const table = buildReferralTable({
      id: 'referrals-outcome',
      figures: figures(true),
      lang: 'en',
    });
    expect(table.protected).toBe(true);
    expect(table.notes.join(' ')).toMatch(/^Figures are protected/);
    // After a reviewer's reveal the rest of the page is exact; these are not, and say so.
    const revealed = buildReferralTable({
      id: 'referrals-outcome',
      figures: figures(true),
      lang: 'en',
      revealed: true,
    });
    expect(revealed.notes).toEqual([
      "Referral figures stay protected even when exact figures were asked for: small differences from the hub's own counts are expected.",
    ]);
  });
});
