import { error } from '@sveltejs/kit';
import { findFollowUpPractice, suggestReferrals } from '@ventanilla/domain/attention/index';
import { requireUser } from '@ventanilla/ui/server';
import { findPracticeCase } from '#lib/attention/cases.ts';
import { fetchOwnDirectory, type TrainerEntry } from '#lib/attention/directory.server.ts';
import { gradeFollowUp, readFollowUpAnswers } from '#lib/attention/follow-up.ts';
import { gradePractice, readAnswers } from '#lib/attention/practice.ts';
import type { PageServerLoad } from './$types';

/**
 * A practice case, graded from the query string of its GET forms. Nothing is stored: the
 * answers live only in the URL, and the directory is the signed-in user's own hubs'.
 */
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const practiceCase = findPracticeCase({ id: event.params.id });
  if (!practiceCase) error(404, 'error.notFound');
  const result = gradePractice({ practiceCase, answers: readAnswers(event.url.searchParams) });

  let directory: TrainerEntry[] | null = [];
  const needsDirectory =
    result.facts !== null || (result.modelRoute === 'two_step' && result.answers.stage >= 1);
  if (needsDirectory)
    directory = await fetchOwnDirectory(
      event.locals.api,
      user.hubs.map((h) => h.code),
    );
  // Entries for every condition the trainee's answers or the model answers point to.
  const suggestions: { code: string; entries: TrainerEntry[] }[] = [];
  if (result.facts && directory)
    for (const facts of [result.facts, result.modelFacts])
      for (const s of suggestReferrals({ facts, directory }))
        if (!suggestions.some((x) => x.code === s.condition.code))
          suggestions.push({ code: s.condition.code, entries: s.entries });
  const channel =
    result.modelRoute === 'two_step' && directory
      ? (practiceCase.channelSectors ?? []).map((sector) => ({
          sector,
          entries: directory.filter((e) => e.sector === sector),
        }))
      : [];
  // The follow-up comes once the referrals show (4-step cases that have one), graded at stage 4.
  const followUp = findFollowUpPractice({ caseId: practiceCase.id });
  const followUpAnswers = readFollowUpAnswers(event.url.searchParams);
  const followUpFeedback =
    followUp && result.referral && result.answers.stage >= 4
      ? gradeFollowUp({ practice: followUp, answers: followUpAnswers })
      : null;
  return {
    caseId: practiceCase.id,
    hasFollowUp:
      followUp !== undefined && result.referral !== null && result.modelRoute === 'four_step',
    followUpAnswers,
    followUpFeedback,
    result,
    suggestions,
    channel,
    directoryFailed: directory === null,
    hubNames: user.hubs.map((h) => h.name),
  };
};
