import type { ChartType } from 'chart.js';
import type { ChartKind } from './types.ts';

/**
 * The Chart.js type that draws a kind of chart (horizontal bars and pyramids are bars); each
 * must be registered in chart-js.ts. Apart from it so that pages import it without Chart.js.
 */
export function chartJsType(kind: ChartKind): ChartType {
  return kind === 'doughnut' ? 'doughnut' : kind === 'line' ? 'line' : 'bar';
}
