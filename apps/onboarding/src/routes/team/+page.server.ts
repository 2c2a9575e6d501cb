import { error, fail } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { nameHubs } from '#lib/hub-names.ts';
import { PROGRESS_FIELDS, runMutation, type Progress } from '#lib/server/training.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'coordinator' && user.role !== 'admin') error(403, 'error.forbidden');
  const data = await event.locals.api<{
    teamTraining: Progress[];
    trainingSignoffQueue: {
      itemId: string;
      requestedAt: string;
      person: { id: string; name: string };
    }[];
  }>(
    `{ teamTraining { ${PROGRESS_FIELDS} } trainingSignoffQueue { itemId requestedAt person { id name } } }`,
  );
  // People with overdue steps first (most overdue first), then by name as the API lists them.
  const team = data.teamTraining
    .map((progress) => ({
      ...progress,
      hubNames: nameHubs({ hubs: user.hubs, codes: progress.person.hubCodes }),
    }))
    .sort((a, b) => b.overdue.length - a.overdue.length);
  return { team, queue: data.trainingSignoffQueue };
};

export const actions: Actions = {
  signoff: async (event) => {
    const form = await event.request.formData();
    const userId = String(form.get('userId') ?? '');
    const itemId = String(form.get('itemId') ?? '');
    if (!userId || !itemId) return fail(400, { error: 'missing' });
    const r = await runMutation(
      event,
      'trainingSignOff',
      `mutation($u: ID!, $i: String!) { trainingSignOff(userId: $u, itemId: $i) { __typename
        ... on TrainingItemProgress { status } ... on NotFound { message } ... on Forbidden { message } } }`,
      { u: userId, i: itemId },
      'TrainingItemProgress',
    );
    return r.ok ? { signed: true } : r.failure;
  },
};
