import { graphql, type ResultOf, type VariablesOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';
import type { CampaignDocument } from '@ventanilla/domain/strategy/index';
import { CampaignPlanFields, fromPlan, toPlanInput } from './plan-input.ts';

/** The campaign fields every page reads, the typed plan among them. */
const CampaignFields = graphql(
  `
    fragment CampaignFields on Campaign {
      id
      hub
      title
      version
      canEdit
      updatedByName
      updatedAt
      plan {
        ...CampaignPlanFields
      }
    }
  `,
  [CampaignPlanFields],
);

const ReachFields = graphql(`
  fragment ReachFields on CampaignReach {
    activities
    estPeople
    estWomen
    estMinors
  }
`);

const CAMPAIGNS = graphql(
  `
    query Campaigns {
      campaigns {
        ...CampaignFields
      }
    }
  `,
  [CampaignFields],
);

const CAMPAIGN = graphql(
  `
    query Campaign($id: ID!) {
      campaign(id: $id) {
        __typename
        ... on Campaign {
          ...CampaignFields
          progress {
            planned
            done
            total {
              ...ReachFields
            }
            objectives {
              objectiveId
              indicator
              target
              reached
              share
            }
            plannedActivities {
              plannedId
              reach {
                ...ReachFields
              }
            }
          }
        }
      }
    }
  `,
  [CampaignFields, ReachFields],
);

const RECORDED_ACTIVITIES = graphql(`
  query CampaignRecordedActivities($hub: String!) {
    activities(filter: { hubCodes: [$hub] }, limit: 40) {
      items {
        id
        date
        b2_activity_type
        estPeople
      }
    }
  }
`);

/** What a campaign write answers: saved, a conflict with the stored version, or a failure. */
const CampaignWriteFields = graphql(
  `
    fragment CampaignWriteFields on CampaignWriteResult {
      __typename
      ... on CampaignSaved {
        campaign {
          ...CampaignFields
        }
      }
      ... on EditConflict {
        message
        yoursTitle
        theirs {
          ...CampaignFields
        }
      }
      ... on ValidationFailed {
        message
        issues {
          message
        }
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
    }
  `,
  [CampaignFields],
);

const CREATE_CAMPAIGN = graphql(
  `
    mutation CampaignCreate($hub: String!, $title: String!) {
      campaignCreate(hub: $hub, title: $title) {
        ...CampaignWriteFields
      }
    }
  `,
  [CampaignWriteFields],
);

const UPDATE_CAMPAIGN = graphql(
  `
    mutation CampaignUpdate($id: ID!, $v: Int!, $title: String!, $plan: CampaignPlanInput!) {
      campaignUpdate(id: $id, baseVersion: $v, title: $title, plan: $plan) {
        ...CampaignWriteFields
      }
    }
  `,
  [CampaignWriteFields],
);

type RawCampaign = ResultOf<typeof CampaignFields>;

/** A campaign as the pages use it: the plan parsed and normalized by the domain. */
export type CampaignView = Omit<RawCampaign, 'plan'> & { document: CampaignDocument };

type FoundCampaign = Extract<ResultOf<typeof CAMPAIGN>['campaign'], { __typename: 'Campaign' }>;
export type CampaignProgressView = FoundCampaign['progress'];
export type RecordedActivity = ResultOf<typeof RECORDED_ACTIVITIES>['activities']['items'][number];
export type WriteResult = ResultOf<typeof CampaignWriteFields>;

const toView = ({ plan, ...raw }: RawCampaign): CampaignView => ({
  ...raw,
  document: fromPlan({ plan }),
});

export async function fetchCampaigns(api: ApiClient): Promise<CampaignView[]> {
  const data = await api(CAMPAIGNS);
  return data.campaigns.map(toView);
}

export async function fetchCampaign(
  api: ApiClient,
  id: string,
): Promise<{ campaign: CampaignView; progress: CampaignProgressView } | null> {
  const data = await api(CAMPAIGN, { id });
  if (data.campaign.__typename !== 'Campaign') return null;
  const { progress, __typename: _, ...raw } = data.campaign;
  return { campaign: toView(raw), progress };
}

export async function fetchRecordedActivities(
  api: ApiClient,
  hub: string,
): Promise<RecordedActivity[]> {
  const data = await api(RECORDED_ACTIVITIES, { hub });
  return data.activities.items;
}

export async function createCampaign(api: ApiClient, hub: string, title: string) {
  const data = await api(CREATE_CAMPAIGN, { hub, title });
  return data.campaignCreate;
}

export async function saveCampaign(
  api: ApiClient,
  args: { id: string; baseVersion: number; title: string; document: CampaignDocument },
) {
  const data = await api(UPDATE_CAMPAIGN, {
    id: args.id,
    v: args.baseVersion,
    title: args.title,
    // toPlanInput spells the domain's codes as enum names (strings to TypeScript); the API
    // refuses a name outside its enums, and plan-input.test checks every code maps to one.
    plan: toPlanInput({ document: args.document }) as VariablesOf<typeof UPDATE_CAMPAIGN>['plan'],
  });
  return data.campaignUpdate;
}

export { toView };
export type { RawCampaign };
