/** A leading handbook number such as `a 1 `, `a1 ` or `b 12 ` (after the rest of the normalization). */
const handbookNumber = /^[ab] ?\d{1,2} /u;

/**
 * §7.4 label normalization, used to match headers and values to labels: NFKD, combining marks
 * removed, casefolded, every run of characters that are not letters or digits replaced with one
 * space, trimmed, then a leading handbook number dropped. "A.1 Nacionalidad", "a1 nacionalidad"
 * and "Nacionalidad" all become `nacionalidad`.
 */
export function normalizeLabel({ text }: { text: string }): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const normalized = compute(text);
  // Import files repeat the same few hundred labels and values: keep them, bounded.
  if (cache.size >= 10_000) cache.clear();
  cache.set(text, normalized);
  return normalized;
}

const cache = new Map<string, string>();

function compute(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(handbookNumber, '');
}
