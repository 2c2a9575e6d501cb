import type { Lang } from '@ventanilla/domain';
import { GraphQLError } from 'graphql';

const messages = {
  notApplicable: {
    en: 'The dimension {value} does not apply to this measure.',
    es: 'La dimensión {value} no se aplica a esta medida.',
  },
  duplicateDimension: {
    en: 'The dimension {value} is repeated.',
    es: 'La dimensión {value} está repetida.',
  },
  tooManyDimensions: {
    en: 'Ask for at most 3 dimensions.',
    es: 'Pida como máximo 3 dimensiones.',
  },
  badMonth: {
    en: 'Months must be written YYYY-MM ({value}).',
    es: 'Los meses se escriben AAAA-MM ({value}).',
  },
  monthOutOfRange: {
    en: 'Ask for months between {value}.',
    es: 'Pida meses entre {value}.',
  },
  badRange: {
    en: 'The start month is after the end month.',
    es: 'El mes inicial es posterior al mes final.',
  },
  badCountry: {
    en: 'Countries must be ISO 3166-1 alpha-3 codes ({value}).',
    es: 'Los países deben ser códigos ISO 3166-1 alfa-3 ({value}).',
  },
  tooManyInputs: {
    en: 'Ask for at most {value} disaggregations in one call.',
    es: 'Pida como máximo {value} desagregaciones en una llamada.',
  },
  badReason: {
    en: 'Give a reason of 10 to 500 characters to see the exact figures.',
    es: 'Indique un motivo de 10 a 500 caracteres para ver las cifras exactas.',
  },
  badTimeZone: {
    en: 'Time zones are IANA names such as America/Costa_Rica ({value}).',
    es: 'Las zonas horarias son nombres IANA como America/Costa_Rica ({value}).',
  },
  revealForbidden: {
    en: 'Only reviewers ask for exact figures; yours are exact already.',
    es: 'Solo las personas revisoras piden cifras exactas; las suyas ya lo son.',
  },
} satisfies Record<string, { en: string; es: string }>;

/** An expected input error (extensions.code BAD_USER_INPUT) in the caller's language. */
export function analyticsInputError(
  lang: Lang,
  key: Exclude<keyof typeof messages, 'revealForbidden'>,
  value = '',
  field?: string,
): GraphQLError {
  return new GraphQLError(messages[key][lang].replaceAll('{value}', value), {
    extensions: { code: 'BAD_USER_INPUT', reason: key, ...(field ? { field } : {}) },
  });
}

/** FORBIDDEN for a reveal asked by a role that cannot reveal. */
export function revealForbidden(lang: Lang): GraphQLError {
  return new GraphQLError(messages.revealForbidden[lang], { extensions: { code: 'FORBIDDEN' } });
}
