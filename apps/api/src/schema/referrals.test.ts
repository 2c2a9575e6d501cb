import { and, eq } from 'drizzle-orm';
import { exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, referrals } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
let caseId = '';
let directoryId = '';
let officer = '';
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
  const entry = await app.gql(
    `mutation($input: DirectoryEntryInput!) { directoryEntryAdd(input: $input) { ... on DirectoryEntry { id } } }`,
    {
      input: {
        hub: 'cri_upala',
        organization: 'Oficina contra la trata de Upala',
        sector: 'anti_trafficking',
      },
    },
    { token: officer },
  );
  directoryId = entry.body.data.directoryEntryAdd.id;
});
afterAll(() => app.close());

const FIELDS = `id hub caseId action profile institution contactPerson contactEmail situation assistance
  consentToRefer consentToShare state sentOn followUpOn closedOn outcome outcomeNote version`;
const RESULT = `__typename
  ... on Referral { ${FIELDS} }
  ... on ValidationFailed { issues { fields message } }
  ... on ReferralChanged { message current { version state } }
  ... on NotFound { message }
  ... on Forbidden { message }`;
const ADD = `mutation($input: ReferralInput!) { referralAdd(input: $input) { ${RESULT} } }`;
const MOVE = `mutation($id: ID!, $v: Int!, $to: ReferralState!, $on: String!, $outcome: ReferralOutcome, $note: String) {
  referralMove(id: $id, baseVersion: $v, to: $to, on: $on, outcome: $outcome, note: $note) { ${RESULT} } }`;
const EDIT = `mutation($id: ID!, $v: Int!, $input: ReferralDetailsInput!) {
  referralEdit(id: $id, baseVersion: $v, input: $input) { ${RESULT} } }`;
const LIST = `query($dueBy: String, $open: Boolean) { referrals(dueBy: $dueBy, open: $open) { id state followUpOn } }`;

const plan = {
  action: 'referred_trafficking_authority',
  profile: 'trafficking',
  directoryEntryId: '',
  contactPerson: 'Lic. Ana Soto',
  contactEmail: 'asoto@example.org',
  situation: 'Señales de trata: documentos retenidos',
  assistance: 'Primeros auxilios psicológicos y llamada a la oficina',
  consentToRefer: false,
  consentToShare: false,
};

describe('referrals followed to an outcome', () => {
  let id = '';

  it('plans a referral of a case to an institution of the hub’s directory, audited without personal data', async () => {
    const { body } = await app.gql(
      ADD,
      { input: { ...plan, caseId, directoryEntryId: directoryId } },
      { token: officer },
    );
    const referral = body.data.referralAdd;
    expect(referral).toMatchObject({
      __typename: 'Referral',
      hub: 'cri_upala',
      institution: 'Oficina contra la trata de Upala',
      state: 'planned',
      version: 1,
      followUpOn: null,
    });
    id = referral.id;
    const audit = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'referral'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/Soto|trata|documentos/);
  });

  it('refuses to send it before the person consents to the referral and to sharing data', async () => {
    const { body } = await app.gql(
      MOVE,
      { id, v: 1, to: 'sent', on: '2026-12-01' },
      { token: officer, lang: 'es' },
    );
    const refused = body.data.referralMove;
    expect(refused.__typename).toBe('ValidationFailed');
    expect(refused.issues.map((i: { fields: string[] }) => i.fields[0])).toEqual([
      'consentToRefer',
      'consentToShare',
    ]);
    expect(refused.issues[0].message).toMatch(/aceptó ser referida/);
    const [row] = await app.database.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({ state: 'planned', version: 1 });
  });

  it('records the consents, sends it with a follow-up 8 days later, and shows it due in the worklist', async () => {
    const edited = await app.gql(
      EDIT,
      {
        id,
        v: 1,
        input: {
          ...plan,
          directoryEntryId: directoryId,
          consentToRefer: true,
          consentToShare: true,
        },
      },
      { token: officer },
    );
    expect(edited.body.data.referralEdit).toMatchObject({ consentToRefer: true, version: 2 });
    const sent = await app.gql(
      MOVE,
      { id, v: 2, to: 'sent', on: '2026-12-01' },
      { token: officer },
    );
    expect(sent.body.data.referralMove).toMatchObject({
      state: 'sent',
      sentOn: '2026-12-01',
      followUpOn: '2026-12-09',
      version: 3,
    });
    const early = await app.gql(LIST, { dueBy: '2026-12-08' }, { token: officer });
    expect(early.body.data.referrals).toEqual([]);
    const due = await app.gql(LIST, { dueBy: '2026-12-09' }, { token: officer });
    expect(due.body.data.referrals).toEqual([{ id, state: 'sent', followUpOn: '2026-12-09' }]);
  });

  it('answers a change based on an old version with the referral as it is now, writing nothing', async () => {
    const { body } = await app.gql(
      MOVE,
      { id, v: 2, to: 'received', on: '2026-12-03' },
      { token: officer },
    );
    expect(body.data.referralMove).toMatchObject({
      __typename: 'ReferralChanged',
      current: { version: 3, state: 'sent' },
    });
  });

  it('asks for an outcome to close, then closes it and leaves the worklist', async () => {
    const missing = await app.gql(
      MOVE,
      { id, v: 3, to: 'closed', on: '2026-12-10' },
      { token: officer },
    );
    expect(missing.body.data.referralMove.issues[0].fields).toEqual(['outcome']);
    const closed = await app.gql(
      MOVE,
      {
        id,
        v: 3,
        to: 'closed',
        on: '2026-12-10',
        outcome: 'resolved',
        note: 'Recibida en el albergue',
      },
      { token: officer },
    );
    expect(closed.body.data.referralMove).toMatchObject({
      state: 'closed',
      closedOn: '2026-12-10',
      outcome: 'resolved',
      outcomeNote: 'Recibida en el albergue',
    });
    const due = await app.gql(LIST, { dueBy: '2027-01-31' }, { token: officer });
    expect(due.body.data.referrals).toEqual([]);
    const back = await app.gql(
      MOVE,
      { id, v: 4, to: 'attended', on: '2026-12-11' },
      { token: officer },
    );
    expect(back.body.data.referralMove.issues[0].fields).toEqual(['state']);
    const states = await app.database.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'referral'),
          eq(auditLog.entityId, id),
          eq(auditLog.action, 'state'),
        ),
      );
    expect(states.map((s) => s.detail)).toEqual([
      { from: 'planned', to: 'sent' },
      { from: 'sent', to: 'closed', outcome: 'resolved' },
    ]);
  });

  it('is read by the hub’s own staff only: another hub’s officer gets nothing, reviewers and admins are refused', async () => {
    const coordinator = await app.login('coordinator');
    const mine = await app.gql(LIST, {}, { token: coordinator });
    expect(mine.body.data.referrals.map((r: { id: string }) => r.id)).toContain(id);
    const other = await app.login('officerTijuana');
    expect((await app.gql(LIST, {}, { token: other })).body.data.referrals).toEqual([]);
    const get = await app.gql(
      `query($id: ID!) { referral(id: $id) { __typename } }`,
      { id },
      { token: other },
    );
    expect(get.body.data.referral.__typename).toBe('NotFound');
    const add = await app.gql(
      ADD,
      { input: { ...plan, caseId, directoryEntryId: null, institution: 'X' } },
      { token: other },
    );
    expect(add.body.data.referralAdd.__typename).toBe('NotFound');
    for (const person of ['reviewer', 'admin'] as const) {
      const token = await app.login(person);
      const { body } = await app.gql(LIST, {}, { token });
      expect(body.data?.referrals ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('names each bad field in the caller’s language and stores nothing', async () => {
    const { body } = await app.gql(
      ADD,
      {
        input: {
          caseId,
          action: 'info_verbal',
          profile: 'tourist',
          contactEmail: 'not-an-email',
          consentToRefer: false,
          consentToShare: false,
          followUpOn: '2026-02-30',
        },
      },
      { token: officer, lang: 'en' },
    );
    const fields = body.data.referralAdd.issues.map((i: { fields: string[] }) => i.fields[0]);
    expect(fields.sort()).toEqual([
      'action',
      'contactEmail',
      'followUpOn',
      'institution',
      'profile',
    ]);
    expect(
      body.data.referralAdd.issues.find((i: { fields: string[] }) => i.fields[0] === 'institution')
        .message,
    ).toMatch(/directory or type its name/);
    const rows = await app.database.db.select().from(referrals);
    expect(rows).toHaveLength(1);
  });

  it('refuses a step dated before the attention it comes from, and a close before the sending', async () => {
    /** A planned referral of the case, with both consents: its id. */
    const addConsented = async () =>
      (
        await app.gql(
          ADD,
          {
            input: {
              ...plan,
              caseId,
              directoryEntryId: directoryId,
              consentToRefer: true,
              consentToShare: true,
            },
          },
          { token: officer },
        )
      ).body.data.referralAdd.id as string;
    const ref = await addConsented();
    // The case was attended on 5 March 2024.
    const early = await app.gql(
      MOVE,
      { id: ref, v: 1, to: 'sent', on: '2024-03-03' },
      { token: officer },
    );
    expect(early.body.data.referralMove.issues).toEqual([
      {
        fields: ['on'],
        message:
          'Use una fecha igual o posterior al día del caso al que pertenece esta referencia (5 de marzo de 2024).',
      },
    ]);
    const sent = await app.gql(
      MOVE,
      { id: ref, v: 1, to: 'sent', on: '2024-03-07' },
      { token: officer },
    );
    expect(sent.body.data.referralMove).toMatchObject({ state: 'sent', version: 2 });
    const closed = await app.gql(
      MOVE,
      { id: ref, v: 2, to: 'closed', on: '2024-03-06', outcome: 'resolved' },
      { token: officer, lang: 'en' },
    );
    expect(closed.body.data.referralMove.issues).toEqual([
      {
        fields: ['on'],
        message: 'Use a date on or after the referral was sent (March 7, 2024).',
      },
    ]);
    const [row] = await app.database.db.select().from(referrals).where(eq(referrals.id, ref));
    expect(row).toMatchObject({ state: 'sent', sentOn: '2024-03-07', version: 2 });

    // The day before the case goes through: the case may carry the UTC day while the hub's
    // (and the step's) day is still the one before.
    const eve = await app.gql(
      MOVE,
      { id: await addConsented(), v: 1, to: 'sent', on: '2024-03-04' },
      { token: officer },
    );
    expect(eve.body.data.referralMove).toMatchObject({ state: 'sent', sentOn: '2024-03-04' });
  });
});
