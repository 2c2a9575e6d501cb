/**
 * The filters of a download in words, for the notes sheet of an XLSX ("Países: Costa Rica ·
 * Ventanillas: Upala"): names in the user's language, never the codes of the query string.
 */
import type { Lang } from '@ventanilla/ui';
import type { AnalyticsFilter } from './period.ts';
import { analyticsT } from './translate.ts';
import type { HubOption } from './types.ts';

export function describeFilter({
  filter,
  hubs,
  lang,
}: {
  filter: AnalyticsFilter;
  hubs: HubOption[];
  lang: Lang;
}): string {
  const t = analyticsT(lang);
  const names = (codes: string[], nameOf: (code: string) => string | undefined) =>
    codes.map((code) => nameOf(code) ?? code).join(', ');
  const parts = [
    filter.countries.length
      ? `${t('an.countries')}: ${names(filter.countries, (c) => hubs.find((h) => h.country === c)?.countryName)}`
      : null,
    filter.hubs.length
      ? `${t('an.hubs')}: ${names(filter.hubs, (c) => hubs.find((h) => h.code === c)?.name)}`
      : null,
    filter.hubType ? `${t('an.hubType')}: ${t(`hubType.${filter.hubType}`)}` : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join(' · ') : t('an.allHubs');
}
