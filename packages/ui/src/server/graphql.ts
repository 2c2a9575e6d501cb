import type { TadaDocumentNode } from 'gql.tada';
import { print, type DocumentNode } from 'graphql';
import type { Lang } from '../types.ts';

/** The API could not be reached or answered with something other than GraphQL. */
export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
}

/** The API answered with GraphQL errors. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly errors: { message: string; extensions?: Record<string, unknown> }[],
  ) {
    super(message);
  }

  /** True when the API refused the call for lack of a valid session. */
  get unauthenticated(): boolean {
    return this.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }

  /** True when the API refused the call because the caller's role may not do it. */
  get forbidden(): boolean {
    return this.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
  }
}

/** The variables argument: optional when the document declares none or only nullable ones. */
export type VariablesArgument<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/**
 * Sends one document written with `graphql()` from `@ventanilla/ui/graphql`; its result and
 * variables are inferred from the document, so no call site writes a response type by hand.
 */
export type ApiClient = <Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...variables: VariablesArgument<Variables>
) => Promise<Result>;

/** Each document is printed once: the same constant is sent on every request. */
const printed = new WeakMap<object, string>();
function printDocument(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** `API_URL`, or the API's default address. Read at call time so tests can set it. */
export function getApiUrl(): string {
  return process.env.API_URL || `http://localhost:${process.env.API_PORT || 4000}/graphql`;
}

/**
 * A GraphQL-over-HTTP client for the Ventanilla API, bound to one caller: it sends the session
 * token as `Authorization: Bearer` and the language as `Accept-Language`.
 */
export function createApiClient({
  token,
  lang,
  url = getApiUrl(),
  fetch: fetchImpl = fetch,
  timeoutMs = 15_000,
}: {
  token?: string | null | undefined;
  lang: Lang;
  url?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): ApiClient {
  return async (document, ...[variables]) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      'accept-language': lang,
    };
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: printDocument(document), variables: variables ?? {} }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new ApiUnavailableError(`API not reachable at ${url}`, { cause });
    }
    let body: {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
    try {
      body = await response.json();
    } catch (cause) {
      throw new ApiUnavailableError(`API answered ${response.status} without JSON`, { cause });
    }
    if (body.errors?.length) {
      throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors);
    }
    if (body.data == null)
      throw new ApiUnavailableError(`API answered ${response.status} without data`);
    return body.data as never;
  };
}
