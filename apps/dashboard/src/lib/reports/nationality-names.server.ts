import { nationalityList } from '@ventanilla/domain/form/options/country';
import type { Lang } from '@ventanilla/ui';
import type { Figures } from './types.ts';

/**
 * The names, in `lang`, of the nationalities a report's figures list: the page receives these
 * few, not the ~250 of the whole list (which it would carry in its HTML and hydrate).
 */
export function nationalityNamesOf(figures: Figures, lang: Lang): Record<string, string> {
  const shown = new Set(figures.topNationalities.map((cell) => cell.code));
  return Object.fromEntries(
    nationalityList.options.filter((o) => shown.has(o.code)).map((o) => [o.code, o[lang]]),
  );
}
