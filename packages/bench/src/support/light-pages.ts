import { gql, logIn } from '@ventanilla/testkit';

/**
 * The pages of issue 17 item 4 (docs/benchmarks.md "Light pages") and what they need to exist:
 * sign-in tokens for an officer, a reviewer and a coordinator, a verification meeting for the
 * month two months back and a campaign for cri_upala. Shared by bench:lighthouse and
 * bench:startup so both measure the same pages.
 */
export const lightLogins = {
  officer: { email: 'oficial.upala@demo.ventanilla.org', password: 'demo-oficial-2026' },
  reviewer: { email: 'revisora@demo.ventanilla.org', password: 'demo-revisora-2026' },
  coordinator: {
    email: 'coordinadora.cri@demo.ventanilla.org',
    password: 'demo-coordinadora-2026',
  },
};
export type LightLogin = keyof typeof lightLogins;

/** A page: `app` and `path` so that the same page can be opened on another server. */
export type LightPage = {
  name: string;
  app: 'dashboard' | 'onboarding';
  path: string;
  as: LightLogin;
};

const now = new Date();
// Two months back: the demo seed covers it (as in the dashboard's meeting spec).
export const lightMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))
  .toISOString()
  .slice(0, 7);

/**
 * Signs the three people in and opens the meeting and the campaign; `close()` closes the
 * meeting again. `only` keeps the pages whose name contains one of its words.
 */
export async function prepareLightPages(graphql: string, only?: string[]) {
  const tokens = {} as Record<LightLogin, string>;
  for (const [who, login] of Object.entries(lightLogins) as [
    LightLogin,
    (typeof lightLogins)[LightLogin],
  ][])
    tokens[who] = await logIn(graphql, login);

  const opened = await gql<{ meetingOpen: { id?: string } }>(
    graphql,
    `mutation($m: String!) { meetingOpen(month: $m, attendees: "Bench") {
       ... on VerificationMeeting { id } } }`,
    { m: lightMonth },
    tokens.reviewer,
  );
  const meetingId = opened.meetingOpen.id;
  if (!meetingId) throw new Error('the meeting did not open');
  const close = () =>
    gql(
      graphql,
      `mutation($id: ID!) { meetingClose(id: $id) { __typename } }`,
      { id: meetingId },
      tokens.reviewer,
    ).catch(() => {});
  const created = await gql<{ campaignCreate: { campaign?: { id: string } } }>(
    graphql,
    `mutation { campaignCreate(hub: "cri_upala", title: "Migración segura en Upala") {
       ... on CampaignSaved { campaign { id } } } }`,
    {},
    tokens.coordinator,
  );
  const campaignId = created.campaignCreate.campaign?.id;
  if (!campaignId) {
    await close();
    throw new Error('the campaign was not created');
  }

  const pages: LightPage[] = [
    { name: 'dashboard /record', app: 'dashboard', path: '/record', as: 'officer' },
    {
      name: 'dashboard /record/activity',
      app: 'dashboard',
      path: '/record/activity',
      as: 'officer',
    },
    { name: 'dashboard /pending', app: 'dashboard', path: '/pending', as: 'officer' },
    { name: 'dashboard /analytics', app: 'dashboard', path: '/analytics', as: 'reviewer' },
    {
      name: `dashboard /reports/cri_upala/${lightMonth}`,
      app: 'dashboard',
      path: `/reports/cri_upala/${lightMonth}`,
      as: 'reviewer',
    },
    {
      name: 'dashboard /verify/[id]',
      app: 'dashboard',
      path: `/verify/${meetingId}`,
      as: 'reviewer',
    },
    {
      name: 'dashboard /verify/[id]/hubs/cri_upala',
      app: 'dashboard',
      path: `/verify/${meetingId}/hubs/cri_upala`,
      as: 'reviewer',
    },
    { name: 'onboarding /training', app: 'onboarding', path: '/training', as: 'officer' },
    {
      name: 'onboarding /training/hub_basics.read',
      app: 'onboarding',
      path: '/training/hub_basics.read',
      as: 'officer',
    },
    { name: 'onboarding /pfa', app: 'onboarding', path: '/pfa', as: 'officer' },
    {
      name: 'onboarding /campaigns/[id]',
      app: 'onboarding',
      path: `/campaigns/${campaignId}`,
      as: 'coordinator',
    },
  ];
  return {
    tokens,
    pages: pages.filter((p) => !only || only.some((word) => p.name.includes(word))),
    close,
  };
}
