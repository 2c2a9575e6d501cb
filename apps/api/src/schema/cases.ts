import { builder } from '../builder.ts';
import { writeOnce } from '../records/client-key.ts';
import { LockedPeriod } from './reports.ts';
import { hasPersonalDataClearance } from '../auth/access.ts';
import { listRecords } from '../records/list.ts';
import { readRecord } from '../records/read.ts';
import { deleteRecord, writeCase, type CaseRow } from '../records/write.ts';
import { RecordFilter, readListArgs, storedIssues } from './record-common.ts';
import { recordInputFields, recordOutputFields } from './record-fields.ts';
import {
  FieldIssue,
  Forbidden,
  NotFound,
  ValidationFailed,
  resolveKind,
  type IssueShape,
} from './results.ts';

export const Case = builder.objectRef<CaseRow>('Case').implement({
  description:
    'An attention case (FORM.md §3). Record fields keep FORM.md names and codes; personal fields are null for reviewers.',
  fields: (t) => ({
    id: t.exposeID('id'),
    ...recordOutputFields(t, 'case'),
    month: t.exposeString('month', { description: 'YYYY-MM of date' }),
    hubCountry: t.exposeString('hubCountry', { nullable: true }),
    attentionRoute: t.exposeString('attentionRoute', { description: 'FORM.md §8.3' }),
    isMinor: t.exposeBoolean('isMinor', { nullable: true }),
    lifeStage: t.exposeString('lifeStage', { nullable: true }),
    genderGroup: t.exposeString('genderGroup', { nullable: true }),
    residenceGroup: t.exposeString('residenceGroup', { nullable: true }),
    servicesCount: t.exposeInt('servicesCount'),
    referred: t.exposeBoolean('referred'),
    validationStatus: t.exposeString('validationStatus', { nullable: true }),
    warnings: t.field({
      type: [FieldIssue],
      resolve: (row, _a, ctx) => storedIssues(row.warnings, ctx.lang),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const CaseInput = builder.inputType('CaseInput', {
  description:
    'A case record with FORM.md field names; codes as plain strings. record_type is implied.',
  fields: (t) => recordInputFields(t, 'case'),
});

type CaseSavedShape = { kind: 'CaseSaved'; case: CaseRow; warnings: IssueShape[] };
const CaseSaved = builder.objectRef<CaseSavedShape>('CaseSaved').implement({
  description: 'The case was stored; warnings (FORM.md §6 severity warning) are stored with it.',
  fields: (t) => ({
    case: t.field({ type: Case, resolve: (v) => v.case }),
    warnings: t.field({ type: [FieldIssue], resolve: (v) => v.warnings }),
  }),
});

type DeletedShape = { kind: 'RecordDeleted'; id: string };
export const RecordDeleted = builder.objectRef<DeletedShape>('RecordDeleted').implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

const CaseResult = builder.unionType('CaseResult', {
  types: [Case, NotFound, Forbidden],
  resolveType: resolveKind('Case'),
});
const CaseWriteResult = builder.unionType('CaseWriteResult', {
  types: [CaseSaved, ValidationFailed, NotFound, Forbidden, LockedPeriod],
  resolveType: resolveKind('CaseSaved'),
});
const CaseDeleteResult = builder.unionType('CaseDeleteResult', {
  types: [RecordDeleted, NotFound, Forbidden, LockedPeriod],
  resolveType: resolveKind('RecordDeleted'),
});

const CasePage = builder
  .objectRef<{ items: CaseRow[]; totalCount: number; limit: number; offset: number }>('CasePage')
  .implement({
    fields: (t) => ({
      items: t.field({ type: [Case], resolve: (p) => p.items }),
      totalCount: t.exposeInt('totalCount'),
      limit: t.exposeInt('limit'),
      offset: t.exposeInt('offset'),
    }),
  });

builder.queryFields((t) => ({
  cases: t.field({
    type: CasePage,
    description: 'Cases of the hubs the caller reaches, newest first.',
    authScopes: { permission: 'record.read' },
    args: { filter: t.arg({ type: RecordFilter }), limit: t.arg.int(), offset: t.arg.int() },
    resolve: async (_root, args, ctx) => {
      const { filter, limit, offset } = readListArgs(args);
      const page = await listRecords({
        db: ctx.db,
        user: ctx.user!,
        kind: 'case',
        filter,
        limit,
        offset,
      });
      if (hasPersonalDataClearance(ctx.user!.role) && page.rows.length > 0) {
        await ctx.audit({
          action: 'list',
          entity: 'case',
          // The search text may be a person's name: the audit keeps only that there was one.
          detail: {
            count: page.rows.length,
            ids: page.rows.map((r) => r.id),
            filter: { ...filter, ...(filter.search ? { search: '(redacted)' } : {}) },
          },
        });
      }
      return { items: page.rows, totalCount: page.totalCount, limit, offset };
    },
  }),
  case: t.field({
    type: CaseResult,
    authScopes: { permission: 'record.read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => readRecord(ctx, 'case', String(id)),
  }),
}));

builder.mutationFields((t) => ({
  caseRecord: t.field({
    type: CaseWriteResult,
    description:
      'Records a case. Errors → ValidationFailed (nothing stored); warnings come back with the saved case.',
    authScopes: { permission: 'record.write' },
    args: {
      input: t.arg({ type: CaseInput, required: true }),
      clientKey: t.arg.string({
        description:
          'Idempotency key chosen by the client (8–64 of A–Z a–z 0–9 - _), unique per user: a retry with the same key returns the record stored the first time instead of a duplicate.',
      }),
    },
    resolve: async (_root, { input, clientKey }, ctx) => {
      const result = await writeOnce({
        ctx,
        kind: 'case',
        clientKey,
        write: (key) => writeCase(ctx, input as Record<string, unknown>, undefined, key),
      });
      return result.kind === 'saved'
        ? { kind: 'CaseSaved' as const, case: result.row, warnings: result.warnings }
        : result;
    },
  }),
  caseEdit: t.field({
    type: CaseWriteResult,
    description: 'Replaces a case with the given record (all fields).',
    authScopes: { permission: 'record.write' },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CaseInput, required: true }) },
    resolve: async (_root, { id, input }, ctx) => {
      const result = await writeCase(ctx, input as Record<string, unknown>, String(id));
      return result.kind === 'saved'
        ? { kind: 'CaseSaved' as const, case: result.row, warnings: result.warnings }
        : result;
    },
  }),
  caseDelete: t.field({
    type: CaseDeleteResult,
    authScopes: { permission: 'record.write' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const result = await deleteRecord(ctx, 'case', String(id));
      return result.kind === 'deleted' ? { kind: 'RecordDeleted' as const, id: result.id } : result;
    },
  }),
}));
