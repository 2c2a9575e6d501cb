/**
 * Lint for counted texts: "1 registros importados" must not reach a screen. A catalogue passes
 * when every message that takes a count chooses its form by plural rules (plural.ts in
 * packages/domain, through `translate.ts`):
 *
 * - a count is passed as `count` and its message has `one` and `other` forms that differ;
 * - a plain string never shows `{count}`, nor puts another count parameter (`{n}`, `{total}`…)
 *   right before the word it counts ("{n} actividades"): such a text is reworded to
 *   "actividades: {n}" or made a plural message on `count`.
 */
import type { Catalogs, Message } from './translate.ts';

/** Parameters that hold a number of things in the catalogues of this product. */
export const countParams: readonly string[] = [
  'count',
  'n',
  'total',
  'done',
  'planned',
  'left',
  'rejected',
  'people',
  'women',
  'minors',
  'records',
  'groups',
];

/** Words that may follow a count without agreeing with it ("{n} de {total}", "{n} and more"). */
const connectors = new Set(['de', 'del', 'of', 'a', 'al', 'to', 'y', 'e', 'and', 'o', 'u', 'or']);

export type CountMessageProblem = { lang: 'es' | 'en'; key: string; problem: string };

const isPlural = (message: Message): message is Exclude<Message, string> =>
  typeof message !== 'string';

function stringProblems(text: string, params: readonly string[]): string[] {
  const problems: string[] = [];
  if (text.includes('{count}')) problems.push('shows {count} without plural forms');
  for (const match of text.matchAll(/\{(\w+)\}\s+([\p{L}]+)/gu)) {
    const [, name, word] = match;
    if (name === 'count' || !name || !word || !params.includes(name)) continue;
    if (!connectors.has(word.toLowerCase()))
      problems.push(`puts the count {${name}} before "${word}" without plural forms`);
  }
  return problems;
}

/** The problems of one or more catalogues, as `{ lang, key, problem }` (empty when all is well). */
export function findCountMessageProblems({
  catalogs,
  params = countParams,
}: {
  catalogs: readonly Catalogs<string>[];
  params?: readonly string[];
}): CountMessageProblem[] {
  const problems: CountMessageProblem[] = [];
  for (const catalog of catalogs) {
    for (const lang of ['es', 'en'] as const) {
      const other = lang === 'es' ? 'en' : 'es';
      for (const [key, message] of Object.entries(catalog[lang] as Record<string, Message>)) {
        const twin = (catalog[other] as Record<string, Message | undefined>)[key];
        if (twin !== undefined && isPlural(twin) && !isPlural(message))
          problems.push({ lang, key, problem: `has plural forms in ${other} only` });
        if (!isPlural(message)) {
          for (const problem of stringProblems(message, params))
            problems.push({ lang, key, problem });
          continue;
        }
        if (!message.one || !message.other)
          problems.push({ lang, key, problem: 'lacks its singular (one) or plural (other) form' });
        else if (message.one === message.other)
          problems.push({ lang, key, problem: 'has the same singular and plural form' });
        for (const [form, text] of Object.entries(message))
          for (const problem of stringProblems(text.replaceAll('{count}', '1'), params))
            problems.push({ lang, key, problem: `${form}: ${problem}` });
      }
    }
  }
  return problems;
}

/** True when `value` has the shape `defineMessages` returns (for collecting an app's catalogues). */
export function isCatalogs(value: unknown): value is Catalogs<string> {
  if (!value || typeof value !== 'object') return false;
  const { es, en } = value as { es?: unknown; en?: unknown };
  return !!es && !!en && typeof es === 'object' && typeof en === 'object';
}
