import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { findScenarioItem } from '@ventanilla/domain/training/index';
import { finishScenario } from '#lib/server/training.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  /** Finishing a scenario in the guide ticks the training item of the same scenario. */
  finish: async (event) => {
    requireUser(event);
    const item = findScenarioItem({ scenarioId: event.params.id });
    if (!item) error(404, 'error.notFound');
    const r = await finishScenario({ event, itemId: item.id });
    if (!r.ok) return r.failure;
    return { finishedItemId: item.id };
  },
};
