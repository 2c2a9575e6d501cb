import { error, fail, redirect } from '@sveltejs/kit';
import { graphql } from '@ventanilla/ui/graphql';
import { requireUser } from '@ventanilla/ui/server';
import { mutate } from '#lib/reports/api.server.ts';
import { reportStepAction } from '#lib/reports/actions.server.ts';
import { loadAgendaItem } from '#lib/meeting/api.server.ts';
import { loadMeetingPage } from '#lib/meeting/page.server.ts';
import { referralSectionOf } from '#lib/analytics/referrals.server.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import { nationalityNamesOf } from '#lib/reports/nationality-names.server.ts';
import type { Actions, PageServerLoad } from './$types';

const ADD_FOLLOW_UP = graphql(`
  mutation Add($m: ID!, $hub: String!, $what: String!, $owner: String!, $due: String!) {
    followUpAdd(meetingId: $m, hub: $hub, what: $what, owner: $owner, dueDate: $due) {
      __typename
      ... on FollowUp {
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
  }
`);

const CLOSE_FOLLOW_UP = graphql(`
  mutation CloseFollowUp($id: ID!, $m: ID) {
    followUpClose(id: $id, meetingId: $m) {
      __typename
      ... on FollowUp {
        id
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/**
 * One hub's turn in the meeting: report, referral figures (protected), findings, decisions,
 * follow-ups; previous and next.
 */
export const load: PageServerLoad = async (event) => {
  const { found, timeZone } = await loadMeetingPage(event, () =>
    loadAgendaItem(event.locals.api, event.params.id, event.params.hub, readTimeZone()),
  );
  const { agendaItem: item, ...meeting } = found;
  if (!item) error(404, 'error.notFound');
  const lang = event.locals.lang;
  return {
    meeting,
    item,
    referrals: referralSectionOf({ figures: item.report.referralFigures, lang, timeZone }),
    timeZone,
    nationalities: nationalityNamesOf(item.report.figures, lang),
    done: event.url.searchParams.get('done'),
    today: new Date().toISOString().slice(0, 10),
  };
};

const back = (event: { params: Record<string, string> }) =>
  `/verify/${event.params.id}/hubs/${event.params.hub}`;

export const actions: Actions = {
  return: reportStepAction('RETURN', back),
  verify: reportStepAction('VERIFY', back),
  followUp: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const fields = { what: text('what'), owner: text('owner'), dueDate: text('dueDate') };
    const result = await mutate(event.locals.api, 'followUpAdd', ADD_FOLLOW_UP, {
      m: event.params.id,
      hub: event.params.hub,
      what: fields.what,
      owner: fields.owner,
      due: fields.dueDate,
    });
    if (!result.ok) return fail(400, { action: 'FOLLOW_UP', message: result.message, ...fields });
    redirect(303, `${back(event)}?done=followUp`);
  },
  closeFollowUp: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const result = await mutate(event.locals.api, 'followUpClose', CLOSE_FOLLOW_UP, {
      id: String(form.get('id') ?? ''),
      m: event.params.id,
    });
    if (!result.ok) return fail(400, { action: 'CLOSE_FOLLOW_UP', message: result.message });
    redirect(303, `${back(event)}?done=followUpClosed`);
  },
};
