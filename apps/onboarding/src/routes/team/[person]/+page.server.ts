import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { nameHubs } from '#lib/hub-names.ts';
import { graphql } from '@ventanilla/ui/graphql';
import { ProgressFields, runMutation } from '#lib/server/training.ts';
import type { Actions, PageServerLoad } from './$types';

const RESET_ATTEMPTS = graphql(`
  mutation TrainingResetAttempts($u: ID!, $i: String!) {
    trainingResetAttempts(userId: $u, itemId: $i) {
      __typename
      ... on TrainingItemProgress {
        itemId
      }
      ... on Forbidden {
        message
      }
      ... on NotFound {
        message
      }
      ... on ValidationFailed {
        message
      }
    }
  }
`);

const TEAM_PROGRESS = graphql(
  `
    query TeamProgress {
      teamTraining {
        ...ProgressFields
      }
    }
  `,
  [ProgressFields],
);

/** One team member's progress, as the team page's coordinator (or an admin) may read it. */
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'coordinator' && user.role !== 'admin') error(403, 'error.forbidden');
  // The API scopes the team to the caller's hubs; someone outside it is simply not found.
  const data = await event.locals.api(TEAM_PROGRESS);
  const progress = data.teamTraining.find((p) => p.person.id === event.params.person);
  if (!progress) error(404, 'error.notFound');
  return {
    progress,
    hubNames: nameHubs({ hubs: user.hubs, codes: progress.person.hubCodes }),
  };
};

export const actions: Actions = {
  /** A knowledge check with no attempts left gets its three again (the step tells them to ask). */
  reset: async (event) => {
    const itemId = String((await event.request.formData()).get('itemId') ?? '');
    const r = await runMutation(
      event,
      'trainingResetAttempts',
      RESET_ATTEMPTS,
      { u: event.params.person, i: itemId },
      'TrainingItemProgress',
    );
    if (!r.ok) return r.failure;
    return { reset: itemId };
  },
};
