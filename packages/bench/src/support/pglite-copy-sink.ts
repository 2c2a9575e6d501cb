import type { PGlite } from '@electric-sql/pglite';
import type { CopySink } from './load-demo-records.ts';

/** A COPY sink into PGlite: `COPY … FROM '/dev/blob'`, the CSV handed over 64 chunks at a time. */
export function createPgliteCopySink(client: PGlite): CopySink {
  return async (table, columns, lines) => {
    const copy = (parts: string[]) =>
      client.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob' with (format csv)`, [], {
        blob: new Blob(parts),
      });
    const parts: string[] = [];
    for await (const chunk of lines) {
      parts.push(chunk);
      if (parts.length >= 64) {
        await copy(parts);
        parts.length = 0;
      }
    }
    if (parts.length) await copy(parts);
  };
}
