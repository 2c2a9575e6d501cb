import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

export const schemaFile = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** The committed SDL: sorted, so the diff shows real changes only. */
export function printApiSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(schemaFile, printApiSchema());
  process.stdout.write(`wrote ${schemaFile}\n`);
}
