import { error } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { fetchCampaign } from '#lib/campaigns/api.server.ts';
import { nameHubs } from '#lib/hub-names.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const found = await fetchCampaign(event.locals.api, event.params.id);
  if (!found) error(404, 'error.notFound');
  const [hubName] = nameHubs({ hubs: user.hubs, codes: [found.campaign.hub] });
  return { ...found, hubName: hubName! };
};
