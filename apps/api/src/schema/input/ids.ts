/** Every id of the schema is a PostgreSQL uuid (8-4-4-4-12 hex digits). */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` can be an id; anything else names no record and must not reach SQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

/** The id, or null when it cannot name a record (so callers answer "not found"). */
export function readId(value: unknown): string | null {
  const text = typeof value === 'number' ? String(value) : value;
  return isUuid(text) ? text : null;
}
