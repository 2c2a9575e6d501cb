import { graphql, type VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';

const FORM = graphql(`
  query FeedbackForm($token: String!) {
    feedbackForm(token: $token) {
      hub
      hubName
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitFeedback($token: String!, $answers: FeedbackAnswersInput!) {
    feedbackSubmit(token: $token, answers: $answers) {
      __typename
      ... on FeedbackThanks {
        hubName
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
    }
  }
`);

const LINKS = graphql(`
  query FeedbackLinks {
    feedbackLinks {
      hub
      token
    }
  }
`);

const RENEW = graphql(`
  mutation RenewFeedbackLink($hub: String!) {
    feedbackLinkRenew(hub: $hub) {
      __typename
      ... on FeedbackLink {
        hub
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

/** The hub a link answers for, or null for an unknown or renewed link. */
export async function loadFeedbackForm(api: ApiClient, token: string) {
  return (await api(FORM, { token })).feedbackForm;
}

export async function submitFeedback(api: ApiClient, input: VariablesOf<typeof SUBMIT>) {
  return (await api(SUBMIT, input)).feedbackSubmit;
}

export async function loadFeedbackLinks(api: ApiClient) {
  return (await api(LINKS)).feedbackLinks;
}

export async function renewFeedbackLink(api: ApiClient, hub: string) {
  return (await api(RENEW, { hub })).feedbackLinkRenew;
}
