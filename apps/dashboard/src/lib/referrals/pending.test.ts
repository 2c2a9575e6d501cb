import { describe, expect, it } from 'vitest';
import { hasReferralsToComplete, type ReferralProgress } from './pending.ts';

const answers = {
  a11_action_1: 'referred_trafficking_authority',
  a11_referral_org_1: 'Fiscalía contra la Trata',
};
const sent: ReferralProgress = {
  action: 'referred_trafficking_authority',
  institution: 'Fiscalía contra la Trata',
  state: 'sent',
  consentToRefer: true,
  consentToShare: true,
  sentOn: '2026-01-05',
};

describe('hasReferralsToComplete', () => {
  it('asks for an A.11 referral that has no record yet', () => {
    expect(hasReferralsToComplete({ answers, referrals: [] })).toBe(true);
  });

  it('asks nothing once every referral carries both consents and its date sent', () => {
    expect(hasReferralsToComplete({ answers, referrals: [sent] })).toBe(false);
    expect(hasReferralsToComplete({ answers, referrals: [{ ...sent, state: 'attended' }] })).toBe(
      false,
    );
  });

  it('asks for a missing consent or date of an open referral', () => {
    for (const missing of [
      { consentToRefer: false },
      { consentToShare: false },
      { state: 'planned', sentOn: null },
    ])
      expect(hasReferralsToComplete({ answers, referrals: [{ ...sent, ...missing }] })).toBe(true);
  });

  it('asks nothing of a closed referral, even one closed before it was sent', () => {
    const declined = { ...sent, state: 'closed', consentToShare: false, sentOn: null };
    expect(hasReferralsToComplete({ answers, referrals: [declined] })).toBe(false);
  });
});
