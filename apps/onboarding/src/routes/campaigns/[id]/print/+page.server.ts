import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { fetchCampaign } from '#lib/campaigns/api.server.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const found = await fetchCampaign(event.locals.api, event.params.id);
  if (!found) error(404, 'error.notFound');
  return found;
};
