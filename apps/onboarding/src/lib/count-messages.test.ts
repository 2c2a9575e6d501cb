import { sharedMessages } from '@ventanilla/ui';
import { collectCatalogs, listCountMessageProblems } from '@ventanilla/ui/i18n/count-messages.ts';
import { findHandbookCodes } from '@ventanilla/ui/i18n/handbook-codes.ts';
import { expect, it } from 'vitest';

// Every catalogue of the app (messages.ts, *-messages.ts, i18n.ts), including ones added later.
const catalogs = collectCatalogs(
  import.meta.glob(['./**/*messages.ts', './**/i18n.ts', '!./**/*.test.ts'], { eager: true }),
);

it('every message of the app that takes a count has singular and plural forms', () => {
  expect(catalogs.length).toBeGreaterThan(2);
  expect(listCountMessageProblems({ catalogs: [sharedMessages, ...catalogs] })).toEqual([]);
});

it('no screen text cites a handbook by table number or § code, only by name and section in words', () => {
  expect(findHandbookCodes({ catalogs: [sharedMessages, ...catalogs] })).toEqual([]);
});
