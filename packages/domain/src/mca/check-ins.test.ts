import { describe, expect, it } from 'vitest';
import { assessCheckIn } from './check-ins.ts';

const joined = { joinedOn: '2026-03-01', leftOn: null };

describe('MCA check-ins every 8–10 days', () => {
  it('counts from joining until the first check-in', () => {
    expect(assessCheckIn({ ...joined, lastCheckInOn: null, today: '2026-03-08' })).toEqual({
      state: 'ok',
      since: '2026-03-01',
      days: 7,
      dueOn: '2026-03-09',
      lateAfter: '2026-03-11',
    });
    expect(assessCheckIn({ ...joined, lastCheckInOn: null, today: '2026-03-09' }).state).toBe(
      'due',
    );
  });

  it('is due from day 8 to day 10 and overdue from day 11', () => {
    const at = (today: string) =>
      assessCheckIn({ ...joined, lastCheckInOn: '2026-03-20', today }).state;
    expect(at('2026-03-20')).toBe('ok');
    expect(at('2026-03-27')).toBe('ok');
    expect(at('2026-03-28')).toBe('due');
    expect(at('2026-03-30')).toBe('due');
    expect(at('2026-03-31')).toBe('overdue');
    expect(
      assessCheckIn({ ...joined, lastCheckInOn: '2026-03-20', today: '2026-04-10' }).days,
    ).toBe(21);
  });

  it('crosses months and leap days by the calendar', () => {
    const status = assessCheckIn({
      joinedOn: '2028-02-20',
      leftOn: null,
      lastCheckInOn: '2028-02-25',
      today: '2028-03-04',
    });
    expect(status).toMatchObject({ days: 8, state: 'due', dueOn: '2028-03-04' });
  });

  it('ignores a check-in dated before joining, and stops once the MCA has left', () => {
    expect(
      assessCheckIn({ ...joined, lastCheckInOn: '2026-02-01', today: '2026-03-02' }).since,
    ).toBe('2026-03-01');
    expect(
      assessCheckIn({
        joinedOn: '2026-01-01',
        leftOn: '2026-02-01',
        lastCheckInOn: null,
        today: '2026-06-01',
      }).state,
    ).toBe('left');
    // Leaving later on is not yet leaving.
    expect(
      assessCheckIn({
        joinedOn: '2026-01-01',
        leftOn: '2026-12-31',
        lastCheckInOn: null,
        today: '2026-06-01',
      }).state,
    ).toBe('overdue');
  });
});
