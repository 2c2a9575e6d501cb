import { ApiError, type ApiClient } from '@ventanilla/ui/server';
import type { TadaDocumentNode, VariablesArgument, VariablesOf } from '@ventanilla/ui/graphql';
import { MEETINGS, OPEN_FOLLOW_UPS, REPORT, REPORT_STEP, REPORTS } from './documents.ts';

/** One report; `timeZone` decides what its referral figures count as overdue. */
export async function loadReport(api: ApiClient, hub: string, month: string, timeZone?: string) {
  const data = await api(REPORT, { hub, month, timeZone });
  return data.monthlyReport;
}

export async function loadReportList(api: ApiClient, months: string[]) {
  const data = await api(REPORTS, { months });
  return data.monthlyReports;
}

export async function loadFollowUps(api: ApiClient) {
  const data = await api(OPEN_FOLLOW_UPS);
  return data.followUps;
}

export type StepAnswer = { ok: true } | { ok: false; message: string };

export async function runReportStep(
  api: ApiClient,
  input: VariablesOf<typeof REPORT_STEP>['input'],
): Promise<StepAnswer> {
  const { reportStep } = await api(REPORT_STEP, { input });
  return reportStep.__typename === 'ReportUpdated'
    ? { ok: true }
    : { ok: false, message: reportStep.message };
}

export async function loadMeetings(api: ApiClient) {
  const data = await api(MEETINGS);
  return data.verificationMeetings;
}

/** What a meeting or follow-up mutation may answer: the record, or a failure with a message. */
type MutationAnswer =
  | { __typename: 'VerificationMeeting' | 'FollowUp'; id: string }
  | { __typename: string; message?: string; issues?: readonly { message: string }[] };

/** A mutation answering a union: ok, or the message of the failure member. */
export async function mutate<Field extends string, Variables>(
  api: ApiClient,
  field: Field,
  document: TadaDocumentNode<{ [K in Field]: MutationAnswer }, Variables>,
  variables: Variables,
): Promise<{ ok: true; id?: string } | { ok: false; message: string }> {
  let data: { [K in Field]: MutationAnswer };
  try {
    data = await api(document, ...([variables] as VariablesArgument<Variables>));
  } catch (cause) {
    // Input the API refuses before running (a month like 0000-01): its message, not a crash.
    if (cause instanceof ApiError && !cause.forbidden && !cause.unauthenticated)
      return { ok: false, message: cause.message };
    throw cause;
  }
  const result = data[field];
  if ('id' in result) return { ok: true, id: result.id };
  // The specific problems, when the answer lists them, rather than "correct the marked fields".
  const issues = result.issues?.map((i) => i.message).join(' ');
  return { ok: false, message: issues || result.message || '' };
}

/** The months a report list shows: the last `count` complete months and the current one. */
export function listRecentMonths(today: Date, count: number): string[] {
  const out: string[] = [];
  for (let n = 0; n <= count; n++) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - n, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}
