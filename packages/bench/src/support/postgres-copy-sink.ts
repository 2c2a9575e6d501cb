import type postgres from 'postgres';
import type { CopySink } from './load-demo-records.ts';

/** A COPY sink into PostgreSQL through postgres.js (`COPY … FROM STDIN`, CSV), with backpressure. */
export function createPostgresCopySink({ raw }: { raw: postgres.Sql }): CopySink {
  return async (table, columns, lines) => {
    const stream = await raw
      .unsafe(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`)
      .writable();
    for await (const chunk of lines)
      if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', () => resolve());
      stream.end();
    });
  };
}
