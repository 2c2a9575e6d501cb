import { describe, expect, it } from 'vitest';
import { ageOf, closeAnswerOf, isStale, localDay } from './offline-worklist.ts';

const saved = '2026-03-10T08:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('the saved follow-up list', () => {
  it('says how old it is in the largest whole unit', () => {
    expect(ageOf({ savedAt: saved, now: at('2026-03-10T08:00:30Z') })).toEqual({
      unit: 'minutes',
      count: 0,
    });
    expect(ageOf({ savedAt: saved, now: at('2026-03-10T08:59:59Z') })).toEqual({
      unit: 'minutes',
      count: 59,
    });
    expect(ageOf({ savedAt: saved, now: at('2026-03-10T09:00:00Z') })).toEqual({
      unit: 'hours',
      count: 1,
    });
    expect(ageOf({ savedAt: saved, now: at('2026-03-11T07:59:00Z') })).toEqual({
      unit: 'hours',
      count: 23,
    });
    expect(ageOf({ savedAt: saved, now: at('2026-03-13T09:00:00Z') })).toEqual({
      unit: 'days',
      count: 3,
    });
    // A device clock behind the server's never reads as a negative age.
    expect(ageOf({ savedAt: saved, now: at('2026-03-10T07:00:00Z') }).count).toBe(0);
  });

  it('is flagged as old after a day', () => {
    expect(isStale({ savedAt: saved, now: at('2026-03-11T07:59:00Z') })).toBe(false);
    expect(isStale({ savedAt: saved, now: at('2026-03-11T08:00:00Z') })).toBe(true);
  });

  it('dates a close made offline on the device’s own day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });
});

describe('the answer to a queued close', () => {
  const open = { state: 'sent', outcome: null, closedOn: null, version: 2 };

  it('is closed when the API answers with the closed referral (first time or a retry)', () => {
    expect(
      closeAnswerOf({
        result: { __typename: 'Referral', state: 'closed', outcome: 'resolved' },
        current: null,
      }),
    ).toEqual({ status: 'closed', outcome: 'resolved' });
  });

  it('tells a referral closed meanwhile from one that moved on', () => {
    const refusedClosed = {
      __typename: 'ValidationFailed',
      message: 'No',
      issues: [{ message: 'A referral that is closed cannot become closed.' }],
    };
    expect(
      closeAnswerOf({
        result: refusedClosed,
        current: { state: 'closed', outcome: 'declined', closedOn: '2026-03-09', version: 3 },
      }),
    ).toEqual({ status: 'alreadyClosed', outcome: 'declined', closedOn: '2026-03-09' });
    expect(
      closeAnswerOf({
        result: { __typename: 'ReferralChanged', message: 'Someone changed it' },
        current: { ...open, state: 'attended', version: 3 },
      }),
    ).toEqual({ status: 'changed', state: 'attended', version: 3 });
  });

  it('passes any other refusal on with the server’s words', () => {
    expect(
      closeAnswerOf({
        result: { __typename: 'ValidationFailed', message: 'Revise', issues: [{ message: 'A' }] },
        current: open,
      }),
    ).toEqual({ status: 'refused', message: 'A' });
    expect(
      closeAnswerOf({ result: { __typename: 'NotFound', message: 'Not found.' }, current: null }),
    ).toEqual({ status: 'refused', message: 'Not found.' });
  });
});
