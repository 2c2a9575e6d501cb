import { loadRecordForm, saveRecordForm } from '#lib/server/record-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const page = await loadRecordForm(event, 'activity');
  // B.1 starts in the country of the user's only hub.
  const only = page.hubs.length === 1 ? page.hubs[0] : undefined;
  if (!page.id && only) page.values.b1_country = only.country;
  return page;
};

export const actions: Actions = {
  default: (event) => saveRecordForm(event, 'activity'),
};
