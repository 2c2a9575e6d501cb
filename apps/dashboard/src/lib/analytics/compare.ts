/** The charts of the side-by-side comparison: one column per hub (2–4 hubs). */
import type { Lang } from '@ventanilla/domain/i18n';
import type { DimensionCode } from '@ventanilla/domain/monitoring/index';
import { dimensions } from '@ventanilla/domain/monitoring/index';
import { labelCode } from './charts.ts';
import { dimensionFieldNames } from './field-names.ts';
import { listMonths, type AnalyticsFilter } from './period.ts';
import { withProtectionNote } from './protection.ts';
import { markRunningMonth } from './running-month.ts';
import { analyticsT } from './translate.ts';
import type { ChartKind, ChartTable, Disaggregation, HubOption, SeriesQuery } from './types.ts';

export const compareChartIds = ['compare-month', 'compare-services', 'compare-route'] as const;
export type CompareChartId = (typeof compareChartIds)[number];

export function isCompareChartId(value: string): value is CompareChartId {
  return (compareChartIds as readonly string[]).includes(value);
}

const dimensionOf: Record<CompareChartId, DimensionCode> = {
  'compare-month': 'MONTH',
  'compare-services': 'SERVICE',
  'compare-route': 'ATTENTION_ROUTE',
};

export function compareQuery(id: CompareChartId): SeriesQuery {
  return { key: 'cases', measure: 'CASES', by: ['HUB', dimensionOf[id]] };
}

/** Rows are the dimension's codes, columns the hubs in the order picked. */
export function buildCompareTable({
  id,
  answer,
  hubs,
  lang,
  filter,
  runningMonth = null,
}: {
  id: CompareChartId;
  answer: Disaggregation;
  hubs: HubOption[];
  lang: Lang;
  filter: AnalyticsFilter;
  /** The month still running (YYYY-MM), marked as partial. */
  runningMonth?: string | null;
}): ChartTable {
  const t = analyticsT(lang);
  const dimension = dimensionOf[id];
  const codes =
    dimension === 'MONTH'
      ? listMonths(filter)
      : [...new Set(answer.cells.map((c) => c.keys[1]!))].sort((a, b) =>
          labelCode({ dimension, code: a, lang }).localeCompare(
            labelCode({ dimension, code: b, lang }),
            lang,
          ),
        );
  const rows = codes.map((code) => ({
    code,
    label: labelCode({ dimension, code, lang }),
    values: hubs.map((hub) => ({
      value: answer.cells.find((c) => c.keys[0] === hub.code && c.keys[1] === code)?.value ?? 0,
    })),
  }));
  const titles: Record<CompareChartId, string> = {
    'compare-month': t('an.chart.casesByMonth'),
    'compare-services': t('an.chart.services'),
    'compare-route': t('an.chart.route'),
  };
  const kind: ChartKind =
    id === 'compare-month' ? 'line' : id === 'compare-services' ? 'hbar' : 'bar';
  const table = {
    id,
    title: titles[id],
    kind,
    rowHeader: dimensions[dimension].label[lang],
    rowField: dimensionFieldNames[dimension],
    columns: hubs.map((h) => h.name),
    columnCodes: hubs.map((h) => h.code),
    rows,
    notes: id === 'compare-services' ? [t('an.note.multi', { total: answer.total })] : [],
  };
  return withProtectionNote({
    table: markRunningMonth({ table, runningMonth, lang }),
    answers: [answer],
    lang,
  });
}
