import { formatNumber, type Lang } from '@ventanilla/ui';
import { analyticsT } from './translate.ts';
import type { TableValue } from './types.ts';

/** A figure as shown in tiles and tables: "≈ 1.234" or "1.234". */
export function formatValue({
  value,
  lang,
  estimate = value.estimate ?? false,
}: {
  value: TableValue;
  lang: Lang;
  estimate?: boolean;
}): string {
  const t = analyticsT(lang);
  const text = formatNumber({ lang, value: value.value });
  return estimate ? t('an.estimate', { value: text }) : text;
}

/**
 * The change from the previous period, in words ("sube 12 %"), worked out from the two
 * published figures (protected ones included: the change needs no protection of its own).
 */
export function describeChange({
  current,
  previous,
  lang,
}: {
  current: TableValue;
  previous: TableValue;
  lang: Lang;
}): { text: string; direction: 'up' | 'down' | 'same' | 'none' } {
  const t = analyticsT(lang);
  if (previous.value === 0)
    return current.value === 0
      ? { text: t('an.kpiNoChange'), direction: 'same' }
      : { text: t('an.kpiNoBase'), direction: 'none' };
  const ratio = (current.value - previous.value) / previous.value;
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.abs(ratio),
  );
  if (Math.round(ratio * 100) === 0) return { text: t('an.kpiNoChange'), direction: 'same' };
  return ratio > 0
    ? { text: t('an.kpiChangeUp', { change: pct }), direction: 'up' }
    : { text: t('an.kpiChangeDown', { change: pct }), direction: 'down' };
}
