import { error, fail } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { nameHubs } from '#lib/hub-names.ts';
import { graphql } from '@ventanilla/ui/graphql';
import { ProgressFields, runMutation } from '#lib/server/training.ts';
import type { Actions, PageServerLoad } from './$types';

const TEAM = graphql(
  `
    query Team {
      teamTraining {
        ...ProgressFields
      }
      trainingSignoffQueue {
        itemId
        requestedAt
        person {
          id
          name
        }
      }
    }
  `,
  [ProgressFields],
);

const SIGN_OFF = graphql(`
  mutation TrainingSignOff($u: ID!, $i: String!) {
    trainingSignOff(userId: $u, itemId: $i) {
      __typename
      ... on TrainingItemProgress {
        status
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'coordinator' && user.role !== 'admin') error(403, 'error.forbidden');
  const data = await event.locals.api(TEAM);
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
      SIGN_OFF,
      { u: userId, i: itemId },
      'TrainingItemProgress',
    );
    return r.ok ? { signed: true } : r.failure;
  },
};
