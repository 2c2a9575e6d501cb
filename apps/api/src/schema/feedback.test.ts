import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackResponses } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
let officer = '';
beforeAll(async () => {
  app = await startTestApp();
  officer = await app.login('officer');
});
afterAll(() => app.close());

const RENEW = `mutation { feedbackLinkRenew(hub: "cri_upala") { __typename ... on FeedbackLink { token } } }`;
const FORM = `query($k: String!) { feedbackForm(token: $k) { hub hubName } }`;
const SUBMIT = `mutation($k: String!, $a: FeedbackAnswersInput!) { feedbackSubmit(token: $k, answers: $a) {
  __typename ... on FeedbackThanks { hubName } ... on ValidationFailed { issues { fields message } } } }`;

describe('client feedback', () => {
  it('counts anonymous answers through the hub’s link: hub and month only, nothing else', async () => {
    const token = (await app.gql(RENEW, {}, { token: officer })).body.data.feedbackLinkRenew.token;
    const form = await app.gql(FORM, { k: token }, { token: null });
    expect(form.body.data.feedbackForm).toMatchObject({ hub: 'cri_upala' });

    const answered = await app.gql(
      SUBMIT,
      { k: token, a: { satisfaction: '4', waiting: 'under_15' } },
      { token: null },
    );
    expect(answered.body.data.feedbackSubmit.__typename).toBe('FeedbackThanks');
    const rows = await app.database.db
      .select()
      .from(feedbackResponses)
      .where(eq(feedbackResponses.hub, 'cri_upala'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ satisfaction: 4, waiting: 'under_15', recommend: null });
    expect(rows[0]!.month).toMatch(/^\d{4}-\d{2}$/);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'id',
        'hub',
        'month',
        'satisfaction',
        'clearInformation',
        'respectful',
        'waiting',
        'recommend',
        'recordKey',
      ].sort(),
    );
  });

  it('refuses an empty or invalid answer in the person’s language, and an old link', async () => {
    const token = (await app.gql(RENEW, {}, { token: officer })).body.data.feedbackLinkRenew.token;
    const empty = await app.gql(SUBMIT, { k: token, a: {} }, { token: null, lang: 'en' });
    expect(empty.body.data.feedbackSubmit.issues[0].message).toBe('Answer at least one question.');
    const wrong = await app.gql(SUBMIT, { k: token, a: { recommend: 'maybe' } }, { token: null });
    expect(wrong.body.data.feedbackSubmit.issues[0]).toMatchObject({
      fields: ['recommend'],
      message: 'Elija una de las respuestas.',
    });

    // A renewed link retires the old one at once.
    await app.gql(RENEW, {}, { token: officer });
    const old = await app.gql(SUBMIT, { k: token, a: { satisfaction: '5' } }, { token: null });
    expect(old.body.data.feedbackSubmit.__typename).toBe('NotFound');
    expect((await app.gql(FORM, { k: token }, { token: null })).body.data.feedbackForm).toBeNull();
  });

  it('keeps reviewers from drawing links', async () => {
    const reviewer = await app.login('reviewer');
    const { body } = await app.gql(RENEW, {}, { token: reviewer });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
