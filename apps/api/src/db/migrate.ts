import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './client.ts';
import { migrationsFolder } from './paths.ts';

/** Applies pending migrations from apps/api/drizzle. */
export async function migrateDatabase(database: Database): Promise<void> {
  const config = { migrationsFolder };
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], config);
  } else {
    await migratePostgres(database.db as unknown as Parameters<typeof migratePostgres>[0], config);
  }
}
