/**
 * Data-quality checks of a hub-month, shown on the monthly report and at the verification
 * meeting (hubs handbook §3.2, Table 2: daily count, monthly verification of results,
 * 000:L995-L1011). The API computes the aggregates in SQL; the rules below are data, and
 * turning aggregates into findings is pure.
 */
import type { Lang } from '../i18n.ts';
import { CHECK_IN_OVERDUE_DAYS } from '../mca/check-ins.ts';
import { choosePlural, pluralize } from '../plural.ts';

export type QualityRuleCode =
  | 'no_records'
  | 'gap_days'
  | 'outlier'
  | 'heavy_other'
  | 'late_entry'
  | 'activity_arithmetic'
  | 'import_missing_conditional'
  | 'likely_duplicates'
  | 'overdue_follow_ups'
  | 'mca_not_contacted';

export type QualitySeverity = 'high' | 'medium' | 'low';

export type QualityRule = {
  code: QualityRuleCode;
  severity: QualitySeverity;
  title: { en: string; es: string };
  /** Thresholds used by the evaluation (kept here so the report can print them). */
  thresholds: Record<string, number>;
};

export const qualityRules: Readonly<Record<QualityRuleCode, QualityRule>> = {
  no_records: {
    code: 'no_records',
    severity: 'high',
    title: { en: 'No records this month', es: 'Sin registros en el mes' },
    thresholds: {},
  },
  gap_days: {
    code: 'gap_days',
    severity: 'medium',
    title: { en: 'Days with no records', es: 'Días sin registros' },
    thresholds: { minDays: 10 },
  },
  outlier: {
    code: 'outlier',
    severity: 'medium',
    title: {
      en: 'Unusual total against the previous three months',
      es: 'Total inusual frente a los tres meses anteriores',
    },
    thresholds: { minMedian: 5, highRatio: 2, lowRatio: 0.5 },
  },
  heavy_other: {
    code: 'heavy_other',
    severity: 'low',
    title: { en: 'Heavy use of "other"', es: 'Uso frecuente de «otro»' },
    thresholds: { minRecords: 5, share: 0.2 },
  },
  late_entry: {
    code: 'late_entry',
    severity: 'low',
    title: {
      en: 'Records entered long after their date',
      es: 'Registros ingresados mucho después de su fecha',
    },
    thresholds: { days: 30 },
  },
  activity_arithmetic: {
    code: 'activity_arithmetic',
    severity: 'medium',
    title: {
      en: 'Activity figures that do not add up',
      es: 'Cifras de actividades que no cuadran',
    },
    thresholds: {},
  },
  import_missing_conditional: {
    code: 'import_missing_conditional',
    severity: 'low',
    title: {
      en: 'Imported rows missing conditional fields',
      es: 'Filas importadas sin campos condicionales',
    },
    thresholds: {},
  },
  likely_duplicates: {
    code: 'likely_duplicates',
    severity: 'medium',
    title: { en: 'Likely duplicates', es: 'Posibles duplicados' },
    thresholds: {},
  },
  // Issue 16, item 8: a referral is followed until an outcome (000:L800-L813), and each MCA is
  // checked in with every 8 to 10 days (Annex 5).
  overdue_follow_ups: {
    code: 'overdue_follow_ups',
    severity: 'high',
    title: { en: 'Referral follow-ups overdue', es: 'Seguimientos de referencias atrasados' },
    thresholds: {},
  },
  mca_not_contacted: {
    code: 'mca_not_contacted',
    severity: 'medium',
    title: {
      en: 'Community advisors not contacted for more than 10 days',
      es: 'Asesores comunitarios sin contacto por más de 10 días',
    },
    thresholds: { days: CHECK_IN_OVERDUE_DAYS },
  },
};

/** Aggregates of one hub-month (computed in SQL by the API). */
export type QualityMetrics = {
  month: string;
  cases: number;
  activities: number;
  /** The three previous months, any order; months without records count as 0. */
  previous: { month: string; cases: number; activities: number }[];
  /** Longest run of calendar days in the month (up to `today`) with no record. */
  longestGap: { from: string; to: string; days: number } | null;
  /** Cases using an "other" code in a coded field, and activities typed "other". */
  otherRecords: number;
  late: { count: number; maxDays: number };
  arithmetic: number;
  importMissing: number;
  duplicates: { groups: number; records: number };
  /** Open referrals of the hub whose follow-up date has passed (as of the report's day). */
  overdueFollowUps?: number;
  /** Active community advisors of the hub last contacted more than 10 days ago. */
  mcasNotContacted?: number;
  /**
   * Set (to k) when the counts are published under disclosure control: a 0 may then stand for
   * 1..k−1, so a month published as 0 is not read as a drop (an "unusual total").
   */
  zeroMayBeSmall?: number;
};

export type QualityFinding = {
  rule: QualityRuleCode;
  severity: QualitySeverity;
  /** Records concerned (0 when the finding is about the month as a whole). */
  count: number;
  title_en: string;
  title_es: string;
  message_en: string;
  message_es: string;
};

const severityOrder: Record<QualitySeverity, number> = { high: 0, medium: 1, low: 2 };

/** The median of a list of numbers (0 for an empty list). */
export function computeMedian({ values }: { values: readonly number[] }): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const pct = (n: number) => `${Math.round(n * 100)} %`;

/** "1 case" / "2 cases" by the product's plural rules (plural.ts). */
const counted = (lang: Lang, count: number, one: string, other: string) =>
  pluralize({ lang, count, forms: { one: `{count} ${one}`, other: `{count} ${other}` } });
const countEn = (count: number, one: string, other: string) => counted('en', count, one, other);
const countEs = (count: number, one: string, other: string) => counted('es', count, one, other);
/** A word that agrees with a count ("its" / "their"). */
const agree = (lang: Lang, count: number, one: string, other: string) =>
  choosePlural({ lang, count, forms: { one, other } });

/** Turns the aggregates of a hub-month into findings, most serious first. */
export function evaluateQualityFindings({
  metrics,
}: {
  metrics: QualityMetrics;
}): QualityFinding[] {
  const out: QualityFinding[] = [];
  const add = (rule: QualityRuleCode, count: number, en: string, es: string) => {
    const def = qualityRules[rule];
    out.push({
      rule,
      severity: def.severity,
      count,
      title_en: def.title.en,
      title_es: def.title.es,
      message_en: en,
      message_es: es,
    });
  };
  const total = metrics.cases + metrics.activities;
  if (total === 0) {
    add(
      'no_records',
      0,
      `No case or activity is recorded for ${metrics.month}. If the hub worked this month, records are missing; if it was closed, say so in the narrative.`,
      `No hay casos ni actividades registrados en ${metrics.month}. Si la ventanilla atendió este mes, faltan registros; si estuvo cerrada, indíquelo en la narrativa.`,
    );
  } else if (
    metrics.longestGap &&
    metrics.longestGap.days >= qualityRules.gap_days.thresholds.minDays!
  ) {
    const g = metrics.longestGap;
    add(
      'gap_days',
      0,
      `Nothing was recorded from ${g.from} to ${g.to} (${countEn(g.days, 'day', 'days')} in a row). The hubs handbook asks for daily monitoring, so records are expected on working days.`,
      `No se registró nada del ${g.from} al ${g.to} (${countEs(g.days, 'día seguido', 'días seguidos')}). El manual de ventanillas pide un seguimiento diario: se esperan registros en los días de atención.`,
    );
  }
  const t = qualityRules.outlier.thresholds;
  for (const [measure, en, es] of [
    ['cases', ['case', 'cases'], ['caso', 'casos']],
    ['activities', ['activity', 'activities'], ['actividad', 'actividades']],
  ] as const) {
    const median = computeMedian({ values: metrics.previous.map((p) => p[measure]) });
    const value = metrics[measure];
    if (metrics.previous.length < 3 || median < t.minMedian!) continue;
    if (value === 0 && metrics.zeroMayBeSmall) continue;
    const ratio = value / median;
    if (ratio >= t.highRatio! || ratio <= t.lowRatio!) {
      const dir = ratio >= 1;
      add(
        'outlier',
        value,
        `${countEn(value, en[0], en[1])} this month against a median of ${median} in the previous three months (${dir ? 'more than double' : 'less than half'}). Confirm the count or explain the change in the narrative.`,
        `${countEs(value, es[0], es[1])} este mes frente a una mediana de ${median} en los tres meses anteriores (${dir ? 'más del doble' : 'menos de la mitad'}). Confirme el conteo o explique el cambio en la narrativa.`,
      );
    }
  }
  const o = qualityRules.heavy_other.thresholds;
  if (total >= o.minRecords! && metrics.otherRecords / total >= o.share!) {
    const share = pct(metrics.otherRecords / total);
    add(
      'heavy_other',
      metrics.otherRecords,
      `${metrics.otherRecords} of ${total} records (${share}) ${agree('en', metrics.otherRecords, 'uses', 'use')} "other" in a coded field. Frequent "other" answers hide trends: check whether a listed option fits.`,
      `${metrics.otherRecords} de ${total} registros (${share}) ${agree('es', metrics.otherRecords, 'usa', 'usan')} «otro» en un campo codificado. Muchas respuestas «otro» ocultan tendencias: revise si alguna opción de la lista corresponde.`,
    );
  }
  if (metrics.late.count > 0) {
    const d = qualityRules.late_entry.thresholds.days!;
    add(
      'late_entry',
      metrics.late.count,
      `${countEn(metrics.late.count, 'record was', 'records were')} entered more than ${d} days after ${agree('en', metrics.late.count, 'its', 'their')} date (up to ${metrics.late.maxDays} days). Late entry makes the daily count less reliable.`,
      `${countEs(metrics.late.count, 'registro se ingresó', 'registros se ingresaron')} más de ${d} días después de su fecha (hasta ${metrics.late.maxDays} días). El ingreso tardío resta confiabilidad al conteo diario.`,
    );
  }
  if (metrics.arithmetic > 0)
    add(
      'activity_arithmetic',
      metrics.arithmetic,
      `${countEn(metrics.arithmetic, 'activity has', 'activities have')} an average-age band that contradicts ${agree('en', metrics.arithmetic, 'its', 'their')} share of people under 18 (for example an average under 18 with no minors).`,
      `${countEs(metrics.arithmetic, 'actividad tiene', 'actividades tienen')} un rango de edad promedio que contradice su porcentaje de menores de 18 años (por ejemplo, promedio menor de 18 sin menores).`,
    );
  if (metrics.importMissing > 0)
    add(
      'import_missing_conditional',
      metrics.importMissing,
      `${countEn(metrics.importMissing, 'imported record was', 'imported records were')} stored with warnings: a field that the form asks for in ${agree('en', metrics.importMissing, 'its', 'their')} situation is empty.`,
      `${countEs(metrics.importMissing, 'registro importado se guardó', 'registros importados se guardaron')} con advertencias: falta un campo que el formulario pide en su situación.`,
    );
  if (metrics.duplicates.groups > 0)
    add(
      'likely_duplicates',
      metrics.duplicates.records,
      `${countEn(metrics.duplicates.records, 'case forms', 'cases form')} ${countEn(metrics.duplicates.groups, 'group', 'groups')} with the same date, officer, nationality, age range, gender and first service. They may be the same person entered twice.`,
      `${countEs(metrics.duplicates.records, 'caso forma', 'casos forman')} ${countEs(metrics.duplicates.groups, 'grupo', 'grupos')} con igual fecha, oficial, nacionalidad, rango de edad, género y primer servicio. Puede ser la misma persona ingresada dos veces.`,
    );
  if (metrics.overdueFollowUps)
    add(
      'overdue_follow_ups',
      metrics.overdueFollowUps,
      // Counted on the month's last day (today while it runs): some may be closed since.
      `${countEn(metrics.overdueFollowUps, 'referral had', 'referrals had')} passed ${agree('en', metrics.overdueFollowUps, 'its', 'their')} follow-up date without an outcome by the end of the month (or today, while it runs). Call the institution or the person and close from the follow-up list any still open.`,
      `${countEs(metrics.overdueFollowUps, 'referencia había', 'referencias habían')} pasado su fecha de seguimiento sin resultado al cierre del mes (u hoy, mientras corre). Llame a la institución o a la persona y cierre desde la lista de seguimientos las que sigan abiertas.`,
    );
  if (metrics.mcasNotContacted)
    add(
      'mca_not_contacted',
      metrics.mcasNotContacted,
      `${countEn(metrics.mcasNotContacted, 'community advisor has', 'community advisors have')} not been contacted for more than ${qualityRules.mca_not_contacted.thresholds.days} days; the hub checks in with each one every 8 to 10 days.`,
      `${countEs(metrics.mcasNotContacted, 'asesor comunitario lleva', 'asesores comunitarios llevan')} más de ${qualityRules.mca_not_contacted.thresholds.days} días sin contacto; la ventanilla se comunica con cada uno cada 8 a 10 días.`,
    );
  return out.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** Longest run of days without records in `month` (up to `today`), from the days that have records. */
export function findLongestGap({
  month,
  daysWithRecords,
  today,
}: {
  month: string;
  daysWithRecords: readonly string[];
  today: string;
}): { from: string; to: string; days: number } | null {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const has = new Set(daysWithRecords);
  let best: { from: string; to: string; days: number } | null = null;
  let start: string | null = null;
  let run = 0;
  for (let d = 1; d <= last; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    if (day > today) break;
    if (!has.has(day)) {
      start ??= day;
      run += 1;
      if (!best || run > best.days) best = { from: start, to: day, days: run };
    } else {
      start = null;
      run = 0;
    }
  }
  return best;
}
