/**
 * A tiny, typed message layer (no i18n library on purpose).
 *
 * Why not Paraglide or another library: every page here is server-rendered for modest laptops
 * on patchy connections, so messages should cost nothing on the client; keys must be checked
 * at compile time (a missing Spanish or English text is a type error, not a blank on screen);
 * and Paraglide, SvelteKit's recommended option, installs ~560 MB of tooling for what these
 * two languages need. Intl (built into Node and every browser) already does the hard parts:
 * plural rules and number/date formatting. This file only looks a key up and fills `{params}`.
 */
import type { Lang } from '@ventanilla/domain/i18n';
import { choosePlural, formatCount, type PluralForms } from '@ventanilla/domain/plural';

export type { Lang };

/**
 * A text with plural forms, chosen on the `count` parameter by the product's one plural helper
 * (packages/domain/src/plural.ts, Intl.PluralRules): `one` and `other` are required.
 */
export type PluralMessage = PluralForms;

export type Message = string | PluralMessage;

/** The es and en catalogs of one set of keys. */
export type Catalogs<K extends string> = { es: Record<K, Message>; en: Record<K, Message> };

export type Params = Record<string, string | number | Date>;

export type Translate<K extends string> = (key: K, params?: Params) => string;

/**
 * Declares a set of messages. The keys come from the Spanish catalog; the English one must have
 * exactly the same keys (TypeScript rejects a missing or extra key).
 */
export function defineMessages<K extends string>(catalogs: {
  es: Record<K, Message>;
  en: NoInfer<Record<K, Message>>;
}): Catalogs<K> {
  return catalogs;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

function cached<T>(map: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = map.get(lang);
  if (!value) {
    value = make();
    map.set(lang, value);
  }
  return value;
}

/** Formats an integer or decimal the way `lang` writes numbers (1 234 / 1,234). */
export function formatNumber({ lang, value }: { lang: Lang; value: number }): string {
  return formatCount({ lang, count: value });
}

function formatParam(lang: Lang, value: string | number | Date): string {
  if (typeof value === 'number') return formatNumber({ lang, value });
  if (value instanceof Date)
    return cached(
      dateFormats,
      lang,
      () => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }),
    ).format(value);
  return value;
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function formatMessage({
  lang,
  message,
  params,
}: {
  lang: Lang;
  message: Message;
  params?: Params | undefined;
}): string {
  const text =
    typeof message === 'string'
      ? message
      : choosePlural({
          lang,
          count: typeof params?.count === 'number' ? params.count : 0,
          forms: message,
        });
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatParam(lang, value);
  });
}

/**
 * Returns `t(key, params)` for `lang` over one or more catalogs (later ones win on equal keys).
 *
 * ```ts
 * const t = createTranslator({ lang: 'es', catalogs: [sharedMessages, appMessages] });
 * t('home.cases', { count: 3 }); // "3 casos"
 * ```
 */
export function createTranslator<const C extends readonly Catalogs<string>[]>({
  lang,
  catalogs,
}: {
  lang: Lang;
  catalogs: C;
}): Translate<KeysOf<C[number]>> {
  const merged: Record<string, Message> = Object.assign(
    {},
    ...catalogs.map((catalog) => catalog[lang]),
  );
  return (key, params) => {
    const message = merged[key];
    if (message === undefined) return key;
    return formatMessage({ lang, message, params });
  };
}

/** The keys of a catalog set. */
export type KeysOf<C> = C extends Catalogs<infer K> ? K : never;
