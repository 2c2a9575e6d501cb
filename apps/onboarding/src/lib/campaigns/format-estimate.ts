import { formatNumber, type Lang } from '@ventanilla/ui';

/** An estimate (people reached, activities) as a whole number in the reader's language. */
export function formatEstimate({ lang, value }: { lang: Lang; value: number }): string {
  return formatNumber({ lang, value: Math.round(value) });
}
