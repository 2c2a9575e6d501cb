import { fail, type RequestEvent } from '@sveltejs/kit';
import { findTrack, isTrackId, trackForRole } from '@ventanilla/domain/training/index';
import {
  graphql,
  type ResultOf,
  type TadaDocumentNode,
  type VariablesArgument,
} from '@ventanilla/ui/graphql';
import type { Role } from '@ventanilla/ui';

/** What a page shows of one person's progress through a track. */
export const ProgressFields = graphql(`
  fragment ProgressFields on TrainingProgress {
    track
    startedAt
    total
    completed
    completedAt
    nextItemId
    overdue
    person {
      id
      name
      email
      hubCodes
      startedAt
    }
    modules {
      moduleId
      total
      completed
    }
    items {
      itemId
      moduleId
      type
      status
      completedAt
      dueAt
      overdue
      evidence
      evidenceKind
      signoffRequestedAt
      signedOffAt
      signedOffByName
      attemptsLeft
      attempts {
        score
        passed
        createdAt
      }
    }
  }
`);

export type Progress = ResultOf<typeof ProgressFields>;
export type ItemProgress = Progress['items'][number];
export type ItemStatus = ItemProgress['status'];

export const MY_TRAINING = graphql(
  `
    query MyTraining($track: String) {
      myTraining(track: $track) {
        ...ProgressFields
      }
    }
  `,
  [ProgressFields],
);

/** The caller's progress through a track (theirs by role when none is given). */
export async function loadMyTraining(
  event: RequestEvent,
  track?: string | null,
): Promise<Progress> {
  const data = await event.locals.api(MY_TRAINING, { track: track ?? null });
  return data.myTraining;
}

type Answer = { __typename: string };

/** Runs a training mutation; a typed failure becomes a form failure with its message. */
export async function runMutation<
  Field extends string,
  Result extends { [K in Field]: Answer },
  Variables,
  Ok extends Result[Field]['__typename'],
>(
  event: RequestEvent,
  field: Field,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  okType: Ok,
) {
  const data = await event.locals.api(document, ...([variables] as VariablesArgument<Variables>));
  const result = data[field];
  if (result.__typename !== okType) {
    // Every failure type answers a message; a validation failure also its issues.
    const failure = result as Answer & { message?: string; issues?: { message: string }[] };
    const message = failure.issues?.[0]?.message ?? failure.message ?? failure.__typename;
    return { ok: false as const, failure: fail(400, { error: message }) };
  }
  return { ok: true as const, result: result as Extract<Result[Field], { __typename: Ok }> };
}

/** The fields every training item mutation answers with. */
export const ItemResultFields = graphql(`
  fragment ItemResultFields on TrainingItemResult {
    __typename
    ... on TrainingItemProgress {
      status
    }
    ... on ValidationFailed {
      message
      issues {
        message
      }
    }
    ... on NotFound {
      message
    }
    ... on Forbidden {
      message
    }
  }
`);

const FINISH_SCENARIO = graphql(
  `
    mutation TrainingFinishScenario($i: String!, $p: [String!]!) {
      trainingFinishScenario(itemId: $i, path: $p) {
        ...ItemResultFields
      }
    }
  `,
  [ItemResultFields],
);

/** The path of choices a scenario form posts in its `path` field (`choice.choice…`). */
export function readScenarioPath(form: FormData): string[] {
  return String(form.get('path') ?? '')
    .split('.')
    .filter(Boolean)
    .slice(0, 50);
}

/**
 * Completes a scenario item for the signed-in person with the path of choices posted in the
 * form's `path` field; the API checks that the path reaches an ending. Answers the path too,
 * so the action can send the browser back to that ending.
 */
export async function finishScenario({ event, itemId }: { event: RequestEvent; itemId: string }) {
  const path = readScenarioPath(await event.request.formData());
  const outcome = await runMutation(
    event,
    'trainingFinishScenario',
    FINISH_SCENARIO,
    { i: itemId, p: path },
    'TrainingItemProgress',
  );
  return { ...outcome, path };
}

/**
 * The track whose progress shows an item: the asked one, else the user's own when it holds the
 * item's module, else the coordinator's or the resource centres' track that does.
 */
export function pickTrackFor({
  asked,
  role,
  moduleId,
}: {
  asked: string | null;
  role: Role;
  moduleId: string;
}): string {
  if (asked && isTrackId(asked)) return asked;
  const own = trackForRole({ role });
  if (own.moduleIds.includes(moduleId)) return own.id;
  // Modules outside the role's track belong to the coordinator's or the resource centres' track.
  return (
    ['coordinator', 'mrc_staff'].find((id) => findTrack({ id })?.moduleIds.includes(moduleId)) ??
    own.id
  );
}

/**
 * The address a form action sends the browser back to after it worked (303): the page's own,
 * without the `?/action` key, so a reload reads the page again instead of posting anew.
 */
export function locateAfterAction(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const key of [...params.keys()]) if (key.startsWith('/')) params.delete(key);
  const query = params.toString();
  return url.pathname + (query ? `?${query}` : '');
}
