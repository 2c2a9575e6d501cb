import { error, fail } from '@sveltejs/kit';
import { can } from '@ventanilla/domain/auth/permissions';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { checkInAction } from '#lib/mca/actions.server.ts';
import { addMca, loadRoster, recordLetter } from '#lib/mca/api.server.ts';
import { readMcaForm } from '#lib/mca/form.ts';
import { mcaT } from '#lib/mca/translate.ts';
import { refusalText, todayIn } from '#lib/referrals/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const today = todayIn(readTimeZone());
  try {
    const roster = await loadRoster(event.locals.api, today);
    return {
      today,
      roster,
      hubs: user.hubs.map((h) => ({ code: h.code, name: h.name })),
      canWrite: can({ role: user.role, action: 'mca.write' }),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  checkIn: checkInAction,
  /** Adds an MCA to the roster, with the first commitment letter when its date is given. */
  add: async (event) => {
    requireUser(event);
    const tr = mcaT(event.locals.lang);
    const today = todayIn(readTimeZone());
    const form = await event.request.formData();
    const { input, values, letter } = readMcaForm(form);
    const added = await addMca(event.locals.api, {
      input: { ...input, hub: String(form.get('hub') ?? '') },
      today,
    });
    if (added.__typename !== 'Mca')
      return fail(added.__typename === 'ValidationFailed' ? 400 : 403, {
        add: { values, message: refusalText(added) },
      });
    if (letter.signedOn) {
      const recorded = await recordLetter(event.locals.api, { id: added.id, ...letter, today });
      // The MCA is on the roster; the letter can be recorded again from their page.
      if (recorded.__typename !== 'Mca')
        return fail(400, {
          add: {
            values: null,
            message: `${tr('mca.added', { name: added.name })} ${refusalText(recorded)}`,
          },
        });
    }
    return { added: tr('mca.added', { name: added.name }) };
  },
};
