import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('HTTP server', () => {
  it('answers /healthz with 200 {"status":"ok"} once the database answers', async () => {
    const res = await fetch(`${app.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('passes the graphql-http server audits', async () => {
    // Apollo's CSRF prevention wants a preflight-forcing header on GET and non-JSON POST;
    // real clients send one (see docs), the audit's fetch gets it added here.
    const fetchFn: typeof fetch = (input, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
    const results = await Promise.all(
      serverAudits({ url: app.url, fetchFn }).map((audit) => audit.fn()),
    );
    const failures = results.filter((r) => r.status === 'error');
    expect(failures.map((f) => `${f.id} ${f.name}: ${'reason' in f ? f.reason : ''}`)).toEqual([]);
  });

  it('answers GET queries with application/graphql-response+json', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    expect(await res.json()).toEqual({ data: { me: null } });
  });

  it('refuses a GET without a CSRF-safe header', async () => {
    const res = await fetch(`${app.url}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses mutations over GET', async () => {
    const query = encodeURIComponent('mutation { logout }');
    const res = await fetch(`${app.url}?query=${query}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  it('refuses deep queries', async () => {
    const token = await app.login('admin');
    let selection = 'code';
    for (let i = 0; i < 12; i++) selection = `... on Query { hubs { ${selection} } }`;
    const { body } = await app.gql(`{ ${selection} }`, {}, { token });
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body.errors)).toMatch(/depth/i);
  });

  it('counts a fragment spread as the fields it stands for (the apps share selections as fragments)', async () => {
    const token = await app.login('coordinator');
    // The onboarding app's campaign create, as gql.tada sends it: nested named fragments. Before,
    // each spread counted as one more level and its cost grew by the depth factor: refused.
    const { status, body } = await app.gql(
      `mutation CampaignCreate($hub: String!, $title: String!) {
        campaignCreate(hub: $hub, title: $title) { ...CampaignWriteFields } }
      fragment CampaignWriteFields on CampaignWriteResult { __typename
        ... on CampaignSaved { campaign { ...CampaignFields } }
        ... on EditConflict { message theirs { ...CampaignFields } }
        ... on ValidationFailed { message issues { message } } }
      fragment CampaignFields on Campaign { id version plan { ...CampaignPlanFields } }
      fragment CampaignPlanFields on CampaignPlan {
        diagnosis { situation thinking attitudes trust fears channels internet }
        audiences { id name kind interest power }
        swot { id quadrant text }
        objectives { id audience impactCategory effect indicator target measurementNote periodStart periodEnd }
        messages { id text tone }
        activities { id title activityType objectiveId due tows linkedActivityIds }
        profile resources budget }`,
      { hub: 'cri_upala', title: 'Campaña de prueba' },
      { token },
    );
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?.campaignCreate).toMatchObject({ __typename: 'CampaignSaved' });
  });

  it('refuses too many aliases', async () => {
    const token = await app.login('admin');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const { body } = await app.gql(`{ ${aliases} }`, {}, { token });
    expect(JSON.stringify(body.errors)).toMatch(/alias/i);
  });

  it('refuses request bodies over the size limit, as a coded GraphQL error in the caller’s language', async () => {
    const send = (lang: string) =>
      fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(2 * 1024 * 1024)}` }),
      });
    const es = await send('es');
    expect(es.status).toBe(413);
    expect(await es.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/demasiado grande/),
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const en = await send('en');
    const english = (await en.json()) as { errors: { message: string }[] };
    expect(english.errors[0]!.message).toMatch(/too large/);
  });

  it('answers a body that is not JSON with a coded error', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{ nope',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toMatch(/JSON/);
  });

  it('answers unknown paths with 404', async () => {
    expect((await fetch(`${app.base}/nope`)).status).toBe(404);
  });
});
