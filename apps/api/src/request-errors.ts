import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from './context.ts';
import { inputMessage, type InputMessageKey } from './schema/input/messages.ts';

/** The most lexical tokens a document may have (graphql-js parses no further). */
export const maxTokens = 2000;

/** Refusals raised before any resolver runs (parse, variables, persisted queries). */
const known: {
  key: InputMessageKey;
  value?: string;
  matches: (e: GraphQLFormattedError) => boolean;
}[] = [
  {
    key: 'tooManyTokens',
    value: String(maxTokens),
    matches: (e) =>
      e.extensions?.code === 'GRAPHQL_PARSE_FAILED' &&
      /Document contains more th\w+ \d+ tokens/.test(e.message),
  },
  {
    key: 'persistedQueriesOff',
    matches: (e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED',
  },
  { key: 'badDateTime', matches: (e) => /Invalid DateTime$/.test(e.message) },
];

/**
 * Request-level refusals come from graphql-js and Apollo in English, before the resolvers that
 * know the caller's language; this rewrites the ones we know into it (code kept, reason added).
 */
export const localizeRequestErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const result = response.body.singleResult;
        result.errors = result.errors!.map((error) => {
          const rule = known.find((k) => k.matches(error));
          if (!rule) return error;
          return {
            ...error,
            message: inputMessage(contextValue.lang, rule.key, rule.value),
            extensions: { ...error.extensions, reason: rule.key },
          };
        });
      },
    };
  },
};
