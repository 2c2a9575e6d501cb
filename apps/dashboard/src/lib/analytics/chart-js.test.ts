import { describe, expect, it } from 'vitest';
import { Chart } from './chart-js.ts';
import { chartJsType } from './chart-types.ts';
import type { ChartKind } from './types.ts';

// chart-js.ts registers only what the charts draw (not `chart.js/auto`): a kind whose
// controller, element or scale is missing would fail to draw in the browser.
describe('the Chart.js registration', () => {
  const kinds: ChartKind[] = ['line', 'bar', 'hbar', 'pyramid', 'doughnut'];

  it.each(kinds)('has the controller and elements of %s charts', (kind) => {
    const type = chartJsType(kind);
    const controller = Chart.registry.getController(type);
    expect(controller).toBeDefined();
    const { datasetElementType, dataElementType } = (
      controller as unknown as {
        defaults: { datasetElementType?: string | false; dataElementType?: string | false };
      }
    ).defaults;
    for (const element of [datasetElementType, dataElementType])
      if (element) expect(Chart.registry.getElement(element)).toBeDefined();
  });

  it('has the axes and the plugins that Chart.svelte configures', () => {
    expect(Chart.registry.getScale('category')).toBeDefined();
    expect(Chart.registry.getScale('linear')).toBeDefined();
    for (const plugin of ['title', 'tooltip', 'legend'])
      expect(Chart.registry.getPlugin(plugin)).toBeDefined();
  });
});
