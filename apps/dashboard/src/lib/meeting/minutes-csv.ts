import type { Lang } from '@ventanilla/ui';
import { csvDelimiter, toCsvCell } from '../server/export.ts';

/**
 * The minutes table (buildMinutesTable) as a CSV file's text: UTF-8 BOM so Excel reads accents,
 * split by the separator the reader's Excel expects (`;` in Spanish, `,` in English).
 */
export function writeMinutesCsv({ rows, lang }: { rows: string[][]; lang: Lang }): string {
  const delimiter = csvDelimiter(lang);
  return `\uFEFF${rows.map((r) => r.map(toCsvCell).join(delimiter)).join('\r\n')}\r\n`;
}
