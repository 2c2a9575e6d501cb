import type { Lang } from '@ventanilla/ui';

/**
 * Institutions in the reader's alphabetical order: accents and case do not push a name to the
 * end ("Ángeles" sits with the A's, "casa" next to "Centro"), as a code-point sort would.
 */
export function sortByName<T>(
  entries: readonly T[],
  lang: Lang,
  nameOf: (entry: T) => string | null,
): T[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return [...entries].sort((a, b) => collator.compare(nameOf(a) ?? '', nameOf(b) ?? ''));
}
