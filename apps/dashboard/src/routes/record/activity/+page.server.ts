import { error, redirect } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { createInitialValues, valuesFromRecord, type FormValues } from '#lib/record/form-values.ts';
import { loadRecord, deviceKeyOf, loadLastOfficerId, submitRecord } from '#lib/server/records.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const hubs = user.hubs.map((h) => ({
    code: h.code,
    name: h.name,
    country: h.country,
    type: h.type,
  }));
  const id = event.url.searchParams.get('id');
  let values: FormValues;
  if (id) {
    try {
      const record = await loadRecord({ api: event.locals.api, kind: 'activity', id });
      if (!record) error(404, 'error.notFound');
      values = valuesFromRecord(record, 'activity');
    } catch (cause) {
      if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
      throw cause;
    }
  } else {
    values = createInitialValues({
      kind: 'activity',
      hubs,
      officerId: await loadLastOfficerId({ api: event.locals.api }),
    });
    const hub = hubs.length === 1 ? hubs[0] : undefined;
    if (hub) values.b1_country = hub.country;
  }
  return { id, hubs, values, userKey: deviceKeyOf(user) };
};

export const actions: Actions = {
  default: async (event) => {
    requireUser(event);
    const result = await submitRecord(event, 'activity', event.locals.lang);
    if (!('ok' in result)) return result;
    redirect(
      303,
      `/activities?saved=${encodeURIComponent(result.id)}&warnings=${result.warnings.length}`,
    );
  },
};
