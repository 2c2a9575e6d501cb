/**
 * Plurals, once for the whole product: a count chooses its form through `Intl.PluralRules`
 * (built into Node and every browser) so "1 registro" and "2 registros" never depend on a
 * hand-written `n === 1` test. Spanish and English both have `one` and `other`; `zero` is an
 * optional wording for exactly 0 ("Ningún registro"), whatever the language's rules say.
 */
import type { Lang } from './i18n.ts';

/** The forms of one counted text, e.g. `{ one: '{count} fila', other: '{count} filas' }`. */
export type PluralForms = {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
};

const rules = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();

function rulesOf(lang: Lang): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) rules.set(lang, (found = new Intl.PluralRules(lang)));
  return found;
}

/** The plural category of `count` in `lang` (`one` for 1 in es and en, `other` for 0, 2, 1.5…). */
export function selectPlural({ lang, count }: { lang: Lang; count: number }): Intl.LDMLPluralRule {
  return rulesOf(lang).select(count);
}

/** The form of `forms` that `count` takes in `lang`, placeholders left as written. */
export function choosePlural<F extends Partial<PluralForms> & { other: string }>({
  lang,
  count,
  forms,
}: {
  lang: Lang;
  count: number;
  forms: F;
}): string {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return forms[selectPlural({ lang, count })] ?? forms.other;
}

/** Writes a number the way `lang` does (1.234 in Spanish, 1,234 in English). */
export function formatCount({ lang, count }: { lang: Lang; count: number }): string {
  // Below 1000 both languages write the plain digits; skipping Intl here spares a phone the
  // first Intl.NumberFormat (locale data, tens of ms at start-up on a campaign page).
  if (Number.isInteger(count) && count >= 0 && count < 1000) return String(count);
  let found = numbers.get(lang);
  if (!found) numbers.set(lang, (found = new Intl.NumberFormat(lang)));
  return found.format(count);
}

/**
 * The counted text: the right form with `{count}` replaced by the formatted number.
 * `pluralize({ lang: 'es', count: 1, forms: { one: '{count} grupo', other: '{count} grupos' } })`
 * gives "1 grupo".
 */
export function pluralize({
  lang,
  count,
  forms,
}: {
  lang: Lang;
  count: number;
  forms: PluralForms;
}): string {
  return choosePlural({ lang, count, forms }).replaceAll('{count}', formatCount({ lang, count }));
}
