import { error, fail, redirect } from '@sveltejs/kit';
import { optionLists } from '@ventanilla/domain';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { loadMeeting, mutate } from '#lib/reports/api.server.ts';
import { reportStepAction } from '#lib/reports/actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (user.role !== 'reviewer') error(403, 'forbidden');
  try {
    const meeting = await loadMeeting(event.locals.api, event.params.id);
    if (!meeting) error(404, 'error.notFound');
    const lang = event.locals.lang;
    return {
      meeting,
      nationalities: Object.fromEntries(
        optionLists.nationality.options.map((o) => [o.code, o[lang]]),
      ),
      done: event.url.searchParams.get('done'),
      today: new Date().toISOString().slice(0, 10),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

const back = (event: { params: Record<string, string> }) => `/verify/${event.params.id}`;

export const actions: Actions = {
  return: reportStepAction('RETURN', back),
  verify: reportStepAction('VERIFY', back),
  followUp: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const result = await mutate(
      event.locals.api,
      'followUpAdd',
      `mutation Add($m: ID!, $hub: String!, $what: String!, $owner: String!, $due: String!) {
        followUpAdd(meetingId: $m, hub: $hub, what: $what, owner: $owner, dueDate: $due) {
          __typename ... on FollowUp { id } ... on ValidationFailed { message issues { message } } ... on NotFound { message } } }`,
      {
        m: event.params.id,
        hub: text('hub'),
        what: text('what'),
        owner: text('owner'),
        due: text('dueDate'),
      },
    );
    if (!result.ok)
      return fail(400, { hub: text('hub'), action: 'FOLLOW_UP', message: result.message });
    redirect(303, `${back(event)}?done=followUp#${text('hub')}`);
  },
  closeFollowUp: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    await mutate(
      event.locals.api,
      'followUpClose',
      `mutation Close($id: ID!, $m: ID) { followUpClose(id: $id, meetingId: $m) { __typename ... on FollowUp { id } ... on NotFound { message } } }`,
      { id: String(form.get('id') ?? ''), m: event.params.id },
    );
    redirect(303, `${back(event)}?done=followUpClosed`);
  },
  close: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    await mutate(
      event.locals.api,
      'meetingClose',
      `mutation Close($id: ID!, $notes: String) { meetingClose(id: $id, notes: $notes) { __typename ... on VerificationMeeting { id } ... on NotFound { message } } }`,
      { id: event.params.id, notes: String(form.get('notes') ?? '') },
    );
    redirect(303, `${back(event)}?done=closed`);
  },
};
