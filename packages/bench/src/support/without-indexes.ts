import type postgres from 'postgres';

const recordTables = [
  'cases',
  'case_services',
  'case_vulnerability_types',
  'case_profiles',
  'case_observations',
  'activities',
  'activity_topics',
];

/**
 * Drops the record tables' secondary indexes and foreign keys (scratch database only), so that
 * a bulk COPY does not maintain them row by row; `restore` recreates them from their saved
 * definitions after the load.
 */
export async function withoutIndexes(raw: postgres.Sql) {
  const indexes = await raw<{ name: string; def: string }[]>`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${raw(recordTables)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  const fks = await raw<{ tbl: string; name: string; def: string }[]>`
    select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'f' and conrelid::regclass::text in ${raw(recordTables)}`;
  for (const f of fks) await raw.unsafe(`alter table ${f.tbl} drop constraint ${f.name}`);
  for (const i of indexes) await raw.unsafe(`drop index ${i.name}`);
  return {
    restore: async () => {
      await raw.unsafe("set maintenance_work_mem = '512MB'");
      for (const i of indexes) await raw.unsafe(i.def);
      for (const f of fks)
        await raw.unsafe(`alter table ${f.tbl} add constraint ${f.name} ${f.def}`);
    },
  };
}
