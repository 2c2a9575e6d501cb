import { error } from '@sveltejs/kit';
import { suggestReferrals } from '@ventanilla/domain/attention/index';
import { requireUser } from '@ventanilla/ui/server';
import { findPracticeCase } from '#lib/attention/cases.ts';
import { fetchOwnDirectory, type TrainerEntry } from '#lib/attention/directory.server.ts';
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
  return {
    caseId: practiceCase.id,
    result,
    suggestions,
    channel,
    directoryFailed: directory === null,
    hubNames: user.hubs.map((h) => h.name),
  };
};
