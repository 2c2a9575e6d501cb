import type { ResultOf } from '@ventanilla/ui/graphql';
import type { HUB_OVERVIEW_QUERY } from './server/hubs.ts';

type HubAnswer = ResultOf<typeof HUB_OVERVIEW_QUERY>['hubs'][number];

/** Figures of one hub in one month, as the API's `Hub.stats(month)` returns them. */
export type HubStats = HubAnswer['current'];

/** A hub on the home page: who it is and its figures this month and last month. */
export type HubOverview = HubAnswer & { countryName: string };
