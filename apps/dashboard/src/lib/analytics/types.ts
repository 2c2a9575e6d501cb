import type { DimensionCode, MeasureCode } from '@ventanilla/domain/monitoring/index';
import type { ResultOf } from '@ventanilla/ui/graphql';
import type { DisaggregationFields } from './documents.ts';

/**
 * The API's `Disaggregation`. When `protected`, every value (the total too, as a cell of its
 * own) is perturbed by the cell key method, and `threshold` is its k.
 */
export type Disaggregation = Omit<ResultOf<typeof DisaggregationFields>, 'cells'> & {
  cells: Cell[];
};

/**
 * One cell of the API's `disaggregation` (API.md): its published value, never null (the schema
 * still types `Cell.value` as nullable from the days of suppression; fetchDisaggregations reads
 * a missing one as 0).
 */
export type Cell = { keys: string[]; value: number };

/** One `disaggregation` call of a chart. */
export type SeriesQuery = { key: string; measure: MeasureCode; by: DimensionCode[] };

/** A figure in a table: the API's published value, or one the page derived from them. */
export type TableValue = { value: number; estimate?: boolean };

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
  /** The first column's header in the codes download: the field name of the rows' codes. */
  rowField: string;
  /** Headers of the value columns (the series). */
  columns: string[];
  /** Codes of the value columns, as the codes download heads them (series keys, hub codes…). */
  columnCodes: string[];
  rows: ChartRow[];
  /** Explanations shown under the chart (multi-valued counts, estimates, groupings, protection). */
  notes: string[];
  /** True when the API perturbed the figures of this chart (their note is in `notes`). */
  protected: boolean;
  /**
   * How the drawing uses the columns: `panels` are groups of column indexes, each drawn as a chart
   * of its own with its own scale (counts beside reach figures); `stacked` draws the columns of a
   * panel as parts of one bar. Without it, every column is one series of one chart.
   */
  draw?: { panels: number[][]; stacked?: boolean };
};

/** One row of a chart's table (a category, or a month of a time series). */
export type ChartRow = {
  code: string;
  /** As tables and downloads show it ("dic 2026 (en curso)" for the running month). */
  label: string;
  values: TableValue[];
  /** The month still running: its figures are partial, drawn apart (dashed, hollow point). */
  partial?: boolean;
  /** The axis label when it differs from `label` (the running month's is the month alone). */
  axisLabel?: string;
};

/** A KPI tile: the figure in the period and in the previous period of the same length. */
export type Kpi = {
  id: string;
  label: string;
  current: TableValue;
  previous: TableValue;
  estimate: boolean;
};

/**
 * How the figures of a page reached the viewer: perturbed (reviewers), exact after a reviewer's
 * audited reveal, or exact for a role cleared for personal data.
 */
export type Protection = 'protected' | 'revealed' | 'exact';

/** The KPI tiles and how their figures reached the viewer (for the page's one note). */
export type KpiSet = { kpis: Kpi[]; protection: Protection };

/** A hub the caller reaches, for filters and links. */
export type HubOption = {
  code: string;
  name: string;
  country: string;
  countryName: string;
  type: 'permanent' | 'mobile';
};

/** The analytics page's referral section: the tables and the follow-up figures. */
export type ReferralSection = {
  tables: ChartTable[];
  overdueFollowUps: number;
  closedAfterSending: number;
  medianDays: number | null;
  /** Today in the dashboard's time zone (what "overdue" is measured against), and the zone. */
  today: string;
  timeZone: string;
};

/** The analytics page's monitoring section (people, sources, advisor check-ins, feedback). */
export type MonitoringSection = {
  tables: { visits: ChartTable[]; sources: ChartTable[]; feedback: ChartTable[] };
  protected: boolean;
  visits: {
    attentions: number;
    uniquePeople: number;
    repeatPeople: number;
    visitsPerPerson: number | null;
  };
  channelledByMca: number;
  checkIns: { asOf: string; activeMcas: number; seenMcas: number; seenShare: number | null };
  responses: number;
};
