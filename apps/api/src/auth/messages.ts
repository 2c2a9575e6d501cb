import type { Lang } from '@ventanilla/domain';

type Messages = Record<string, { en: string; es: string }>;

const messages = {
  loginFailed: {
    en: 'Sign-in failed. Check your email and password, or try again in a few minutes.',
    es: 'No se pudo iniciar sesión. Revise su correo y contraseña, o intente de nuevo en unos minutos.',
  },
  unauthenticated: { en: 'Please sign in.', es: 'Inicie sesión.' },
  forbidden: { en: 'You do not have access to this.', es: 'No tiene acceso a esto.' },
  notFound: { en: 'Not found.', es: 'No se encontró.' },
  internal: {
    en: 'Something went wrong. Please try again.',
    es: 'Algo salió mal. Intente de nuevo.',
  },
  unknownHub: { en: 'Unknown hub: {value}.', es: 'Ventanilla desconocida: {value}.' },
  duplicate: { en: 'This already exists.', es: 'Esto ya existe.' },
} satisfies Messages;

export type MessageKey = keyof typeof messages;

/** A fixed message in the caller's language, with `{value}` filled. */
export function translate(lang: Lang, key: MessageKey, value?: string): string {
  const text = messages[key][lang];
  return value === undefined ? text : text.replaceAll('{value}', value);
}
