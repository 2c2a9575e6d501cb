import { fail, type RequestEvent } from '@sveltejs/kit';
import { checkInChannelLabels } from '@ventanilla/domain/mca/index';
import { requireUser } from '@ventanilla/ui/server';
import { readTimeZone } from '#lib/server/time-zone.ts';
import { refusalText, todayIn } from '#lib/referrals/api.server.ts';
import { recordCheckIn } from './api.server.ts';
import { isChannel } from './form.ts';
import { mcaT } from './translate.ts';

/**
 * Form action: a check-in with one MCA. The channel is the button pressed (in person, phone,
 * message), so a check-in made today is one click; a date and a note are optional.
 */
export async function checkInAction(event: RequestEvent) {
  requireUser(event);
  const form = await event.request.formData();
  const id = String(form.get('id') ?? '');
  const channel = String(form.get('channel') ?? '');
  const lang = event.locals.lang;
  const today = todayIn(readTimeZone());
  if (!isChannel(channel))
    return fail(400, {
      checkIn: {
        id,
        message: lang === 'en' ? 'Choose how you were in touch.' : 'Elija cómo fue el contacto.',
      },
    });
  const result = await recordCheckIn(event.locals.api, {
    id,
    on: String(form.get('on') ?? '').trim() || today,
    channel,
    note: String(form.get('note') ?? '').trim() || null,
    today,
  });
  if (result.__typename === 'Mca')
    return {
      checkedIn: {
        id,
        message: mcaT(lang)('mca.checkedIn', { name: result.name }),
        channel: checkInChannelLabels[channel][lang],
      },
    };
  return fail(result.__typename === 'ValidationFailed' ? 400 : 409, {
    checkIn: { id, message: refusalText(result) },
  });
}
