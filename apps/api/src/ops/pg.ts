import postgres from 'postgres';

/** A postgres.js client for maintenance commands (same URL handling as db/client.ts). */
export function maintenanceClient(databaseUrl: string): postgres.Sql {
  const url = new URL(databaseUrl);
  const socketHost = url.searchParams.get('host');
  const extra: postgres.Options<Record<string, never>> = { onnotice: () => {}, max: 1 };
  if (socketHost) {
    url.searchParams.delete('host');
    extra.host = socketHost;
    if (url.port) extra.port = Number(url.port);
  }
  return postgres(url.toString(), extra);
}

/**
 * Arguments and environment for libpq tools (pg_dump, pg_restore): the password goes in
 * PGPASSWORD, never on the command line where `ps` shows it.
 */
export function libpqTarget(databaseUrl: string): { dbname: string; env: Record<string, string> } {
  const url = new URL(databaseUrl);
  const env: Record<string, string> = {};
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env };
}

/** Tables of the public schema in an order that satisfies their foreign keys (parents first). */
export async function tablesInDependencyOrder(sql: postgres.TransactionSql): Promise<string[]> {
  const tables = (
    await sql<{ name: string }[]>`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`
  ).map((r) => r.name);
  const edges = await sql<{ child: string; parent: string }[]>`
    select c.relname as child, p.relname as parent
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_class p on p.oid = k.confrelid
    where k.contype = 'f' and n.nspname = 'public' and c.relname <> p.relname`;
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (table: string, path: Set<string>) => {
    if (seen.has(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges) if (e.child === table) visit(e.parent, path);
    seen.add(table);
    ordered.push(table);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/** Moves every serial/identity sequence past the largest value restored into its column. */
export async function resetSequences(sql: postgres.TransactionSql): Promise<void> {
  const columns = await sql<{ table: string; column: string; seq: string }[]>`
    select c.relname as table, a.attname as column,
           pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
      and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`;
  for (const { table, column, seq } of columns) {
    const t = quoteIdent(table);
    await sql.unsafe(
      `select setval($1, coalesce((select max(${quoteIdent(column)}) from ${t}), 1), (select count(*) > 0 from ${t}))`,
      [seq],
    );
  }
}

/** A double-quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
