import { graphql, type ResultOf, type VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';
import { ReferralRefusal } from './api.server.ts';

/** A case's referrals (section 5 of Annex 1), how the person came and their other visits. */
const CASE_REFERRALS = graphql(`
  query CaseReferrals($id: ID!, $today: String) {
    record: case(id: $id) {
      __typename
      ... on Case {
        id
        hub
        date
        a11_action_1
        a11_referral_org_1
        a11_action_2
        a11_referral_org_2
        a11_action_3
        a11_referral_org_3
        a14_vulnerability_types
      }
    }
    context: caseContext(caseId: $id) {
      __typename
      ... on CaseContext {
        source
        sourceMcaId
        personCode
        visits {
          id
          date
        }
      }
    }
    mcas(activeOn: $today) {
      id
      hub
      name
    }
    referrals(caseId: $id) {
      id
      action
      profile
      institution
      directoryEntryId
      contactPerson
      contactPhone
      contactEmail
      situation
      assistance
      consentToRefer
      consentToShare
      state
      sentOn
      followUpOn
      closedOn
      outcome
      outcomeNote
      version
    }
  }
`);

export type CaseReferral = ResultOf<typeof CASE_REFERRALS>['referrals'][number];

/**
 * The case (null when it is not there or not the caller's), its context, its referrals, and the
 * advisors of its hub active on `today` (who may have channelled the person).
 */
export async function loadCaseReferrals(api: ApiClient, id: string, today: string | null = null) {
  const { record, context, referrals, mcas } = await api(CASE_REFERRALS, { id, today });
  const hub = record.__typename === 'Case' ? record.hub : null;
  return {
    record: record.__typename === 'Case' ? record : null,
    context: context.__typename === 'CaseContext' ? context : null,
    referrals,
    mcas: mcas.filter((m) => m.hub === hub).map((m) => ({ id: m.id, name: m.name })),
  };
}

const ADD = graphql(
  `
    mutation AddReferral($input: ReferralInput!) {
      referralAdd(input: $input) {
        __typename
        ... on Referral {
          id
          institution
          version
        }
        ...ReferralRefusal
      }
    }
  `,
  [ReferralRefusal],
);

export type ReferralInput = VariablesOf<typeof ADD>['input'];

/** Records a referral of a case; the API's typed answer. */
export async function addReferral(api: ApiClient, input: ReferralInput) {
  return (await api(ADD, { input })).referralAdd;
}
