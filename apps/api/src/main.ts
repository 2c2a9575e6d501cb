import { openDatabase } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { logEvent } from './log.ts';
import { isDatabaseEmpty, seedDemo } from './seed/demo.ts';
import { createApi } from './server.ts';

/**
 * Demo size on first start: the full set by default, smaller for test stacks. The full set also
 * gets issue 16's casework; a sized one (the test stacks, whose figures tests assert) does not,
 * unless SEED_DEMO_CASEWORK says otherwise (1 or 0).
 */
function demoSizeFromEnv() {
  const cases = Number(process.env.SEED_DEMO_CASES) || undefined;
  const months = Number(process.env.SEED_DEMO_MONTHS) || undefined;
  const flag = process.env.SEED_DEMO_CASEWORK;
  const casework = flag ? flag !== '0' : cases === undefined && months === undefined;
  return { ...(cases && { cases }), ...(months && { months }), casework };
}

/** Starts the API: opens and migrates the database, seeds demo data on first start, serves. */
async function main() {
  const database = await openDatabase();
  await migrateDatabase(database);
  logEvent('info', 'db.ready', { kind: database.kind, location: database.location });
  if (process.env.SEED_DEMO !== '0' && (await isDatabaseEmpty(database.db))) {
    logEvent('info', 'seed.start');
    const counts = await seedDemo({ db: database.db, options: demoSizeFromEnv() });
    logEvent('info', 'seed.done', counts);
  }
  const api = await createApi({ database });
  const port = Number(process.env.API_PORT ?? 4000);
  const url = await api.listen(port, process.env.API_HOST);
  logEvent('info', 'api.listening', { url });
  const shutdown = async (signal: string) => {
    logEvent('info', 'api.stopping', { signal });
    await api.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ventanilla api: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
