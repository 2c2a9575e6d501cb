import { error, fail } from '@sveltejs/kit';
import { can } from '@ventanilla/domain/auth/permissions';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { checkInAction } from '#lib/mca/actions.server.ts';
import { editMca, loadMca, recordAction, recordLetter } from '#lib/mca/api.server.ts';
import { readActionForm, readMcaForm } from '#lib/mca/form.ts';
import { mcaT } from '#lib/mca/translate.ts';
import { refusalText, todayIn } from '#lib/referrals/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const today = todayIn(readTimeZone());
  try {
    const mca = await loadMca(event.locals.api, event.params.id, today);
    if (!mca) error(404, 'error.notFound');
    return {
      today,
      mca,
      hubName: user.hubs.find((h) => h.code === mca.hub)?.name ?? mca.hub,
      canWrite: can({ role: user.role, action: 'mca.write' }),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

const status = (typename: string) => (typename === 'ValidationFailed' ? 400 : 409);

export const actions: Actions = {
  checkIn: checkInAction,
  /** Saves the roster row with the version the page read. */
  edit: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const { input, values } = readMcaForm(form);
    const result = await editMca(event.locals.api, {
      id: event.params.id,
      version: Number(form.get('version')),
      input,
      today: todayIn(readTimeZone()),
    });
    if (result.__typename !== 'Mca')
      return fail(status(result.__typename), { edit: { values, message: refusalText(result) } });
    return { saved: mcaT(event.locals.lang)('mca.saved', { name: result.name }) };
  },
  /** A letter of commitment, or its renewal (a new letter). */
  letter: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const result = await recordLetter(event.locals.api, {
      id: event.params.id,
      signedOn: String(form.get('signedOn') ?? ''),
      until: String(form.get('until') ?? '') || null,
      today: todayIn(readTimeZone()),
    });
    if (result.__typename !== 'Mca')
      return fail(status(result.__typename), { letter: { message: refusalText(result) } });
    return { saved: mcaT(event.locals.lang)('mca.letterRecorded') };
  },
  /** One of the MCA's actions, as Annex 5's chart lists it. */
  action: async (event) => {
    requireUser(event);
    const tr = mcaT(event.locals.lang);
    const input = readActionForm(await event.request.formData());
    if (!input) return fail(400, { action: { message: tr('mca.type') } });
    const result = await recordAction(event.locals.api, {
      id: event.params.id,
      input,
      today: todayIn(readTimeZone()),
    });
    if (result.__typename !== 'Mca')
      return fail(status(result.__typename), { action: { message: refusalText(result) } });
    return { saved: tr('mca.actionRecorded') };
  },
};
