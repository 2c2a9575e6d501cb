/** A query string (`?a=1` or '') with `changes` applied: a null value removes the key. */
export function changeQuery(query: string, changes: Record<string, string | null>): string {
  const search = new URLSearchParams(query.replace(/^\?/, ''));
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) search.delete(key);
    else search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
