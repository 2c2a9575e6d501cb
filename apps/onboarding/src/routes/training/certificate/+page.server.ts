import { requireUser } from '@ventanilla/ui/server';
import { isTrackId } from '@ventanilla/domain/training/index';
import { loadMyTraining } from '#lib/server/training.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const asked = event.url.searchParams.get('track');
  return { progress: await loadMyTraining(event, asked && isTrackId(asked) ? asked : null) };
};
