import { graphql, type ResultOf, type VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';

/** What every answer about one MCA carries back: enough to redraw its card. */
const MCA_CARD = graphql(`
  fragment McaCard on Mca {
    id
    hub
    name
    phone
    community
    joinedOn
    leftOn
    lastCheckInOn
    version
    checkIn(today: $today) {
      state
      since
      days
      dueOn
      lateAfter
    }
    commitment(today: $today) {
      state
      signedOn
      until
      daysLeft
    }
  }
`);
export type McaCard = ResultOf<typeof MCA_CARD>;

const ROSTER = graphql(
  `
    query McaRoster($today: String!) {
      mcas {
        ...McaCard
      }
    }
  `,
  [MCA_CARD],
);

const ONE = graphql(
  `
    query McaDetails($id: ID!, $today: String!) {
      mca(id: $id) {
        __typename
        ... on Mca {
          ...McaCard
          address
          workplace
          referenceName
          referencePhone
          letters {
            id
            signedOn
            until
          }
          checkIns(limit: 10) {
            id
            on
            channel
            note
          }
          actions(limit: 50) {
            id
            on
            place
            situation
            intervention
            minutes
            type
            followUp
          }
        }
      }
    }
  `,
  [MCA_CARD],
);
export type McaDetails = Extract<ResultOf<typeof ONE>['mca'], { __typename: 'Mca' }>;

/** What a refused change of an advisor says, for every advisor mutation. */
const McaRefusal = graphql(`
  fragment McaRefusal on McaResult {
    ... on ValidationFailed {
      message
      issues {
        fields
        message
      }
    }
    ... on McaChanged {
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

const ADD = graphql(
  `
    mutation McaAdd($input: McaInput!, $today: String!) {
      mcaAdd(input: $input) {
        __typename
        ...McaCard
        ...McaRefusal
      }
    }
  `,
  [MCA_CARD, McaRefusal],
);

const EDIT = graphql(
  `
    mutation McaEdit($id: ID!, $version: Int!, $input: McaDetailsInput!, $today: String!) {
      mcaEdit(id: $id, baseVersion: $version, input: $input) {
        __typename
        ...McaCard
        ...McaRefusal
      }
    }
  `,
  [MCA_CARD, McaRefusal],
);

const CHECK_IN = graphql(
  `
    mutation McaCheckIn(
      $id: ID!
      $on: String!
      $channel: McaCheckInChannel!
      $note: String
      $today: String!
    ) {
      mcaCheckInRecord(mcaId: $id, on: $on, channel: $channel, note: $note) {
        __typename
        ...McaCard
        ...McaRefusal
      }
    }
  `,
  [MCA_CARD, McaRefusal],
);

const LETTER = graphql(
  `
    mutation McaLetter($id: ID!, $signedOn: String!, $until: String, $today: String!) {
      mcaLetterRecord(mcaId: $id, signedOn: $signedOn, until: $until) {
        __typename
        ...McaCard
        ...McaRefusal
      }
    }
  `,
  [MCA_CARD, McaRefusal],
);

const ACTION = graphql(
  `
    mutation McaActionRecord($id: ID!, $input: McaActionInput!, $today: String!) {
      mcaActionRecord(mcaId: $id, input: $input) {
        __typename
        ...McaCard
        ...McaRefusal
      }
    }
  `,
  [MCA_CARD, McaRefusal],
);

/** The roster of the caller's hubs, each MCA with where it stands on `today`. */
export async function loadRoster(api: ApiClient, today: string): Promise<McaCard[]> {
  return (await api(ROSTER, { today })).mcas;
}

/** One MCA with contact data, letters, recent check-ins and actions; null when out of reach. */
export async function loadMca(api: ApiClient, id: string, today: string) {
  const { mca } = await api(ONE, { id, today });
  return mca.__typename === 'Mca' ? mca : null;
}

export const addMca = async (api: ApiClient, variables: VariablesOf<typeof ADD>) =>
  (await api(ADD, variables)).mcaAdd;
export const editMca = async (api: ApiClient, variables: VariablesOf<typeof EDIT>) =>
  (await api(EDIT, variables)).mcaEdit;
export const recordCheckIn = async (api: ApiClient, variables: VariablesOf<typeof CHECK_IN>) =>
  (await api(CHECK_IN, variables)).mcaCheckInRecord;
export const recordLetter = async (api: ApiClient, variables: VariablesOf<typeof LETTER>) =>
  (await api(LETTER, variables)).mcaLetterRecord;
export const recordAction = async (api: ApiClient, variables: VariablesOf<typeof ACTION>) =>
  (await api(ACTION, variables)).mcaActionRecord;
