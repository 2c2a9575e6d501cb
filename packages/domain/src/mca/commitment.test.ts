import { describe, expect, it } from 'vitest';
import { assessCommitment } from './commitment.ts';

const today = '2026-06-15';

describe('MCA commitment letters', () => {
  it('has no letter, an open-ended one, or one for a set period', () => {
    expect(assessCommitment({ letters: [], today }).state).toBe('none');
    expect(assessCommitment({ letters: [{ signedOn: '2026-01-10', until: null }], today })).toEqual(
      {
        state: 'indefinite',
        letter: { signedOn: '2026-01-10', until: null },
        daysLeft: null,
      },
    );
    expect(
      assessCommitment({ letters: [{ signedOn: '2026-01-10', until: '2026-12-31' }], today }).state,
    ).toBe('active');
  });

  it('warns within 30 days of the end and after it', () => {
    const on = (until: string) =>
      assessCommitment({ letters: [{ signedOn: '2026-01-10', until }], today });
    expect(on('2026-07-16')).toMatchObject({ state: 'active', daysLeft: 31 });
    expect(on('2026-07-15')).toMatchObject({ state: 'expiring', daysLeft: 30 });
    expect(on('2026-06-15')).toMatchObject({ state: 'expiring', daysLeft: 0 });
    expect(on('2026-06-14')).toMatchObject({ state: 'expired', daysLeft: -1 });
  });

  it('counts the latest letter signed: a renewal replaces the ended one', () => {
    const letters = [
      { signedOn: '2025-06-01', until: '2026-05-31' },
      { signedOn: '2026-06-01', until: '2027-05-31' },
      // Signed in the future (typed ahead): not yet in force.
      { signedOn: '2026-07-01', until: '2026-07-10' },
    ];
    expect(assessCommitment({ letters, today })).toMatchObject({
      state: 'active',
      letter: { signedOn: '2026-06-01' },
    });
  });
});
