import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { logEvent } from './log.ts';

/** Codes we raise on purpose; their messages are safe to show. */
const publicCodes = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
]);

/**
 * Expected errors pass through; anything else is logged (name, message, path — no variables,
 * no personal data) and answered with a generic message.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && publicCodes.has(code)) return formatted;
  const original = unwrapResolverError(error);
  if (
    original instanceof GraphQLError &&
    !original.originalError &&
    code !== 'INTERNAL_SERVER_ERROR'
  ) {
    return formatted;
  }
  logEvent('error', 'graphql.unexpected_error', {
    name: original instanceof Error ? original.name : typeof original,
    // The message can quote values (e.g. from the database), so only the code and stack frames are logged.
    code: original instanceof Error && 'code' in original ? String(original.code) : undefined,
    stack:
      original instanceof Error ? original.stack?.split('\n').slice(1, 6).join('\n') : undefined,
    path: formatted.path,
  });
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
