/** Names of the chart downloads: words people read, in their language, safe in any file system. */
import type { Lang } from '@ventanilla/ui';
import { isChartId } from './charts.ts';
import { isCompareChartId } from './compare.ts';
import { isReferralChartId } from './referral-charts.ts';
import { isMonitoringChartId } from './monitoring-charts.ts';
import type { AnalyticsFilter } from './period.ts';
import { analyticsT } from './translate.ts';

/** Lower-case ASCII words joined by `-`: "Casos por edad y género" → "casos-por-edad-y-genero". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * "ventanilla-casos-por-mes-2026-01-2026-06.csv"; the codes download says so
 * ("…-codigos-…", "…-codes-…") so both can sit in one folder.
 */
export function chartFileName({
  id,
  filter,
  lang,
  codes,
  ext,
}: {
  id: string;
  filter: Pick<AnalyticsFilter, 'from' | 'to'>;
  lang: Lang;
  codes: boolean;
  ext: 'csv' | 'xlsx';
}): string {
  const t = analyticsT(lang);
  const chart =
    isChartId(id) || isCompareChartId(id) || isReferralChartId(id) || isMonitoringChartId(id)
      ? t(`an.file.${id}`)
      : id;
  const words = codes ? `${chart} ${t('an.file.codes')}` : chart;
  return `ventanilla-${slugify(words)}-${filter.from}-${filter.to}.${ext}`;
}
