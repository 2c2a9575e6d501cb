import { handbookCode } from '@ventanilla/domain/handbook-code';
import type { Catalogs } from './translate.ts';

/**
 * A section number with no annex or handbook before it ("las referencias de la sección 5"):
 * readers cannot tell what it is a section of.
 */
const bareSection = /(?<!(?:anexo|annex) \d+,? \(?)\b(?:secci[oó]n|section) \d/iu;

/**
 * "lang key" of every message of the catalogues that cites a handbook by a table or § code, or
 * names a section without what it is a section of.
 */
export function findHandbookCodes({
  catalogs,
}: {
  catalogs: readonly Catalogs<string>[];
}): string[] {
  const found: string[] = [];
  for (const catalog of catalogs)
    for (const [lang, messages] of Object.entries(catalog))
      for (const [key, message] of Object.entries(messages as Record<string, unknown>))
        if (handbookCode.test(JSON.stringify(message)) || bareSection.test(JSON.stringify(message)))
          found.push(`${lang} ${key}`);
  return found;
}
