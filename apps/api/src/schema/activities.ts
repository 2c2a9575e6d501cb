import { builder } from '../builder.ts';
import { writeOnce } from '../records/client-key.ts';
import { LockedPeriod } from './reports.ts';
import { listRecords } from '../records/list.ts';
import { readRecord } from '../records/read.ts';
import { deleteRecord, writeActivity, type ActivityRow } from '../records/write.ts';
import { RecordDeleted } from './cases.ts';
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

export const Activity = builder.objectRef<ActivityRow>('Activity').implement({
  description: 'An outreach activity (FORM.md §4), with the §8.2 estimates (unrounded).',
  fields: (t) => ({
    id: t.exposeID('id'),
    ...recordOutputFields(t, 'activity'),
    month: t.exposeString('month'),
    hubCountry: t.exposeString('hubCountry', { nullable: true }),
    estPeople: t.exposeFloat('estPeople', { nullable: true }),
    estWomen: t.exposeFloat('estWomen', { nullable: true }),
    estMinors: t.exposeFloat('estMinors', { nullable: true }),
    estAvgAge: t.exposeFloat('estAvgAge', { nullable: true }),
    estPassShare: t.exposeFloat('estPassShare', { nullable: true }),
    validationStatus: t.exposeString('validationStatus', { nullable: true }),
    warnings: t.field({
      type: [FieldIssue],
      resolve: (row, _a, ctx) => storedIssues(row.warnings, ctx.lang),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ActivityInput = builder.inputType('ActivityInput', {
  description:
    'An activity record with FORM.md field names; codes as plain strings. record_type is implied.',
  fields: (t) => recordInputFields(t, 'activity'),
});

type ActivitySavedShape = { kind: 'ActivitySaved'; activity: ActivityRow; warnings: IssueShape[] };
const ActivitySaved = builder.objectRef<ActivitySavedShape>('ActivitySaved').implement({
  fields: (t) => ({
    activity: t.field({ type: Activity, resolve: (v) => v.activity }),
    warnings: t.field({ type: [FieldIssue], resolve: (v) => v.warnings }),
  }),
});

const ActivityResult = builder.unionType('ActivityResult', {
  types: [Activity, NotFound, Forbidden],
  resolveType: resolveKind('Activity'),
});
const ActivityWriteResult = builder.unionType('ActivityWriteResult', {
  types: [ActivitySaved, ValidationFailed, NotFound, Forbidden, LockedPeriod],
  resolveType: resolveKind('ActivitySaved'),
});
const ActivityDeleteResult = builder.unionType('ActivityDeleteResult', {
  types: [RecordDeleted, NotFound, Forbidden, LockedPeriod],
  resolveType: resolveKind('RecordDeleted'),
});

const ActivityPage = builder
  .objectRef<{ items: ActivityRow[]; totalCount: number; limit: number; offset: number }>(
    'ActivityPage',
  )
  .implement({
    fields: (t) => ({
      items: t.field({ type: [Activity], resolve: (p) => p.items }),
      totalCount: t.exposeInt('totalCount'),
      limit: t.exposeInt('limit'),
      offset: t.exposeInt('offset'),
    }),
  });

builder.queryFields((t) => ({
  activities: t.field({
    type: ActivityPage,
    description: 'Activities of the hubs the caller reaches, newest first.',
    authScopes: { permission: 'record.read' },
    args: { filter: t.arg({ type: RecordFilter }), limit: t.arg.int(), offset: t.arg.int() },
    resolve: async (_root, args, ctx) => {
      const { filter, limit, offset } = readListArgs(args);
      const page = await listRecords({
        db: ctx.db,
        user: ctx.user!,
        kind: 'activity',
        filter,
        limit,
        offset,
      });
      return { items: page.rows, totalCount: page.totalCount, limit, offset };
    },
  }),
  activity: t.field({
    type: ActivityResult,
    authScopes: { permission: 'record.read' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => readRecord(ctx, 'activity', String(id)),
  }),
}));

builder.mutationFields((t) => ({
  activityRecord: t.field({
    type: ActivityWriteResult,
    authScopes: { permission: 'record.write' },
    args: {
      input: t.arg({ type: ActivityInput, required: true }),
      clientKey: t.arg.string({
        description:
          'Idempotency key chosen by the client (8–64 of A–Z a–z 0–9 - _), unique per user: a retry with the same key returns the record stored the first time instead of a duplicate.',
      }),
    },
    resolve: async (_root, { input, clientKey }, ctx) => {
      const result = await writeOnce({
        ctx,
        kind: 'activity',
        clientKey,
        write: (key) => writeActivity(ctx, input as Record<string, unknown>, undefined, key),
      });
      return result.kind === 'saved'
        ? { kind: 'ActivitySaved' as const, activity: result.row, warnings: result.warnings }
        : result;
    },
  }),
  activityEdit: t.field({
    type: ActivityWriteResult,
    description: 'Replaces an activity with the given record (all fields).',
    authScopes: { permission: 'record.write' },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: ActivityInput, required: true }),
    },
    resolve: async (_root, { id, input }, ctx) => {
      const result = await writeActivity(ctx, input as Record<string, unknown>, String(id));
      return result.kind === 'saved'
        ? { kind: 'ActivitySaved' as const, activity: result.row, warnings: result.warnings }
        : result;
    },
  }),
  activityDelete: t.field({
    type: ActivityDeleteResult,
    authScopes: { permission: 'record.write' },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const result = await deleteRecord(ctx, 'activity', String(id));
      return result.kind === 'deleted' ? { kind: 'RecordDeleted' as const, id: result.id } : result;
    },
  }),
}));
