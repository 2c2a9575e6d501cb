import { requireUser } from '@ventanilla/ui/server';
import { isTrackId } from '@ventanilla/domain/training/index';
import { loadMyTraining } from '#lib/server/training.ts';
import type { PageServerLoad } from './$types';

/**
 * The training list is links and text, nothing to interact with: served as HTML without the
 * app's JavaScript, so a phone shows it at once instead of hydrating every step of the track
 * (links and the language switch work as plain HTML; any other page registers the service worker).
 */
export const csr = false;

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const asked = event.url.searchParams.get('track');
  const progress = await loadMyTraining(event, asked && isTrackId(asked) ? asked : null);
  return { progress };
};
