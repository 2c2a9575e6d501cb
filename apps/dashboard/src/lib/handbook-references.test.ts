import { sharedMessages } from '@ventanilla/ui';
import { collectCatalogs } from '@ventanilla/ui/i18n/count-messages.ts';
import { expect, it } from 'vitest';

// Every catalogue of the app (messages.ts, *-messages.ts, i18n.ts), including ones added later.
const catalogs = collectCatalogs(
  import.meta.glob(['./**/*messages.ts', './**/i18n.ts', '!./**/*.test.ts'], { eager: true }),
);

/** A handbook's table number or section code ("Tabla 2", "Table 1", "§3.2"). */
const handbookCode = /§|\b(?:Tabla|Table) \d/u;

it('no screen text cites a handbook by table number or § code, only by name and section in words', () => {
  expect(catalogs.length).toBeGreaterThan(2);
  const found: string[] = [];
  for (const catalog of [sharedMessages, ...catalogs])
    for (const [lang, messages] of Object.entries(catalog))
      for (const [key, message] of Object.entries(messages as Record<string, unknown>))
        if (handbookCode.test(JSON.stringify(message))) found.push(`${lang} ${key}`);
  expect(found).toEqual([]);
});
