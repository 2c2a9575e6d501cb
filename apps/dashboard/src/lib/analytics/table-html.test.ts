import { describe, expect, it } from 'vitest';
import { tableHeadHtml, tableRowsHtml } from './table-html.ts';
import type { ChartTable } from './types.ts';

const table = {
  id: 'services',
  title: 'Servicios',
  kind: 'hbar',
  rowHeader: 'Servicio <solicitado>',
  columns: ['Casos', 'De ellos, "referidos"'],
  rows: [
    {
      code: 'legal',
      label: 'Asesoría legal & migratoria',
      values: [{ value: 1234 }, { value: 5, estimate: true }],
    },
  ],
  notes: [],
} as unknown as ChartTable;

describe('a chart table as static HTML', () => {
  it('writes the head and the rows, escaped, figures as the page writes them', () => {
    expect(tableHeadHtml(table)).toBe(
      '<tr><th scope="col">Servicio &lt;solicitado&gt;</th>' +
        '<th scope="col" class="number">Casos</th>' +
        '<th scope="col" class="number">De ellos, &quot;referidos&quot;</th></tr>',
    );
    const rows = tableRowsHtml(table, 'es');
    expect(rows).toContain(
      '<tr data-code="legal"><th scope="row">Asesoría legal &amp; migratoria</th>',
    );
    expect(rows).toContain('<td class="number">1234</td>');
    expect(rows).toMatch(/<td class="number">≈ ?5<\/td>/);
  });
});
