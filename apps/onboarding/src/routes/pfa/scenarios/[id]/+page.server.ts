import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import {
  findItem,
  findScenario,
  findScenarioItem,
  walkScenario,
} from '@ventanilla/domain/training/index';
import { finishScenario, loadMyTraining, pickTrackFor } from '#lib/server/training.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * At a scenario's ending, whether its training item is already done for the signed-in person:
 * the page then says so instead of offering the "done" button (also after the 303 below).
 */
export const load: PageServerLoad = async (event) => {
  const scenario = findScenario({ id: event.params.id });
  const item = findScenarioItem({ scenarioId: event.params.id });
  const user = event.locals.user;
  if (!scenario || !item || !user) return { ticked: false };
  const path = (event.url.searchParams.get('path') ?? '').split('.').filter(Boolean).slice(0, 50);
  if (!walkScenario({ scenario, path }).finished) return { ticked: false };
  const moduleId = findItem({ id: item.id })!.module.id;
  const progress = await loadMyTraining(
    event,
    pickTrackFor({ asked: null, role: user.role, moduleId }),
  );
  const state = progress.items.find((i) => i.itemId === item.id);
  return { ticked: state?.status === 'COMPLETED' };
};

export const actions: Actions = {
  /**
   * Finishing a scenario in the guide ticks the training item of the same scenario, then sends
   * the browser back to the ending it played (303): a reload shows it without posting again.
   */
  finish: async (event) => {
    requireUser(event);
    const item = findScenarioItem({ scenarioId: event.params.id });
    if (!item) error(404, 'error.notFound');
    const r = await finishScenario({ event, itemId: item.id });
    // A refusal re-renders the page at ?/finish: the path comes back so the ending stays shown.
    if (!r.ok) return fail(400, { error: r.failure.data.error, path: r.path });
    const query = new URLSearchParams({ path: r.path.join('.') });
    redirect(303, `${event.url.pathname}?${query}`);
  },
};
