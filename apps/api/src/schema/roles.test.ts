/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers in tests are checked field by field */
/**
 * Roles × operations, generated: every root field of the schema has a row saying which rule of
 * packages/domain guards it and how to call it; what each role must get follows from that rule
 * (the domain's permission matrix, campaign access, sign-off and report-transition rules), not
 * from the API's own annotations. A new root field without a row fails the first test.
 */
import { can, exampleActivity, exampleCase, type Action, type Role } from '@ventanilla/domain';
import { checkReportTransition } from '@ventanilla/domain/reports/index';
import { canEditCampaigns, canReadCampaigns } from '@ventanilla/domain/strategy/index';
import {
  canSignOff,
  listTrackItems,
  trackForRole,
  type QuizItem,
  type TrainingItem,
} from '@ventanilla/domain/training/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from './index.ts';
import { people, startTestApp, testPassword, type Person, type TestApp } from '../test/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The fixture users of test/app.ts, as the domain sees them. */
const who: Record<Person, { role: Role; hubs: string[] }> = {
  admin: { role: 'admin', hubs: [] },
  reviewer: { role: 'reviewer', hubs: [] },
  coordinator: { role: 'coordinator', hubs: ['cri_upala', 'cri_los_chiles'] },
  officer: { role: 'hub_officer', hubs: ['cri_upala'] },
  officerTijuana: { role: 'hub_officer', hubs: ['mex_tijuana'] },
};
const persons = Object.keys(who) as Person[];

/**
 * The domain rule that guards a root field: `open` (no session needed), `signedIn`, a permission
 * of the matrix, campaign reading/editing, or signing off a team member's training.
 */
type Rule =
  | { open: true }
  | { signedIn: true }
  | { action: Action }
  | { campaigns: 'read' | 'edit' }
  | { signOff: true };

const HUB = 'cri_upala';

/** Whether a role passes the rule on some hub (the root guard). */
function allowsRole(rule: Rule, role: Role): boolean {
  if ('open' in rule || 'signedIn' in rule) return true;
  if ('action' in rule) return can({ role, action: rule.action });
  const hubs = [HUB];
  if ('campaigns' in rule)
    return rule.campaigns === 'read'
      ? canReadCampaigns({ role, userHubs: hubs })
      : canEditCampaigns({ role, userHubs: hubs });
  return canSignOff({
    signer: { id: 'signer', role, hubCodes: hubs },
    trainee: { id: 'trainee', hubCodes: hubs },
  });
}

/** Whether a person passes the rule on HUB (the check inside the resolver). */
function reachesHub(rule: Rule, person: Person): boolean {
  const { role, hubs } = who[person];
  if ('open' in rule || 'signedIn' in rule) return true;
  if ('action' in rule) return can({ role, action: rule.action, hubCode: HUB, userHubs: hubs });
  if ('campaigns' in rule)
    return rule.campaigns === 'read'
      ? canReadCampaigns({ role, hub: HUB, userHubs: hubs })
      : canEditCampaigns({ role, hub: HUB, userHubs: hubs });
  return canSignOff({
    signer: { id: 'signer', role, hubCodes: hubs },
    trainee: { id: 'trainee', hubCodes: [HUB] },
  });
}

type Call = { query: string; variables?: Record<string, unknown>; token?: string };
type Row = {
  rule: Rule;
  /** The call (preparing what it needs first). */
  call: (person: Person) => Promise<Call>;
  /** The call works on HUB's data: a caller who passes the root guard but does not reach HUB gets a typed refusal, null or nothing. */
  onHub?: boolean;
  /** A further domain rule deciding the typed outcome for a caller who reaches HUB. */
  succeeds?: (person: Person) => boolean;
};

// ---- Fixtures, made through the API by whoever may make them -------------------------------

let serial = 0;
const unique = () => String(++serial).padStart(4, '0');
const letters = () =>
  unique()
    .split('')
    .map((d) => String.fromCharCode(97 + Number(d)))
    .join('');
const { record_type: _c, ...caseInput } = exampleCase;
const { record_type: _a, ...activityBase } = exampleActivity;
const activityInput = {
  ...activityBase,
  hub: HUB,
  b1_country: 'CRI',
  b1_admin1: 'Alajuela',
  b1_admin2: 'Upala',
};

async function as(person: Person, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await app.gql(query, variables, { token: await app.login(person) });
  expect(body.errors, JSON.stringify(body)).toBeUndefined();
  return body.data as any;
}
const newCase = async () =>
  (
    await as(
      'admin',
      'mutation($i: CaseInput!) { caseRecord(input: $i) { ... on CaseSaved { case { id } } } }',
      { i: { ...caseInput, hub: HUB } },
    )
  ).caseRecord.case.id as string;
const newActivity = async () =>
  (
    await as(
      'admin',
      'mutation($i: ActivityInput!) { activityRecord(input: $i) { ... on ActivitySaved { activity { id } } } }',
      { i: activityInput },
    )
  ).activityRecord.activity.id as string;
const directoryInput = { hub: HUB, organization: 'PANI', sector: 'child_protection' };
const newEntry = async () =>
  (
    await as(
      'admin',
      'mutation($i: DirectoryEntryInput!) { directoryEntryAdd(input: $i) { ... on DirectoryEntry { id } } }',
      { i: directoryInput },
    )
  ).directoryEntryAdd.id as string;
const newCampaign = async () =>
  (
    await as(
      'admin',
      `mutation($h: String!) { campaignCreate(hub: $h, title: "Plan") {
        ... on CampaignSaved { campaign { id version document } } } }`,
      { h: HUB },
    )
  ).campaignCreate.campaign as { id: string; version: number; document: string };
/** A month of its own for each meeting (2001-01, 2001-02, …). */
const newMonth = () => {
  const n = Number(unique());
  return `${2001 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const newMeeting = async () =>
  (
    await as(
      'reviewer',
      'mutation($m: String!) { meetingOpen(month: $m) { ... on VerificationMeeting { id } } }',
      { m: newMonth() },
    )
  ).meetingOpen.id as string;
const newFollowUp = async () => {
  const meetingId = await newMeeting();
  const id = (
    await as(
      'reviewer',
      `mutation($m: ID!, $h: String!) { followUpAdd(meetingId: $m, hub: $h, what: "Revisar",
        owner: "Coordinación", dueDate: "2031-01-31") { ... on FollowUp { id } } }`,
      { m: meetingId, h: HUB },
    )
  ).followUpAdd.id as string;
  return { id, meetingId };
};
const newUser = async () =>
  (
    await as(
      'admin',
      `mutation($e: String!) { userAdd(input: { email: $e, name: "N", role: HUB_OFFICER,
        hubCodes: ["cri_upala"], password: "long-enough-pw" }) { ... on User { id } } }`,
      { e: `made.${unique()}@test.org` },
    )
  ).userAdd.id as string;
const officerId = async () =>
  ((await as('admin', '{ users { id email } }')).users as { id: string; email: string }[]).find(
    (u) => u.email === people.officer,
  )!.id;
/** The Upala officer asks for a sign-off of `itemId` (so there is something to sign). */
const requestSignOff = (itemId: string) =>
  as('officer', 'mutation($i: String!) { trainingRequestSignoff(itemId: $i) { __typename } }', {
    i: itemId,
  });

// Training items of the officers' track (every role follows it, coordinators a superset).
const readItem = 'hub_basics.read';
const scenario = {
  itemId: 'pfa.scenario.crying',
  path: ['introduce', 'private', 'breathe', 'connect'],
};
const officerItems = listTrackItems({ track: trackForRole({ role: 'hub_officer' }) });
const itemOfType = (type: TrainingItem['type']) => officerItems.find((i) => i.type === type)!.id;
/** The first option of every question of the officers' first knowledge check. */
const quizAnswers = () => {
  const quiz = officerItems.find((i): i is QuizItem => i.type === 'quiz')!;
  return {
    i: quiz.id,
    a: quiz.check.questions.map((q) => ({ questionId: q.id, optionIds: [q.options[0]!.id] })),
  };
};

// ---- One row per root field -----------------------------------------------------------------

const t = (field: string, selection = '{ __typename }') => `${field} ${selection}`;
const rows: Record<string, Row> = {};
// Queries
rows.me = { rule: { open: true }, call: async () => ({ query: '{ me { email } }' }) };
rows.hubs = {
  rule: { signedIn: true },
  call: async () => ({ query: '{ hubs { code stats(month: "2024-03") { cases } } }' }),
};
rows.myLastOfficerId = {
  rule: { action: 'record.write' },
  call: async (person) => {
    // A person who may record saves a case on a hub of theirs first, so there is an ID to find.
    if (can({ role: who[person].role, action: 'record.write' })) {
      const hub = who[person].hubs[0] ?? HUB;
      await as(person, 'mutation($i: CaseInput!) { caseRecord(input: $i) { __typename } }', {
        i: { ...caseInput, hub },
      });
    }
    return { query: '{ myLastOfficerId }' };
  },
};
rows.users = {
  rule: { action: 'user.manage' },
  call: async () => ({ query: '{ users { email } }' }),
};
rows.auditLog = {
  rule: { action: 'audit.read' },
  call: async () => ({ query: '{ auditLog(limit: 1) { id } }' }),
};
rows.cases = {
  rule: { action: 'record.read' },
  call: async () => ({ query: '{ cases { totalCount } }' }),
};
rows.activities = {
  rule: { action: 'record.read' },
  call: async () => ({ query: '{ activities { totalCount } }' }),
};
rows.case = {
  rule: { action: 'record.read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('case(id: $id)')} }`,
    variables: { id: await newCase() },
  }),
};
rows.activity = {
  rule: { action: 'record.read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('activity(id: $id)')} }`,
    variables: { id: await newActivity() },
  }),
};
rows.directory = {
  rule: { action: 'directory.read' },
  call: async () => ({ query: '{ directory { id } }' }),
};
rows.directoryEntry = {
  rule: { action: 'directory.read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('directoryEntry(id: $id)')} }`,
    variables: { id: await newEntry() },
  }),
};
const disaggregationInput = {
  measure: 'CASES',
  by: ['HUB'],
  filter: { from: '2024-03', to: '2024-03' },
};
rows.disaggregation = {
  rule: { action: 'aggregate.read' },
  call: async () => ({
    query: 'query($i: DisaggregationInput!) { disaggregation(input: $i) { total } }',
    variables: { i: disaggregationInput },
  }),
};
rows.disaggregations = {
  rule: { action: 'aggregate.read' },
  call: async () => ({
    query: 'query($i: [DisaggregationInput!]!) { disaggregations(inputs: $i) { total } }',
    variables: { i: [disaggregationInput] },
  }),
};
rows.referralFigures = {
  rule: { action: 'aggregate.read' },
  call: async () => ({
    query: 'query($f: RecordFilter) { referralFigures(filter: $f) { protected overdueFollowUps } }',
    variables: { f: { from: '2024-03', to: '2024-03' } },
  }),
};
rows.monitoringFigures = {
  rule: { action: 'aggregate.read' },
  call: async () => ({
    query:
      'query($f: RecordFilter) { monitoringFigures(filter: $f) { protected visits { uniquePeople } } }',
    variables: { f: { from: '2024-03', to: '2024-03' } },
  }),
};
rows.followUps = {
  rule: { action: 'report.read' },
  call: async () => ({ query: '{ followUps { id } }' }),
};
rows.monthlyReport = {
  rule: { action: 'report.read' },
  onHub: true,
  call: async () => ({
    query: `query($h: String!) { monthlyReport(hub: $h, month: "2024-03") { status } }`,
    variables: { h: HUB },
  }),
};
rows.monthlyReports = {
  rule: { action: 'report.read' },
  call: async () => ({ query: '{ monthlyReports(months: ["2024-03"]) { status } }' }),
};
rows.verificationMeetings = {
  rule: { action: 'report.verify' },
  call: async () => ({ query: '{ verificationMeetings { id } }' }),
};
rows.verificationMeeting = {
  rule: { action: 'report.verify' },
  call: async (person) => ({
    query: 'query($id: ID!) { verificationMeeting(id: $id) { id } }',
    variables: {
      id: allowsRole({ action: 'report.verify' }, who[person].role)
        ? await newMeeting()
        : '00000000-0000-4000-8000-000000000000',
    },
  }),
};
rows.campaigns = {
  rule: { campaigns: 'read' },
  call: async () => ({ query: '{ campaigns { id } }' }),
};
rows.campaign = {
  rule: { campaigns: 'read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('campaign(id: $id)')} }`,
    variables: { id: (await newCampaign()).id },
  }),
};
rows.myTraining = {
  rule: { signedIn: true },
  call: async () => ({ query: '{ myTraining { total } }' }),
};
rows.teamTraining = {
  rule: { signOff: true },
  call: async () => ({ query: '{ teamTraining { total } }' }),
};
rows.trainingSignoffQueue = {
  rule: { signOff: true },
  call: async () => ({ query: '{ trainingSignoffQueue { itemId } }' }),
};
// Mutations
rows.login = {
  rule: { open: true },
  call: async (person) => ({
    query: `mutation($e: String!, $p: String!) { ${t('login(email: $e, password: $p)')} }`,
    variables: { e: people[person], p: testPassword },
    token: '',
  }),
};
rows.logout = {
  rule: { signedIn: true },
  // A session of its own: ending the shared one would sign the person out of the other rows.
  call: async (person) => {
    const { body } = await app.gql(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ... on Session { token } } }',
      { e: people[person], p: testPassword },
    );
    return { query: 'mutation { logout }', token: body.data.login.token };
  },
};
rows.hubAdd = {
  rule: { action: 'hub.manage' },
  call: async () => ({
    query: `mutation($c: String!) { ${t('hubAdd(input: { code: $c, name: "Nueva", country: "GTM" })')} }`,
    variables: { c: `gtm_${letters()}` },
  }),
};
rows.hubUpdate = {
  rule: { action: 'hub.manage' },
  call: async () => ({
    query: `mutation { ${t('hubUpdate(code: "cri_upala", input: { name: "Upala" })')} }`,
  }),
};
rows.userAdd = {
  rule: { action: 'user.manage' },
  call: async () => ({
    query: `mutation($e: String!) { ${t('userAdd(input: { email: $e, name: "N", role: HUB_OFFICER, hubCodes: ["cri_upala"], password: "long-enough-pw" })')} }`,
    variables: { e: `new.${unique()}@test.org` },
  }),
};
rows.userUpdate = {
  rule: { action: 'user.manage' },
  call: async () => ({
    query: `mutation($id: ID!) { ${t('userUpdate(id: $id, input: { name: "Otro" })')} }`,
    variables: { id: await newUser() },
  }),
};
rows.caseRecord = {
  rule: { action: 'record.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($i: CaseInput!) { ${t('caseRecord(input: $i)')} }`,
    variables: { i: { ...caseInput, hub: HUB } },
  }),
};
rows.caseEdit = {
  rule: { action: 'record.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!, $i: CaseInput!) { ${t('caseEdit(id: $id, input: $i)')} }`,
    variables: { id: await newCase(), i: { ...caseInput, hub: HUB } },
  }),
};
rows.caseDelete = {
  rule: { action: 'record.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('caseDelete(id: $id)')} }`,
    variables: { id: await newCase() },
  }),
};
rows.activityRecord = {
  rule: { action: 'record.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($i: ActivityInput!) { ${t('activityRecord(input: $i)')} }`,
    variables: { i: activityInput },
  }),
};
rows.activityEdit = {
  rule: { action: 'record.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!, $i: ActivityInput!) { ${t('activityEdit(id: $id, input: $i)')} }`,
    variables: { id: await newActivity(), i: activityInput },
  }),
};
rows.activityDelete = {
  rule: { action: 'record.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('activityDelete(id: $id)')} }`,
    variables: { id: await newActivity() },
  }),
};
const referralInput = {
  institution: 'Oficina contra la trata',
  consentToRefer: true,
  consentToShare: true,
};
/** A referral of a new case of HUB, planned by the coordinator (admins may not touch referrals). */
const newReferral = async () =>
  (
    await as(
      'coordinator',
      'mutation($i: ReferralInput!) { referralAdd(input: $i) { ... on Referral { id } } }',
      { i: { ...referralInput, caseId: await newCase() } },
    )
  ).referralAdd.id as string;
rows.referrals = {
  rule: { action: 'referral.read' },
  call: async () => ({ query: '{ referrals { id } }' }),
};
rows.referral = {
  rule: { action: 'referral.read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('referral(id: $id)')} }`,
    variables: { id: await newReferral() },
  }),
};
rows.referralAdd = {
  rule: { action: 'referral.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($i: ReferralInput!) { ${t('referralAdd(input: $i)')} }`,
    variables: { i: { ...referralInput, caseId: await newCase() } },
  }),
};
rows.referralEdit = {
  rule: { action: 'referral.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!, $i: ReferralDetailsInput!) { ${t('referralEdit(id: $id, baseVersion: 1, input: $i)')} }`,
    variables: { id: await newReferral(), i: { ...referralInput, contactPerson: 'Ana' } },
  }),
};
rows.referralMove = {
  rule: { action: 'referral.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('referralMove(id: $id, baseVersion: 1, to: sent, on: "2026-12-01")')} }`,
    variables: { id: await newReferral() },
  }),
};
rows.caseContext = {
  rule: { action: 'referral.read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('caseContext(caseId: $id)')} }`,
    variables: { id: await newCase() },
  }),
};
rows.caseContextSet = {
  rule: { action: 'referral.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('caseContextSet(caseId: $id, source: own_initiative)')} }`,
    variables: { id: await newCase() },
  }),
};
rows.personCodeIssue = {
  rule: { action: 'referral.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('personCodeIssue(caseId: $id, consent: true, issuedOn: "2026-12-01")')} }`,
    variables: { id: await newCase() },
  }),
};
/** A fresh questionnaire link of HUB, drawn by its coordinator. */
const feedbackToken = async () =>
  (
    await as(
      'coordinator',
      `mutation { feedbackLinkRenew(hub: "${HUB}") { ... on FeedbackLink { token } } }`,
    )
  ).feedbackLinkRenew.token as string;
rows.feedbackForm = {
  rule: { open: true },
  call: async () => ({
    query: 'query($k: String!) { feedbackForm(token: $k) { hub } }',
    variables: { k: await feedbackToken() },
    token: '',
  }),
};
rows.feedbackSubmit = {
  rule: { open: true },
  call: async () => ({
    query: `mutation($k: String!) { ${t('feedbackSubmit(token: $k, answers: { satisfaction: "5" })')} }`,
    variables: { k: await feedbackToken() },
    token: '',
  }),
};
rows.feedbackLinks = {
  rule: { action: 'referral.read' },
  call: async () => ({ query: '{ feedbackLinks { hub } }' }),
};
rows.feedbackLinkRenew = {
  rule: { action: 'referral.write' },
  onHub: true,
  call: async () => ({
    query: `mutation { ${t(`feedbackLinkRenew(hub: "${HUB}")`)} }`,
  }),
};
const mcaInput = { hub: HUB, name: 'Rosa Méndez', joinedOn: '2026-01-05' };
/** An MCA of HUB, added by the coordinator (admins may not touch the roster). */
const newMca = async () =>
  (
    await as('coordinator', 'mutation($i: McaInput!) { mcaAdd(input: $i) { ... on Mca { id } } }', {
      i: mcaInput,
    })
  ).mcaAdd.id as string;
rows.mcas = {
  rule: { action: 'mca.read' },
  call: async () => ({ query: '{ mcas { id } }' }),
};
rows.mca = {
  rule: { action: 'mca.read' },
  onHub: true,
  call: async () => ({
    query: `query($id: ID!) { ${t('mca(id: $id)')} }`,
    variables: { id: await newMca() },
  }),
};
rows.mcaAdd = {
  rule: { action: 'mca.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($i: McaInput!) { ${t('mcaAdd(input: $i)')} }`,
    variables: { i: mcaInput },
  }),
};
rows.mcaEdit = {
  rule: { action: 'mca.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!, $i: McaDetailsInput!) { ${t('mcaEdit(id: $id, baseVersion: 1, input: $i)')} }`,
    variables: { id: await newMca(), i: { name: 'Rosa M.', joinedOn: '2026-01-05' } },
  }),
};
rows.mcaCheckInRecord = {
  rule: { action: 'mca.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('mcaCheckInRecord(mcaId: $id, on: "2026-01-12", channel: phone)')} }`,
    variables: { id: await newMca() },
  }),
};
rows.mcaLetterRecord = {
  rule: { action: 'mca.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('mcaLetterRecord(mcaId: $id, signedOn: "2026-01-05")')} }`,
    variables: { id: await newMca() },
  }),
};
rows.mcaActionRecord = {
  rule: { action: 'mca.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!, $i: McaActionInput!) { ${t('mcaActionRecord(mcaId: $id, input: $i)')} }`,
    variables: {
      id: await newMca(),
      i: { on: '2026-01-10', place: 'Mercado', type: 'channelling', minutes: 3 },
    },
  }),
};
rows.directoryEntryAdd = {
  rule: { action: 'directory.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($i: DirectoryEntryInput!) { ${t('directoryEntryAdd(input: $i)')} }`,
    variables: { i: directoryInput },
  }),
};
rows.directoryEntryUpdate = {
  rule: { action: 'directory.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!, $i: DirectoryEntryInput!) { ${t('directoryEntryUpdate(id: $id, input: $i)')} }`,
    variables: { id: await newEntry(), i: { ...directoryInput, notes: 'Abierto' } },
  }),
};
rows.directoryEntryDelete = {
  rule: { action: 'directory.write' },
  onHub: true,
  call: async () => ({
    query: `mutation($id: ID!) { ${t('directoryEntryDelete(id: $id)')} }`,
    variables: { id: await newEntry() },
  }),
};
rows.campaignCreate = {
  rule: { campaigns: 'edit' },
  onHub: true,
  call: async () => ({
    query: `mutation($h: String!) { ${t('campaignCreate(hub: $h, title: "Plan")')} }`,
    variables: { h: HUB },
  }),
};
rows.campaignUpdate = {
  rule: { campaigns: 'edit' },
  onHub: true,
  call: async () => {
    const c = await newCampaign();
    return {
      query: `mutation($id: ID!, $v: Int!, $d: String!) { ${t('campaignUpdate(id: $id, baseVersion: $v, title: "Plan 2", document: $d)')} }`,
      variables: { id: c.id, v: c.version, d: c.document },
    };
  },
};
rows.campaignDelete = {
  rule: { campaigns: 'edit' },
  onHub: true,
  call: async () => {
    const c = await newCampaign();
    return {
      query: `mutation($id: ID!, $v: Int!) { ${t('campaignDelete(id: $id, baseVersion: $v)')} }`,
      variables: { id: c.id, v: c.version },
    };
  },
};
rows.reportStep = {
  rule: { action: 'report.read' },
  onHub: true,
  // Saving the narrative of a draft: the domain's report transitions say who may.
  succeeds: (person) =>
    checkReportTransition({
      action: 'saveNarrative',
      status: 'draft',
      role: who[person].role,
      hub: HUB,
      userHubs: who[person].hubs,
    }).ok,
  call: async () => ({
    query: `mutation($h: String!) { ${t('reportStep(input: { action: SAVE_NARRATIVE, hub: $h, month: "2024-04", narrative: { achievements: "Ferias", challenges: "", goodPractices: "", lessonsLearned: "", migrationTrends: "" } })')} }`,
    variables: { h: HUB },
  }),
};
rows.meetingOpen = {
  rule: { action: 'report.verify' },
  call: async () => ({
    query: `mutation($m: String!) { ${t('meetingOpen(month: $m)')} }`,
    variables: { m: newMonth() },
  }),
};
rows.meetingUpdate = {
  rule: { action: 'report.verify' },
  call: async () => ({
    query: `mutation($id: ID!) { ${t('meetingUpdate(id: $id, attendees: "OIM", notes: "Notas")')} }`,
    variables: { id: await newMeeting() },
  }),
};
rows.meetingClose = {
  rule: { action: 'report.verify' },
  call: async () => ({
    query: `mutation($id: ID!) { ${t('meetingClose(id: $id, notes: "Fin")')} }`,
    variables: { id: await newMeeting() },
  }),
};
rows.followUpAdd = {
  rule: { action: 'report.verify' },
  call: async () => ({
    query: `mutation($m: ID!, $h: String!) { ${t('followUpAdd(meetingId: $m, hub: $h, what: "Revisar", owner: "Coordinación", dueDate: "2031-01-31")')} }`,
    variables: { m: await newMeeting(), h: HUB },
  }),
};
rows.followUpClose = {
  rule: { action: 'report.verify' },
  call: async () => {
    const f = await newFollowUp();
    return {
      query: `mutation($id: ID!, $m: ID) { ${t('followUpClose(id: $id, meetingId: $m)')} }`,
      variables: { id: f.id, m: f.meetingId },
    };
  },
};
rows.trainingCompleteItem = {
  rule: { signedIn: true },
  call: async () => ({
    query: `mutation($i: String!) { ${t('trainingCompleteItem(itemId: $i)')} }`,
    variables: { i: readItem },
  }),
};
rows.trainingFinishScenario = {
  rule: { signedIn: true },
  call: async () => ({
    query: `mutation($i: String!, $p: [String!]!) { ${t('trainingFinishScenario(itemId: $i, path: $p)')} }`,
    variables: { i: scenario.itemId, p: scenario.path },
  }),
};
rows.trainingSubmitCheck = {
  rule: { signedIn: true },
  call: async () => ({
    query: `mutation($i: String!, $a: [TrainingAnswerInput!]!) { ${t('trainingSubmitCheck(itemId: $i, answers: $a)')} }`,
    variables: quizAnswers(),
  }),
};
rows.trainingRecordCertificate = {
  rule: { signedIn: true },
  call: async () => ({
    query: `mutation($i: String!) { ${t('trainingRecordCertificate(itemId: $i, reference: "ECAMPUS-123")')} }`,
    variables: { i: itemOfType('external') },
  }),
};
rows.trainingRequestSignoff = {
  rule: { signedIn: true },
  call: async () => ({
    query: `mutation($i: String!) { ${t('trainingRequestSignoff(itemId: $i)')} }`,
    variables: { i: itemOfType('signoff') },
  }),
};
rows.trainingSignOff = {
  rule: { signOff: true },
  onHub: true,
  call: async () => {
    const i = itemOfType('signoff');
    await requestSignOff(i);
    return {
      query: `mutation($u: ID!, $i: String!) { ${t('trainingSignOff(userId: $u, itemId: $i)')} }`,
      variables: { u: await officerId(), i },
    };
  },
};
rows.trainingResetAttempts = {
  rule: { signOff: true },
  onHub: true,
  call: async () => ({
    query: `mutation($u: ID!, $i: String!) { ${t('trainingResetAttempts(userId: $u, itemId: $i)')} }`,
    variables: { u: await officerId(), i: quizAnswers().i },
  }),
};

// ---- The matrix ------------------------------------------------------------------------------

const rootFields = [
  ...Object.keys(schema.getQueryType()!.getFields()),
  ...Object.keys(schema.getMutationType()!.getFields()),
];
/** Answers that mean "refused inside the call" (the caller passed the root guard). */
const typedRefusal = ['Forbidden', 'NotFound', 'TransitionRefused'];

it('every root field of the schema has a row (a new field without one fails here)', () => {
  expect(Object.keys(rows).sort()).toEqual([...rootFields].sort());
});

describe('roles × operations', () => {
  for (const [field, row] of Object.entries(rows)) {
    for (const person of persons) {
      const role = who[person].role;
      const passes = allowsRole(row.rule, role);
      const reaches = !row.onHub || reachesHub(row.rule, person);
      const succeeds = passes && reaches && (row.succeeds?.(person) ?? true);
      const expected = !passes ? 'FORBIDDEN' : succeeds ? 'allowed' : 'refused in the call';
      it(`${person} → ${field}: ${expected}`, async () => {
        const { query, variables, token } = await row.call(person);
        const { body } = await app.gql(query, variables, {
          token: token ?? (await app.login(person)),
          lang: 'en',
        });
        if (!passes) {
          expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
          expect(body.errors?.[0]?.message).toBe('You do not have access to this.');
          expect(body.data?.[field] ?? null).toBeNull();
          return;
        }
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        const value = body.data[field];
        const typename: string | undefined = value?.__typename;
        if (succeeds) {
          expect(value, 'an answer').not.toBeNull();
          if (typename)
            expect(typedRefusal.concat('ValidationFailed', 'EditConflict')).not.toContain(typename);
        } else {
          // Out of reach: a typed refusal, no record (null) or nothing listed.
          const nothing = value === null || (Array.isArray(value) && value.length === 0);
          expect(nothing || typedRefusal.includes(typename ?? ''), JSON.stringify(value)).toBe(
            true,
          );
        }
      });
    }
  }

  it('officers and coordinators see only their hubs; reviewers and admins all', async () => {
    const codes = async (person: Person) =>
      (
        await app.gql('{ hubs { code } }', {}, { token: await app.login(person) })
      ).body.data.hubs.map((h: { code: string }) => h.code);
    expect(await codes('officer')).toEqual(['cri_upala']);
    expect(await codes('coordinator')).toEqual(['cri_los_chiles', 'cri_upala']);
    expect(await codes('reviewer')).toEqual(
      expect.arrayContaining(['cri_los_chiles', 'cri_upala', 'mex_tijuana']),
    );
  });
});

describe('unauthenticated callers', () => {
  it('personal case fields are auth-scoped to personal-data clearance (defence in depth)', () => {
    const fields = (schema.getType('Case') as import('graphql').GraphQLObjectType).getFields();
    for (const name of [
      'a0_name',
      'a3_community',
      'a1_nationality_other',
      'a10_service_other_1',
      'a14_vulnerability_other',
    ]) {
      const options = fields[name]!.extensions?.pothosOptions as {
        authScopes?: Record<string, unknown>;
      };
      expect(options.authScopes, name).toEqual({ personalData: true });
    }
  });

  for (const [field, row] of Object.entries(rows)) {
    const open = 'open' in row.rule;
    it(`${field}: ${open ? 'open without a session' : 'UNAUTHENTICATED, in the caller’s language'}`, async () => {
      const { query, variables } = await row.call('admin');
      for (const [lang, message] of [
        ['en', 'Please sign in.'],
        ['es', 'Inicie sesión.'],
      ] as const) {
        const { body } = await app.gql(query, variables, { lang });
        if (open) {
          expect(body.errors).toBeUndefined();
          continue;
        }
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
        expect(body.errors?.[0]?.message).toBe(message);
      }
    });
  }

  it('me answers null without a session', async () => {
    expect((await app.gql('{ me { id } }')).body.data.me).toBeNull();
  });
});
