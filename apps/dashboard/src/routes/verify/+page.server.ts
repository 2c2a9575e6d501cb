import { error, fail, redirect } from '@sveltejs/kit';
import { graphql } from '@ventanilla/ui/graphql';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { listRecentMonths, loadMeetings, mutate } from '#lib/reports/api.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { Actions, PageServerLoad } from './$types';

const OPEN = graphql(`
  mutation Open($month: String!, $attendees: String) {
    meetingOpen(month: $month, attendees: $attendees) {
      __typename
      ... on VerificationMeeting {
        id
      }
      ... on ValidationFailed {
        message
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'reviewer') error(403, 'forbidden');
  try {
    const months = listRecentMonths(new Date(), 12);
    return {
      meetings: await loadMeetings(event.locals.api),
      months,
      defaultMonth: months[1],
      timeZone: readTimeZone(),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  open: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const month = String(form.get('month') ?? '');
    const attendees = String(form.get('attendees') ?? '').trim() || null;
    const result = await mutate(event.locals.api, 'meetingOpen', OPEN, { month, attendees });
    if (!result.ok) return fail(400, { message: result.message });
    redirect(303, `/verify/${result.id}`);
  },
};
