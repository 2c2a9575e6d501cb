import { graphql, type VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';

const ContextAnswer = graphql(`
  fragment ContextAnswer on CaseContextResult {
    __typename
    ... on CaseContext {
      source
      personCode
    }
    ... on ValidationFailed {
      message
      issues {
        fields
        message
      }
    }
    ... on NotFound {
      message
    }
    ... on Forbidden {
      message
    }
  }
`);

const SET = graphql(
  `
    mutation SetCaseContext(
      $caseId: ID!
      $source: CaseSource
      $sourceMcaId: ID
      $personCode: String
      $consent: Boolean
    ) {
      caseContextSet(
        caseId: $caseId
        source: $source
        sourceMcaId: $sourceMcaId
        personCode: $personCode
        consent: $consent
      ) {
        ...ContextAnswer
      }
    }
  `,
  [ContextAnswer],
);

const ISSUE = graphql(
  `
    mutation IssuePersonCode($caseId: ID!, $consent: Boolean!, $issuedOn: String!) {
      personCodeIssue(caseId: $caseId, consent: $consent, issuedOn: $issuedOn) {
        ...ContextAnswer
      }
    }
  `,
  [ContextAnswer],
);

/** Sets the case's source or code link; a variable left out keeps what is stored. */
export async function setCaseContext(api: ApiClient, input: VariablesOf<typeof SET>) {
  return (await api(SET, input)).caseContextSet;
}

/** Draws a new person code for the case's person (with their consent) and links the case. */
export async function issuePersonCode(api: ApiClient, input: VariablesOf<typeof ISSUE>) {
  return (await api(ISSUE, input)).personCodeIssue;
}
