/** Who signs in: a demo login (README.md) or one a test created. */
export type Person = { email: string; password: string };

/** The API's whole answer, errors included. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- journeys read answers field by field
export type GraphqlAnswer<T = any> = { data: T; errors?: unknown[] };

/**
 * Posts a GraphQL document to the API at `endpoint` (the stack's `graphql` URL) as the bearer
 * of `token`, or anonymously. Gives the whole answer, for journeys that look at its errors.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see GraphqlAnswer
export async function postGraphql<T = any>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlAnswer<T>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer<T>;
}

/**
 * Like `postGraphql`, but gives only the data and throws the errors: a journey's setup through
 * the API must not fail quietly and surface later as a confusing page.
 */
export async function gql<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const answer = await postGraphql<T>(endpoint, query, variables, token);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

/** A session token of `person` from the API's login mutation (no browser, no cookie). */
export async function logIn(endpoint: string, person: Person): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    endpoint,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ... on Session { token } } }',
    { e: person.email, p: person.password },
  );
  return data.login.token;
}
