/** The two languages every label and message exists in. Spanish is the default. */
export type Lang = 'es' | 'en';

/** A text in both languages. */
export type Localized = { en: string; es: string };

export const langs: readonly Lang[] = ['es', 'en'];

export const defaultLang: Lang = 'es';

/** Reads `value` if it is a supported language, otherwise the default (Spanish). */
export function parseLang({ value }: { value: string | null | undefined }): Lang {
  const tag = (value ?? '').trim().toLowerCase().slice(0, 2);
  return tag === 'en' ? 'en' : 'es';
}
