/**
 * The follow-up worklist without a connection (issue 16 item 3), the pure part: what a saved
 * list holds, how old it reads, the device's day, and what the server said to a queued close.
 */
import type { ReferralOutcome, ReferralState } from '@ventanilla/domain/referrals/index';

/** One referral of the saved list: what the worklist card shows, nothing of section 5. */
export type WorklistItem = {
  id: string;
  hub: string;
  caseId: string;
  institution: string;
  contactPerson: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  state: string;
  sentOn: string | null;
  followUpOn: string | null;
  version: number;
};

/** The list as it was last read from the server. */
export type Worklist = { savedAt: string; due: WorklistItem[]; hubNames: Record<string, string> };

/** How long ago the list was saved, in the largest whole unit (0 minutes: just now). */
export type Age = { unit: 'minutes' | 'hours' | 'days'; count: number };

export function ageOf({ savedAt, now }: { savedAt: string; now: Date }): Age {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(savedAt)) / 60_000));
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  if (minutes < 24 * 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return { unit: 'days', count: Math.floor(minutes / (24 * 60)) };
}

/** A list older than this is flagged: referrals due since then are missing from it. */
export const STALE_AFTER_HOURS = 24;

export const isStale = ({ savedAt, now }: { savedAt: string; now: Date }) =>
  now.getTime() - Date.parse(savedAt) >= STALE_AFTER_HOURS * 3_600_000;

/** The device's calendar day (YYYY-MM-DD): the day a close made offline happened. */
export function localDay(at: Date | number): string {
  const now = typeof at === 'number' ? new Date(at) : at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What POST /offline/referral-close answers for one queued close. */
export type CloseAnswer =
  | { status: 'closed'; outcome: ReferralOutcome | null }
  /** Someone (or another device) closed it first; this close was not written. */
  | { status: 'alreadyClosed'; outcome: ReferralOutcome | null; closedOn: string | null }
  /** It moved on after the list was saved; this close was not written. */
  | { status: 'changed'; state: ReferralState; version: number }
  | { status: 'refused'; message: string }
  | { status: 'signedOut' }
  | { status: 'unavailable' };

type Current = { state: string; outcome: string | null; closedOn: string | null; version: number };

/**
 * Reads the API's answer to a close. A close retried with its key answers with the referral
 * (`closed`); a refusal is explained by the referral as it is now, when known: closed already,
 * changed since the list was saved, or else the server's own message.
 */
export function closeAnswerOf({
  result,
  current,
}: {
  result:
    | { __typename: 'Referral'; state: string; outcome: string | null }
    | { __typename: string; message: string; issues?: { message: string }[] };
  current: Current | null;
}): CloseAnswer {
  if (result.__typename === 'Referral' && 'state' in result && result.state === 'closed')
    return { status: 'closed', outcome: result.outcome as ReferralOutcome | null };
  if (current?.state === 'closed')
    return {
      status: 'alreadyClosed',
      outcome: current.outcome as ReferralOutcome | null,
      closedOn: current.closedOn,
    };
  if (result.__typename === 'ReferralChanged' && current)
    return { status: 'changed', state: current.state as ReferralState, version: current.version };
  const message =
    'message' in result
      ? result.issues?.length
        ? result.issues.map((i) => i.message).join(' ')
        : result.message
      : '';
  return { status: 'refused', message };
}
