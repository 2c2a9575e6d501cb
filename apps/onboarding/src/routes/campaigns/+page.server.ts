import { error, fail, redirect } from '@sveltejs/kit';
import { canEditCampaigns, canReadCampaigns } from '@ventanilla/domain/strategy/index';
import { requireUser } from '@ventanilla/ui/server';
import { createCampaign, fetchCampaigns } from '#lib/campaigns/api.server.ts';
import { nameHubs } from '#lib/hub-names.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const userHubs = user.hubs.map((h) => h.code);
  if (!canReadCampaigns({ role: user.role, userHubs })) error(403, 'error.forbidden');
  const campaigns = await fetchCampaigns(event.locals.api);
  const editableHubs = user.role === 'admin' ? [] : user.hubs;
  return {
    campaigns: campaigns.map(({ document: _d, ...c }) => ({
      ...c,
      hubName: nameHubs({ hubs: user.hubs, codes: [c.hub] })[0]!,
    })),
    hubs: editableHubs.filter((h) => canEditCampaigns({ role: user.role, hub: h.code, userHubs })),
    canCreate: canEditCampaigns({ role: user.role, userHubs }),
    isAdmin: user.role === 'admin',
  };
};

export const actions: Actions = {
  create: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const hub = String(form.get('hub') ?? '');
    const title = String(form.get('title') ?? '');
    const result = await createCampaign(event.locals.api, hub, title);
    if (result.__typename === 'CampaignSaved') redirect(303, `/campaigns/${result.campaign.id}`);
    return fail(400, {
      hub,
      title,
      error:
        result.__typename === 'ValidationFailed'
          ? result.issues.map((i) => i.message).join(' ')
          : 'message' in result
            ? result.message
            : '',
    });
  },
};
