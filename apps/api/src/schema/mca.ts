import { and, asc, eq, inArray, isNull, or, gt, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { canOnHub, scopeHubCodes } from '../auth/access.ts';
import type { Context } from '../context.ts';
import { mcas } from '../db/schema/index.ts';
import { mcaDetailFields, mcaIssues, textOrNull, type McaDetails } from '../mca/input.ts';
import { isCalendarDate } from './input/dates.ts';
import { Mca, McaResult, findMca, mcaChanged, selectMcas, type McaRow } from './mca-types.ts';
import { forbidden, inputFailed, notFound } from './results.ts';
import './mca-records.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The roster fields a coordinator or officer writes, shared by the add and edit inputs. */
const detailFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  name: t.string({ required: true }),
  phone: t.string(),
  address: t.string(),
  workplace: t.string({ description: 'Place of work' }),
  referenceName: t.string({ description: 'Personal reference contact: name' }),
  referencePhone: t.string({ description: 'Personal reference contact: telephone' }),
  community: t.string({ description: 'Community or locality' }),
  joinedOn: t.string({ required: true, description: 'YYYY-MM-DD' }),
  leftOn: t.string({ description: 'YYYY-MM-DD, when the MCA stopped' }),
});

const McaInput = builder.inputType('McaInput', {
  fields: (t) => ({ hub: t.string({ required: true }), ...detailFields(t) }),
});
const McaDetailsInput = builder.inputType('McaDetailsInput', {
  fields: (t) => detailFields(t),
});

/** The stored values of a roster row (trimmed; empty text is null). */
const valuesOf = (input: McaDetails) => ({
  name: input.name.trim(),
  phone: textOrNull(input.phone),
  address: textOrNull(input.address),
  workplace: textOrNull(input.workplace),
  referenceName: textOrNull(input.referenceName),
  referencePhone: textOrNull(input.referencePhone),
  community: textOrNull(input.community),
  joinedOn: input.joinedOn,
  leftOn: input.leftOn || null,
});

builder.queryFields((t) => ({
  mcas: t.field({
    type: [Mca],
    description:
      'The Community Migration Advisors of the hubs the caller works in (hub staff only), by name.',
    authScopes: { permission: 'mca.read' },
    args: {
      hubCodes: t.arg.stringList(),
      activeOn: t.arg.string({
        description: 'YYYY-MM-DD: only MCAs who had not left by that day',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const hubs = scopeHubCodes(ctx.user!, 'mca.read', args.hubCodes);
      if (hubs !== 'all' && hubs.length === 0) return [];
      const where: SQL[] = [];
      if (hubs !== 'all') where.push(inArray(mcas.hub, hubs));
      if (args.activeOn) {
        if (!isCalendarDate(args.activeOn)) return [];
        where.push(or(isNull(mcas.leftOn), gt(mcas.leftOn, args.activeOn))!);
      }
      return selectMcas(ctx.db)
        .where(and(...where))
        .orderBy(asc(mcas.name), asc(mcas.createdAt))
        .limit(1000);
    },
  }),
  mca: t.field({
    type: McaResult,
    authScopes: { permission: 'mca.read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => (await findMca(ctx, String(id))) ?? notFound(ctx.lang),
  }),
}));

builder.mutationFields((t) => ({
  mcaAdd: t.field({
    type: McaResult,
    description: 'Adds a Community Migration Advisor to a hub’s roster.',
    authScopes: { permission: 'mca.write' },
    args: { input: t.arg({ type: McaInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!canOnHub(ctx.user!, 'mca.read', input.hub)) return notFound(ctx.lang);
      if (!canOnHub(ctx.user!, 'mca.write', input.hub)) return forbidden(ctx.lang);
      const issues = mcaIssues(input);
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(mcas)
          .values({ ...valuesOf(input), hub: input.hub, createdBy: ctx.user!.id })
          .returning();
        // Which fields were filled, never what they say: the values are personal data.
        await ctx.audit(
          {
            action: 'create',
            entity: 'mca',
            entityId: row!.id,
            hub: row!.hub,
            detail: { fields: filledFields(valuesOf(input)) },
          },
          tx,
        );
        return { ...row!, lastCheckInOn: null };
      });
    },
  }),
  mcaEdit: t.field({
    type: McaResult,
    description: 'Changes an MCA’s roster row (contact data, dates); names the version it read.',
    authScopes: { permission: 'mca.write' },
    args: {
      id: t.arg.id({ required: true }),
      baseVersion: t.arg.int({ required: true }),
      input: t.arg({ type: McaDetailsInput, required: true }),
    },
    resolve: async (_root, { id, baseVersion, input }, ctx) => {
      const existing = await findMca(ctx, String(id));
      if (!existing) return notFound(ctx.lang);
      if (!canOnHub(ctx.user!, 'mca.write', existing.hub)) return forbidden(ctx.lang);
      const issues = mcaIssues(input);
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return saveVersioned(ctx, existing, baseVersion, valuesOf(input));
    },
  }),
}));

/** The names of the roster fields that hold something. */
function filledFields(values: ReturnType<typeof valuesOf>): string[] {
  return mcaDetailFields.filter((f) => values[f] !== null && values[f] !== '');
}

/**
 * Writes an edit when the MCA is still at `baseVersion`, with its audit row (the names of the
 * fields that changed, never their values), in one transaction; else answers with the MCA as it
 * is now.
 */
async function saveVersioned(
  ctx: Context,
  existing: McaRow,
  baseVersion: number,
  values: ReturnType<typeof valuesOf>,
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(mcas)
      .set({ ...values, version: existing.version + 1, updatedAt: new Date() })
      .where(and(eq(mcas.id, existing.id), eq(mcas.version, baseVersion)))
      .returning();
    if (!row) {
      const [current] = await selectMcas(tx as unknown as Context['db']).where(
        eq(mcas.id, existing.id),
      );
      return mcaChanged(ctx.lang, current ?? existing);
    }
    const changed = mcaDetailFields.filter((f) => (existing[f] ?? null) !== (values[f] ?? null));
    await ctx.audit(
      {
        action: 'update',
        entity: 'mca',
        entityId: row.id,
        hub: row.hub,
        detail: { fields: changed },
      },
      tx,
    );
    return { ...row, lastCheckInOn: existing.lastCheckInOn };
  });
}
