/**
 * The grouping key of free text (§3.3, §8.1): casefolded, accents stripped, whitespace
 * collapsed. Used to group admin areas and referral organizations; display keeps the original.
 */
export function toGroupingKey({ text }: { text: string }): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const key = compute(text);
  // Imports and aggregations repeat the same place and organization names: keep them, bounded.
  if (cache.size >= 10_000) cache.clear();
  cache.set(text, key);
  return key;
}

const cache = new Map<string, string>();

function compute(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/\s+/gu, ' ')
    .trim();
}
