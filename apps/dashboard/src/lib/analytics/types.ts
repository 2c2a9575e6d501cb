import type { DimensionCode, MeasureCode } from '@ventanilla/domain/monitoring/index';

/** One cell of the API's `disaggregation` (API.md). */
export type Cell = { keys: string[]; value: number | null; suppressed: boolean };

/** The API's `Disaggregation`. */
export type Disaggregation = {
  total: number;
  threshold: number | null;
  suppressedCells: number;
  cells: Cell[];
};

/** One `disaggregation` call of a chart. */
export type SeriesQuery = { key: string; measure: MeasureCode; by: DimensionCode[] };

/** A figure in a table: a number, or suppressed (no value). */
export type TableValue = { value: number | null; suppressed: boolean; estimate?: boolean };

/** How the chart draws its table. */
export type ChartKind = 'line' | 'bar' | 'hbar' | 'pyramid' | 'doughnut';

/**
 * What a chart shows, exactly: its table view, its CSV/XLSX download and its Chart.js drawing
 * are all made from this.
 */
export type ChartTable = {
  id: string;
  title: string;
  kind: ChartKind;
  /** Header of the first column (the categories). */
  rowHeader: string;
  /** Headers of the value columns (the series). */
  columns: string[];
  rows: { code: string; label: string; values: TableValue[] }[];
  /** Explanations shown under the chart (multi-valued counts, estimates, groupings). */
  notes: string[];
  /** Cells suppressed by the API in this chart's answers. */
  suppressedCells: number;
  /** k of the suppression, when applied. */
  threshold: number | null;
};

/** A KPI tile: the figure in the period and in the previous period of the same length. */
export type Kpi = {
  id: string;
  label: string;
  current: TableValue;
  previous: TableValue;
  estimate: boolean;
};

/** A hub the caller reaches, for filters and links. */
export type HubOption = {
  code: string;
  name: string;
  country: string;
  countryName: string;
  type: 'permanent' | 'mobile';
};
