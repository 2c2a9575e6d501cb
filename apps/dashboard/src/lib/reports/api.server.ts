import { ApiError, type ApiClient } from '@ventanilla/ui/server';
import { figureKeys, type Report, type ReportSummary, type FollowUp } from './types.ts';
import type { MeetingHead } from '../meeting/types.ts';

const FIGURES = `month exact ${figureKeys.join(' ')} topNationalities { code value }`;
export const FOLLOW_UP_FIELDS = 'id hubCode month what owner dueDate status overdue meetingId';
export const REPORT_FIELDS = `id hubCode hubName month status locked reviewerComment allowedActions
  narrative { achievements challenges lessonsLearned goodPractices migrationTrends }
  figures { ${FIGURES} } previousFigures { ${FIGURES} } verifiedFigures { ${FIGURES} }
  changesSinceVerification { figure before after }
  findings { rule severity count title message records { kind id date } }
  history { action fromStatus toStatus at by reason }
  followUps { ${FOLLOW_UP_FIELDS} }`;

export async function loadReport(api: ApiClient, hub: string, month: string) {
  const data = await api<{ monthlyReport: Report | null }>(
    `query Report($hub: String!, $month: String!) { monthlyReport(hub: $hub, month: $month) { ${REPORT_FIELDS} } }`,
    { hub, month },
  );
  return data.monthlyReport;
}

export async function loadReportList(api: ApiClient, months: string[]) {
  const data = await api<{ monthlyReports: ReportSummary[] }>(
    `query Reports($months: [String!]!) { monthlyReports(months: $months) {
      hubCode hubName month status locked reviewerComment } }`,
    { months },
  );
  return data.monthlyReports;
}

export async function loadFollowUps(api: ApiClient) {
  const data = await api<{ followUps: FollowUp[] }>(
    `query { followUps(openOnly: true) { ${FOLLOW_UP_FIELDS} } }`,
  );
  return data.followUps;
}

export type StepAnswer = { ok: true } | { ok: false; message: string };

export async function runReportStep(
  api: ApiClient,
  input: Record<string, unknown>,
): Promise<StepAnswer> {
  const data = await api<{ reportStep: { __typename: string; message?: string } }>(
    `mutation Step($input: ReportStepInput!) { reportStep(input: $input) { __typename
      ... on TransitionRefused { message } ... on ValidationFailed { message }
      ... on NotFound { message } ... on Forbidden { message } } }`,
    { input },
  );
  return data.reportStep.__typename === 'ReportUpdated'
    ? { ok: true }
    : { ok: false, message: data.reportStep.message ?? '' };
}

export async function loadMeetings(api: ApiClient) {
  const data = await api<{
    verificationMeetings: Pick<
      MeetingHead,
      'id' | 'month' | 'openedAt' | 'closedAt' | 'attendees'
    >[];
  }>(`query { verificationMeetings { id month openedAt closedAt attendees } }`);
  return data.verificationMeetings;
}

/** A mutation answering a union: ok, or the message of the failure member. */
export async function mutate(
  api: ApiClient,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ ok: true; id?: string } | { ok: false; message: string }> {
  let data: Record<
    string,
    { __typename: string; id?: string; message?: string; issues?: { message: string }[] }
  >;
  try {
    data = await api(query, variables);
  } catch (cause) {
    // Input the API refuses before running (a month like 0000-01): its message, not a crash.
    if (cause instanceof ApiError && !cause.forbidden && !cause.unauthenticated)
      return { ok: false, message: cause.message };
    throw cause;
  }
  const result = data[field]!;
  if (result.__typename === 'VerificationMeeting' || result.__typename === 'FollowUp')
    return { ok: true, id: result.id };
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

/** CSV cell (RFC 4180), with formula injection neutralized. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
