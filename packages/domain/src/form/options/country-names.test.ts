import { describe, expect, it } from 'vitest';
import { countryRows } from './country-names.generated.ts';
import { buildCountryRowsFromIso } from './country-source.ts';

describe('country-names.generated.ts', () => {
  it('is the ISO library’s list (else run `pnpm --filter @ventanilla/domain countries`)', () => {
    expect(countryRows).toEqual(buildCountryRowsFromIso());
  });
});
