import { countryList } from '@ventanilla/domain/form/options/country';
import { findOption } from '@ventanilla/domain/form/options/option';
import type { Lang } from '@ventanilla/domain/i18n';
import { graphql } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';
import type { HubOverview } from '../hubs.ts';

export const HUB_OVERVIEW_QUERY = graphql(`
  query HubOverview($month: String!, $previous: String!) {
    hubs {
      code
      name
      country
      type
      current: stats(month: $month) {
        cases
        activities
        referrals
        vulnerableCases
      }
      previous: stats(month: $previous) {
        cases
        activities
        referrals
        vulnerableCases
      }
    }
  }
`);

/** The caller's hubs (all hubs for reviewers and admins: the API scopes `hubs`) with figures. */
export async function loadHubOverview({
  api,
  lang,
  month,
  previous,
}: {
  api: ApiClient;
  lang: Lang;
  month: string;
  previous: string;
}): Promise<HubOverview[]> {
  const data = await api(HUB_OVERVIEW_QUERY, { month, previous });
  return data.hubs.map((hub) => {
    const option = findOption({ list: countryList, code: hub.country });
    return { ...hub, countryName: option ? option[lang] : hub.country };
  });
}
