import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { startTestApp, type TestApp } from '../test/app.ts';

let app: TestApp;
let officer = '';
beforeAll(async () => {
  app = await startTestApp();
  officer = await app.login('officer');
});
afterAll(() => app.close());

const FIELDS = `id hub name phone address workplace referenceName referencePhone community joinedOn
  leftOn lastCheckInOn version`;
const RESULT = `__typename
  ... on Mca { ${FIELDS}
    checkIn(today: $today) { state since days dueOn lateAfter }
    commitment(today: $today) { state signedOn until daysLeft }
    letters { signedOn until }
    checkIns { on channel note }
    actions { on place situation intervention minutes type followUp } }
  ... on ValidationFailed { issues { fields message } }
  ... on McaChanged { message current { version name } }
  ... on NotFound { message }
  ... on Forbidden { message }`;
const ADD = `mutation($input: McaInput!, $today: String) { mcaAdd(input: $input) { ${RESULT} } }`;
const EDIT = `mutation($id: ID!, $v: Int!, $input: McaDetailsInput!, $today: String) {
  mcaEdit(id: $id, baseVersion: $v, input: $input) { ${RESULT} } }`;
const CHECK_IN = `mutation($id: ID!, $on: String!, $channel: McaCheckInChannel!, $note: String, $today: String) {
  mcaCheckInRecord(mcaId: $id, on: $on, channel: $channel, note: $note) { ${RESULT} } }`;
const LETTER = `mutation($id: ID!, $signedOn: String!, $until: String, $today: String) {
  mcaLetterRecord(mcaId: $id, signedOn: $signedOn, until: $until) { ${RESULT} } }`;
const ACTION = `mutation($id: ID!, $input: McaActionInput!, $today: String) {
  mcaActionRecord(mcaId: $id, input: $input) { ${RESULT} } }`;
const LIST = `query($today: String, $activeOn: String) { mcas(activeOn: $activeOn) {
  id name checkIn(today: $today) { state days } } }`;

const rosa = {
  hub: 'cri_upala',
  name: 'Rosa Méndez Quirós',
  phone: '8888-1234',
  address: 'Barrio San José, casa 12',
  workplace: 'Puesto de verduras del mercado',
  referenceName: 'Marta Quirós',
  referencePhone: '8777-4321',
  community: 'San José de Upala',
  joinedOn: '2026-03-01',
};
const personal = /Rosa|Méndez|8888|San José|verduras|Marta|8777|Mercado municipal|vendedora|hija/;

async function gql(query: string, variables: Record<string, unknown>, token = officer) {
  const { body } = await app.gql(query, variables, { token, lang: 'en' });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}
async function addRosa(overrides: Record<string, unknown> = {}) {
  const data = await gql(ADD, { input: { ...rosa, ...overrides }, today: '2026-03-05' });
  expect(data.mcaAdd.__typename).toBe('Mca');
  return data.mcaAdd as { id: string; version: number };
}
const auditOf = (id: string) =>
  app.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'mca'), eq(auditLog.entityId, id)));

describe('the MCA roster', () => {
  it('adds an MCA with their contact data, audited without any of it', async () => {
    const data = await gql(ADD, { input: rosa, today: '2026-03-05' });
    expect(data.mcaAdd).toMatchObject({
      ...rosa,
      leftOn: null,
      lastCheckInOn: null,
      version: 1,
      checkIn: { state: 'ok', since: '2026-03-01', days: 4, dueOn: '2026-03-09' },
      commitment: { state: 'none', signedOn: null },
    });
    const audit = await auditOf(data.mcaAdd.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', hub: 'cri_upala' });
    expect(audit[0]!.detail).toMatchObject({ fields: expect.arrayContaining(['phone', 'name']) });
    expect(JSON.stringify(audit)).not.toMatch(personal);
  });

  it('checks names, dates and lengths, naming the field', async () => {
    const data = await gql(ADD, {
      input: { ...rosa, name: ' ', joinedOn: '2026-02-30', phone: '1'.repeat(61) },
    });
    expect(data.mcaAdd.__typename).toBe('ValidationFailed');
    expect(data.mcaAdd.issues.map((i: { fields: string[] }) => i.fields[0]).sort()).toEqual([
      'joinedOn',
      'name',
      'phone',
    ]);
    const left = await gql(ADD, { input: { ...rosa, leftOn: '2026-02-01' } });
    expect(left.mcaAdd.issues[0].fields).toEqual(['leftOn']);
  });

  it('edits with the version it read; a stale edit changes nothing and shows the current row', async () => {
    const { id } = await addRosa();
    const first = await gql(EDIT, {
      id,
      v: 1,
      input: { ...rosa, hub: undefined, phone: '8999-0000', leftOn: null },
    });
    expect(first.mcaEdit).toMatchObject({ __typename: 'Mca', phone: '8999-0000', version: 2 });
    const stale = await gql(EDIT, {
      id,
      v: 1,
      input: { ...rosa, hub: undefined, name: 'Otra persona' },
    });
    expect(stale.mcaEdit).toMatchObject({
      __typename: 'McaChanged',
      current: { version: 2, name: rosa.name },
    });
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
    expect(audit.find((a) => a.action === 'update')!.detail).toEqual({ fields: ['phone'] });
    expect(JSON.stringify(audit)).not.toMatch(personal);
  });

  it('records check-ins: due at 8 days, overdue after 10, up to date after a check-in', async () => {
    const { id } = await addRosa();
    const at = async (today: string) =>
      (await gql(LIST, { today })).mcas.find((m: { id: string }) => m.id === id).checkIn;
    expect(await at('2026-03-08')).toEqual({ state: 'ok', days: 7 });
    expect(await at('2026-03-09')).toEqual({ state: 'due', days: 8 });
    expect(await at('2026-03-12')).toEqual({ state: 'overdue', days: 11 });
    const data = await gql(CHECK_IN, {
      id,
      on: '2026-03-12',
      channel: 'phone',
      note: 'Habló con la vendedora del mercado',
      today: '2026-03-12',
    });
    expect(data.mcaCheckInRecord).toMatchObject({
      lastCheckInOn: '2026-03-12',
      checkIn: { state: 'ok', days: 0, dueOn: '2026-03-20', lateAfter: '2026-03-22' },
      checkIns: [{ on: '2026-03-12', channel: 'phone' }],
    });
    const wrong = await gql(CHECK_IN, { id, on: '12/03/2026', channel: 'message' });
    expect(wrong.mcaCheckInRecord.issues[0].fields).toEqual(['on']);
    const audit = await auditOf(id);
    expect(audit.find((a) => a.action === 'check_in')!.detail).toEqual({
      on: '2026-03-12',
      channel: 'phone',
    });
    expect(JSON.stringify(audit)).not.toMatch(personal);
  });

  it('keeps commitment letters with renewals, warning 30 days before the end', async () => {
    const { id } = await addRosa();
    await gql(LETTER, { id, signedOn: '2026-03-01', until: '2026-06-30' });
    const soon = await gql(LETTER, { id, signedOn: '2026-03-01', until: '2026-02-01' });
    expect(soon.mcaLetterRecord.issues[0].fields).toEqual(['until']);
    const check = async (today: string) =>
      (await gql(`query($id: ID!, $today: String) { mca(id: $id) { ${RESULT} } }`, { id, today }))
        .mca.commitment;
    expect(await check('2026-05-15')).toMatchObject({ state: 'active', daysLeft: 46 });
    expect(await check('2026-06-10')).toMatchObject({ state: 'expiring', daysLeft: 20 });
    expect(await check('2026-07-02')).toMatchObject({ state: 'expired', daysLeft: -2 });
    // The renewal: a new open-ended letter.
    const renewed = await gql(LETTER, { id, signedOn: '2026-07-01', today: '2026-07-02' });
    expect(renewed.mcaLetterRecord.commitment).toEqual({
      state: 'indefinite',
      signedOn: '2026-07-01',
      until: null,
      daysLeft: null,
    });
    expect(renewed.mcaLetterRecord.letters).toHaveLength(2);
  });

  it('registers an MCA’s action as Annex 5’s chart lists it, audited without its texts', async () => {
    const { id } = await addRosa();
    const action = {
      on: '2026-03-10',
      place: 'Mercado municipal',
      situation: 'Una vendedora cuenta que su hija corre peligro en casa',
      intervention: 'Le habló de los servicios de la ventanilla',
      minutes: 3,
      type: 'channelling',
      followUp: 'Avisar a la ventanilla para atención y registro',
    };
    const data = await gql(ACTION, { id, input: action });
    expect(data.mcaActionRecord.actions).toEqual([action]);
    const bad = await gql(ACTION, { id, input: { ...action, place: '', minutes: 0 } });
    expect(bad.mcaActionRecord.issues.map((i: { fields: string[] }) => i.fields[0]).sort()).toEqual(
      ['minutes', 'place'],
    );
    const audit = await auditOf(id);
    expect(audit.find((a) => a.action === 'mca_action')!.detail).toEqual({
      on: '2026-03-10',
      type: 'channelling',
      minutes: 3,
    });
    expect(JSON.stringify(audit)).not.toMatch(personal);
  });

  it('lists only MCAs still active on a day when asked', async () => {
    const { id } = await addRosa({ name: 'Left Earlier', leftOn: '2026-04-01' });
    const ids = async (activeOn: string) =>
      (await gql(LIST, { activeOn })).mcas.map((m: { id: string }) => m.id);
    expect(await ids('2026-03-31')).toContain(id);
    expect(await ids('2026-04-01')).not.toContain(id);
  });

  it('is the hub’s own staff only: another hub’s officer gets nothing, reviewers and admins are refused', async () => {
    const { id } = await addRosa();
    const tijuana = await app.login('officerTijuana');
    expect((await gql(LIST, {}, tijuana)).mcas).toEqual([]);
    expect(
      (await gql(`query($id: ID!, $today: String) { mca(id: $id) { ${RESULT} } }`, { id }, tijuana))
        .mca.__typename,
    ).toBe('NotFound');
    expect(
      (await gql(CHECK_IN, { id, on: '2026-03-12', channel: 'phone' }, tijuana)).mcaCheckInRecord
        .__typename,
    ).toBe('NotFound');
    expect((await gql(ADD, { input: rosa }, tijuana)).mcaAdd.__typename).toBe('NotFound');
    const coordinator = await app.login('coordinator');
    expect((await gql(LIST, {}, coordinator)).mcas.map((m: { id: string }) => m.id)).toContain(id);
    for (const person of ['reviewer', 'admin'] as const) {
      const token = await app.login(person);
      for (const [query, variables] of [
        [LIST, {}],
        [CHECK_IN, { id, on: '2026-03-12', channel: 'phone' }],
        [ADD, { input: rosa }],
      ] as const) {
        const { body } = await app.gql(query, variables, { token, lang: 'en' });
        expect(body.errors?.[0]?.extensions?.code, `${person}`).toBe('FORBIDDEN');
        expect(JSON.stringify(body.data ?? null)).not.toMatch(personal);
      }
    }
  });
});
