import { InvalidArgumentError, type Command } from 'commander';
import { choosePlural } from '@ventanilla/domain/plural';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { resolveUserPath } from '../db/paths.ts';
import { backup, restore } from './backup.ts';
import { applyRetention, retentionMonthsFromEnv } from './retention.ts';

/** The English noun that agrees with a count (the command line speaks English). */
export const noun = (count: number, one: string, other: string) =>
  choosePlural({ lang: 'en', count, forms: { one, other } });

function months(value: string): number {
  try {
    return retentionMonthsFromEnv(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/** `backup OUT`, `restore IN` and `retention [--dry-run]` (docs/operations.md). */
export function registerOpsCommands(program: Command): void {
  program
    .command('backup')
    .description('write a backup of the database to OUT (PGlite: stop the API first)')
    .argument('<out>', 'the backup file to write')
    .action(async (out: string) => {
      const file = resolveUserPath(out);
      const result = await backup({ out: file });
      process.stdout.write(`backup written to ${file} (${result.format})\n`);
    });

  program
    .command('restore')
    .description('restore a backup into an empty database, then migrate')
    .argument('<in>', 'the backup file')
    .action(async (input: string) => {
      const file = resolveUserPath(input);
      const result = await restore({ file });
      process.stdout.write(`restored ${file} (${result.format})\n`);
    });

  program
    .command('retention')
    .description(
      'anonymise personal data of cases older than RETENTION_MONTHS (36) and remove the contact data of community advisors who left before then; aggregates unchanged',
    )
    .option('--dry-run', 'report what would be anonymised; change nothing')
    .option('--months <n>', 'retention period in months (overrides RETENTION_MONTHS)', months)
    .action(async (o: { dryRun?: boolean; months?: number }) => {
      const retention = o.months ?? retentionMonthsFromEnv();
      const database = await openDatabase();
      try {
        await migrateDatabase(database);
        const r = await applyRetention({
          db: database.db,
          months: retention,
          dryRun: !!o.dryRun,
        });
        const verb = r.dryRun ? 'would anonymise' : 'anonymised';
        process.stdout.write(
          `retention ${r.retentionMonths} months: ${verb} ${r.casesAnonymised} ${noun(r.casesAnonymised, 'case', 'cases')} and ${r.referralsAnonymised} ${noun(r.referralsAnonymised, 'referral', 'referrals')} before ${r.cutoffMonth}, cut ${r.visitLinksRemoved} repeat-visit ${noun(r.visitLinksRemoved, 'link', 'links')}; ${r.dryRun ? 'would remove' : 'removed'} the contact data of ${r.mcaContactsRemoved} community ${noun(r.mcaContactsRemoved, 'advisor', 'advisors')} who left before it; ${r.dryRun ? 'would remove' : 'removed'} ${r.sessionsRemoved} expired ${noun(r.sessionsRemoved, 'session', 'sessions')}\n`,
        );
      } finally {
        await database.close();
      }
    });
}
