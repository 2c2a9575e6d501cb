import { graphql, type ResultOf, type VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';

const DUE = graphql(`
  query FollowUpsDue($dueBy: String!) {
    referrals(dueBy: $dueBy) {
      id
      hub
      caseId
      institution
      contactPerson
      contactPhone
      contactEmail
      state
      sentOn
      followUpOn
      version
    }
  }
`);

/** What a refused change of a referral says, for every referral mutation. */
export const ReferralRefusal = graphql(`
  fragment ReferralRefusal on ReferralResult {
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
`);

const MOVE = graphql(
  `
    mutation MoveReferral(
      $id: ID!
      $version: Int!
      $to: ReferralState!
      $on: String!
      $outcome: ReferralOutcome
      $note: String
      $clientKey: String
    ) {
      referralMove(
        id: $id
        baseVersion: $version
        to: $to
        on: $on
        outcome: $outcome
        note: $note
        clientKey: $clientKey
      ) {
        __typename
        ... on Referral {
          institution
          state
          outcome
        }
        ...ReferralRefusal
      }
    }
  `,
  [ReferralRefusal],
);

/** A referral's state as it is now: why a close queued offline was not written. */
const CURRENT = graphql(`
  query ReferralNow($id: ID!) {
    referral(id: $id) {
      __typename
      ... on Referral {
        state
        outcome
        closedOn
        version
      }
    }
  }
`);

export type DueReferral = ResultOf<typeof DUE>['referrals'][number];

/** The referral's state, outcome and version now, or null when the caller cannot read it. */
export async function readReferralNow(api: ApiClient, id: string) {
  const { referral } = await api(CURRENT, { id });
  return referral.__typename === 'Referral' ? referral : null;
}

/** Open referrals of the caller's hubs whose follow-up falls on or before `today`. */
export async function loadDueReferrals(api: ApiClient, today: string): Promise<DueReferral[]> {
  return (await api(DUE, { dueBy: today })).referrals;
}

/**
 * Moves a referral to `to` on `on` (closing needs an outcome); the API's typed answer. A
 * `clientKey` (a close queued offline) makes a retry answer with the referral as it is now.
 */
export async function moveReferral(api: ApiClient, input: VariablesOf<typeof MOVE>) {
  return (await api(MOVE, input)).referralMove;
}

/** A refused move or addition as one sentence in the caller's language. */
export function refusalText(
  result:
    | { __typename: 'ValidationFailed'; message: string; issues: { message: string }[] }
    | { __typename: string; message: string },
): string {
  return 'issues' in result && result.issues.length
    ? result.issues.map((i) => i.message).join(' ')
    : result.message;
}

/** Today's date (YYYY-MM-DD) in `timeZone`: the hub's working day, not the server's UTC day. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now);
}
