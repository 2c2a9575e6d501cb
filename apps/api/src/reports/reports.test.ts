import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { exampleActivity, exampleCase } from '@ventanilla/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases } from '../db/schema/index.ts';
import { writeKoboFile } from '../import/kobo-file.ts';
import { runImport } from '../import/run-import.ts';
import { startTestApp, type Person, type TestApp } from '../test/app.ts';

let app: TestApp;
let dir = '';
beforeAll(async () => {
  app = await startTestApp();
  dir = mkdtempSync(join(tmpdir(), 'vt-reports-'));
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const { record_type: _c, ...validCase } = exampleCase; // cri_upala, 2024-03
const { record_type: _a, ...validActivity } = exampleActivity; // mex_tijuana, 2024-03

const STEP = `mutation($input: ReportStepInput!) { reportStep(input: $input) {
  __typename
  ... on ReportUpdated { report { status reviewerComment locked allowedActions
    figures { cases activities } changesSinceVerification { figure before after }
    history { action fromStatus toStatus by reason } } }
  ... on TransitionRefused { message }
  ... on NotFound { message }
} }`;
const REPORT = `query($hub: String!, $month: String!) { monthlyReport(hub: $hub, month: $month) {
  status locked narrative { achievements } figures { cases topNationalities { code value suppressed } }
  findings { rule severity count title message records { kind id } }
  changesSinceVerification { figure before after } verifiedFigures { cases } } }`;
const CASE_WRITE = `mutation($input: CaseInput!) { caseRecord(input: $input) { __typename
  ... on CaseSaved { case { id } } ... on LockedPeriod { code message hub month } } }`;
const CASE_EDIT = `mutation($id: ID!, $input: CaseInput!) { caseEdit(id: $id, input: $input) { __typename
  ... on LockedPeriod { code message hub month } } }`;
const CASE_DELETE = `mutation($id: ID!) { caseDelete(id: $id) { __typename ... on LockedPeriod { code month } } }`;
const ACT_WRITE = `mutation($input: ActivityInput!) { activityRecord(input: $input) { __typename
  ... on ActivitySaved { activity { id } } ... on LockedPeriod { code message } } }`;
const ACT_EDIT = `mutation($id: ID!, $input: ActivityInput!) { activityEdit(id: $id, input: $input) { __typename ... on LockedPeriod { code } } }`;
const ACT_DELETE = `mutation($id: ID!) { activityDelete(id: $id) { __typename ... on LockedPeriod { code } } }`;

async function step(person: Person, input: Record<string, unknown>, lang: 'es' | 'en' = 'en') {
  const token = await app.login(person);
  const { body } = await app.gql(STEP, { input }, { token, lang });
  expect(body.errors).toBeUndefined();
  return body.data.reportStep;
}
async function gql(
  person: Person,
  query: string,
  variables: Record<string, unknown>,
  lang: 'es' | 'en' = 'es',
) {
  const token = await app.login(person);
  const { body } = await app.gql(query, variables, { token, lang });
  expect(body.errors).toBeUndefined();
  return body.data;
}

const upala = { hub: 'cri_upala', month: '2024-03' };
const tijuana = { hub: 'mex_tijuana', month: '2024-03' };
const narrative = {
  achievements: 'Feria de empleo con 3 empresas',
  challenges: 'Cortes de internet',
  lessonsLearned: 'Registrar el mismo día',
  goodPractices: 'Llamadas de seguimiento',
  migrationTrends: 'Más personas en tránsito',
};

describe('monthly report states', () => {
  let caseId = '';
  let aprilCaseId = '';
  let activityId = '';

  it('records exist before the month is locked', async () => {
    const c = await gql('officer', CASE_WRITE, { input: validCase });
    caseId = c.caseRecord.case.id;
    const april = await gql('officer', CASE_WRITE, { input: { ...validCase, date: '2024-04-02' } });
    aprilCaseId = april.caseRecord.case.id;
    const a = await gql('officerTijuana', ACT_WRITE, { input: validActivity });
    expect(a.activityRecord.__typename).toBe('ActivitySaved');
    activityId = a.activityRecord.activity.id;
  });

  it('the hub writes its narrative and submits; others cannot', async () => {
    const saved = await step('officer', { ...upala, action: 'SAVE_NARRATIVE', narrative });
    expect(saved.report).toMatchObject({
      status: 'DRAFT',
      allowedActions: ['SAVE_NARRATIVE', 'SUBMIT'],
    });
    expect((await step('reviewer', { ...upala, action: 'SUBMIT' })).__typename).toBe(
      'TransitionRefused',
    );
    expect((await step('officerTijuana', { ...upala, action: 'SUBMIT' })).__typename).toBe(
      'NotFound',
    );
    const submitted = await step('coordinator', { ...upala, action: 'SUBMIT' });
    expect(submitted.report.status).toBe('SUBMITTED');
    expect(submitted.report.figures).toMatchObject({ cases: 1 });
  });

  it('a return needs a comment; the comment reaches the hub; every step is audited', async () => {
    const refused = await step('reviewer', { ...upala, action: 'RETURN', reason: '  ' }, 'es');
    expect(refused.__typename).toBe('TransitionRefused');
    expect(refused.message).toMatch(/motivo/);
    const returned = await step('reviewer', {
      ...upala,
      action: 'RETURN',
      reason: 'Falta explicar el aumento',
    });
    expect(returned.report).toMatchObject({
      status: 'RETURNED',
      reviewerComment: 'Falta explicar el aumento',
    });
    const again = await step('officer', { ...upala, action: 'SUBMIT' });
    expect(again.report.status).toBe('SUBMITTED');
    const verified = await step('reviewer', { ...upala, action: 'VERIFY' });
    expect(verified.report).toMatchObject({ status: 'VERIFIED', locked: true });
    expect(verified.report.history.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'return',
      'submit',
      'verify',
    ]);
    expect(verified.report.history[1]).toMatchObject({
      by: 'reviewer',
      reason: 'Falta explicar el aumento',
    });
    const audits = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'monthly_report'), eq(auditLog.hub, 'cri_upala')));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'report.submit',
        'report.return',
        'report.verify',
        'report.narrative',
      ]),
    );
    expect(JSON.stringify(audits)).not.toContain('Falta explicar');
    await step('officerTijuana', { ...tijuana, action: 'SUBMIT' });
    expect((await step('reviewer', { ...tijuana, action: 'VERIFY' })).report.status).toBe(
      'VERIFIED',
    );
  });

  it('refuses every GraphQL write into, out of and inside a verified month with LOCKED_PERIOD', async () => {
    const create = await gql(
      'officer',
      CASE_WRITE,
      { input: { ...validCase, date: '2024-03-20' } },
      'es',
    );
    expect(create.caseRecord).toMatchObject({
      __typename: 'LockedPeriod',
      code: 'LOCKED_PERIOD',
      hub: 'cri_upala',
      month: '2024-03',
    });
    expect(create.caseRecord.message).toMatch(/verificado/);
    const edit = await gql(
      'officer',
      CASE_EDIT,
      { id: caseId, input: { ...validCase, a5_age_range: 'age_25_34' } },
      'en',
    );
    expect(edit.caseEdit).toMatchObject({ __typename: 'LockedPeriod', code: 'LOCKED_PERIOD' });
    expect(edit.caseEdit.message).toMatch(/verified/);
    const out = await gql('officer', CASE_EDIT, {
      id: caseId,
      input: { ...validCase, date: '2024-04-05' },
    });
    expect(out.caseEdit.__typename).toBe('LockedPeriod');
    const into = await gql('officer', CASE_EDIT, {
      id: aprilCaseId,
      input: { ...validCase, date: '2024-03-28' },
    });
    expect(into.caseEdit).toMatchObject({ __typename: 'LockedPeriod', month: '2024-03' });
    expect((await gql('officer', CASE_DELETE, { id: caseId })).caseDelete.__typename).toBe(
      'LockedPeriod',
    );
    expect((await gql('admin', CASE_DELETE, { id: caseId })).caseDelete.__typename).toBe(
      'LockedPeriod',
    );
    expect(
      (await gql('officerTijuana', ACT_WRITE, { input: validActivity })).activityRecord.__typename,
    ).toBe('LockedPeriod');
    expect(
      (await gql('officerTijuana', ACT_EDIT, { id: activityId, input: validActivity })).activityEdit
        .__typename,
    ).toBe('LockedPeriod');
    expect(
      (await gql('officerTijuana', ACT_DELETE, { id: activityId })).activityDelete.__typename,
    ).toBe('LockedPeriod');
    const [still] = await app.database.db.select().from(cases).where(eq(cases.id, aprilCaseId));
    expect(still!.month).toBe('2024-04');
    // Other months stay open.
    const ok = await gql('officer', CASE_EDIT, {
      id: aprilCaseId,
      input: { ...validCase, date: '2024-04-09' },
    });
    expect(ok.caseEdit.__typename).toBe('CaseSaved');
  });

  it('the importer rejects rows of a verified month with LOCKED_PERIOD and stores nothing else', async () => {
    const path = join(dir, 'locked.csv');
    await writeKoboFile({
      path,
      style: { format: 'csv' },
      records: [
        {
          ...exampleCase,
          date: '2024-03-21',
          _meta: { _uuid: 'aaaaaaaa-0000-4000-8000-000000000001' },
        },
        {
          ...exampleCase,
          date: '2024-05-02',
          _meta: { _uuid: 'aaaaaaaa-0000-4000-8000-000000000002' },
        },
      ],
    });
    const report = await runImport({
      db: app.database.db,
      actor: { user: null },
      input: createReadStream(path),
      options: { acceptValid: true },
    });
    expect(report.counts).toMatchObject({ inserted: 1, rejected: 1 });
    const rejected = report.details.find((d) => d.outcome === 'rejected')!;
    expect(rejected.issues[0]).toMatchObject({ rule: 'LOCKED_PERIOD' });
    expect(rejected.issues[0]!.message_es).toMatch(/verificado/);
  });

  it('findings explain themselves; reviewers get counts without records', async () => {
    const officer = await gql('officer', REPORT, upala);
    const reviewer = await gql('reviewer', REPORT, upala);
    expect(officer.monthlyReport.findings.length).toBeGreaterThan(0);
    // The reviewer gets findings too (from published figures: "no records" when the month's few
    // records are published as 0, a gap otherwise), never their records.
    expect(reviewer.monthlyReport.findings.length).toBeGreaterThan(0);
    for (const f of reviewer.monthlyReport.findings) expect(f.records).toEqual([]);
    // The officer sees the true 1; a reviewer, a published value that is never 1..4.
    expect(officer.monthlyReport.figures.topNationalities[0]).toMatchObject({
      value: 1,
      suppressed: false,
    });
    for (const c of reviewer.monthlyReport.figures.topNationalities as { value: number }[])
      expect(c.value).toBeGreaterThanOrEqual(5);
    for (const f of reviewer.monthlyReport.findings as { count: number; message: string }[]) {
      expect(f.count === 0 || f.count >= 5).toBe(true);
      expect(f.message).not.toMatch(/\b[1-4] (cases|records|activities|groups)\b/);
    }
    const rules = officer.monthlyReport.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['gap_days', 'late_entry']));
    const late = officer.monthlyReport.findings.find(
      (f: { rule: string }) => f.rule === 'late_entry',
    );
    expect(late.records).toEqual([{ kind: 'case', id: expect.any(String) }]);
    expect(late.message).toMatch(/días después/);
  });

  it('a reviewer reopens with a reason; writes are accepted again and the report shows what changed', async () => {
    expect((await step('officer', { ...upala, action: 'REOPEN', reason: 'x' })).__typename).toBe(
      'TransitionRefused',
    );
    expect((await step('reviewer', { ...upala, action: 'REOPEN' })).__typename).toBe(
      'TransitionRefused',
    );
    const reopened = await step('reviewer', {
      ...upala,
      action: 'REOPEN',
      reason: 'Caso duplicado por corregir',
    });
    expect(reopened.report).toMatchObject({
      status: 'REOPENED',
      locked: false,
      changesSinceVerification: [],
    });
    const create = await gql('officer', CASE_WRITE, {
      input: { ...validCase, date: '2024-03-22' },
    });
    expect(create.caseRecord.__typename).toBe('CaseSaved');
    const now = await gql('officer', REPORT, upala);
    expect(now.monthlyReport.verifiedFigures.cases).toBe(1);
    expect(now.monthlyReport.changesSinceVerification).toContainEqual({
      figure: 'cases',
      before: 1,
      after: 2,
    });
  });
});

describe('verification meeting', () => {
  const MEETING = `query($id: ID!) { verificationMeeting(id: $id) { month
    agenda { score report { hubCode status } followUps { what status } }
    decisions { hubCode action reason } followUps { id hubCode what owner dueDate status } } }`;

  it('orders the agenda, records decisions and carries open follow-ups until closed', async () => {
    const open = await gql(
      'reviewer',
      `mutation { meetingOpen(month: "2024-04") { __typename ... on VerificationMeeting { id } } }`,
      {},
    );
    const meetingId = open.meetingOpen.id as string;
    expect(
      (
        await app.gql(
          `mutation { meetingOpen(month: "2024-04") { __typename } }`,
          {},
          { token: await app.login('officer') },
        )
      ).body.errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    await step('officer', { hub: 'cri_upala', month: '2024-04', action: 'SUBMIT' });
    const returned = await step('reviewer', {
      hub: 'cri_upala',
      month: '2024-04',
      action: 'RETURN',
      reason: 'Revisar fechas',
      meetingId,
    });
    expect(returned.report.status).toBe('RETURNED');
    const added = await gql(
      'reviewer',
      `mutation($m: ID!) { followUpAdd(meetingId: $m, hub: "cri_upala", what: "Capacitar en fechas", owner: "Coordinación", dueDate: "2024-05-15") { __typename ... on FollowUp { id } } }`,
      { m: meetingId },
    );
    expect(added.followUpAdd.__typename).toBe('FollowUp');
    const m1 = (await gql('reviewer', MEETING, { id: meetingId })).verificationMeeting;
    expect(m1.agenda).toHaveLength(3);
    const scores = m1.agenda.map((a: { score: number }) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(m1.decisions).toEqual([
      { hubCode: 'cri_upala', action: 'return', reason: 'Revisar fechas' },
    ]);
    const next = await gql(
      'reviewer',
      `mutation { meetingOpen(month: "2024-05") { ... on VerificationMeeting { id } } }`,
      {},
    );
    const m2 = (await gql('reviewer', MEETING, { id: next.meetingOpen.id })).verificationMeeting;
    expect(m2.followUps.map((f: { what: string }) => f.what)).toEqual(['Capacitar en fechas']);
    const ups = await gql('officer', `{ followUps(openOnly: true) { what } }`, {});
    expect(ups.followUps).toEqual([{ what: 'Capacitar en fechas' }]);
    await gql(
      'reviewer',
      `mutation($id: ID!, $m: ID) { followUpClose(id: $id, meetingId: $m) { __typename } }`,
      { id: added.followUpAdd.id, m: next.meetingOpen.id },
    );
    const m3 = (await gql('reviewer', MEETING, { id: next.meetingOpen.id })).verificationMeeting;
    expect(m3.followUps[0].status).toBe('done');
    const later = await gql(
      'reviewer',
      `mutation { meetingOpen(month: "2024-06") { ... on VerificationMeeting { id } } }`,
      {},
    );
    expect(
      (await gql('reviewer', MEETING, { id: later.meetingOpen.id })).verificationMeeting.followUps,
    ).toEqual([]);
  });
});

describe('a meeting taken hub by hub', () => {
  const HUBS = `query($id: ID!) { verificationMeeting(id: $id) { attendees notes closedAt
    agendaHubs { position hubCode hubName status findings openFollowUps decision { action } } } }`;
  const ITEM = `query($id: ID!, $hub: String!) { verificationMeeting(id: $id) {
    agendaItem(hub: $hub) { position total previous { hubCode } next { hubCode }
      report { hubCode status } decisions { action reason } } } }`;
  const UPDATE = `mutation($id: ID!, $a: String, $n: String) { meetingUpdate(id: $id, attendees: $a, notes: $n) {
    __typename ... on VerificationMeeting { attendees notes } ... on ValidationFailed { issues { message } } } }`;

  it('keeps the agenda order while hubs are decided, and pages through it', async () => {
    const open = await gql(
      'reviewer',
      `mutation { meetingOpen(month: "2024-08") { ... on VerificationMeeting { id } } }`,
      {},
    );
    const id = open.meetingOpen.id as string;
    await step('officer', { hub: 'cri_upala', month: '2024-08', action: 'SUBMIT' });
    const before = (await gql('reviewer', HUBS, { id })).verificationMeeting.agendaHubs;
    expect(before.map((h: { position: number }) => h.position)).toEqual([1, 2, 3]);
    expect(before[0]).toMatchObject({ hubCode: 'cri_upala', status: 'SUBMITTED', decision: null });

    await step('reviewer', { hub: 'cri_upala', month: '2024-08', action: 'VERIFY', meetingId: id });
    const after = (await gql('reviewer', HUBS, { id })).verificationMeeting.agendaHubs;
    // Verified, yet still first: "next" must not skip hubs because one was decided.
    expect(after.map((h: { hubCode: string }) => h.hubCode)).toEqual(
      before.map((h: { hubCode: string }) => h.hubCode),
    );
    expect(after[0]).toMatchObject({ status: 'VERIFIED', decision: { action: 'verify' } });

    const second = before[1].hubCode as string;
    const item = (await gql('reviewer', ITEM, { id, hub: second })).verificationMeeting.agendaItem;
    expect(item).toMatchObject({
      position: 2,
      total: 3,
      previous: { hubCode: 'cri_upala' },
      next: { hubCode: before[2].hubCode },
      report: { hubCode: second },
      decisions: [],
    });
    const first = (await gql('reviewer', ITEM, { id, hub: 'cri_upala' })).verificationMeeting
      .agendaItem;
    expect(first.previous).toBeNull();
    expect(first.decisions).toEqual([{ action: 'verify', reason: null }]);
    expect(
      (await gql('reviewer', ITEM, { id, hub: 'nowhere' })).verificationMeeting.agendaItem,
    ).toBeNull();
  });

  it('records participants and notes while open, never in the audit log, and not after closing', async () => {
    const open = await gql(
      'reviewer',
      `mutation { meetingOpen(month: "2024-09", attendees: "Ana (OIM)") { ... on VerificationMeeting { id } } }`,
      {},
    );
    const id = open.meetingOpen.id as string;
    const updated = await gql('reviewer', UPDATE, {
      id,
      a: 'Ana Pérez (OIM)\nLuis Mora (Upala)',
      n: 'Se revisaron los casos de tránsito.',
    });
    expect(updated.meetingUpdate).toEqual({
      __typename: 'VerificationMeeting',
      attendees: 'Ana Pérez (OIM)\nLuis Mora (Upala)',
      notes: 'Se revisaron los casos de tránsito.',
    });
    // Left out: kept.
    expect((await gql('reviewer', UPDATE, { id, n: 'Más notas' })).meetingUpdate.attendees).toBe(
      'Ana Pérez (OIM)\nLuis Mora (Upala)',
    );
    const audit = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting.update'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toMatch(/Pérez|tránsito|notas/);
    const officer = await app.gql(UPDATE, { id, n: 'x' }, { token: await app.login('officer') });
    expect(officer.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    await gql('reviewer', `mutation($id: ID!) { meetingClose(id: $id) { __typename } }`, { id });
    const refused = await gql('reviewer', UPDATE, { id, n: 'tarde' }, 'es');
    expect(refused.meetingUpdate.__typename).toBe('ValidationFailed');
    expect(refused.meetingUpdate.issues[0].message).toMatch(/reunión está cerrada/);
    expect((await gql('reviewer', HUBS, { id })).verificationMeeting.notes).toBe('Más notas');
  });
});
