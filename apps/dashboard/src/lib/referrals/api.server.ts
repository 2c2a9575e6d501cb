import { graphql, type ResultOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';
import type { ReferralOutcome } from '@ventanilla/domain/referrals/index';

const DUE = graphql(`
  query FollowUpsDue($dueBy: String!) {
    referrals(dueBy: $dueBy) {
      id
      hub
      institution
      state
      sentOn
      followUpOn
      version
    }
  }
`);

const CLOSE = graphql(`
  mutation CloseReferral(
    $id: ID!
    $version: Int!
    $on: String!
    $outcome: ReferralOutcome!
    $note: String
  ) {
    referralMove(
      id: $id
      baseVersion: $version
      to: closed
      on: $on
      outcome: $outcome
      note: $note
    ) {
      __typename
      ... on Referral {
        institution
        outcome
      }
      ... on ValidationFailed {
        message
        issues {
          fields
          message
        }
      }
      ... on ReferralChanged {
        message
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

export type DueReferral = ResultOf<typeof DUE>['referrals'][number];

/** Open referrals of the caller's hubs whose follow-up falls on or before `today`. */
export async function loadDueReferrals(api: ApiClient, today: string): Promise<DueReferral[]> {
  return (await api(DUE, { dueBy: today })).referrals;
}

/** Closes a referral with its outcome, on `today`; the API's typed answer. */
export async function closeReferral(
  api: ApiClient,
  input: {
    id: string;
    version: number;
    today: string;
    outcome: ReferralOutcome;
    note: string | null;
  },
) {
  const { id, version, today, outcome, note } = input;
  return (await api(CLOSE, { id, version, on: today, outcome, note })).referralMove;
}

/** Today's date (YYYY-MM-DD) in `timeZone`: the hub's working day, not the server's UTC day. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now);
}
