import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '@ventanilla/ui/graphql';
import { requireUser } from '@ventanilla/ui/server';
import { mutate } from '#lib/reports/api.server.ts';
import { loadMeetingAgenda } from '#lib/meeting/api.server.ts';
import { loadMeetingPage } from '#lib/meeting/page.server.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The agenda is links, text and plain forms, and its messages take the focus by `autofocus`:
 * served without JavaScript, so a phone shows it without downloading and hydrating the app
 * (issue 17, light pages). The hub pages keep theirs (their referral charts).
 */
export const csr = false;

/** The meeting's agenda: its hubs in order with their state, participants and notes. */
export const load: PageServerLoad = async (event) => {
  const { found, timeZone } = await loadMeetingPage(event, () =>
    loadMeetingAgenda(event.locals.api, event.params.id),
  );
  return { meeting: found, timeZone, done: event.url.searchParams.get('done') };
};

const MeetingResultFields = graphql(`
  fragment MeetingResultFields on MeetingResult {
    __typename
    ... on VerificationMeeting {
      id
    }
    ... on ValidationFailed {
      message
      issues {
        message
      }
    }
    ... on NotFound {
      message
    }
  }
`);

const UPDATE = graphql(
  `
    mutation Update($id: ID!, $a: String, $n: String) {
      meetingUpdate(id: $id, attendees: $a, notes: $n) {
        ...MeetingResultFields
      }
    }
  `,
  [MeetingResultFields],
);

const CLOSE = graphql(
  `
    mutation Close($id: ID!) {
      meetingClose(id: $id) {
        ...MeetingResultFields
      }
    }
  `,
  [MeetingResultFields],
);

export const actions: Actions = {
  update: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const attendees = String(form.get('attendees') ?? '');
    const notes = String(form.get('notes') ?? '');
    const result = await mutate(event.locals.api, 'meetingUpdate', UPDATE, {
      id: event.params.id,
      a: attendees,
      n: notes,
    });
    if (!result.ok) return fail(400, { message: result.message, attendees, notes });
    redirect(303, `/verify/${event.params.id}?done=saved`);
  },
  close: async (event) => {
    requireUser(event);
    const result = await mutate(event.locals.api, 'meetingClose', CLOSE, { id: event.params.id });
    if (!result.ok) return fail(400, { message: result.message });
    redirect(303, `/verify/${event.params.id}?done=closed`);
  },
};
