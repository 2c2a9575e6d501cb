import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { answersOf } from '@ventanilla/domain/training/answers';
import { findItem, findScenario, walkScenario } from '@ventanilla/domain/training/index';
import { graphql } from '@ventanilla/ui/graphql';
import {
  finishScenario,
  ItemResultFields,
  loadMyTraining,
  locateAfterAction,
  pickTrackFor,
  runMutation,
} from '#lib/server/training.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * A training step is text, links and plain forms (each posts to an action below, and the
 * scenario moves by links): served as HTML without the app's JavaScript, as the training list
 * is, so a phone does not download and hydrate the whole curriculum to show one step (issue 17).
 */
export const csr = false;

const COMPLETE_ITEM = graphql(
  `
    mutation TrainingCompleteItem($i: String!) {
      trainingCompleteItem(itemId: $i) {
        ...ItemResultFields
      }
    }
  `,
  [ItemResultFields],
);

const SUBMIT_CHECK = graphql(`
  mutation TrainingSubmitCheck($i: String!, $a: [TrainingAnswerInput!]!) {
    trainingSubmitCheck(itemId: $i, answers: $a) {
      __typename
      ... on TrainingCheckGraded {
        passed
        correctCount
        total
        results {
          questionId
          correct
          correctOptions
          chosen
        }
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
    }
  }
`);

const REQUEST_SIGNOFF = graphql(
  `
    mutation TrainingRequestSignoff($i: String!) {
      trainingRequestSignoff(itemId: $i) {
        ...ItemResultFields
      }
    }
  `,
  [ItemResultFields],
);

const RECORD_CERTIFICATE = graphql(
  `
    mutation TrainingRecordCertificate($i: String!, $r: String!) {
      trainingRecordCertificate(itemId: $i, reference: $r) {
        ...ItemResultFields
      }
    }
  `,
  [ItemResultFields],
);

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const found = findItem({ id: event.params.item });
  if (!found) error(404, 'error.notFound');
  const track = pickTrackFor({
    asked: event.url.searchParams.get('track'),
    role: user.role,
    moduleId: found.module.id,
  });
  const progress = await loadMyTraining(event, track);
  const state = progress.items.find((i) => i.itemId === found.item.id) ?? null;
  let walk = null;
  let path: string[] = [];
  if (found.item.type === 'scenario') {
    const scenario = findScenario({ id: found.item.scenarioId })!;
    path = (event.url.searchParams.get('path') ?? '').split('.').filter(Boolean).slice(0, 50);
    const replay = walkScenario({ scenario, path });
    if (!replay.valid) path = [];
    walk = replay.valid ? replay : walkScenario({ scenario, path: [] });
  }
  // The directory item's evidence is a hub code: people read the hub's name (one of theirs).
  const directoryHub =
    state?.evidenceKind === 'directory' && state.evidence
      ? (user.hubs.find((h) => h.code === state.evidence)?.name ?? state.evidence)
      : null;
  return {
    itemId: found.item.id,
    track,
    state,
    directoryHub,
    path,
    walk: walk && {
      steps: walk.steps.map((s) => ({ nodeId: s.node.id, choiceId: s.choice.id })),
      currentId: walk.current.id,
      finished: walk.finished,
    },
  };
};

export const actions: Actions = {
  complete: async (event) => {
    const r = await runMutation(
      event,
      'trainingCompleteItem',
      COMPLETE_ITEM,
      { i: event.params.item },
      'TrainingItemProgress',
    );
    return r.ok ? { done: true } : r.failure;
  },
  submit: async (event) => {
    const found = findItem({ id: event.params.item });
    if (!found || found.item.type !== 'quiz') error(404, 'error.notFound');
    const form = await event.request.formData();
    const answers = found.item.check.questions.map((q) => ({
      questionId: q.id,
      optionIds: form.getAll(`q_${q.id}`).map(String),
    }));
    const r = await runMutation(
      event,
      'trainingSubmitCheck',
      SUBMIT_CHECK,
      { i: found.item.id, a: answers },
      'TrainingCheckGraded',
    );
    if (!r.ok) return r.failure;
    const { passed, correctCount, total, results } = r.result;
    // Each question's explanation comes with its result, from the server only.
    const key = answersOf({ itemId: found.item.id });
    return {
      graded: {
        passed,
        correctCount,
        total,
        results: results.map((result) => ({
          ...result,
          explanation: key[result.questionId]?.explanation ?? null,
        })),
      },
    };
  },
  finish: async (event) => {
    const r = await finishScenario({ event, itemId: event.params.item });
    if (!r.ok) return r.failure;
    redirect(303, locateAfterAction(event.url));
  },
  request: async (event) => {
    const r = await runMutation(
      event,
      'trainingRequestSignoff',
      REQUEST_SIGNOFF,
      { i: event.params.item },
      'TrainingItemProgress',
    );
    return r.ok ? { done: true } : r.failure;
  },
  certificate: async (event) => {
    const form = await event.request.formData();
    const r = await runMutation(
      event,
      'trainingRecordCertificate',
      RECORD_CERTIFICATE,
      { i: event.params.item, r: String(form.get('reference') ?? '') },
      'TrainingItemProgress',
    );
    return r.ok ? { done: true } : r.failure;
  },
};
