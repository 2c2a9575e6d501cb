import { and, arrayContains, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { canOnHub, scopeHubCodes } from '../auth/access.ts';
import { directoryEntries } from '../db/schema/index.ts';
import {
  Forbidden,
  NotFound,
  ValidationFailed,
  forbidden,
  inputFailed,
  notFound,
  resolveKind,
} from './results.ts';
import { isUuid } from './input/ids.ts';

type EntryRow = typeof directoryEntries.$inferSelect;

const DirectoryEntry = builder.objectRef<EntryRow>('DirectoryEntry').implement({
  description: 'An organization in a hub’s local directory (where people can be referred).',
  fields: (t) => ({
    id: t.exposeID('id'),
    hub: t.exposeString('hub'),
    organization: t.exposeString('organization'),
    sector: t.exposeString('sector'),
    address: t.exposeString('address', { nullable: true }),
    openingHours: t.exposeString('openingHours', { nullable: true }),
    contact: t.exposeString('contact', { nullable: true }),
    servicesOffered: t.exposeStringList('servicesOffered'),
    conditions: t.exposeStringList('conditions', {
      description: 'e.g. child_protection, refugee_status_determination, anti_trafficking',
    }),
    notes: t.exposeString('notes', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const DirectoryEntryInput = builder.inputType('DirectoryEntryInput', {
  fields: (t) => ({
    hub: t.string({ required: true }),
    organization: t.string({ required: true }),
    sector: t.string({ required: true }),
    address: t.string(),
    openingHours: t.string(),
    contact: t.string(),
    servicesOffered: t.stringList({ defaultValue: [] }),
    conditions: t.stringList({ defaultValue: [] }),
    notes: t.string(),
  }),
});

const DirectoryEntryResult = builder.unionType('DirectoryEntryResult', {
  types: [DirectoryEntry, ValidationFailed, NotFound, Forbidden],
  resolveType: resolveKind('DirectoryEntry'),
});

type EntryInput = typeof DirectoryEntryInput.$inferInput;

function entryIssues(input: EntryInput) {
  const issues: { field: string; en: string; es: string }[] = [];
  const check = (field: keyof EntryInput, max: number, required: boolean) => {
    const value = input[field];
    const text = typeof value === 'string' ? value.trim() : '';
    if (required && !text)
      issues.push({ field, en: 'Please answer this.', es: 'Responda esta pregunta.' });
    if (text.length > max)
      issues.push({
        field,
        en: `Use at most ${max} characters.`,
        es: `Use como máximo ${max} caracteres.`,
      });
  };
  check('organization', 200, true);
  check('sector', 100, true);
  check('address', 300, false);
  check('openingHours', 200, false);
  check('contact', 300, false);
  check('notes', 1000, false);
  return issues;
}

function entryValues(input: EntryInput) {
  const text = (v: string | null | undefined) => v?.trim() || null;
  return {
    hub: input.hub,
    organization: input.organization.trim(),
    sector: input.sector.trim(),
    address: text(input.address),
    openingHours: text(input.openingHours),
    contact: text(input.contact),
    servicesOffered: [
      ...new Set((input.servicesOffered ?? []).map((s) => s.trim()).filter(Boolean)),
    ],
    conditions: [...new Set((input.conditions ?? []).map((s) => s.trim()).filter(Boolean))],
    notes: text(input.notes),
    updatedAt: new Date(),
  };
}

builder.queryFields((t) => ({
  directory: t.field({
    type: [DirectoryEntry],
    description: 'Search the local directories of the hubs the caller reaches.',
    authScopes: { permission: 'directory.read' },
    args: {
      hubCodes: t.arg.stringList(),
      search: t.arg.string({ description: 'Matches organization, sector, services and notes' }),
      sector: t.arg.string(),
      condition: t.arg.string(),
      service: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const hubs = scopeHubCodes(ctx.user!, 'directory.read', args.hubCodes);
      if (hubs !== 'all' && hubs.length === 0) return [];
      const where: SQL[] = [];
      if (hubs !== 'all') where.push(inArray(directoryEntries.hub, hubs));
      if (args.sector) where.push(eq(directoryEntries.sector, args.sector));
      if (args.condition) where.push(arrayContains(directoryEntries.conditions, [args.condition]));
      if (args.service) where.push(arrayContains(directoryEntries.servicesOffered, [args.service]));
      if (args.search?.trim()) {
        const pattern = `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        where.push(
          or(
            ilike(directoryEntries.organization, pattern),
            ilike(directoryEntries.sector, pattern),
            ilike(directoryEntries.notes, pattern),
            sql`array_to_string(${directoryEntries.servicesOffered}, ' ') ilike ${pattern}`,
          )!,
        );
      }
      return ctx.db
        .select()
        .from(directoryEntries)
        .where(and(...where))
        .orderBy(asc(directoryEntries.hub), asc(directoryEntries.organization))
        .limit(500);
    },
  }),
  directoryEntry: t.field({
    type: DirectoryEntryResult,
    authScopes: { permission: 'directory.read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      if (!isUuid(String(id))) return notFound(ctx.lang);
      const [row] = await ctx.db
        .select()
        .from(directoryEntries)
        .where(eq(directoryEntries.id, String(id)));
      if (!row || !canOnHub(ctx.user!, 'directory.read', row.hub)) return notFound(ctx.lang);
      return row;
    },
  }),
}));

builder.mutationFields((t) => ({
  directoryEntryAdd: t.field({
    type: DirectoryEntryResult,
    authScopes: { permission: 'directory.write' },
    args: { input: t.arg({ type: DirectoryEntryInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!canOnHub(ctx.user!, 'directory.write', input.hub)) return forbidden(ctx.lang);
      const issues = entryIssues(input);
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx.insert(directoryEntries).values(entryValues(input)).returning();
        await ctx.audit(
          { action: 'create', entity: 'directory_entry', entityId: row!.id, hub: row!.hub },
          tx,
        );
        return row!;
      });
    },
  }),
  directoryEntryUpdate: t.field({
    type: DirectoryEntryResult,
    authScopes: { permission: 'directory.write' },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: DirectoryEntryInput, required: true }),
    },
    resolve: async (_root, { id, input }, ctx) => {
      if (!isUuid(String(id))) return notFound(ctx.lang);
      const [existing] = await ctx.db
        .select()
        .from(directoryEntries)
        .where(eq(directoryEntries.id, String(id)));
      if (!existing || !canOnHub(ctx.user!, 'directory.read', existing.hub))
        return notFound(ctx.lang);
      if (!canOnHub(ctx.user!, 'directory.write', input.hub)) return forbidden(ctx.lang);
      const issues = entryIssues(input);
      if (issues.length > 0) return inputFailed(ctx.lang, issues);
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .update(directoryEntries)
          .set(entryValues(input))
          .where(eq(directoryEntries.id, existing.id))
          .returning();
        await ctx.audit(
          { action: 'update', entity: 'directory_entry', entityId: existing.id, hub: row!.hub },
          tx,
        );
        return row!;
      });
    },
  }),
  directoryEntryDelete: t.field({
    type: DirectoryEntryResult,
    authScopes: { permission: 'directory.write' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      if (!isUuid(String(id))) return notFound(ctx.lang);
      const [existing] = await ctx.db
        .select()
        .from(directoryEntries)
        .where(eq(directoryEntries.id, String(id)));
      if (!existing || !canOnHub(ctx.user!, 'directory.read', existing.hub))
        return notFound(ctx.lang);
      if (!canOnHub(ctx.user!, 'directory.write', existing.hub)) return forbidden(ctx.lang);
      return ctx.db.transaction(async (tx) => {
        await tx.delete(directoryEntries).where(eq(directoryEntries.id, existing.id));
        await ctx.audit(
          { action: 'delete', entity: 'directory_entry', entityId: existing.id, hub: existing.hub },
          tx,
        );
        return existing;
      });
    },
  }),
}));
