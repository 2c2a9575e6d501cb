import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { isCountryCode } from '../options/country.ts';
import { normalizeLabel } from './normalize-label.ts';

// The names the import matches against (the country list itself no longer loads the library).
countries.registerLocale(en);
countries.registerLocale(es);

let namesIndex: Map<string, string> | undefined;

/** Normalized English and Spanish country names (official names and aliases) → alpha-3. */
function getNamesIndex(): Map<string, string> {
  if (namesIndex) return namesIndex;
  namesIndex = new Map();
  for (const lang of ['en', 'es']) {
    for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      if (!alpha3 || !isCountryCode({ code: alpha3 })) continue;
      for (const name of names) {
        const key = normalizeLabel({ text: name });
        if (key !== '' && !namesIndex.has(key)) namesIndex.set(key, alpha3);
      }
    }
  }
  return namesIndex;
}

/**
 * §7.4 country values: an officially assigned alpha-3 code in any case, an alpha-2 code, or the
 * English or Spanish name from the ISO library after normalization. Returns the alpha-3 code.
 */
export function findCountryCode({ value }: { value: string }): string | undefined {
  const text = value.trim();
  const upper = text.toUpperCase();
  if (/^[A-Z]{3}$/u.test(upper)) return isCountryCode({ code: upper }) ? upper : undefined;
  if (/^[A-Z]{2}$/u.test(upper)) {
    const alpha3 = countries.alpha2ToAlpha3(upper);
    if (alpha3 && isCountryCode({ code: alpha3 })) return alpha3;
  }
  return getNamesIndex().get(normalizeLabel({ text }));
}
