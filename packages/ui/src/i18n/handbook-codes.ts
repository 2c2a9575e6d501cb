import { handbookCode } from '@ventanilla/domain/handbook-code';
import type { Catalogs } from './translate.ts';

/** "lang key" of every message of the catalogues that cites a handbook by a table or § code. */
export function findHandbookCodes({
  catalogs,
}: {
  catalogs: readonly Catalogs<string>[];
}): string[] {
  const found: string[] = [];
  for (const catalog of catalogs)
    for (const [lang, messages] of Object.entries(catalog))
      for (const [key, message] of Object.entries(messages as Record<string, unknown>))
        if (handbookCode.test(JSON.stringify(message))) found.push(`${lang} ${key}`);
  return found;
}
