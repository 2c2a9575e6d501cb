import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { runReportStep } from './api.server.ts';
import { narrativeKeys, type Narrative, type ReportAction } from './types.ts';

const done: Record<ReportAction, string> = {
  SAVE_NARRATIVE: 'saved',
  SUBMIT: 'submitted',
  RETURN: 'returned',
  VERIFY: 'verified',
  REOPEN: 'reopened',
};

/**
 * One form action per report step (narrative, submit, return, verify, reopen), shared by the
 * report page and the meeting page. Redirects back to `back` on success.
 */
export function reportStepAction(
  action: ReportAction,
  back: (event: RequestEvent, hub: string, month: string) => string,
) {
  return async (event: RequestEvent) => {
    requireUser(event);
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const hub = text('hub') || event.params.hub || '';
    const month = text('month') || event.params.month || '';
    const withNarrative =
      action === 'SAVE_NARRATIVE' || (action === 'SUBMIT' && form.has('achievements'));
    const narrative = withNarrative
      ? (Object.fromEntries(narrativeKeys.map((k) => [k, text(k)])) as Narrative)
      : undefined;
    const answer = await runReportStep(event.locals.api, {
      hub,
      month,
      action,
      reason: text('reason') || null,
      meetingId: text('meetingId') || null,
      ...(narrative ? { narrative } : {}),
    });
    if (!answer.ok)
      return fail(400, {
        hub,
        action,
        message: answer.message,
        narrative: narrative ?? null,
        reason: text('reason'),
      });
    redirect(
      303,
      `${back(event, hub, month)}${back(event, hub, month).includes('?') ? '&' : '?'}done=${done[action]}#${hub}`,
    );
  };
}
