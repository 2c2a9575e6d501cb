import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { queryRows } from '../db/rows.ts';

/**
 * Row count and an MD5 over the sorted text of every row, per public table: equal checksums
 * after a restore mean equal contents (used by the round-trip test; handy to verify a restore).
 */
export async function tableChecksums(
  db: Db,
): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const ident = sql.identifier(name);
    const [row] = await queryRows<{ rows: number | string; md5: string }>(
      db,
      sql`select count(*) as rows, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as md5 from ${ident} t`,
    );
    out[name] = { rows: Number(row!.rows), md5: row!.md5 };
  }
  return out;
}
