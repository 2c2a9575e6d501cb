import { countryRows } from './country-names.generated.ts';
import { defineOptionList, type Option } from './option.ts';

export { pinnedCountryCodes } from './country-pinned.ts';

/**
 * §5.5 `country`: officially assigned ISO 3166-1 alpha-3 codes, pinned codes first. Read from the
 * compact generated list (country-names.generated.ts, 10 KB) rather than the ISO library, whose
 * names files are several times larger and would be sorted on every page load in the browser.
 */
export const countryList = defineOptionList({
  name: 'country',
  options: countryRows.map(([code, en, es]): Option => ({ code, en, es })),
});

/** The two `nationality` rows that are not countries. */
export const nationalityExtraOptions = [
  { code: 'stateless', en: 'Stateless (no nationality)', es: 'Apátrida (sin nacionalidad)' },
  { code: 'other', en: 'Other (specify)', es: 'Otra (especifique)' },
] as const;

/** §5.5 `nationality`: the country list followed by `stateless` and `other`. */
export const nationalityList = defineOptionList({
  name: 'nationality',
  options: [...countryList.options, ...nationalityExtraOptions],
});

const countryCodes = new Set(countryList.options.map((option) => option.code));

/** True for an officially assigned ISO 3166-1 alpha-3 code (uppercase). */
export function isCountryCode({ code }: { code: string }): boolean {
  return countryCodes.has(code);
}
