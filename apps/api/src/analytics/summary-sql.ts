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
 * transaction, once per statement, set-based (an import batch of 500 rows is one delta).
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

/** One statement applying the signed records of CTE `src` (alias r: sign, record columns). */
function applyStatement(kind: RecordKind, src: string): string {
  const table = summaryTables[kind];
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
  const keys = keyColumns.join(', ');
  const all = [...keyColumns, ...measures].join(', ');
  const matches = keyColumns.map((k) => `s.${k} = d.${k}`).join(' and ');
  // trim_scale: a sum's text does not depend on the history of the cell (restores compare text).
  const summed = new Set(summedColumns[kind].map((c) => c.name));
  const sums = measures
    .map((m) => (summed.has(m) ? `trim_scale(sum(${m})) as ${m}` : `sum(${m}) as ${m}`))
    .join(', ');
  return `with ${src},
    delta as (select * from (
      select x.dims, r.month, r.hub, coalesce(r.hub_country, '') as hub_country, r.hub_type, x.k1, x.k2,
        ${deltaMeasures.join(',\n        ')}
      from src r cross join lateral (
        ${expansion(kind)}
      ) x(dims, k1, k2)
      group by x.dims, r.month, r.hub, coalesce(r.hub_country, ''), r.hub_type, x.k1, x.k2
    ) g where ${measures.map((m) => `g.${m} <> 0`).join(' or ')}),
    victims as (
      select s.ctid as tid from ${table} s join delta d on ${matches}
      for update of s skip locked
    ),
    gone as (
      delete from ${table} s where s.ctid = any(array(select tid from victims))
      returning ${keyColumns.map((k) => `s.${k}`).join(', ')}, ${measures.map((m) => `s.${m}`).join(', ')}
    )
    insert into ${table} (${all})
    select ${keys}, ${sums}
    from (select ${all} from gone union all select ${all} from delta) m
    group by ${keys}
    having ${nonZero(measures)}`;
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

function triggerFunction(kind: RecordKind): string {
  const table = summaryTables[kind];
  return `CREATE OR REPLACE FUNCTION ${table}_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF tg_op = 'TRUNCATE' THEN
    DELETE FROM ${table};
  ELSIF tg_op = 'INSERT' THEN
    ${applyStatement(kind, `src as (select 1 as sign, r.* from newtab r where ${approved('r')})`)};
  ELSIF tg_op = 'DELETE' THEN
    ${applyStatement(kind, `src as (select -1 as sign, r.* from oldtab r where ${approved('r')})`)};
  ELSE
    ${applyStatement(kind, changedSource(kind))};
  END IF;
  RETURN NULL;
END
$fn$;`;
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
