/**
 * The country list as the ISO library (i18n-iso-countries) gives it: the source of
 * country-names.generated.ts (write-country-names.ts) and of the test that keeps the two equal.
 * Only Node code imports this file: the library and its name files would weigh on every page
 * that shows a country field.
 */
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { pinnedCountryCodes } from './country-pinned.ts';

countries.registerLocale(en);
countries.registerLocale(es);

/** One country: alpha-3 code, official English name, official Spanish name. */
export type CountryRow = readonly [code: string, en: string, es: string];

/** User-assigned alpha-2 codes (AA, QM–QZ, XA–XZ, ZZ) are not officially assigned (e.g. XK). */
function isUserAssigned(alpha2: string): boolean {
  return alpha2 === 'AA' || alpha2 === 'ZZ' || /^(Q[M-Z]|X[A-Z])$/.test(alpha2);
}

/** §5.5: officially assigned alpha-3 codes, pinned codes first, the rest by Spanish name. */
export function buildCountryRowsFromIso(): CountryRow[] {
  const rows: CountryRow[] = [];
  // getAlpha3Codes maps alpha-3 → alpha-2.
  for (const [code, alpha2] of Object.entries(countries.getAlpha3Codes())) {
    if (isUserAssigned(alpha2)) continue;
    const nameEn = countries.getName(code, 'en', { select: 'official' });
    const nameEs = countries.getName(code, 'es', { select: 'official' });
    if (!nameEn || !nameEs) continue;
    rows.push([code, nameEn, nameEs]);
  }
  const pinned = pinnedCountryCodes.map((code) => {
    const row = rows.find((r) => r[0] === code);
    if (!row) throw new Error(`Pinned country ${code} is missing from the ISO library`);
    return row;
  });
  const pinnedSet = new Set<string>(pinnedCountryCodes);
  const collator = new Intl.Collator('es', { sensitivity: 'base' });
  const rest = rows
    .filter((row) => !pinnedSet.has(row[0]))
    .sort((a, b) => collator.compare(a[2], b[2]) || a[0].localeCompare(b[0]));
  return [...pinned, ...rest];
}
