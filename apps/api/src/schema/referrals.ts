import type { SchemaTypes } from '@pothos/core';
import { and, asc, eq, inArray, isNotNull, lte, ne, type SQL } from 'drizzle-orm';
import {
  followUpDue,
  referralOutcomes,
  referralStates,
  transitionIssues,
  type ReferralOutcome,
  type ReferralState,
} from '@ventanilla/domain/referrals/index';
import { builder } from '../builder.ts';
import { canOnHub, scopeHubCodes } from '../auth/access.ts';
import { cases, directoryEntries, referrals } from '../db/schema/index.ts';
import {
  dateMessage,
  detailIssues,
  moveDateIssues,
  textOrNull,
  type InputIssue,
  type ReferralDetails,
} from '../referrals/input.ts';
import type { Executor } from '../db/client.ts';
import { clientKeyIssue, moveOnce } from '../referrals/move-once.ts';
import { isCalendarDate } from './input/dates.ts';
import { isUuid } from './input/ids.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';

type ReferralRow = typeof referrals.$inferSelect;

const ReferralStateEnum = builder.enumType('ReferralState', { values: referralStates });
const ReferralOutcomeEnum = builder.enumType('ReferralOutcome', { values: referralOutcomes });

const Referral = builder.objectRef<ReferralRow>('Referral').implement({
  description:
    'A referral followed to an outcome, with Annex 1 section 5 (situation, assistance, reference instance). Only the hub’s own staff read it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    hub: t.exposeString('hub'),
    caseId: t.exposeID('caseId'),
    action: t.exposeString('action', { nullable: true, description: 'The A.11 `referred_*` code' }),
    profile: t.exposeString('profile', {
      nullable: true,
      description: 'Annex 1 profile: trafficking, refugee, migrant_at_risk or child_at_risk',
    }),
    directoryEntryId: t.exposeID('directoryEntryId', { nullable: true }),
    institution: t.exposeString('institution'),
    contactPerson: t.exposeString('contactPerson', { nullable: true }),
    contactPhone: t.exposeString('contactPhone', { nullable: true }),
    contactEmail: t.exposeString('contactEmail', { nullable: true }),
    situation: t.exposeString('situation', { nullable: true }),
    assistance: t.exposeString('assistance', { nullable: true }),
    consentToRefer: t.exposeBoolean('consentToRefer'),
    consentToShare: t.exposeBoolean('consentToShare'),
    state: t.field({ type: ReferralStateEnum, resolve: (r) => r.state as ReferralState }),
    sentOn: t.exposeString('sentOn', { nullable: true }),
    followUpOn: t.exposeString('followUpOn', { nullable: true }),
    closedOn: t.exposeString('closedOn', { nullable: true }),
    outcome: t.field({
      type: ReferralOutcomeEnum,
      nullable: true,
      resolve: (r) => r.outcome as ReferralOutcome | null,
    }),
    outcomeNote: t.exposeString('outcomeNote', { nullable: true }),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

type StaleShape = { kind: 'ReferralChanged'; message: string; current: ReferralRow };
const ReferralChanged = builder.objectRef<StaleShape>('ReferralChanged').implement({
  description:
    'Someone changed the referral after the version this change read; nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message'),
    current: t.field({ type: Referral, resolve: (s) => s.current }),
  }),
});

const ReferralResult = builder.unionType('ReferralResult', {
  types: [Referral, ValidationFailed, NotFound, Forbidden, ReferralChanged],
  resolveType: resolveKind('Referral'),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

/** The fields an officer writes, shared by the add and edit inputs. */
const detailFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  action: t.string(),
  profile: t.string(),
  directoryEntryId: t.id(),
  institution: t.string({ description: 'Required unless a directory entry is chosen' }),
  contactPerson: t.string(),
  contactPhone: t.string(),
  contactEmail: t.string(),
  situation: t.string(),
  assistance: t.string(),
  consentToRefer: t.boolean({ required: true }),
  consentToShare: t.boolean({ required: true }),
  followUpOn: t.string({ description: 'YYYY-MM-DD; default 8 days after it is sent' }),
});

const ReferralInput = builder.inputType('ReferralInput', {
  fields: (t) => ({ caseId: t.id({ required: true }), ...detailFields(t) }),
});
const ReferralDetailsInput = builder.inputType('ReferralDetailsInput', {
  fields: (t) => detailFields(t),
});

const changed = (lang: 'es' | 'en', current: ReferralRow): StaleShape => ({
  kind: 'ReferralChanged',
  message:
    lang === 'en'
      ? 'Someone changed this referral meanwhile. Read it again and repeat your change.'
      : 'Alguien cambió esta referencia mientras tanto. Léala de nuevo y repita su cambio.',
  current,
});

/** The stored values of the details, the institution's name from the directory when chosen. */
async function detailValues(
  ctx: { db: import('../db/client.ts').Db },
  hub: string,
  input: ReferralDetails,
): Promise<{ values: Partial<ReferralRow> } | { issues: InputIssue[] }> {
  const issues = detailIssues(input);
  let institution = textOrNull(input.institution);
  let directoryEntryId: string | null = null;
  if (input.directoryEntryId) {
    const id = String(input.directoryEntryId);
    const [entry] = isUuid(id)
      ? await ctx.db.select().from(directoryEntries).where(eq(directoryEntries.id, id))
      : [];
    if (!entry || entry.hub !== hub)
      issues.push({
        field: 'directoryEntryId',
        en: 'Choose an institution from this hub’s directory.',
        es: 'Elija una institución del directorio de esta ventanilla.',
      });
    else {
      directoryEntryId = entry.id;
      institution ??= entry.organization;
    }
  }
  if (issues.length > 0) return { issues };
  return {
    values: {
      action: input.action || null,
      profile: input.profile || null,
      directoryEntryId,
      institution: institution!,
      contactPerson: textOrNull(input.contactPerson),
      contactPhone: textOrNull(input.contactPhone),
      contactEmail: textOrNull(input.contactEmail),
      situation: textOrNull(input.situation),
      assistance: textOrNull(input.assistance),
      consentToRefer: input.consentToRefer,
      consentToShare: input.consentToShare,
      followUpOn: input.followUpOn || null,
    },
  };
}

/** The referral, when it is there and the caller may read its hub. */
async function findReferral(
  ctx: {
    db: import('../db/client.ts').Db;
    user: import('../auth/current-user.ts').CurrentUser | null;
  },
  id: string,
): Promise<ReferralRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.select().from(referrals).where(eq(referrals.id, id));
  return row && canOnHub(ctx.user!, 'referral.read', row.hub) ? row : null;
}

builder.queryFields((t) => ({
  referrals: t.field({
    type: [Referral],
    description:
      'Referrals of the hubs the caller works in (hub staff only), open ones first by follow-up date.',
    authScopes: { permission: 'referral.read' },
    args: {
      hubCodes: t.arg.stringList(),
      caseId: t.arg.id(),
      open: t.arg.boolean({ description: 'Only referrals not closed yet' }),
      dueBy: t.arg.string({
        description: 'YYYY-MM-DD: only open referrals whose follow-up falls on or before it',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const hubs = scopeHubCodes(ctx.user!, 'referral.read', args.hubCodes);
      if (hubs !== 'all' && hubs.length === 0) return [];
      const where: SQL[] = [];
      if (hubs !== 'all') where.push(inArray(referrals.hub, hubs));
      if (args.caseId) {
        if (!isUuid(String(args.caseId))) return [];
        where.push(eq(referrals.caseId, String(args.caseId)));
      }
      if (args.open || args.dueBy) where.push(ne(referrals.state, 'closed'));
      if (args.dueBy) {
        if (!isCalendarDate(args.dueBy)) return [];
        where.push(isNotNull(referrals.followUpOn), lte(referrals.followUpOn, args.dueBy));
      }
      return ctx.db
        .select()
        .from(referrals)
        .where(and(...where))
        .orderBy(asc(referrals.followUpOn), asc(referrals.createdAt))
        .limit(500);
    },
  }),
  referral: t.field({
    type: ReferralResult,
    authScopes: { permission: 'referral.read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) =>
      (await findReferral(ctx, String(id))) ?? notFound(ctx.lang),
  }),
}));

builder.mutationFields((t) => ({
  referralAdd: t.field({
    type: ReferralResult,
    description: 'Plans a referral of a case (state `planned`).',
    authScopes: { permission: 'referral.write' },
    args: { input: t.arg({ type: ReferralInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const caseId = String(input.caseId);
      const [record] = isUuid(caseId)
        ? await ctx.db.select({ hub: cases.hub }).from(cases).where(eq(cases.id, caseId))
        : [];
      if (!record || !canOnHub(ctx.user!, 'referral.read', record.hub)) return notFound(ctx.lang);
      if (!canOnHub(ctx.user!, 'referral.write', record.hub)) return forbidden(ctx.lang);
      const details = await detailValues(ctx, record.hub, input);
      if ('issues' in details) return inputFailed(ctx.lang, details.issues);
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(referrals)
          .values({
            ...details.values,
            institution: details.values.institution!,
            hub: record.hub,
            caseId,
            createdBy: ctx.user!.id,
          })
          .returning();
        await ctx.audit(
          {
            action: 'create',
            entity: 'referral',
            entityId: row!.id,
            hub: row!.hub,
            detail: { state: 'planned' },
          },
          tx,
        );
        return row!;
      });
    },
  }),
  referralEdit: t.field({
    type: ReferralResult,
    description: 'Changes what is written about a referral; its state moves with `referralMove`.',
    authScopes: { permission: 'referral.write' },
    args: {
      id: t.arg.id({ required: true }),
      baseVersion: t.arg.int({ required: true }),
      input: t.arg({ type: ReferralDetailsInput, required: true }),
    },
    resolve: async (_root, { id, baseVersion, input }, ctx) => {
      const existing = await findReferral(ctx, String(id));
      if (!existing) return notFound(ctx.lang);
      if (!canOnHub(ctx.user!, 'referral.write', existing.hub)) return forbidden(ctx.lang);
      const details = await detailValues(ctx, existing.hub, input);
      if ('issues' in details) return inputFailed(ctx.lang, details.issues);
      // Consent cannot be withdrawn on paper once the referral went out: it was given when sent.
      const sent = existing.state !== 'planned';
      if (sent && (!input.consentToRefer || !input.consentToShare))
        return inputFailed(ctx.lang, [
          {
            field: input.consentToRefer ? 'consentToShare' : 'consentToRefer',
            en: 'The referral was already sent with the person’s consent; close it if they withdraw it.',
            es: 'La referencia ya se envió con el consentimiento de la persona; ciérrela si lo retira.',
          },
        ]);
      return saveVersioned(
        ctx,
        existing,
        baseVersion,
        {
          ...details.values,
          followUpOn:
            details.values.followUpOn ??
            (existing.sentOn ? followUpDue({ sentOn: existing.sentOn }) : null),
        },
        { action: 'update', detail: {} },
      );
    },
  }),
  referralMove: t.field({
    type: ReferralResult,
    description:
      'Moves a referral forward (planned → sent → received → attended → closed); `sent` needs both consents, `closed` an outcome.',
    authScopes: { permission: 'referral.write' },
    args: {
      id: t.arg.id({ required: true }),
      baseVersion: t.arg.int({ required: true }),
      to: t.arg({ type: ReferralStateEnum, required: true }),
      on: t.arg.string({ required: true, description: 'YYYY-MM-DD: when it happened' }),
      outcome: t.arg({ type: ReferralOutcomeEnum }),
      note: t.arg.string({ description: 'A short note on the outcome (at most 500 characters)' }),
      followUpOn: t.arg.string({ description: 'YYYY-MM-DD; default 8 days after it is sent' }),
      clientKey: t.arg.string({
        description:
          'Idempotency key chosen by the client (8–64 of A–Z a–z 0–9 - _), unique per user: a retry with the same key answers with the referral as it is now instead of moving it again.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const keyIssue = clientKeyIssue(ctx.lang, args.clientKey);
      if (keyIssue) return keyIssue;
      const id = String(args.id);
      return moveOnce({
        ctx,
        referralId: id,
        clientKey: args.clientKey,
        replay: async () => (await findReferral(ctx, id)) ?? notFound(ctx.lang),
        notFound: () => notFound(ctx.lang),
        move: (claim) => moveReferral(ctx, args, claim),
      });
    },
  }),
}));

type MoveArgs = {
  id: string | number;
  baseVersion: number;
  to: ReferralState;
  on: string;
  outcome?: ReferralOutcome | null;
  note?: string | null;
  followUpOn?: string | null;
};

/** One move of `referralMove`, checked against the lifecycle; `claim` ties its idempotency key. */
async function moveReferral(
  ctx: import('../context.ts').Context,
  args: MoveArgs,
  claim: ((tx: Executor) => Promise<void>) | null,
) {
  const existing = await findReferral(ctx, String(args.id));
  if (!existing) return notFound(ctx.lang);
  if (!canOnHub(ctx.user!, 'referral.write', existing.hub)) return forbidden(ctx.lang);
  const from = existing.state as ReferralState;
  const issues: InputIssue[] = transitionIssues({
    from,
    to: args.to,
    consentToRefer: existing.consentToRefer,
    consentToShare: existing.consentToShare,
    outcome: args.to === 'closed' ? (args.outcome ?? null) : null,
  }).map((i) => ({ field: i.field, ...i.text }));
  if (!isCalendarDate(args.on)) issues.push({ field: 'on', ...dateMessage });
  else {
    const [attended] = await ctx.db
      .select({ date: cases.date })
      .from(cases)
      .where(eq(cases.id, existing.caseId));
    issues.push(
      ...moveDateIssues({ on: args.on, caseDate: attended?.date ?? null, sentOn: existing.sentOn }),
    );
  }
  if (args.followUpOn && !isCalendarDate(args.followUpOn))
    issues.push({ field: 'followUpOn', ...dateMessage });
  const note = textOrNull(args.note);
  if (note && note.length > 500)
    issues.push({
      field: 'note',
      en: 'Use at most 500 characters.',
      es: 'Use como máximo 500 caracteres.',
    });
  if (issues.length > 0) return inputFailed(ctx.lang, issues);
  const sentOn = existing.sentOn ?? (args.to === 'closed' ? null : args.on);
  const values: Partial<ReferralRow> =
    args.to === 'closed'
      ? { state: 'closed', closedOn: args.on, outcome: args.outcome!, outcomeNote: note }
      : {
          state: args.to,
          sentOn,
          followUpOn: followUpDue({
            sentOn: sentOn!,
            set: args.followUpOn ?? existing.followUpOn,
          }),
        };
  return saveVersioned(
    ctx,
    existing,
    args.baseVersion,
    values,
    {
      action: 'state',
      detail: {
        from,
        to: args.to,
        ...(args.outcome && args.to === 'closed' ? { outcome: args.outcome } : {}),
      },
    },
    claim,
  );
}

/**
 * Writes a change when the referral is still at `baseVersion`, with its audit row, in one
 * transaction; else answers with the referral as it is now.
 */
async function saveVersioned(
  ctx: import('../context.ts').Context,
  existing: ReferralRow,
  baseVersion: number,
  values: Partial<ReferralRow>,
  audit: { action: string; detail: Record<string, unknown> },
  claim: ((tx: Executor) => Promise<void>) | null = null,
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(referrals)
      .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
      .where(and(eq(referrals.id, existing.id), eq(referrals.version, baseVersion)))
      .returning();
    if (!row) {
      const [current] = await tx.select().from(referrals).where(eq(referrals.id, existing.id));
      return changed(ctx.lang, current ?? existing);
    }
    // The audit keeps which referral and which states, never what was written about the person.
    await ctx.audit(
      {
        action: audit.action,
        entity: 'referral',
        entityId: row.id,
        hub: row.hub,
        detail: audit.detail,
      },
      tx,
    );
    if (claim) await claim(tx);
    return row;
  });
}
