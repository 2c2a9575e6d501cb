import type { Localized } from '../i18n.ts';
import { followUpPractice } from './content.generated.ts';

/**
 * Practice for the follow-up after a referral, the part of the attention route that goes on
 * after the person leaves the hub: following the referral (or the migration file) until it ends
 * (000:L800-L813), with the person's consent before referring and sharing data and an outcome at
 * closing (004: case management and referrals, L3470-L3489, L5014-L5042). The texts live in
 * packages/content/attention/follow-up.yaml (docs/content.md).
 */

/** One choice of a follow-up question: whether it is right, and what to tell whoever picks it. */
export type FollowUpOption = { id: string; right: boolean; text: Localized; feedback: Localized };

/** `one`: a single choice (exactly one option is right); `all`: tick every right option. */
export type FollowUpQuestion = {
  id: string;
  kind: 'one' | 'all';
  prompt: Localized;
  options: FollowUpOption[];
  basis: string;
};

/** The follow-up of one practice case of the trainer: what was referred, then the questions. */
export type FollowUpPractice = {
  /** The practice case it continues (apps/onboarding's attention trainer). */
  caseId: string;
  /** What was referred, to whom and when: where the follow-up starts. */
  referral: Localized;
  questions: FollowUpQuestion[];
  basis: string;
};

export const followUpPractices: readonly FollowUpPractice[] = followUpPractice;

/** The follow-up practice of a case, if it has one. */
export function findFollowUpPractice({ caseId }: { caseId: string }): FollowUpPractice | undefined {
  return followUpPractices.find((f) => f.caseId === caseId);
}
