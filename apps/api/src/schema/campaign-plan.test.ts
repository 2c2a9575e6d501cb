import { exampleActivity } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.ts';
import { schema } from './index.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const PLAN = `plan {
  diagnosis { situation thinking attitudes trust fears channels internet }
  audiences { id name kind interest power quadrant }
  swot { id quadrant text }
  objectives { id audience impactCategory effect indicator target measurementNote periodStart periodEnd }
  profile
  messages { id text tone }
  activities { id title activityType objectiveId due tows linkedActivityIds }
  resources budget validation evaluationMethods timeline implementation finalReport }`;

const UPDATE = `mutation($id: ID!, $v: Int!, $title: String!, $plan: CampaignPlanInput, $doc: String) {
  campaignUpdate(id: $id, baseVersion: $v, title: $title, plan: $plan, document: $doc) { __typename
    ... on CampaignSaved { campaign { version document ${PLAN} } }
    ... on EditConflict { message yoursTitle yoursDocument yoursPlan { profile audiences { name } }
      theirs { version ${PLAN} } }
    ... on ValidationFailed { issues { fields message } } } }`;

const emptyPlan = {
  diagnosis: {
    situation: '',
    thinking: '',
    attitudes: '',
    trust: '',
    fears: '',
    channels: '',
    internet: '',
  },
  audiences: [],
  swot: [],
  objectives: [],
  profile: '',
  messages: [],
  activities: [],
  resources: '',
  budget: '',
  validation: '',
  evaluationMethods: '',
  timeline: '',
  implementation: '',
  finalReport: '',
};

async function createCampaign(token: string) {
  const created = await app.gql(
    `mutation { campaignCreate(hub: "cri_upala", title: "Plan tipado") {
      ... on CampaignSaved { campaign { id version ${PLAN} } } } }`,
    {},
    { token },
  );
  return created.body.data.campaignCreate.campaign as {
    id: string;
    version: number;
    plan: typeof emptyPlan;
  };
}

describe('the typed campaign plan', () => {
  it('starts empty and reads back as typed fields, enums in UPPER_CASE and null when unset', async () => {
    const token = await app.login('coordinator');
    const created = await createCampaign(token);
    expect(created.plan).toEqual(emptyPlan);

    const plan = {
      ...emptyPlan,
      diagnosis: { ...emptyPlan.diagnosis, situation: '  Rumores sobre requisitos  ' },
      audiences: [
        { id: 'a1', name: 'Autoridades migratorias', kind: 'TARGET', interest: 9, power: 15 },
        { name: 'Programa de televisión', kind: 'WELCOME', interest: 3, power: 8 },
        { id: 'a3', name: '   ', kind: 'TARGET', interest: 5, power: 5 },
      ],
      swot: [
        { id: 't1', quadrant: 'THREATS', text: 'Desinformación' },
        { id: 's1', quadrant: 'STRENGTHS', text: 'Personal local' },
      ],
      objectives: [
        {
          id: 'o1',
          audience: 'a1',
          impactCategory: 'COGNITIVE',
          effect: 'conozca la ventanilla',
          indicator: 'PEOPLE',
          target: 100,
          measurementNote: '',
          periodStart: '2026-01-01',
          periodEnd: 'pronto',
        },
      ],
      messages: [{ id: 'm1', text: 'Migrar seguro es migrar informado', tone: 'WARM' }],
      activities: [
        {
          id: 'p1',
          title: 'Feria',
          activityType: 'no-such-type',
          objectiveId: 'o1',
          due: '2026-03-01',
          tows: 'ST',
          linkedActivityIds: [],
        },
        { id: 'p2', title: 'Radio', objectiveId: 'gone', linkedActivityIds: ['not-a-uuid'] },
      ],
      budget: 'USD 300',
    };
    const saved = await app.gql(
      UPDATE,
      { id: created.id, v: created.version, title: 'Plan tipado', plan },
      { token },
    );
    const { campaign } = saved.body.data.campaignUpdate;
    expect(campaign.version).toBe(created.version + 1);
    // The domain normalises as it does the JSON document: trimmed, clamped, cleared, dropped.
    expect(campaign.plan.diagnosis.situation).toBe('Rumores sobre requisitos');
    expect(campaign.plan.audiences).toHaveLength(2);
    expect(campaign.plan.audiences[0]).toEqual({
      id: 'a1',
      name: 'Autoridades migratorias',
      kind: 'TARGET',
      interest: 9,
      power: 10,
      quadrant: 'PRIORITY',
    });
    expect(campaign.plan.audiences[1]).toMatchObject({
      kind: 'WELCOME',
      quadrant: 'KEEP_SATISFIED',
    });
    expect(campaign.plan.audiences[1].id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(campaign.plan.swot.map((s: { quadrant: string }) => s.quadrant)).toEqual([
      'STRENGTHS',
      'THREATS',
    ]);
    expect(campaign.plan.objectives[0]).toMatchObject({
      impactCategory: 'COGNITIVE',
      indicator: 'PEOPLE',
      target: 100,
      periodStart: '2026-01-01',
      periodEnd: null,
    });
    expect(campaign.plan.messages[0].tone).toBe('WARM');
    expect(campaign.plan.activities).toEqual([
      {
        id: 'p1',
        title: 'Feria',
        activityType: null,
        objectiveId: 'o1',
        due: '2026-03-01',
        tows: 'ST',
        linkedActivityIds: [],
      },
      {
        id: 'p2',
        title: 'Radio',
        activityType: null,
        objectiveId: null,
        due: null,
        tows: null,
        linkedActivityIds: [],
      },
    ]);
    expect(campaign.plan.budget).toBe('USD 300');
    // The deprecated JSON says the same, in the domain's own codes.
    const document = JSON.parse(campaign.document);
    expect(document.audiences[0]).toMatchObject({ kind: 'target', power: 10 });
    expect(document.activities[1]).toMatchObject({ objectiveId: '', tows: '' });
  });

  it('answers a stale version with EditConflict carrying both typed plans', async () => {
    const token = await app.login('coordinator');
    const created = await createCampaign(token);
    const mine = { ...emptyPlan, profile: 'Jóvenes' };
    await app.gql(UPDATE, { id: created.id, v: 1, title: 'Plan tipado', plan: mine }, { token });
    const stale = await app.gql(
      UPDATE,
      {
        id: created.id,
        v: 1,
        title: 'Mi título',
        plan: {
          ...emptyPlan,
          profile: 'Familias',
          audiences: [{ name: 'Familias', kind: 'TARGET', interest: 7, power: 2 }],
        },
      },
      { token, lang: 'en' },
    );
    const conflict = stale.body.data.campaignUpdate;
    expect(conflict.__typename).toBe('EditConflict');
    expect(conflict.message).toMatch(/saved this campaign while you were editing it/);
    expect(conflict.theirs).toMatchObject({ version: 2, plan: { profile: 'Jóvenes' } });
    expect(conflict.yoursPlan).toEqual({ profile: 'Familias', audiences: [{ name: 'Familias' }] });
    expect(JSON.parse(conflict.yoursDocument).profile).toBe('Familias');
  });

  it('takes the plan once: plan and document together, or neither, are refused (es/en)', async () => {
    const token = await app.login('coordinator');
    const created = await createCampaign(token);
    const both = await app.gql(
      UPDATE,
      { id: created.id, v: 1, title: 'x', plan: emptyPlan, doc: '{}' },
      { token, lang: 'en' },
    );
    expect(both.body.data.campaignUpdate).toEqual({
      __typename: 'ValidationFailed',
      issues: [
        {
          fields: ['plan'],
          message: 'Send the plan once: in `plan` (or, deprecated, in `document`).',
        },
      ],
    });
    const neither = await app.gql(UPDATE, { id: created.id, v: 1, title: 'x' }, { token });
    expect(neither.body.data.campaignUpdate.issues[0].message).toMatch(
      /Envíe el plan una sola vez/,
    );
    const bad = await app.gql(
      UPDATE,
      {
        id: created.id,
        v: 1,
        title: 'x',
        plan: { ...emptyPlan, swot: [{ quadrant: 'strengths', text: 'x' }] },
      },
      { token },
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses links to another hub’s recorded activities under plan.activities', async () => {
    const { record_type: _t, ...input } = exampleActivity;
    const recorded = await app.gql(
      `mutation($i: ActivityInput!) { activityRecord(input: $i) {
        ... on ActivitySaved { activity { id } } } }`,
      { i: { ...input, hub: 'mex_tijuana' } },
      { token: await app.login('officerTijuana') },
    );
    const foreignId = recorded.body.data.activityRecord.activity.id as string;
    const token = await app.login('coordinator');
    const created = await createCampaign(token);
    const cross = await app.gql(
      UPDATE,
      {
        id: created.id,
        v: 1,
        title: 'x',
        plan: { ...emptyPlan, activities: [{ title: 'Feria', linkedActivityIds: [foreignId] }] },
      },
      { token, lang: 'en' },
    );
    expect(cross.body.data.campaignUpdate.issues).toEqual([
      { fields: ['plan.activities.linkedActivityIds'], message: expect.stringMatching(/same hub/) },
    ]);
  });

  it('marks the JSON forms deprecated in the schema', () => {
    const campaign = schema.getType('Campaign') as import('graphql').GraphQLObjectType;
    expect(campaign.getFields().document!.deprecationReason).toMatch(/plan/);
    const conflict = schema.getType('EditConflict') as import('graphql').GraphQLObjectType;
    expect(conflict.getFields().yoursDocument!.deprecationReason).toMatch(/yoursPlan/);
    const update = schema.getMutationType()!.getFields().campaignUpdate!;
    expect(update.args.find((a) => a.name === 'document')!.deprecationReason).toMatch(/plan/);
  });
});
