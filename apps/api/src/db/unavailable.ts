import type { Lang } from '@ventanilla/domain';
import { GraphQLError } from 'graphql';

const message: Record<Lang, string> = {
  en: 'The service is briefly unavailable. Please try again in a moment.',
  es: 'El servicio no está disponible por un momento. Intente de nuevo en unos instantes.',
};

/**
 * The database could not be reached (outage, restart): a 503 with Retry-After, so clients and
 * proxies retry, instead of the 500 that says "bug". The message is safe to show.
 */
export function databaseUnavailable(lang: Lang): GraphQLError {
  return new GraphQLError(message[lang], {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    },
  });
}
