import { and, eq } from 'drizzle-orm';
import { exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, referrals } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

/**
 * Issue 16 item 3: a close queued offline is sent with an idempotency key, so a retry after a
 * lost answer neither closes twice nor fails with "a closed referral cannot be closed".
 */
let app: TestApp;
let officer = '';
let caseId = '';
beforeAll(async () => {
  app = await startTestApp();
  officer = await app.login('officer');
  const { record_type: _type, ...input } = exampleCase;
  const saved = await app.gql(
    `mutation($input: CaseInput!) { caseRecord(input: $input) { ... on CaseSaved { case { id } } } }`,
    { input },
    { token: officer },
  );
  caseId = saved.body.data.caseRecord.case.id;
});
afterAll(() => app.close());

const RESULT = `__typename
  ... on Referral { id state outcome outcomeNote closedOn version }
  ... on ValidationFailed { message issues { fields message } }
  ... on ReferralChanged { message current { version state } }
  ... on NotFound { message }`;
const CLOSE = `mutation($id: ID!, $v: Int!, $outcome: ReferralOutcome, $note: String, $key: String) {
  referralMove(id: $id, baseVersion: $v, to: closed, on: "2026-02-03", outcome: $outcome, note: $note, clientKey: $key) { ${RESULT} } }`;

/** A referral sent on 2026-01-05 (version 2). */
async function sentReferral(institution: string): Promise<string> {
  const added = await app.gql(
    `mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }`,
    { i: { caseId, institution, consentToRefer: true, consentToShare: true } },
    { token: officer },
  );
  const id = added.body.data.referralAdd.id as string;
  await app.gql(
    `mutation($id: ID!) { referralMove(id: $id, baseVersion: 1, to: sent, on: "2026-01-05") { __typename } }`,
    { id },
    { token: officer },
  );
  return id;
}

const closes = async (id: string) =>
  (
    await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'referral'), eq(auditLog.entityId, id)))
  ).filter((row) => (row.detail as { to?: string } | null)?.to === 'closed');

describe('closing a referral with an idempotency key', () => {
  it('a retry with the same key answers with the closed referral, written and audited once', async () => {
    const id = await sentReferral('Casa de acogida (clave)');
    const vars = { id, v: 2, outcome: 'resolved', note: 'Recibida', key: 'close-0001-abcdef' };
    const first = await app.gql(CLOSE, vars, { token: officer });
    expect(first.body.data.referralMove).toMatchObject({
      __typename: 'Referral',
      state: 'closed',
      outcome: 'resolved',
      closedOn: '2026-02-03',
      version: 3,
    });
    const retry = await app.gql(CLOSE, vars, { token: officer, lang: 'es' });
    expect(retry.body.data.referralMove).toMatchObject({
      __typename: 'Referral',
      state: 'closed',
      outcome: 'resolved',
      version: 3,
    });
    expect(await closes(id)).toHaveLength(1);
    const [row] = await app.database.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({ state: 'closed', version: 3, outcomeNote: 'Recibida' });
  });

  it('without a key a second close is still refused, as before', async () => {
    const id = await sentReferral('Casa de acogida (sin clave)');
    const vars = { id, v: 2, outcome: 'resolved' };
    expect((await app.gql(CLOSE, vars, { token: officer })).body.data.referralMove.__typename).toBe(
      'Referral',
    );
    const again = await app.gql(CLOSE, vars, { token: officer });
    expect(again.body.data.referralMove.__typename).toBe('ValidationFailed');
  });

  it('a stale version answers ReferralChanged and leaves the key unused for a retry on the current version', async () => {
    const id = await sentReferral('Casa de acogida (cambiada)');
    await app.gql(
      `mutation($id: ID!) { referralMove(id: $id, baseVersion: 2, to: received, on: "2026-01-20") { __typename } }`,
      { id },
      { token: officer },
    );
    const key = 'close-0002-abcdef';
    const stale = await app.gql(
      CLOSE,
      { id, v: 2, outcome: 'partly', key },
      { token: officer, lang: 'en' },
    );
    expect(stale.body.data.referralMove).toMatchObject({
      __typename: 'ReferralChanged',
      current: { version: 3, state: 'received' },
    });
    const again = await app.gql(CLOSE, { id, v: 3, outcome: 'partly', key }, { token: officer });
    expect(again.body.data.referralMove).toMatchObject({ state: 'closed', version: 4 });
    expect(await closes(id)).toHaveLength(1);
  });

  it('a key used on another referral is not found, and a malformed key is refused', async () => {
    const one = await sentReferral('Casa de acogida (una)');
    const other = await sentReferral('Casa de acogida (otra)');
    const key = 'close-0003-abcdef';
    await app.gql(CLOSE, { id: one, v: 2, outcome: 'resolved', key }, { token: officer });
    const reused = await app.gql(
      CLOSE,
      { id: other, v: 2, outcome: 'resolved', key },
      { token: officer },
    );
    expect(reused.body.data.referralMove.__typename).toBe('NotFound');
    const [row] = await app.database.db.select().from(referrals).where(eq(referrals.id, other));
    expect(row).toMatchObject({ state: 'sent', version: 2 });
    const bad = await app.gql(
      CLOSE,
      { id: other, v: 2, outcome: 'resolved', key: 'x' },
      { token: officer },
    );
    expect(bad.body.data.referralMove.__typename).toBe('ValidationFailed');
  });
});
