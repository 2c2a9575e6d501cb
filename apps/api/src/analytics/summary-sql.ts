import type { RecordKind } from '@ventanilla/domain/monitoring/index';
import { multiValuedSource, singleValuedColumn } from './compile.ts';
import {
  countColumn,
  countedColumns,
  keySumColumn,
  setName,
  summaryInputColumns,
  summarySets,
  summaryTables,
  summedColumns,
} from './summary-sets.ts';

/**
 * The SQL that keeps the summaries exact (issue 17), written into a migration
 * (drizzle/0019_summary_triggers.sql; summaries.test.ts checks they are the same text).
 *
 * Statement-level AFTER triggers with transition tables on `cases` and `activities`: every write
 * path (the form, edits including a change of hub or month, deletes, offline sync, imports,
 * validation-status changes, retention, COPY, restore) changes the summaries in the same
 * transaction, once per statement, set-based. An import defers: its statements' deltas wait in a
 * temporary table and are merged once, before it commits (migration 0020, `deferralFunctions`).
 *
 * Concurrency without waiting: a statement never updates a row in place. It groups its delta by
 * cell, locks the cell's existing rows it can (`FOR UPDATE SKIP LOCKED`), deletes them and inserts
 * ONE row holding their sum plus the delta. Rows locked by another open transaction are left
 * alone (the next write to the cell merges them), so two writers never wait for each other or
 * deadlock, and an import's long transaction never blocks the form. A cell may therefore have a
 * few rows; readers add them up. A cell whose sum is all zeros is not written (it disappears).
 * The expansions of multi-valued dimensions are compile.ts's own, so a summary cell holds the
 * records the record-path query would count.
 */

const keyColumns = ['dims', 'month', 'hub', 'hub_country', 'hub_type', 'k1', 'k2'] as const;

/** Every measure column of a kind's summary table. */
export function measureColumns(kind: RecordKind): string[] {
  return [
    ...countedColumns[kind].flatMap((c) => [countColumn(c.name), keySumColumn(c.name)]),
    ...summedColumns[kind].map((s) => s.name),
  ];
}

/** The (dims, k1, k2) rows a record `r` contributes to, one SELECT per kept set. */
export function expansion(kind: RecordKind): string {
  return summarySets[kind]
    .map((set) => {
      const froms: string[] = [];
      const wheres: string[] = [];
      const keys = set.map((dim, i) => {
        const column = singleValuedColumn(dim);
        if (column) return `coalesce(r.${column}, '')`;
        const source = multiValuedSource(dim, `d${i}`);
        froms.push(source.from);
        wheres.push(source.where);
        return `d${i}.v`;
      });
      while (keys.length < 2) keys.push("''");
      const from = froms.length ? ` from ${froms.join(' cross join lateral ')}` : '';
      const where = wheres.length ? ` where ${wheres.join(' and ')}` : '';
      return `select '${setName(set)}'::text, ${keys[0]}::text, ${keys[1]}::text${from}${where}`;
    })
    .join('\n        union all ');
}

const nonZero = (columns: string[]) => columns.map((c) => `sum(${c}) <> 0`).join(' or ');

/** The CTE `delta`: the signed records of CTE `src` (alias r) grouped by summary cell. */
function deltaCte(kind: RecordKind): string {
  const measures = measureColumns(kind);
  const deltaMeasures = [
    ...countedColumns[kind].flatMap((c) =>
      c.condition
        ? [
            `sum(case when ${c.condition} then r.sign else 0 end)::int as ${countColumn(c.name)}`,
            `sum(case when ${c.condition} then r.sign * r.record_key else 0 end)::bigint as ${keySumColumn(c.name)}`,
          ]
        : [
            `sum(r.sign)::int as ${countColumn(c.name)}`,
            `sum(r.sign * r.record_key)::bigint as ${keySumColumn(c.name)}`,
          ],
    ),
    ...summedColumns[kind].map(
      (s) => `trim_scale(coalesce(sum(r.sign * r.${s.column}::numeric), 0)) as ${s.name}`,
    ),
  ];
  return `delta as (select * from (
      select x.dims, r.month, r.hub, coalesce(r.hub_country, '') as hub_country, r.hub_type, x.k1, x.k2,
        ${deltaMeasures.join(',\n        ')}
      from src r cross join lateral (
        ${expansion(kind)}
      ) x(dims, k1, k2)
      group by x.dims, r.month, r.hub, coalesce(r.hub_country, ''), r.hub_type, x.k1, x.k2
    ) g where ${measures.map((m) => `g.${m} <> 0`).join(' or ')})`;
}

/** The sums of the measures by cell (`trim_scale` on numeric sums). */
function measureSums(kind: RecordKind): string {
  // trim_scale: a sum's text does not depend on the history of the cell (restores compare text).
  const summed = new Set(summedColumns[kind].map((c) => c.name));
  return measureColumns(kind)
    .map((m) => (summed.has(m) ? `trim_scale(sum(${m})) as ${m}` : `sum(${m}) as ${m}`))
    .join(', ');
}

/** The CTEs and INSERT that merge CTE `delta` (cells) into the summary table. */
function mergeDelta(kind: RecordKind): string {
  const table = summaryTables[kind];
  const measures = measureColumns(kind);
  const keys = keyColumns.join(', ');
  const all = [...keyColumns, ...measures].join(', ');
  const matches = keyColumns.map((k) => `s.${k} = d.${k}`).join(' and ');
  return `victims as (
      select s.ctid as tid from ${table} s join delta d on ${matches}
      for update of s skip locked
    ),
    gone as (
      delete from ${table} s where s.ctid = any(array(select tid from victims))
      returning ${keyColumns.map((k) => `s.${k}`).join(', ')}, ${measures.map((m) => `s.${m}`).join(', ')}
    )
    insert into ${table} (${all})
    select ${keys}, ${measureSums(kind)}
    from (select ${all} from gone union all select ${all} from delta) m
    group by ${keys}
    having ${nonZero(measures)}`;
}

/** One statement applying the signed records of CTE `src` (alias r: sign, record columns). */
function applyStatement(kind: RecordKind, src: string): string {
  return `with ${src},
    ${deltaCte(kind)},
    ${mergeDelta(kind)}`;
}

const approved = (alias: string) => `${alias}.validation_status is distinct from 'not_approved'`;

/** The changed rows of an UPDATE: a row whose summary inputs did not change cancels out. */
function changedSource(kind: RecordKind): string {
  const cols = summaryInputColumns[kind];
  const same = (a: string, b: string) =>
    `(${cols.map((c) => `${a}.${c}`).join(', ')}) is not distinct from (${cols.map((c) => `${b}.${c}`).join(', ')})`;
  return `src as (
      select 1 as sign, r.* from newtab r where ${approved('r')}
        and not exists (select 1 from oldtab o where o.id = r.id and ${approved('o')} and ${same('o', 'r')})
      union all
      select -1 as sign, r.* from oldtab r where ${approved('r')}
        and not exists (select 1 from newtab o where o.id = r.id and ${approved('o')} and ${same('o', 'r')})
    )`;
}

/** Transaction-local setting (`set_config(…, true)`): 'deferred' while an import defers. */
export const summariesSetting = 'ventanilla.summaries';
const deferred = `coalesce(current_setting('${summariesSetting}', true), '') = 'deferred'`;

/** The temporary table where a deferring transaction's triggers leave their cell deltas. */
const pendingTable = (kind: RecordKind) => `pg_temp.${summaryTables[kind]}_pending`;

/** A trigger statement that only adds the delta of CTE `src` to the pending table. */
function pendStatement(kind: RecordKind, src: string): string {
  const all = [...keyColumns, ...measureColumns(kind)].join(', ');
  return `with ${src},
    ${deltaCte(kind)}
    insert into ${pendingTable(kind)} (${all}) select ${all} from delta`;
}

/**
 * `deferrable`: the version of migration 0020, where a transaction that called
 * `defer_record_summaries()` (an import) collects each statement's delta in a temporary table
 * and merges them all once (`flush_record_summaries()`, at the latest at commit).
 */
function triggerFunction(kind: RecordKind, deferrable = false): string {
  const table = summaryTables[kind];
  const srcs = {
    insert: `src as (select 1 as sign, r.* from newtab r where ${approved('r')})`,
    delete: `src as (select -1 as sign, r.* from oldtab r where ${approved('r')})`,
    update: changedSource(kind),
  };
  const defer = deferrable
    ? `
  ELSIF ${deferred} THEN
    IF tg_op = 'INSERT' THEN
      ${pendStatement(kind, srcs.insert)};
    ELSIF tg_op = 'DELETE' THEN
      ${pendStatement(kind, srcs.delete)};
    ELSE
      ${pendStatement(kind, srcs.update)};
    END IF;`
    : '';
  const truncatePending = deferrable
    ? `
    IF ${deferred} THEN
      DELETE FROM ${pendingTable(kind)};
    END IF;`
    : '';
  return `CREATE OR REPLACE FUNCTION ${table}_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF tg_op = 'TRUNCATE' THEN
    DELETE FROM ${table};${truncatePending}${defer}
  ELSIF tg_op = 'INSERT' THEN
    ${applyStatement(kind, srcs.insert)};
  ELSIF tg_op = 'DELETE' THEN
    ${applyStatement(kind, srcs.delete)};
  ELSE
    ${applyStatement(kind, srcs.update)};
  END IF;
  RETURN NULL;
END
$fn$;`;
}

/** Merges the pending deltas of a kind into its summary table, by cell, and empties them. */
function flushStatements(kind: RecordKind): string {
  const keys = keyColumns.join(', ');
  const measures = measureColumns(kind);
  return `with delta as (
      select ${keys}, ${measureSums(kind)} from ${pendingTable(kind)}
      group by ${keys} having ${nonZero(measures)}
    ),
    ${mergeDelta(kind)};
  DELETE FROM ${pendingTable(kind)};`;
}

/**
 * Deferral for one transaction (imports: one summary merge instead of one per batch, and no
 * churn of summary rows between batches). The pending tables and a marker row are temporary,
 * dropped at commit or rollback; the marker's deferred constraint trigger flushes at commit,
 * so a transaction that defers can never commit summaries that miss its records.
 */
function deferralFunctions(): string[] {
  const kinds: RecordKind[] = ['case', 'activity'];
  const flush = `CREATE OR REPLACE FUNCTION flush_record_summaries() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF to_regclass('pg_temp.record_summaries_deferred') IS NULL THEN
    RETURN;
  END IF;
  PERFORM set_config('${summariesSetting}', '', true);
${kinds.map((kind) => `  ${flushStatements(kind)}`).join('\n')}
END
$fn$;`;
  const atCommit = `CREATE OR REPLACE FUNCTION flush_record_summaries_at_commit() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM flush_record_summaries();
  RETURN NULL;
END
$fn$;`;
  const defer = `CREATE OR REPLACE FUNCTION defer_record_summaries() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF to_regclass('pg_temp.record_summaries_deferred') IS NULL THEN
${kinds.map((kind) => `    CREATE TEMP TABLE ${summaryTables[kind]}_pending (LIKE ${summaryTables[kind]}) ON COMMIT DROP;`).join('\n')}
    CREATE TEMP TABLE record_summaries_deferred (at_commit boolean) ON COMMIT DROP;
    CREATE CONSTRAINT TRIGGER record_summaries_flush AFTER INSERT ON pg_temp.record_summaries_deferred
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION flush_record_summaries_at_commit();
    INSERT INTO pg_temp.record_summaries_deferred VALUES (true);
  END IF;
  PERFORM set_config('${summariesSetting}', 'deferred', true);
END
$fn$;`;
  return [flush, atCommit, defer];
}

const recordTables: Record<RecordKind, string> = { case: 'cases', activity: 'activities' };

function triggers(kind: RecordKind): string[] {
  const table = summaryTables[kind];
  const on = recordTables[kind];
  const fn = `${table}_apply()`;
  return [
    `CREATE TRIGGER ${table}_insert AFTER INSERT ON ${on} REFERENCING NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
    `CREATE TRIGGER ${table}_update AFTER UPDATE ON ${on} REFERENCING OLD TABLE AS oldtab NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
    `CREATE TRIGGER ${table}_delete AFTER DELETE ON ${on} REFERENCING OLD TABLE AS oldtab FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
    `CREATE TRIGGER ${table}_truncate AFTER TRUNCATE ON ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
  ];
}

/** Recomputes both summary tables from the records (migration backfill, copy restore). */
function rebuildFunction(): string {
  const kinds: RecordKind[] = ['case', 'activity'];
  return `CREATE OR REPLACE FUNCTION rebuild_record_summaries() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
${kinds
  .map(
    (kind) => `  DELETE FROM ${summaryTables[kind]};
  ${applyStatement(kind, `src as (select 1 as sign, r.* from ${recordTables[kind]} r where ${approved('r')})`)};`,
  )
  .join('\n')}
END
$fn$;`;
}

/** The whole migration: functions, triggers, and the backfill of existing records. */
export function summaryMigrationSql(): string {
  const parts = [
    triggerFunction('case'),
    triggerFunction('activity'),
    ...triggers('case'),
    ...triggers('activity'),
    rebuildFunction(),
    'SELECT rebuild_record_summaries();',
  ];
  return `-- Generated by apps/api/src/analytics/summary-sql.ts (summaryMigrationSql); see its comment.\n${parts.join('\n--> statement-breakpoint\n')}\n`;
}

/** Migration 0020: the triggers learn to defer, and the deferral's functions. */
export function summaryDeferralMigrationSql(): string {
  const parts = [
    triggerFunction('case', true),
    triggerFunction('activity', true),
    ...deferralFunctions(),
  ];
  return `-- Generated by apps/api/src/analytics/summary-sql.ts (summaryDeferralMigrationSql); see deferralFunctions.\n${parts.join('\n--> statement-breakpoint\n')}\n`;
}
