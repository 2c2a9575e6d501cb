import { randomInt } from 'node:crypto';
import { and, asc, eq, ne } from 'drizzle-orm';
import {
  caseSources,
  newPersonCode,
  readPersonCode,
  type CaseSource,
} from '@ventanilla/domain/people/index';
import { builder } from '../builder.ts';
import { canOnHub } from '../auth/access.ts';
import type { Context } from '../context.ts';
import { caseContext, cases, mcas, personCodes } from '../db/schema/index.ts';
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

/**
 * Where a case's person came from and, with their consent, the pseudonymous person code that
 * links their repeat visits (issue 16, items 4 and 5). Hub staff only, like referrals: the link
 * between visits is about one person even without a name.
 */
type ContextShape = {
  caseId: string;
  hub: string;
  source: CaseSource | null;
  sourceMcaId: string | null;
  personCode: string | null;
  /** The other cases of the same code at this hub, oldest first. */
  visits: { id: string; date: string }[];
};

const CaseSourceEnum = builder.enumType('CaseSource', { values: caseSources });

const CaseVisit = builder.objectRef<{ id: string; date: string }>('CaseVisit').implement({
  description: 'Another attention of the same person (same person code, same hub).',
  fields: (t) => ({ id: t.exposeID('id'), date: t.exposeString('date') }),
});

const CaseContext = builder.objectRef<ContextShape>('CaseContext').implement({
  description:
    'What a case says beyond the Hubs Form: how the person came, and the person code of their repeat visits. Hub staff only.',
  fields: (t) => ({
    caseId: t.exposeID('caseId'),
    source: t.field({ type: CaseSourceEnum, nullable: true, resolve: (c) => c.source }),
    sourceMcaId: t.exposeID('sourceMcaId', {
      nullable: true,
      description: 'The community migration advisor who channelled the person',
    }),
    personCode: t.exposeString('personCode', {
      nullable: true,
      description: 'XXXX-XXXX-C, printed on the person’s card',
    }),
    visits: t.field({ type: [CaseVisit], resolve: (c) => c.visits }),
  }),
});

const CaseContextResult = builder.unionType('CaseContextResult', {
  types: [CaseContext, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('CaseContext'),
});

type Access = 'referral.read' | 'referral.write';

/** The case's hub and date when the caller may `access` it; otherwise the refusal to answer. */
async function findCase(ctx: Context, id: string, access: Access) {
  const [row] = isUuid(id)
    ? await ctx.db.select({ hub: cases.hub, date: cases.date }).from(cases).where(eq(cases.id, id))
    : [];
  if (!row || !canOnHub(ctx.user!, 'referral.read', row.hub)) return notFound(ctx.lang);
  if (!canOnHub(ctx.user!, access, row.hub)) return forbidden(ctx.lang);
  return row;
}

/** The case's context as stored (empty when nothing was recorded), with its other visits. */
async function readContext(db: Context['db'], caseId: string, hub: string): Promise<ContextShape> {
  const [row] = await db
    .select({
      source: caseContext.source,
      sourceMcaId: caseContext.sourceMcaId,
      personCodeId: caseContext.personCodeId,
      code: personCodes.code,
    })
    .from(caseContext)
    .leftJoin(personCodes, eq(personCodes.id, caseContext.personCodeId))
    .where(eq(caseContext.caseId, caseId));
  const visits = row?.personCodeId
    ? await db
        .select({ id: cases.id, date: cases.date })
        .from(caseContext)
        .innerJoin(cases, eq(cases.id, caseContext.caseId))
        .where(and(eq(caseContext.personCodeId, row.personCodeId), ne(cases.id, caseId)))
        .orderBy(asc(cases.date))
        .limit(100)
    : [];
  return {
    caseId,
    hub,
    source: (row?.source as CaseSource | null) ?? null,
    sourceMcaId: row?.sourceMcaId ?? null,
    personCode: row?.code ?? null,
    visits,
  };
}

/** The hub's stored code typed from a card, or why it cannot link this visit. */
async function findCode(ctx: Context, hub: string, typed: string, consent: boolean) {
  const code = readPersonCode(typed);
  const [stored] = code
    ? await ctx.db
        .select({ id: personCodes.id })
        .from(personCodes)
        .where(and(eq(personCodes.hub, hub), eq(personCodes.code, code)))
    : [];
  const issues = [];
  if (!stored)
    issues.push({
      field: 'personCode',
      en: 'This hub has not issued that code. Check it against the card, symbol by symbol.',
      es: 'Esta ventanilla no emitió ese código. Compárelo con la tarjeta, símbolo por símbolo.',
    });
  if (!consent) issues.push(consentIssue);
  return issues.length > 0 ? inputFailed(ctx.lang, issues) : stored!;
}

/** Whether `id` is an advisor of `hub` (the one who channelled the person). */
async function isHubMca(ctx: Context, hub: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [row] = await ctx.db.select({ hub: mcas.hub }).from(mcas).where(eq(mcas.id, id));
  return row?.hub === hub;
}

async function storedCodeId(ctx: Context, caseId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: caseContext.personCodeId })
    .from(caseContext)
    .where(eq(caseContext.caseId, caseId));
  return row?.id ?? null;
}

const consentIssue = {
  field: 'consent',
  en: 'A person code links visits only with the person’s consent: ask them first.',
  es: 'Un código de persona enlaza visitas solo con el consentimiento de la persona: pregúntele primero.',
};

builder.queryFields((t) => ({
  caseContext: t.field({
    type: CaseContextResult,
    authScopes: { permission: 'referral.read' },
    args: { caseId: t.arg.id({ required: true }) },
    resolve: async (_root, { caseId }, ctx) => {
      const found = await findCase(ctx, String(caseId), 'referral.read');
      if ('kind' in found) return found;
      return readContext(ctx.db, String(caseId), found.hub);
    },
  }),
}));

builder.mutationFields((t) => ({
  caseContextSet: t.field({
    type: CaseContextResult,
    description:
      'Records how the person came and links the case to the code on their card. An argument left out keeps what is stored; an empty code removes the link. A code needs the person’s consent.',
    authScopes: { permission: 'referral.write' },
    args: {
      caseId: t.arg.id({ required: true }),
      source: t.arg({ type: CaseSourceEnum }),
      sourceMcaId: t.arg.id(),
      personCode: t.arg.string({ description: 'As typed from the card; case and dashes ignored' }),
      consent: t.arg.boolean({ description: 'The person agrees to link this visit to their code' }),
    },
    resolve: async (_root, args, ctx) => {
      const caseId = String(args.caseId);
      const found = await findCase(ctx, caseId, 'referral.write');
      if ('kind' in found) return found;
      const current = await readContext(ctx.db, caseId, found.hub);
      // An argument left out keeps what is stored; an empty code removes the link.
      let personCodeId: string | null | undefined;
      if (args.personCode !== undefined) {
        const typed = args.personCode?.trim() ?? '';
        const linked = typed ? await findCode(ctx, found.hub, typed, args.consent ?? false) : null;
        if (linked && 'kind' in linked) return linked;
        personCodeId = linked?.id ?? null;
      }
      const source = args.source === undefined ? current.source : args.source;
      const sourceMcaId =
        source !== 'mca'
          ? null
          : args.sourceMcaId === undefined
            ? current.sourceMcaId
            : args.sourceMcaId && String(args.sourceMcaId);
      if (sourceMcaId && !(await isHubMca(ctx, found.hub, sourceMcaId)))
        return inputFailed(ctx.lang, [
          {
            field: 'sourceMcaId',
            en: 'Choose an advisor of this hub.',
            es: 'Elija un asesor de esta ventanilla.',
          },
        ]);
      await saveContext(ctx, caseId, found.hub, {
        source,
        sourceMcaId,
        personCodeId: personCodeId === undefined ? await storedCodeId(ctx, caseId) : personCodeId,
      });
      return readContext(ctx.db, caseId, found.hub);
    },
  }),
  personCodeIssue: t.field({
    type: CaseContextResult,
    description:
      'Draws a new person code for the case’s person, with their consent, and links the case to it. The code is random and never derived from the person.',
    authScopes: { permission: 'referral.write' },
    args: {
      caseId: t.arg.id({ required: true }),
      consent: t.arg.boolean({ required: true }),
      issuedOn: t.arg.string({ required: true, description: 'YYYY-MM-DD' }),
    },
    resolve: async (_root, args, ctx) => {
      const caseId = String(args.caseId);
      const found = await findCase(ctx, caseId, 'referral.write');
      if ('kind' in found) return found;
      if (!args.consent) return inputFailed(ctx.lang, [consentIssue]);
      const current = await readContext(ctx.db, caseId, found.hub);
      await ctx.db.transaction(async (tx) => {
        // 32^8 codes per hub: a clash is rare, and a second draw settles it.
        let issued: { id: string } | undefined;
        for (let attempt = 0; !issued && attempt < 5; attempt++)
          [issued] = await tx
            .insert(personCodes)
            .values({
              hub: found.hub,
              code: newPersonCode(() => randomInt(32)),
              issuedOn: /^\d{4}-\d{2}-\d{2}$/.test(args.issuedOn) ? args.issuedOn : found.date,
              issuedBy: ctx.user!.id,
            })
            .onConflictDoNothing()
            .returning({ id: personCodes.id });
        await saveContext(
          ctx,
          caseId,
          found.hub,
          { source: current.source, sourceMcaId: current.sourceMcaId, personCodeId: issued!.id },
          tx,
        );
      });
      return readContext(ctx.db, caseId, found.hub);
    },
  }),
}));

/** Stores the context with its audit row; the audit says what changed, never the code. */
async function saveContext(
  ctx: Context,
  caseId: string,
  hub: string,
  values: { source: string | null; sourceMcaId: string | null; personCodeId: string | null },
  tx?: Parameters<Parameters<Context['db']['transaction']>[0]>[0],
) {
  const write = async (db: NonNullable<typeof tx>) => {
    await db
      .insert(caseContext)
      .values({ caseId, hub, ...values })
      .onConflictDoUpdate({
        target: caseContext.caseId,
        set: { ...values, updatedAt: new Date() },
      });
    await ctx.audit(
      {
        action: 'update',
        entity: 'case_context',
        entityId: caseId,
        hub,
        detail: { source: values.source, linked: values.personCodeId !== null },
      },
      db,
    );
  };
  return tx ? write(tx) : ctx.db.transaction(write);
}
