import { exampleActivity } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CREATE = `mutation($hub: String!, $title: String!) { campaignCreate(hub: $hub, title: $title) {
  __typename ... on CampaignSaved { campaign { id version hub title document canEdit } }
  ... on ValidationFailed { issues { fields message } } ... on Forbidden { message } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $title: String!, $doc: String!) {
  campaignUpdate(id: $id, baseVersion: $v, title: $title, document: $doc) { __typename
    ... on CampaignSaved { campaign { id version title document progress { planned done
      total { activities estPeople estWomen estMinors }
      objectives { objectiveId target reached share } } } }
    ... on EditConflict { message baseVersion yoursTitle yoursDocument theirs { version title document updatedByName } }
    ... on ValidationFailed { issues { fields message } }
    ... on Forbidden { message } ... on NotFound { message } } }`;

const { record_type: _t, ...activityInput } = exampleActivity;

async function recordActivity(token: string, hub: string) {
  const saved = await app.gql(
    `mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename
      ... on ActivitySaved { activity { id estPeople estWomen estMinors } }
      ... on ValidationFailed { issues { rule message } } } }`,
    {
      i: {
        ...activityInput,
        hub,
        b1_country: hub.startsWith('cri') ? 'CRI' : activityInput.b1_country,
        ...(hub.startsWith('cri')
          ? { b1_admin1: 'Alajuela', b1_admin2: 'Upala', officer_id: 'CR-UPA-01' }
          : {}),
      },
    },
    { token },
  );
  const activity = saved.body.data?.activityRecord?.activity;
  if (!activity) throw new Error(JSON.stringify(saved.body));
  return activity as { id: string; estPeople: number; estWomen: number; estMinors: number };
}

describe('campaigns', () => {
  let id = '';

  it('lets a coordinator create a campaign for their hub, not for another', async () => {
    const token = await app.login('coordinator');
    const created = await app.gql(
      CREATE,
      { hub: 'cri_upala', title: ' Ferias seguras ' },
      { token },
    );
    const campaign = created.body.data.campaignCreate.campaign;
    expect(campaign).toMatchObject({
      version: 1,
      hub: 'cri_upala',
      title: 'Ferias seguras',
      canEdit: true,
    });
    expect(JSON.parse(campaign.document).audiences).toEqual([]);
    id = campaign.id;
    const denied = await app.gql(CREATE, { hub: 'mex_tijuana', title: 'x' }, { token });
    expect(denied.body.data.campaignCreate.__typename).toBe('Forbidden');
    const empty = await app.gql(CREATE, { hub: 'cri_upala', title: '  ' }, { token, lang: 'en' });
    expect(empty.body.data.campaignCreate.issues[0].message).toMatch(/title/);
  });

  it('saves versions and refuses a stale one with both versions (es/en)', async () => {
    const token = await app.login('coordinator');
    const doc = {
      audiences: [
        { id: 'a1', name: 'Autoridades migratorias', kind: 'target', interest: 9, power: 9 },
      ],
    };
    const first = await app.gql(
      UPDATE,
      { id, v: 1, title: 'Ferias seguras', doc: JSON.stringify(doc) },
      { token },
    );
    expect(first.body.data.campaignUpdate.campaign.version).toBe(2);
    const admin = await app.login('admin');
    const theirs = await app.gql(
      UPDATE,
      {
        id,
        v: 2,
        title: 'Ferias seguras (admin)',
        doc: JSON.stringify({ ...doc, profile: 'Jóvenes' }),
      },
      { token: admin },
    );
    expect(theirs.body.data.campaignUpdate.campaign.version).toBe(3);
    const stale = await app.gql(
      UPDATE,
      { id, v: 2, title: 'Mi título', doc: JSON.stringify({ ...doc, profile: 'Familias' }) },
      { token, lang: 'en' },
    );
    const conflict = stale.body.data.campaignUpdate;
    expect(conflict.__typename).toBe('EditConflict');
    expect(conflict.message).toMatch(/admin saved this campaign while you were editing it/);
    expect(conflict.theirs).toMatchObject({ version: 3, title: 'Ferias seguras (admin)' });
    expect(JSON.parse(conflict.theirs.document).profile).toBe('Jóvenes');
    expect(JSON.parse(conflict.yoursDocument).profile).toBe('Familias');
    expect(conflict.yoursTitle).toBe('Mi título');
    const es = await app.gql(UPDATE, { id, v: 1, title: 'x', doc: '{}' }, { token });
    expect(es.body.data.campaignUpdate.message).toMatch(
      /guardó esta campaña mientras usted la editaba/,
    );
    const got = await app.gql(
      'query($id: ID!) { campaign(id: $id) { ... on Campaign { version title } } }',
      { id },
      { token },
    );
    expect(got.body.data.campaign).toEqual({ version: 3, title: 'Ferias seguras (admin)' });
  });

  it('lets officers read their hubs only, and denies reviewers and editing officers', async () => {
    const officer = await app.login('officer');
    const list = await app.gql('{ campaigns { id canEdit } }', {}, { token: officer });
    expect(list.body.data.campaigns).toEqual([{ id, canEdit: false }]);
    const edit = await app.gql(UPDATE, { id, v: 3, title: 'x', doc: '{}' }, { token: officer });
    expect(edit.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tijuana = await app.login('officerTijuana');
    const other = await app.gql(
      'query($id: ID!) { campaign(id: $id) { __typename } }',
      { id },
      { token: tijuana },
    );
    expect(other.body.data.campaign.__typename).toBe('Forbidden');
    expect(
      (await app.gql('{ campaigns { id } }', {}, { token: tijuana })).body.data.campaigns,
    ).toEqual([]);
    const reviewer = await app.login('reviewer');
    const denied = await app.gql('{ campaigns { id } }', {}, { token: reviewer });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql('{ campaigns { id } }', {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('links recorded activities of the same hub and sums reach in SQL against objectives', async () => {
    const token = await app.login('coordinator');
    const a = await recordActivity(await app.login('officer'), 'cri_upala');
    const foreign = await recordActivity(await app.login('officerTijuana'), 'mex_tijuana');
    const objective = {
      id: 'o1',
      audience: 'a1',
      impactCategory: 'cognitive',
      effect: 'conozca la ventanilla',
      indicator: 'people',
      target: 100,
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    };
    const doc = {
      objectives: [objective],
      activities: [
        { id: 'p1', title: 'Taller en la escuela', objectiveId: 'o1', linkedActivityIds: [a.id] },
        // The same activity under a second planned item of the same objective counts once.
        { id: 'p2', title: 'Feria', objectiveId: 'o1', linkedActivityIds: [a.id] },
        { id: 'p3', title: 'Radio', objectiveId: 'o1', linkedActivityIds: [] },
      ],
    };
    const saved = await app.gql(
      UPDATE,
      { id, v: 3, title: 'Ferias', doc: JSON.stringify(doc) },
      { token },
    );
    const progress = saved.body.data.campaignUpdate.campaign.progress;
    expect(progress).toMatchObject({ planned: 3, done: 2 });
    expect(progress.total.activities).toBe(1);
    expect(progress.total.estPeople).toBeCloseTo(a.estPeople);
    expect(progress.total.estWomen).toBeCloseTo(a.estWomen);
    expect(progress.objectives[0]).toMatchObject({ objectiveId: 'o1', target: 100 });
    expect(progress.objectives[0].reached).toBeCloseTo(a.estPeople);
    expect(progress.objectives[0].share).toBeCloseTo(a.estPeople / 100);

    const cross = await app.gql(
      UPDATE,
      {
        id,
        v: 4,
        title: 'Ferias',
        doc: JSON.stringify({
          ...doc,
          activities: [{ id: 'p1', title: 'x', linkedActivityIds: [foreign.id] }],
        }),
      },
      { token, lang: 'en' },
    );
    expect(cross.body.data.campaignUpdate.__typename).toBe('ValidationFailed');
    expect(cross.body.data.campaignUpdate.issues[0].message).toMatch(/same hub/);
  });

  it('writes audit rows for creates and updates', async () => {
    const rows = await app.database.db.select().from(auditLog);
    const actions = rows.filter((r) => r.entity === 'campaign').map((r) => r.action);
    expect(actions).toContain('campaign.create');
    expect(actions.filter((a) => a === 'campaign.update').length).toBeGreaterThanOrEqual(3);
  });

  it('deletes only at the current version', async () => {
    const token = await app.login('coordinator');
    const del =
      'mutation($id: ID!, $v: Int!) { campaignDelete(id: $id, baseVersion: $v) { __typename } }';
    expect((await app.gql(del, { id, v: 1 }, { token })).body.data.campaignDelete.__typename).toBe(
      'EditConflict',
    );
    expect((await app.gql(del, { id, v: 4 }, { token })).body.data.campaignDelete.__typename).toBe(
      'CampaignDeleted',
    );
  });
});
