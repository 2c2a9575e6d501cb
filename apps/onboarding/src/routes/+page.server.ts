import { requireUser } from '@ventanilla/ui/server';
import { loadMyTraining } from '#lib/server/training.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const progress = await loadMyTraining(event);
  return {
    role: user.role,
    hubNames: user.hubs.map((hub) => hub.name),
    progress: { completed: progress.completed, total: progress.total },
  };
};
