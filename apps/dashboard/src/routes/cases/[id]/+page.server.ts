import { error, fail } from '@sveltejs/kit';
import { can } from '@ventanilla/domain/auth/permissions';
import { isCaseSource } from '@ventanilla/domain/people/index';
import { referralStateLabels } from '@ventanilla/domain/referrals/index';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { moveReferralAction } from '#lib/referrals/actions.server.ts';
import { moveReferral, refusalText, todayIn } from '#lib/referrals/api.server.ts';
import { addReferral, loadCaseReferrals } from '#lib/referrals/case.server.ts';
import { issuePersonCode, setCaseContext } from '#lib/visits/context.server.ts';
import { readReferralForm } from '#lib/referrals/form.ts';
import { suggestReferrals, concludedProfiles } from '#lib/referrals/suggest.ts';
import { referralT } from '#lib/referrals/translate.ts';
import { loadDirectory } from '#lib/server/records.ts';
import { readTimeZone } from '#lib/server/time-zone.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  try {
    const today = todayIn(readTimeZone());
    const { record, context, referrals, mcas } = await loadCaseReferrals(
      event.locals.api,
      event.params.id,
      today,
    );
    if (!record) error(404, 'error.notFound');
    const directory = await loadDirectory({
      api: event.locals.api,
      hubCodes: record.hub ? [record.hub] : [],
    });
    const suggestions = suggestReferrals({ answers: record, existing: referrals, directory });
    return {
      record,
      context,
      mcas,
      referrals,
      directory,
      suggestions,
      profiles: concludedProfiles(record),
      caseHub: user.hubs.find((h) => h.code === record.hub)?.name ?? record.hub ?? '',
      canWrite: can({ role: user.role, action: 'referral.write' }),
      today,
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  /**
   * Records a referral of the case; with a date sent, it is marked sent on that date (both
   * consents first). A send the API refuses (a date before the case) leaves the referral saved
   * as planned: the answer is a success that says so, so the page shows its card and clears the
   * form, and saving again cannot record it twice.
   */
  add: async (event) => {
    requireUser(event);
    const tr = referralT(event.locals.lang);
    const { input, sentOn, values } = readReferralForm(await event.request.formData());
    if (sentOn && !(input.consentToRefer && input.consentToShare))
      return fail(400, { add: { values, message: tr('cr.needConsents') } });
    const added = await addReferral(event.locals.api, { ...input, caseId: event.params.id });
    if (added.__typename !== 'Referral')
      return fail(added.__typename === 'ValidationFailed' ? 400 : 403, {
        add: { values, message: refusalText(added) },
      });
    let state: 'planned' | 'sent' = 'planned';
    if (sentOn) {
      const sent = await moveReferral(event.locals.api, {
        id: added.id,
        version: added.version,
        to: 'sent',
        on: sentOn,
        outcome: null,
        note: null,
      });
      // The referral is kept as planned; the officer marks it sent from its card.
      if (sent.__typename !== 'Referral')
        return {
          added: `${tr('cr.added', {
            institution: added.institution,
            state: referralStateLabels.planned[event.locals.lang].toLowerCase(),
          })} ${refusalText(sent)}`,
        };
      state = 'sent';
    }
    return {
      added: tr('cr.added', {
        institution: added.institution,
        state: referralStateLabels[state][event.locals.lang].toLowerCase(),
      }),
    };
  },
  /** One referral moves on (received, attended) or closes with its outcome. */
  move: moveReferralAction,
  /** How the person came. */
  source: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const source = String(form.get('source') ?? '');
    const mca = String(form.get('sourceMcaId') ?? '');
    const result = await setCaseContext(event.locals.api, {
      caseId: event.params.id,
      source: isCaseSource(source) ? source : null,
      sourceMcaId: source === 'mca' && mca ? mca : null,
    });
    return contextAnswer(event, result, 'cv.sourceSaved');
  },
  /** A new card for the person, with their consent. */
  issueCode: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const result = await issuePersonCode(event.locals.api, {
      caseId: event.params.id,
      consent: form.get('consent') === 'yes',
      issuedOn: todayIn(readTimeZone()),
    });
    return contextAnswer(event, result, 'cv.linked');
  },
  /** The code of the card the person brings, with their consent; empty removes the link. */
  linkCode: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const result = await setCaseContext(event.locals.api, {
      caseId: event.params.id,
      personCode: String(form.get('personCode') ?? ''),
      consent: form.get('consent') === 'yes',
    });
    return contextAnswer(event, result, form.get('personCode') ? 'cv.linked' : 'cv.unlinked');
  },
};

/** The context action's answer: the confirmation, or the refusal for the form that sent it. */
function contextAnswer(
  event: Parameters<Actions['source']>[0],
  result: Awaited<ReturnType<typeof setCaseContext>>,
  done: 'cv.sourceSaved' | 'cv.linked' | 'cv.unlinked',
) {
  const tr = referralT(event.locals.lang);
  if (result.__typename === 'CaseContext')
    return { context: tr(done, { code: result.personCode ?? '' }) };
  return fail(result.__typename === 'ValidationFailed' ? 400 : 403, {
    contextError: refusalText(result),
  });
}
