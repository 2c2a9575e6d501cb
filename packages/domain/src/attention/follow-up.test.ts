import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_DAYS, referralOutcomeLabels } from '../referrals/lifecycle.ts';
import { findFollowUpPractice, followUpPractices } from './follow-up.ts';

describe('follow-up practice', () => {
  const questions = followUpPractices.flatMap((f) => f.questions);
  const options = questions.flatMap((q) => q.options);

  it('gives every choice its feedback in both languages, one right answer to single choices', () => {
    for (const option of options)
      for (const text of [option.text, option.feedback])
        expect(text.es.length * text.en.length, option.id).toBeGreaterThan(0);
    for (const q of questions) {
      const right = q.options.filter((o) => o.right).length;
      if (q.kind === 'one') expect(right, q.id).toBe(1);
      else expect(right, q.id).toBeGreaterThan(0);
    }
  });

  it('teaches the default follow-up date the referrals use', () => {
    const when = findFollowUpPractice({ caseId: 'teen_alone' })!.questions.find(
      (q) => q.id === 'when',
    )!;
    const right = when.options.find((o) => o.right)!;
    expect(right.text.es).toContain(`${FOLLOW_UP_DAYS} días`);
    expect(right.text.en).toMatch(/eight days/i);
  });

  it('names every referral outcome as a choice at closing, as the dashboard labels it', () => {
    const outcome = questions.find((q) => q.id === 'outcome')!;
    for (const label of Object.values(referralOutcomeLabels))
      expect(outcome.options.map((o) => o.text)).toContainEqual(label);
  });

  it('asks for consent to refer and to share data before sending', () => {
    const consent = questions.find((q) => q.id === 'consent')!;
    const right = consent.options.find((o) => o.right)!;
    expect(right.text.en).toMatch(/agrees to be referred and to have his data shared/);
    expect(right.feedback.en).toMatch(/declined/);
  });
});
