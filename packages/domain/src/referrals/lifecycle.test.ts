import { describe, expect, it } from 'vitest';
import {
  followUpDue,
  isFollowUpDue,
  nextOpenStates,
  transitionIssues,
  type Transition,
} from './lifecycle.ts';

const consented = { consentToRefer: true, consentToShare: true, outcome: null } as const;
const fieldsOf = (change: Transition) => transitionIssues(change).map((i) => i.field);

describe('referral lifecycle', () => {
  it('moves forward, may skip steps, and closes from any open state', () => {
    expect(fieldsOf({ ...consented, from: 'planned', to: 'sent' })).toEqual([]);
    expect(fieldsOf({ ...consented, from: 'sent', to: 'attended' })).toEqual([]);
    expect(
      fieldsOf({
        from: 'planned',
        to: 'closed',
        consentToRefer: false,
        consentToShare: false,
        outcome: 'declined',
      }),
    ).toEqual([]);
  });

  it('offers the open steps ahead, which transitionIssues allows, and none once closed', () => {
    expect(nextOpenStates('planned')).toEqual(['sent', 'received', 'attended']);
    expect(nextOpenStates('sent')).toEqual(['received', 'attended']);
    expect(nextOpenStates('attended')).toEqual([]);
    expect(nextOpenStates('closed')).toEqual([]);
    for (const to of nextOpenStates('sent'))
      expect(fieldsOf({ ...consented, from: 'sent', to })).toEqual([]);
  });

  it('refuses going back and reopening a closed referral', () => {
    expect(fieldsOf({ ...consented, from: 'received', to: 'sent' })).toEqual(['state']);
    expect(fieldsOf({ ...consented, from: 'closed', to: 'attended' })).toEqual(['state']);
    expect(fieldsOf({ ...consented, from: 'sent', to: 'sent' })).toEqual(['state']);
  });

  it('asks for both consents before sending, and for an outcome to close', () => {
    const issues = transitionIssues({
      from: 'planned',
      to: 'sent',
      consentToRefer: false,
      consentToShare: true,
      outcome: null,
    });
    expect(issues.map((i) => i.field)).toEqual(['consentToRefer']);
    expect(issues[0]!.text.es).toMatch(/aceptó ser referida/);
    expect(
      fieldsOf({ ...consented, from: 'planned', to: 'received', consentToShare: false }),
    ).toEqual(['consentToShare']);
    expect(fieldsOf({ ...consented, from: 'attended', to: 'closed' })).toEqual(['outcome']);
  });

  it('is due for follow-up 8 days after it is sent unless set otherwise, until closed', () => {
    expect(followUpDue({ sentOn: '2026-12-28' })).toBe('2027-01-05');
    expect(followUpDue({ sentOn: '2026-12-28', set: '2026-12-30' })).toBe('2026-12-30');
    expect(isFollowUpDue({ state: 'sent', due: '2027-01-05', today: '2027-01-04' })).toBe(false);
    expect(isFollowUpDue({ state: 'sent', due: '2027-01-05', today: '2027-01-05' })).toBe(true);
    expect(isFollowUpDue({ state: 'closed', due: '2027-01-05', today: '2027-02-01' })).toBe(false);
    expect(isFollowUpDue({ state: 'planned', due: null, today: '2027-02-01' })).toBe(false);
  });
});
