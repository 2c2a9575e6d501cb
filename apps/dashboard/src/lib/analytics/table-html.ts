/**
 * A chart's table head and rows as one escaped HTML string each (issue 17): the figures never
 * change after the server writes them, so they hydrate at once instead of as hundreds of nodes
 * with an effect each (the analytics page has over a thousand of them in its tables).
 */
import type { Lang } from '@ventanilla/ui';
import { escapeHtml as escape } from '../components/escape-html.ts';
import { formatValue } from './format.ts';
import type { ChartTable } from './types.ts';

/** The header row: the row header's title, then one per column. */
export function tableHeadHtml(table: ChartTable): string {
  const columns = table.columns.map((c) => `<th scope="col" class="number">${escape(c)}</th>`);
  return `<tr><th scope="col">${escape(table.rowHeader)}</th>${columns.join('')}</tr>`;
}

/** One row per category: its label as a row header, then the figures as the page writes them. */
export function tableRowsHtml(table: ChartTable, lang: Lang): string {
  return table.rows
    .map((row) => {
      const cells = row.values.map(
        (value) => `<td class="number">${escape(formatValue({ value, lang }))}</td>`,
      );
      return `<tr data-code="${escape(row.code)}"><th scope="row">${escape(row.label)}</th>${cells.join('')}</tr>`;
    })
    .join('');
}
