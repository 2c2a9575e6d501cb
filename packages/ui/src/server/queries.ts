import { graphql } from '../graphql/index.ts';

/** GraphQL documents the shared server code sends. */

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      hubs {
        code
        name
        country
        type
      }
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      __typename
      ... on Session {
        token
        expiresAt
      }
      ... on AuthError {
        message
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
