import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { defineOptionList, type Option } from './option.ts';

countries.registerLocale(en);
countries.registerLocale(es);

/** §5.5: the programme countries and corridors, always listed first, in this order. */
export const pinnedCountryCodes = [
  'MEX',
  'BLZ',
  'GTM',
  'SLV',
  'HND',
  'NIC',
  'CRI',
  'PAN',
  'DOM',
  'HTI',
  'CUB',
  'VEN',
  'COL',
  'ECU',
  'USA',
] as const;

/** User-assigned alpha-2 codes (AA, QM–QZ, XA–XZ, ZZ) are not officially assigned (e.g. XK). */
function isUserAssigned(alpha2: string): boolean {
  return alpha2 === 'AA' || alpha2 === 'ZZ' || /^(Q[M-Z]|X[A-Z])$/.test(alpha2);
}

function buildCountryOptions(): Option[] {
  const rows: Option[] = [];
  // getAlpha3Codes maps alpha-3 → alpha-2.
  for (const [code, alpha2] of Object.entries(countries.getAlpha3Codes())) {
    if (isUserAssigned(alpha2)) continue;
    const nameEn = countries.getName(code, 'en', { select: 'official' });
    const nameEs = countries.getName(code, 'es', { select: 'official' });
    if (!nameEn || !nameEs) continue;
    rows.push({ code, en: nameEn, es: nameEs });
  }
  const pinned = pinnedCountryCodes.map((code) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`Pinned country ${code} is missing from the ISO library`);
    return row;
  });
  const pinnedSet = new Set<string>(pinnedCountryCodes);
  const collator = new Intl.Collator('es', { sensitivity: 'base' });
  const rest = rows
    .filter((row) => !pinnedSet.has(row.code))
    .sort((a, b) => collator.compare(a.es, b.es) || a.code.localeCompare(b.code));
  return [...pinned, ...rest];
}

/** §5.5 `country`: officially assigned ISO 3166-1 alpha-3 codes, pinned codes first. */
export const countryList = defineOptionList({ name: 'country', options: buildCountryOptions() });

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
