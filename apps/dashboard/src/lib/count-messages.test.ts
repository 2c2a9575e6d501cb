import { sharedMessages } from '@ventanilla/ui';
import { findCountMessageProblems, isCatalogs } from '@ventanilla/ui/i18n/count-messages.ts';
import { describe, expect, it } from 'vitest';

// Every catalogue of the app (messages.ts, *-messages.ts, i18n.ts), including ones added later.
const modules = import.meta.glob<Record<string, unknown>>(
  ['./**/*messages.ts', './**/i18n.ts', '!./**/*.test.ts'],
  { eager: true },
);
const catalogs = Object.values(modules).flatMap((module) =>
  Object.values(module).filter(isCatalogs),
);

describe('count messages of the app', () => {
  it('finds the catalogues', () => {
    expect(catalogs.length).toBeGreaterThan(2);
  });

  it('every message that takes a count has singular and plural forms', () => {
    const problems = findCountMessageProblems({ catalogs: [sharedMessages, ...catalogs] });
    expect(problems.map((p) => `${p.lang} ${p.key}: ${p.problem}`)).toEqual([]);
  });
});
