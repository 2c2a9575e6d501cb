/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are checked field by field */
/**
 * Issue 14 item 5: each input below once answered INTERNAL_SERVER_ERROR (or HTTP 500). Each
 * must now get a typed result or a client error, in the caller's language.
 */
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type GqlResult, type Person, type TestApp } from '../test/app.ts';

let app: TestApp;
let meetingId = '';
let followUpId = '';
let officerId = '';
beforeAll(async () => {
  app = await startTestApp();
  const admin = await app.login('admin');
  const reviewer = await app.login('reviewer');
  const opened = await app.gql(
    'mutation { meetingOpen(month: "2024-03") { __typename ... on VerificationMeeting { id } } }',
    {},
    { token: reviewer },
  );
  meetingId = opened.body.data.meetingOpen.id;
  const added = await app.gql(
    `mutation($m: ID!) { followUpAdd(meetingId: $m, hub: "cri_upala", what: "Call", owner: "Ana", dueDate: "2024-04-30") { __typename ... on FollowUp { id } } }`,
    { m: meetingId },
    { token: reviewer },
  );
  followUpId = added.body.data.followUpAdd.id;
  const users = await app.gql('{ users { id email } }', {}, { token: admin });
  officerId = users.body.data.users.find((u: any) => u.email.startsWith('officer.upala')).id;
});
afterAll(() => app.close());

const nul = 'Ana\u0000María';
const notUuid = '-'.repeat(36);
const { record_type: _c, ...caseInput } = exampleCase;
const { record_type: _a, ...activityInput } = exampleActivity;

type Call = { as: Person; query: string; variables?: () => Record<string, unknown> };

/** The calls of the issue, grouped by the class of bad input. */
const nulByte: Record<string, Call> = {
  'case name': {
    as: 'admin',
    query: 'mutation($i: CaseInput!) { caseRecord(input: $i) { __typename } }',
    variables: () => ({ i: { ...caseInput, a0_name: nul } }),
  },
  'activity summary': {
    as: 'admin',
    query: 'mutation($i: ActivityInput!) { activityRecord(input: $i) { __typename } }',
    variables: () => ({ i: { ...activityInput, b3_summary: nul } }),
  },
  'directory organization': {
    as: 'admin',
    query:
      'mutation($o: String!) { directoryEntryAdd(input: { hub: "cri_upala", organization: $o, sector: "health" }) { __typename } }',
    variables: () => ({ o: nul }),
  },
  'campaign title': {
    as: 'admin',
    query: 'mutation($t: String!) { campaignCreate(hub: "cri_upala", title: $t) { __typename } }',
    variables: () => ({ t: nul }),
  },
  'report narrative': {
    as: 'officer',
    query: `mutation($t: String!) { reportStep(input: { hub: "cri_upala", month: "2024-03", action: SAVE_NARRATIVE,
      narrative: { achievements: $t, challenges: "", lessonsLearned: "", goodPractices: "", migrationTrends: "" } }) { __typename } }`,
    variables: () => ({ t: nul }),
  },
  'meeting attendees': {
    as: 'reviewer',
    query: 'mutation($t: String) { meetingOpen(month: "2024-05", attendees: $t) { __typename } }',
    variables: () => ({ t: nul }),
  },
  'certificate reference': {
    as: 'officer',
    query:
      'mutation($t: String!) { trainingRecordCertificate(itemId: "hub_basics.ecampus", reference: $t) { __typename } }',
    variables: () => ({ t: nul }),
  },
  'user name': {
    as: 'admin',
    query: `mutation($t: String!) { userAdd(input: { email: "nul@test.org", name: $t, role: HUB_OFFICER,
      hubCodes: ["cri_upala"], password: "long-enough-password" }) { __typename } }`,
    variables: () => ({ t: nul }),
  },
  'a NUL byte written in the document itself': {
    as: 'admin',
    query: 'mutation { campaignCreate(hub: "cri_upala", title: "a\\u0000b") { __typename } }',
  },
};

const malformedId: Record<string, Call> = {
  verificationMeeting: {
    as: 'reviewer',
    query: 'query($id: ID!) { verificationMeeting(id: $id) { id } }',
    variables: () => ({ id: notUuid }),
  },
  followUpClose: {
    as: 'reviewer',
    query: 'mutation($id: ID!) { followUpClose(id: $id) { __typename } }',
    variables: () => ({ id: notUuid }),
  },
  'followUpClose (meetingId "not-a-meeting")': {
    as: 'reviewer',
    query:
      'mutation($id: ID!) { followUpClose(id: $id, meetingId: "not-a-meeting") { __typename } }',
    variables: () => ({ id: followUpId }),
  },
  'followUpClose (meetingId of no meeting)': {
    as: 'reviewer',
    query: 'mutation($id: ID!, $m: ID) { followUpClose(id: $id, meetingId: $m) { __typename } }',
    variables: () => ({ id: followUpId, m: '00000000-0000-4000-8000-000000000000' }),
  },
  'reportStep meetingId (an officer)': {
    as: 'officer',
    query: `mutation($m: String) { reportStep(input: { hub: "cri_upala", month: "2024-03", action: SUBMIT, meetingId: $m }) { __typename } }`,
    variables: () => ({ m: notUuid }),
  },
  trainingSignOff: {
    as: 'admin',
    query:
      'mutation($u: ID!) { trainingSignOff(userId: $u, itemId: "vulnerability.signoff") { __typename } }',
    variables: () => ({ u: notUuid }),
  },
  trainingResetAttempts: {
    as: 'admin',
    query:
      'mutation($u: ID!) { trainingResetAttempts(userId: $u, itemId: "hub_basics.check") { __typename } }',
    variables: () => ({ u: notUuid }),
  },
  userUpdate: {
    as: 'admin',
    query: 'mutation($u: ID!) { userUpdate(id: $u, input: { name: "Ana" }) { __typename } }',
    variables: () => ({ u: notUuid }),
  },
  'auditLog userId "abc"': {
    as: 'admin',
    query: '{ auditLog(filter: { userId: "abc" }) { id } }',
  },
};

const badDate: Record<string, Call> = {
  'dueDate 2026-02-30': {
    as: 'reviewer',
    query: `mutation($m: ID!) { followUpAdd(meetingId: $m, hub: "cri_upala", what: "Call", owner: "Ana", dueDate: "2026-02-30") { __typename ... on ValidationFailed { issues { message } } } }`,
    variables: () => ({ m: meetingId }),
  },
  'dueDate 0000-01-01': {
    as: 'reviewer',
    query: `mutation($m: ID!) { followUpAdd(meetingId: $m, hub: "cri_upala", what: "Call", owner: "Ana", dueDate: "0000-01-01") { __typename } }`,
    variables: () => ({ m: meetingId }),
  },
  'auditLog from year 0': {
    as: 'admin',
    query: '{ auditLog(filter: { from: "0000-01-01T00:00:00Z" }) { id } }',
  },
  'auditLog to the last day JavaScript knows': {
    as: 'admin',
    query: '{ auditLog(filter: { to: "+275760-09-13T00:00:00Z" }) { id } }',
  },
};

const hugeRange: Record<string, Call> = {
  'disaggregation from 0000-01 to 9999-12': {
    as: 'admin',
    query: `{ disaggregation(input: { measure: CASES, by: [MONTH], filter: { from: "0000-01", to: "9999-12" } }) { total } }`,
  },
};

async function send(call: Call, lang: 'es' | 'en'): Promise<GqlResult> {
  const token = await app.login(call.as);
  return app.gql(call.query, call.variables?.() ?? {}, { token, lang });
}

/** The answer is typed or a client error: no 5xx, no INTERNAL_SERVER_ERROR, a public code. */
function expectClientAnswer({ status, body }: GqlResult): void {
  expect(status, JSON.stringify(body)).toBeLessThan(500);
  for (const error of body.errors ?? []) {
    expect(error.extensions?.code, JSON.stringify(body)).toMatch(
      /^(BAD_USER_INPUT|FORBIDDEN|UNAUTHENTICATED|BAD_REQUEST|GRAPHQL_VALIDATION_FAILED)$/,
    );
  }
}

/** The message of the answer (a refusal error or a typed result with a message). */
function messageOf({ body }: GqlResult): string | undefined {
  if (body.errors?.length) return body.errors[0]!.message;
  const value = body.data && Object.values(body.data)[0];
  if (!value || typeof value !== 'object') return undefined;
  return [(value as any).message, ...((value as any).issues ?? []).map((i: any) => i.message)]
    .filter(Boolean)
    .join(' ');
}

describe.each([
  ['a NUL byte in a text field', nulByte],
  ['an id that is not a UUID', malformedId],
  ['a date that does not exist', badDate],
  ['a month range without bounds', hugeRange],
])('%s', (_class, calls) => {
  it.each(Object.entries(calls))('%s: a typed answer or a client error', async (_name, call) => {
    expectClientAnswer(await send(call, 'en'));
  });
});

describe('the refusals speak the caller language', () => {
  it.each([
    ['NUL byte', nulByte['campaign title']!, 'NUL', 'NUL'],
    [
      'NUL byte in the document',
      nulByte['a NUL byte written in the document itself']!,
      'NUL',
      'NUL',
    ],
    [
      'auditLog userId',
      malformedId['auditLog userId "abc"']!,
      'not a valid id',
      'no es un identificador válido',
    ],
    ['dueDate', badDate['dueDate 2026-02-30']!, 'due date', 'fecha límite'],
    ['auditLog date', badDate['auditLog from year 0']!, 'date', 'fecha'],
    [
      'disaggregation range',
      hugeRange['disaggregation from 0000-01 to 9999-12']!,
      '2000-01',
      '2000-01',
    ],
  ])('%s', async (_name, call, en, es) => {
    const english = await send(call, 'en');
    const spanish = await send(call, 'es');
    expectClientAnswer(english);
    expectClientAnswer(spanish);
    expect(messageOf(english)).toContain(en);
    expect(messageOf(spanish)).toContain(es);
    expect(messageOf(english)).not.toEqual(messageOf(spanish));
  });

  it('a malformed id names nothing: NotFound in the caller language where the answer can say so', async () => {
    const english = await send(malformedId.trainingSignOff!, 'en');
    const spanish = await send(malformedId.trainingSignOff!, 'es');
    expect(english.body.data.trainingSignOff.__typename).toBe('NotFound');
    expect(spanish.body.data.trainingSignOff.__typename).toBe('NotFound');
    const meeting = await send(malformedId.verificationMeeting!, 'en');
    expect(meeting.body).toEqual({ data: { verificationMeeting: null } });
  });

  it('the follow-up stays open when the meeting named to close it does not exist', async () => {
    await send(malformedId['followUpClose (meetingId of no meeting)']!, 'en');
    const token = await app.login('admin');
    const ups = await app.gql('{ followUps(openOnly: true) { id } }', {}, { token });
    expect(ups.body.data.followUps.map((f: any) => f.id)).toContain(followUpId);
  });

  it('an officer naming no meeting in a report step gets NotFound', async () => {
    const res = await send(malformedId['reportStep meetingId (an officer)']!, 'es');
    expect(res.body.data.reportStep).toMatchObject({ __typename: 'NotFound' });
    expect(officerId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('request-level refusals', () => {
  it('a document over the token limit is a 400 with a client code, not a 500', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    const token = await app.login('admin');
    const res = await app.gql(`{ ${fields} }`, {}, { token, lang: 'es' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body.errors?.[0]?.message).toBe(
      'La consulta es demasiado larga: como máximo 2000 tokens (palabras y signos).',
    );
  });

  it.each([
    ['an unknown hash', { version: 1, sha256Hash: 'a'.repeat(64) }, undefined],
    [
      'a hash that does not match the query',
      { version: 1, sha256Hash: 'a'.repeat(64) },
      '{ __typename }',
    ],
    ['an unknown version', { version: 2, sha256Hash: 'a'.repeat(64) }, undefined],
    ['not an object', 'x', undefined],
  ])('a persisted query with %s: not supported, in the caller language', async (_n, pq, query) => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ query, extensions: { persistedQuery: pq } }),
    });
    const body = (await res.json()) as GqlResult['body'];
    expect(res.status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(body.errors?.[0]?.message).toBe(
      'Persisted queries are not supported: send the query text.',
    );
  });
});
