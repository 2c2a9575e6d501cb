import type { ApiClient } from '@ventanilla/ui/server';
import type { CampaignDocument, ReachTotals } from '@ventanilla/domain/strategy/index';
import { fromPlan, planSelection, toPlanInput, type CampaignPlanAnswer } from './plan-input.ts';

export type CampaignView = {
  id: string;
  hub: string;
  title: string;
  version: number;
  canEdit: boolean;
  updatedByName: string | null;
  updatedAt: string;
  document: CampaignDocument;
};

export type CampaignProgressView = {
  planned: number;
  done: number;
  total: ReachTotals;
  objectives: {
    objectiveId: string;
    indicator: string;
    target: number | null;
    reached: number | null;
    share: number | null;
  }[];
  plannedActivities: { plannedId: string; reach: ReachTotals }[];
};

export type RecordedActivity = {
  id: string;
  date: string;
  b2_activity_type: string;
  estPeople: number | null;
};

const reach = 'activities estPeople estWomen estMinors';
const fields = `id hub title version canEdit updatedByName updatedAt ${planSelection}`;

type RawCampaign = Omit<CampaignView, 'document'> & { plan: CampaignPlanAnswer };
const toView = ({ plan, ...raw }: RawCampaign): CampaignView => ({
  ...raw,
  document: fromPlan({ plan }),
});

export async function fetchCampaigns(api: ApiClient): Promise<CampaignView[]> {
  const data = await api<{ campaigns: RawCampaign[] }>(`{ campaigns { ${fields} } }`);
  return data.campaigns.map(toView);
}

export async function fetchCampaign(
  api: ApiClient,
  id: string,
): Promise<{ campaign: CampaignView; progress: CampaignProgressView } | null> {
  const data = await api<{
    campaign: { __typename: string } & RawCampaign & { progress: CampaignProgressView };
  }>(
    `query($id: ID!) { campaign(id: $id) { __typename ... on Campaign { ${fields}
      progress { planned done total { ${reach} }
        objectives { objectiveId indicator target reached share }
        plannedActivities { plannedId reach { ${reach} } } } } } }`,
    { id },
  );
  if (data.campaign.__typename !== 'Campaign') return null;
  const { progress, ...raw } = data.campaign;
  return { campaign: toView(raw), progress };
}

export async function fetchRecordedActivities(
  api: ApiClient,
  hub: string,
): Promise<RecordedActivity[]> {
  const data = await api<{ activities: { items: RecordedActivity[] } }>(
    `query($hub: String!) { activities(filter: { hubCodes: [$hub] }, limit: 40) {
      items { id date b2_activity_type estPeople } } }`,
    { hub },
  );
  return data.activities.items;
}

export type WriteResult =
  | { __typename: 'CampaignSaved'; campaign: RawCampaign }
  | {
      __typename: 'EditConflict';
      message: string;
      theirs: RawCampaign;
      yoursTitle: string;
    }
  | { __typename: 'ValidationFailed'; message: string; issues: { message: string }[] }
  | { __typename: 'NotFound' | 'Forbidden'; message: string };

const writeFields = `__typename
  ... on CampaignSaved { campaign { ${fields} } }
  ... on EditConflict { message yoursTitle theirs { ${fields} } }
  ... on ValidationFailed { message issues { message } }
  ... on NotFound { message } ... on Forbidden { message }`;

export async function createCampaign(api: ApiClient, hub: string, title: string) {
  const data = await api<{ campaignCreate: WriteResult }>(
    `mutation($hub: String!, $title: String!) { campaignCreate(hub: $hub, title: $title) { ${writeFields} } }`,
    { hub, title },
  );
  return data.campaignCreate;
}

export async function saveCampaign(
  api: ApiClient,
  args: { id: string; baseVersion: number; title: string; document: CampaignDocument },
) {
  const data = await api<{ campaignUpdate: WriteResult }>(
    `mutation($id: ID!, $v: Int!, $title: String!, $plan: CampaignPlanInput!) {
      campaignUpdate(id: $id, baseVersion: $v, title: $title, plan: $plan) { ${writeFields} } }`,
    {
      id: args.id,
      v: args.baseVersion,
      title: args.title,
      plan: toPlanInput({ document: args.document }),
    },
  );
  return data.campaignUpdate;
}

export { toView };
export type { RawCampaign };
