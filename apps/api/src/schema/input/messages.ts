import type { Lang } from '@ventanilla/domain';
import { GraphQLError } from 'graphql';

/** Refusals of malformed input, in both languages; `{value}` names the field or the limit. */
const messages = {
  nulCharacter: {
    en: 'The text of {value} contains a NUL character (\\0); remove it and try again.',
    es: 'El texto de {value} contiene un carácter NUL (\\0); quítelo e intente de nuevo.',
  },
  badId: {
    en: '{value} is not a valid id.',
    es: '{value} no es un identificador válido.',
  },
  badDateTime: {
    en: 'Write date-times as ISO 8601 between the years 1 and 9999, for example 2026-03-05T14:30:00Z.',
    es: 'Escriba fechas y horas en ISO 8601 entre los años 1 y 9999, por ejemplo 2026-03-05T14:30:00Z.',
  },
  tooManyTokens: {
    en: 'The query is too long: at most {value} tokens.',
    es: 'La consulta es demasiado larga: como máximo {value} tokens (palabras y signos).',
  },
  persistedQueriesOff: {
    en: 'Persisted queries are not supported: send the query text.',
    es: 'No se admiten consultas persistidas: envíe el texto de la consulta.',
  },
  badMonth: {
    en: 'Write the month as YYYY-MM, between {value}.',
    es: 'Escriba el mes como AAAA-MM, entre {value}.',
  },
  tooManyMonths: {
    en: 'Ask for at most {value} months at once.',
    es: 'Pida como máximo {value} meses a la vez.',
  },
  tooManyFindings: {
    en: 'Data-quality findings are computed for at most {value} reports per request: ask for fewer months or hubs.',
    es: 'Los hallazgos de calidad de datos se calculan para {value} informes como máximo por consulta: pida menos meses o ventanillas.',
  },
} satisfies Record<string, { en: string; es: string }>;

export type InputMessageKey = keyof typeof messages;

/** A fixed input message in the caller's language, with `{value}` filled. */
export function inputMessage(lang: Lang, key: InputMessageKey, value = ''): string {
  return messages[key][lang].replaceAll('{value}', value);
}

/** BAD_USER_INPUT in the caller's language; `reason` lets clients react. */
export function badInput(lang: Lang, key: InputMessageKey, value: string): GraphQLError {
  return new GraphQLError(inputMessage(lang, key, value), {
    extensions: { code: 'BAD_USER_INPUT', reason: key },
  });
}
