import type { FieldRef, SchemaTypes } from '@pothos/core';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { StoredViolation } from '../db/schema/index.ts';
import { writeOnce } from '../records/client-key.ts';
import { listRecords } from '../records/list.ts';
import { readRecord } from '../records/read.ts';
import { deleteRecord, type ActivityRow, type CaseRow, type SavedShape } from '../records/write.ts';
import { RecordFilter, readListArgs, storedIssues, type FilterInput } from './record-common.ts';
import { recordInputFields, recordOutputFields } from './record-fields.ts';
import { LockedPeriod } from './reports.ts';
import {
  FieldIssue,
  Forbidden,
  NotFound,
  ValidationFailed,
  resolveKind,
  type ForbiddenShape,
  type IssueShape,
  type NotFoundShape,
  type ValidationFailedShape,
} from './results.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;
type Kind = 'case' | 'activity';
type RowOf<K extends Kind> = K extends 'case' ? CaseRow : ActivityRow;
type Fields = Record<string, FieldRef<Types, unknown, 'Object'>>;
type LockedPeriodShape = typeof LockedPeriod.$inferType;
type WriteAnswer<R> =
  SavedShape<R> | ValidationFailedShape | ForbiddenShape | NotFoundShape | LockedPeriodShape;

type DeletedShape = { kind: 'RecordDeleted'; id: string };
let recordDeleted: ReturnType<typeof defineRecordDeleted> | undefined;
/** What a delete answers, for cases and activities alike (registered with the first kind). */
function defineRecordDeleted() {
  return builder.objectRef<DeletedShape>('RecordDeleted').implement({
    fields: (t) => ({ id: t.exposeID('id') }),
  });
}

const idempotencyKeyDescription =
  'Idempotency key chosen by the client (8–64 of A–Z a–z 0–9 - _), unique per user: a retry with the same key returns the record stored the first time instead of a duplicate.';

/**
 * One record kind of the Hubs Form (FORM.md §3 cases, §4 activities) as GraphQL: the object
 * type, its input, the write/read/delete answers, the paged list, and the queries and mutations
 * `<one>`, `<many>`, `<one>Record`, `<one>Edit`, `<one>Delete`. What the kinds share is written
 * here once; a kind brings only where the form differs (its derived fields, its texts, and
 * whether listing it reads personal data).
 *
 * Types are registered in the order the schema printed before this factory existed, so
 * schema.graphql does not move.
 */
export function defineRecordKind<K extends Kind>(spec: {
  kind: K;
  /** The GraphQL type name (`Case`) and field names (`case`, `cases`). */
  typeName: string;
  one: string;
  many: string;
  description: string;
  inputDescription: string;
  savedDescription?: string;
  listDescription: string;
  recordDescription?: string;
  editDescription: string;
  monthDescription?: string;
  /** The kind's own output fields, between `hubCountry` and `validationStatus`. */
  ownFields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, RowOf<K>>) => Fields;
  /** The record kind's write (records/write.ts). */
  write: (
    ctx: Context,
    input: Record<string, unknown>,
    id?: string,
    clientKey?: string,
  ) => Promise<WriteAnswer<RowOf<K>>>;
  /** Called after a list is read (the case list is audited: it shows personal data). */
  afterList?: (ctx: Context, rows: RowOf<K>[], filter: FilterInput) => Promise<void>;
}) {
  type Row = RowOf<K>;
  const { kind, typeName, one, many } = spec;

  const RecordType = builder.objectRef<Row>(typeName).implement({
    description: spec.description,
    fields: (t) => ({
      id: t.id({ resolve: (row) => row.id }),
      ...recordOutputFields(t, kind),
      month: t.string({ description: spec.monthDescription, resolve: (row) => row.month }),
      hubCountry: t.string({ nullable: true, resolve: (row) => row.hubCountry }),
      ...spec.ownFields(t),
      validationStatus: t.string({ nullable: true, resolve: (row) => row.validationStatus }),
      warnings: t.field({
        type: [FieldIssue],
        resolve: (row, _a, ctx) => storedIssues(row.warnings as StoredViolation[], ctx.lang),
      }),
      createdAt: t.field({ type: 'DateTime', resolve: (row) => row.createdAt }),
      updatedAt: t.field({ type: 'DateTime', resolve: (row) => row.updatedAt }),
    }),
  });

  const RecordInput = builder.inputType(`${typeName}Input`, {
    description: spec.inputDescription,
    fields: (t) => recordInputFields(t, kind),
  });

  type SavedAnswer = { kind: `${string}Saved`; row: Row; warnings: IssueShape[] };
  const Saved = builder.objectRef<SavedAnswer>(`${typeName}Saved`).implement({
    description: spec.savedDescription,
    fields: (t) => ({
      // `as never`: Pothos cannot reduce its result type over a row type still generic here.
      [one]: t.field({ type: RecordType, resolve: (v) => v.row as never }),
      warnings: t.field({ type: [FieldIssue], resolve: (v) => v.warnings }),
    }),
  });

  const RecordDeleted = (recordDeleted ??= defineRecordDeleted());
  const ReadResult = builder.unionType(`${typeName}Result`, {
    types: [RecordType, NotFound, Forbidden],
    resolveType: resolveKind(typeName),
  });
  const WriteResult = builder.unionType(`${typeName}WriteResult`, {
    types: [Saved, ValidationFailed, NotFound, Forbidden, LockedPeriod],
    resolveType: resolveKind(`${typeName}Saved`),
  });
  const DeleteResult = builder.unionType(`${typeName}DeleteResult`, {
    types: [RecordDeleted, NotFound, Forbidden, LockedPeriod],
    resolveType: resolveKind('RecordDeleted'),
  });

  const Page = builder
    .objectRef<{ items: Row[]; totalCount: number; limit: number; offset: number }>(
      `${typeName}Page`,
    )
    .implement({
      fields: (t) => ({
        items: t.field({ type: [RecordType], resolve: (p) => p.items }),
        totalCount: t.exposeInt('totalCount'),
        limit: t.exposeInt('limit'),
        offset: t.exposeInt('offset'),
      }),
    });

  /** The write's answer with the saved record under the kind's own name (CaseSaved.case). */
  const answer = (result: WriteAnswer<Row>) =>
    result.kind === 'saved'
      ? { kind: `${typeName}Saved` as const, row: result.row, warnings: result.warnings }
      : result;

  builder.queryFields((t) => ({
    [many]: t.field({
      type: Page,
      description: spec.listDescription,
      authScopes: { permission: 'record.read' },
      args: { filter: t.arg({ type: RecordFilter }), limit: t.arg.int(), offset: t.arg.int() },
      resolve: async (_root, args, ctx) => {
        const { filter, limit, offset } = readListArgs(args);
        const page = await listRecords({
          db: ctx.db,
          user: ctx.user!,
          kind,
          filter,
          limit,
          offset,
        });
        const rows = page.rows as Row[];
        await spec.afterList?.(ctx, rows, filter);
        return { items: rows, totalCount: page.totalCount, limit, offset };
      },
    }),
    [one]: t.field({
      type: ReadResult,
      authScopes: { permission: 'record.read' },
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, { id }, ctx) => readRecord(ctx, kind, String(id)) as never,
    }),
  }));

  builder.mutationFields((t) => ({
    [`${one}Record`]: t.field({
      type: WriteResult,
      description: spec.recordDescription,
      authScopes: { permission: 'record.write' },
      args: {
        input: t.arg({ type: RecordInput, required: true }),
        clientKey: t.arg.string({ description: idempotencyKeyDescription }),
      },
      resolve: async (_root, { input, clientKey }, ctx) =>
        answer(
          (await writeOnce({
            ctx,
            kind,
            clientKey,
            write: (key) => spec.write(ctx, input as Record<string, unknown>, undefined, key),
          })) as WriteAnswer<Row>,
        ),
    }),
    [`${one}Edit`]: t.field({
      type: WriteResult,
      description: spec.editDescription,
      authScopes: { permission: 'record.write' },
      args: {
        id: t.arg.id({ required: true }),
        input: t.arg({ type: RecordInput, required: true }),
      },
      resolve: async (_root, { id, input }, ctx) =>
        answer(await spec.write(ctx, input as Record<string, unknown>, String(id))),
    }),
    [`${one}Delete`]: t.field({
      type: DeleteResult,
      authScopes: { permission: 'record.write' },
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, { id }, ctx) => {
        const result = await deleteRecord(ctx, kind, String(id));
        return result.kind === 'deleted'
          ? { kind: 'RecordDeleted' as const, id: result.id }
          : result;
      },
    }),
  }));

  return { RecordType, RecordInput };
}
