import { suggestReferrals, type CaseReferralAnswers } from './suggest.ts';

/** What the saved-case message needs of a referral to know whether it is complete. */
export type ReferralProgress = {
  action: string | null;
  institution: string;
  state: string;
  consentToRefer: boolean;
  consentToShare: boolean;
  sentOn: string | null;
};

/**
 * Whether a case's referrals still need something on its section-5 page: an A.11 referral
 * with no record yet, or an open referral without both consents or without its date sent.
 * A closed referral is finished, whatever it lacks (the person may decline before sending).
 */
export function hasReferralsToComplete({
  answers,
  referrals,
}: {
  answers: CaseReferralAnswers;
  referrals: readonly ReferralProgress[];
}): boolean {
  if (suggestReferrals({ answers, existing: referrals, directory: [] }).length > 0) return true;
  return referrals.some(
    (r) => r.state !== 'closed' && (!r.consentToRefer || !r.consentToShare || !r.sentOn),
  );
}
