import type { Lang, Localized } from '../i18n.ts';
import { glossary } from './glossary.generated.ts';
import type { Citation } from './types.ts';

export type GlossaryTerm = {
  id: string;
  term: Localized;
  definition: Localized;
  citation: Citation;
};

/**
 * Basic migration terms for hub staff (hubs handbook Annex 6). The texts live in
 * packages/content/glossary.yaml (docs/content.md).
 */
export { glossary };

/** Lower case without accents, for matching "migracion" with "Migración". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Terms whose name or definition (in `lang`) contains every word of `query`; terms first. */
export function searchGlossary({ query, lang }: { query: string; lang: Lang }): GlossaryTerm[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const sorted = [...glossary].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  if (words.length === 0) return sorted;
  const hits = sorted.filter((entry) => {
    const text = fold(`${entry.term[lang]} ${entry.definition[lang]}`);
    return words.every((word) => text.includes(word));
  });
  const inTerm = (entry: GlossaryTerm) => words.every((w) => fold(entry.term[lang]).includes(w));
  return [...hits.filter(inTerm), ...hits.filter((entry) => !inTerm(entry))];
}
