import { fail, type RequestEvent } from '@sveltejs/kit';

export type ItemStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'SIGNOFF_REQUESTED' | 'COMPLETED';

export type ItemProgress = {
  itemId: string;
  moduleId: string;
  type: string;
  status: ItemStatus;
  completedAt: string | null;
  dueAt: string;
  overdue: boolean;
  evidence: string | null;
  evidenceKind: string | null;
  signoffRequestedAt: string | null;
  signedOffAt: string | null;
  signedOffByName: string | null;
  attemptsLeft: number | null;
  attempts: { score: number; passed: boolean; createdAt: string }[];
};

export type Progress = {
  track: string;
  total: number;
  completed: number;
  completedAt: string | null;
  nextItemId: string | null;
  overdue: string[];
  person: { id: string; name: string; email: string; hubCodes: string[]; startedAt: string };
  modules: { moduleId: string; total: number; completed: number }[];
  items: ItemProgress[];
};

const ITEM = `itemId moduleId type status completedAt dueAt overdue evidence evidenceKind
  signoffRequestedAt signedOffAt signedOffByName attemptsLeft attempts { score passed createdAt }`;

export const PROGRESS_FIELDS = `track total completed completedAt nextItemId overdue
  person { id name email hubCodes startedAt } modules { moduleId total completed } items { ${ITEM} }`;

export const MY_TRAINING = `query($track: String) { myTraining(track: $track) { ${PROGRESS_FIELDS} } }`;

/** The caller's progress through a track (theirs by role when none is given). */
export async function loadMyTraining(
  event: RequestEvent,
  track?: string | null,
): Promise<Progress> {
  const data = await event.locals.api<{ myTraining: Progress }>(MY_TRAINING, {
    track: track ?? null,
  });
  return data.myTraining;
}

type Failure = { __typename: string; message?: string; issues?: { message: string }[] };

/** Runs a training mutation; a typed failure becomes a form failure with its message. */
export async function runMutation<T extends Failure>(
  event: RequestEvent,
  field: string,
  query: string,
  variables: Record<string, unknown>,
  okType: string,
) {
  const data = await event.locals.api<Record<string, T>>(query, variables);
  const result = data[field]!;
  if (result.__typename !== okType) {
    const message = result.issues?.[0]?.message ?? result.message ?? result.__typename;
    return { ok: false as const, failure: fail(400, { error: message }) };
  }
  return { ok: true as const, result };
}

/** The fields every training item mutation answers with. */
export const ITEM_RESULT = `__typename ... on TrainingItemProgress { status }
  ... on ValidationFailed { message issues { message } } ... on NotFound { message } ... on Forbidden { message }`;

/**
 * Completes a scenario item for the signed-in person with the path of choices posted in the
 * form's `path` field (`choice.choice…`); the API checks that the path reaches an ending.
 */
export async function finishScenario({ event, itemId }: { event: RequestEvent; itemId: string }) {
  const form = await event.request.formData();
  const path = String(form.get('path') ?? '')
    .split('.')
    .filter(Boolean);
  return runMutation(
    event,
    'trainingFinishScenario',
    `mutation($i: String!, $p: [String!]!) { trainingFinishScenario(itemId: $i, path: $p) { ${ITEM_RESULT} } }`,
    { i: itemId, p: path },
    'TrainingItemProgress',
  );
}
