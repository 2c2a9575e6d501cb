import { eq } from 'drizzle-orm';
import { normalizeRecord } from '@ventanilla/domain';
import type { ActivityRecord, CaseRecord } from '@ventanilla/domain';
import { validateRecord } from '@ventanilla/domain';
import type { Violation } from '@ventanilla/domain';
import { canOnHub } from '../auth/access.ts';
import { translate } from '../auth/messages.ts';
import type { Context } from '../context.ts';
import type { Executor, Tx } from '../db/client.ts';
import {
  activities,
  activityTopics,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
  hubs,
  type StoredViolation,
} from '../db/schema/index.ts';
import {
  forbidden,
  notFound,
  type ForbiddenShape,
  type IssueShape,
  type NotFoundShape,
  type ValidationFailedShape,
} from '../schema/results.ts';
import { checkLockedPeriod, type LockedPeriodShape } from '../reports/lock.ts';
import { claimClientKey } from './client-key.ts';
import { buildActivityRows, buildCaseRows } from './derive.ts';
import { rowToRecord, type RecordKind } from './fields.ts';

export type CaseRow = typeof cases.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type SavedShape<R> = { kind: 'saved'; row: R; warnings: IssueShape[] };

export function toIssue(
  violation: Pick<Violation, 'rule' | 'severity' | 'fields' | 'slot' | 'message_en' | 'message_es'>,
  lang: 'es' | 'en',
): IssueShape {
  return {
    rule: violation.rule,
    severity: violation.severity,
    fields: [...violation.fields],
    slot: violation.slot ?? null,
    message: lang === 'en' ? violation.message_en : violation.message_es,
  };
}

export function storedViolation(v: Violation): StoredViolation {
  return {
    rule: v.rule,
    severity: v.severity,
    fields: [...v.fields],
    ...(v.slot ? { slot: v.slot } : {}),
    message_en: v.message_en,
    message_es: v.message_es,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => uuidPattern.test(id);

/** Loads a record row by id, or null. */
export async function loadRecordRow(
  db: Executor,
  kind: 'case',
  id: string,
): Promise<CaseRow | null>;
export async function loadRecordRow(
  db: Executor,
  kind: 'activity',
  id: string,
): Promise<ActivityRow | null>;
export async function loadRecordRow(db: Executor, kind: RecordKind, id: string) {
  if (!isUuid(id)) return null;
  const table = kind === 'case' ? cases : activities;
  const [row] = await db.select().from(table).where(eq(table.id, id));
  return row ?? null;
}

type Checked =
  | {
      ok: true;
      record: CaseRecord | ActivityRecord;
      hubCountry: string | null;
      warnings: Violation[];
    }
  | { ok: false; result: ValidationFailedShape | ForbiddenShape };

/** What the hub registry says about a record's hub: its country, or unknown. */
export type HubLookup = (
  code: string,
) => Promise<{ country: string } | null> | { country: string } | null;

export type Assessed = {
  record: CaseRecord | ActivityRecord;
  hubCountry: string | null;
  /** Every violation (errors and warnings), as §6.0 reports them. */
  violations: Violation[];
  errors: Violation[];
  warnings: Violation[];
};

/**
 * The one validation step of every write (GraphQL mutations and the importer): normalizes,
 * checks the hub against the registry and validates with the domain rules.
 */
export async function assessRecord({
  kind,
  input,
  lookupHub,
  today = new Date().toISOString().slice(0, 10),
}: {
  kind: RecordKind;
  input: Record<string, unknown>;
  lookupHub: HubLookup;
  today?: string;
}): Promise<Assessed> {
  const record = normalizeRecord({ ...input, record_type: kind }) as CaseRecord | ActivityRecord;
  const hub = typeof record.hub === 'string' ? record.hub : null;
  let hubCountry: string | null = null;
  const extra: Violation[] = [];
  if (hub && hub !== 'other') {
    const registered = await lookupHub(hub);
    if (registered) hubCountry = registered.country;
    else
      extra.push({
        rule: 'R2',
        severity: 'error',
        fields: ['hub'],
        message_en: translate('en', 'unknownHub', hub),
        message_es: translate('es', 'unknownHub', hub),
      } as Violation);
  }
  const violations = validateRecord({ record, hubCountry, today });
  const all = [...violations, ...(violations.some((v) => v.fields.includes('hub')) ? [] : extra)];
  return {
    record,
    hubCountry,
    violations: all,
    errors: all.filter((v) => v.severity === 'error'),
    warnings: all.filter((v) => v.severity === 'warning'),
  };
}

/** Looks a hub up in the registry (one query). */
export function lookupHubIn(db: Executor): HubLookup {
  return async (code) => {
    const [registered] = await db
      .select({ country: hubs.country })
      .from(hubs)
      .where(eq(hubs.code, code));
    return registered ?? null;
  };
}

/** Normalizes, checks reach and registry, and validates with the domain rules. */
async function checkRecord(
  ctx: Context,
  kind: RecordKind,
  input: Record<string, unknown>,
): Promise<Checked> {
  const { hub } = normalizeRecord({ ...input, record_type: kind });
  if (typeof hub === 'string' && hub && !canOnHub(ctx.user!, 'record.write', hub))
    return { ok: false, result: forbidden(ctx.lang) };
  const assessed = await assessRecord({ kind, input, lookupHub: lookupHubIn(ctx.db) });
  if (assessed.errors.length > 0) {
    return {
      ok: false,
      result: {
        kind: 'ValidationFailed',
        message:
          ctx.lang === 'en'
            ? 'The record was not saved: please correct the marked fields.'
            : 'El registro no se guardó: corrija los campos marcados.',
        issues: assessed.violations.map((v) => toIssue(v, ctx.lang)),
      },
    };
  }
  return {
    ok: true,
    record: assessed.record,
    hubCountry: assessed.hubCountry,
    warnings: assessed.warnings,
  };
}

/**
 * Writes a case's child rows; `replacing` first deletes the ones it had (a new case has none).
 * The statements of each step go out together: one transaction's connection runs them in order.
 */
export async function replaceCaseChildren(
  tx: Tx,
  caseId: string,
  built: ReturnType<typeof buildCaseRows>,
  replacing = true,
) {
  if (replacing)
    await Promise.all([
      tx.delete(caseServices).where(eq(caseServices.caseId, caseId)),
      tx.delete(caseVulnerabilityTypes).where(eq(caseVulnerabilityTypes.caseId, caseId)),
      tx.delete(caseProfiles).where(eq(caseProfiles.caseId, caseId)),
      tx.delete(caseObservations).where(eq(caseObservations.caseId, caseId)),
    ]);
  const withCase = <T>(rows: T[]) => rows.map((r) => ({ ...r, caseId }));
  await Promise.all([
    built.services.length && tx.insert(caseServices).values(withCase(built.services)),
    built.vulnerabilityTypes.length &&
      tx.insert(caseVulnerabilityTypes).values(withCase(built.vulnerabilityTypes)),
    built.profiles.length && tx.insert(caseProfiles).values(withCase(built.profiles)),
    built.observations.length && tx.insert(caseObservations).values(withCase(built.observations)),
  ]);
}

/** Fields whose value changed (names only: the audit log never holds personal data). */
export function changedFields(
  kind: RecordKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  const a = rowToRecord(kind, before);
  const b = rowToRecord(kind, after);
  return Object.keys(b).filter(
    (k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null),
  );
}

/** Writes an activity's topics; `replacing` first deletes the ones it had. */
async function replaceActivityTopics(
  tx: Tx,
  activityId: string,
  built: ReturnType<typeof buildActivityRows>,
  replacing: boolean,
) {
  if (replacing) await tx.delete(activityTopics).where(eq(activityTopics.activityId, activityId));
  if (built.topics.length)
    await tx.insert(activityTopics).values(built.topics.map((t) => ({ ...t, activityId })));
}

type RecordRow = CaseRow | ActivityRow;
type Built = { row: Record<string, unknown> & { hub: string; month: string } };

/** What differs between writing a case and writing an activity. */
const recordKinds: Record<
  RecordKind,
  {
    table: typeof cases;
    build: (checked: Extract<Checked, { ok: true }>) => Built;
    replaceChildren: (tx: Tx, id: string, built: Built, replacing: boolean) => Promise<void>;
  }
> = {
  case: {
    table: cases,
    build: ({ record, hubCountry, warnings }) =>
      buildCaseRows({
        record: record as CaseRecord,
        hubCountry,
        warnings: warnings.map(storedViolation),
      }),
    replaceChildren: (tx, id, built, replacing) =>
      replaceCaseChildren(tx, id, built as ReturnType<typeof buildCaseRows>, replacing),
  },
  activity: {
    // One code path for both tables: they share the record columns this function touches.
    table: activities as unknown as typeof cases,
    build: ({ record, hubCountry, warnings }) =>
      buildActivityRows({
        record: record as ActivityRecord,
        hubCountry,
        warnings: warnings.map(storedViolation),
      }),
    replaceChildren: (tx, id, built, replacing) =>
      replaceActivityTopics(tx, id, built as ReturnType<typeof buildActivityRows>, replacing),
  },
};

type WriteResult<R> =
  SavedShape<R> | ValidationFailedShape | ForbiddenShape | NotFoundShape | LockedPeriodShape;

/**
 * Records a new case or activity, or replaces one (`id`): validation first, then the row, its
 * child rows, the idempotency key (records/client-key.ts) and the audit row in one transaction.
 */
async function writeRecord(
  ctx: Context,
  kind: RecordKind,
  input: Record<string, unknown>,
  id?: string,
  clientKey?: string,
): Promise<WriteResult<RecordRow>> {
  const { table, build, replaceChildren } = recordKinds[kind];
  let existing: RecordRow | null = null;
  if (id !== undefined) {
    existing = await loadRecordRow(ctx.db, kind as 'case', id);
    if (!existing) return notFound(ctx.lang);
    if (!canOnHub(ctx.user!, 'record.write', existing.hub)) return forbidden(ctx.lang);
  }
  const checked = await checkRecord(ctx, kind, input);
  if (!checked.ok) return checked.result;
  const built = build(checked);
  const userId = ctx.user!.id;
  const row = await ctx.db.transaction(async (tx) => {
    // API.md LOCKED_PERIOD: the month it leaves and the month it enters (reports/lock.ts).
    const locked = await checkLockedPeriod({
      db: tx,
      lang: ctx.lang,
      targets: [existing, built.row],
    });
    if (locked) return locked;
    let saved: RecordRow;
    if (existing) {
      [saved] = (await tx
        .update(table)
        .set({
          ...built.row,
          updatedAt: new Date(),
          updatedBy: userId,
        } as typeof table.$inferInsert)
        .where(eq(table.id, existing.id))
        .returning()) as [RecordRow];
    } else {
      [saved] = (await tx
        .insert(table)
        .values({ ...built.row, createdBy: userId, updatedBy: userId } as typeof table.$inferInsert)
        .returning()) as [RecordRow];
      if (clientKey) await claimClientKey(tx, { userId, clientKey, kind, recordId: saved.id });
    }
    // The child rows and the audit row go out together.
    await Promise.all([
      replaceChildren(tx, saved.id, built, existing !== null),
      ctx.audit(
        {
          action: existing ? 'update' : 'create',
          entity: kind,
          entityId: saved.id,
          hub: saved.hub,
          detail: {
            warnings: checked.warnings.map((w) => w.rule),
            ...(existing
              ? { fields: changedFields(kind, existing, saved), previousHub: existing.hub }
              : {}),
          },
        },
        tx,
      ),
    ]);
    return saved;
  });
  if ('kind' in row) return row;
  return { kind: 'saved', row, warnings: checked.warnings.map((w) => toIssue(w, ctx.lang)) };
}

/** Records a new case or replaces one (`id`); `clientKey` makes a retried create idempotent. */
export const writeCase = (
  ctx: Context,
  input: Record<string, unknown>,
  id?: string,
  clientKey?: string,
) => writeRecord(ctx, 'case', input, id, clientKey) as Promise<WriteResult<CaseRow>>;

/** Records a new activity or replaces one (`id`), with its topics. */
export const writeActivity = (
  ctx: Context,
  input: Record<string, unknown>,
  id?: string,
  clientKey?: string,
) => writeRecord(ctx, 'activity', input, id, clientKey) as Promise<WriteResult<ActivityRow>>;

/** Deletes a record (children cascade) with its audit row, in one transaction. */
export async function deleteRecord(
  ctx: Context,
  kind: RecordKind,
  id: string,
): Promise<{ kind: 'deleted'; id: string } | ForbiddenShape | NotFoundShape | LockedPeriodShape> {
  const existing =
    kind === 'case'
      ? await loadRecordRow(ctx.db, 'case', id)
      : await loadRecordRow(ctx.db, 'activity', id);
  if (!existing) return notFound(ctx.lang);
  if (!canOnHub(ctx.user!, 'record.write', existing.hub)) return forbidden(ctx.lang);
  const table = kind === 'case' ? cases : activities;
  const locked = await ctx.db.transaction(async (tx) => {
    const lock = await checkLockedPeriod({ db: tx, lang: ctx.lang, targets: [existing] });
    if (lock) return lock;
    await tx.delete(table).where(eq(table.id, existing.id));
    await ctx.audit(
      { action: 'delete', entity: kind, entityId: existing.id, hub: existing.hub },
      tx,
    );
    return null;
  });
  if (locked) return locked;
  return { kind: 'deleted', id: existing.id };
}
