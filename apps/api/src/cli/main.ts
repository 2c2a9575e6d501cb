#!/usr/bin/env node
import { accessSync, constants, createReadStream } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { writeExport } from '../export/write-export.ts';
import { runImport } from '../import/run-import.ts';
import { formatRejectedLines, formatSummary } from '../import/report.ts';
import { loadHubChoices, writeXlsform } from '../xlsform/build.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { roles, type Role } from '../auth/current-user.ts';
import { writeAudit } from '../audit/write.ts';
import { addHub, hubInputIssues } from '../services/hubs.ts';
import { addUser, userInputIssues } from '../services/users.ts';
import { seedDemo } from '../seed/demo.ts';
import { noun, registerOpsCommands } from '../ops/cli.ts';

/** A failure with a one-line reason for stderr. */
class CliFailure extends Error {}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  try {
    await migrateDatabase(database);
    return await run(database);
  } finally {
    await database.close();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliFailure('--password-stdin expects the password on standard input');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function month(value: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/u.test(value)) throw new InvalidArgumentError('must be YYYY-MM');
  return value;
}

/** Messages in Spanish when the shell speaks Spanish, English otherwise. */
function cliLang(): 'es' | 'en' {
  return /^es/iu.test(process.env.LC_ALL || process.env.LANG || '') ? 'es' : 'en';
}

type ImportFlags = { hub?: string; dryRun?: boolean; acceptValid?: boolean; progress?: boolean };

function buildProgram(): Command {
  const program = new Command()
    .name('ventanilla')
    .description('Administration commands for Ventanilla. Honours DATABASE_URL and DATA_DIR.')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(() =>
      withDatabase(async (db) => {
        process.stdout.write(`migrations applied (${db.kind}: ${db.location})\n`);
      }),
    );

  program
    .command('seed')
    .description('load deterministic demo data')
    .requiredOption('--demo', 'demo data (the only kind for now)')
    .option('--cases <n>', 'number of cases', positiveInt)
    .option('--months <m>', 'number of months, ending last month', positiveInt)
    .option('--seed <s>', 'random seed', positiveInt)
    .option('--no-casework', 'without the referrals, MCAs, repeat visits and feedback')
    .action((options: { cases?: number; months?: number; seed?: number; casework: boolean }) =>
      withDatabase(async (database) => {
        const counts = await seedDemo({
          db: database.db,
          options: {
            ...(options.cases ? { cases: options.cases } : {}),
            ...(options.months ? { months: options.months } : {}),
            ...(options.seed ? { seed: options.seed } : {}),
            casework: options.casework,
          },
        });
        process.stdout.write(
          `seeded ${counts.hubs} hubs, ${counts.users} users, ${counts.cases} cases, ${counts.activities} activities, ${counts.directory} directory entries${counts.casework ? `, ${counts.casework.referrals} referrals, ${counts.casework.mcas} community advisors, ${counts.casework.feedback} feedback answers` : ''}\n`,
        );
      }),
    );

  const hub = program.command('hub').description('manage hubs');
  hub
    .command('add')
    .description('add a hub')
    .requiredOption('--code <code>', 'hub code, e.g. cri_upala')
    .requiredOption('--name <name>', 'hub name')
    .requiredOption('--country <ISO3>', 'ISO 3166-1 alpha-3 country')
    .option('--admin1 <admin1>', 'state, province or department')
    .option('--type <type>', 'permanent or mobile', 'permanent')
    .action((o: { code: string; name: string; country: string; admin1?: string; type: string }) =>
      withDatabase(async ({ db }) => {
        const input = {
          code: o.code.trim(),
          name: o.name,
          country: o.country.trim().toUpperCase(),
          admin1: o.admin1 ?? null,
          type: o.type as 'permanent' | 'mobile',
        };
        const issues = hubInputIssues(input);
        if (issues.length > 0) throw new CliFailure(`${issues[0]!.field}: ${issues[0]!.en}`);
        await db.transaction(async (tx) => {
          await addHub({ db: tx, input });
          await writeAudit({
            db: tx,
            userId: null,
            entry: {
              action: 'create',
              entity: 'hub',
              entityId: input.code,
              hub: input.code,
              detail: { via: 'cli' },
            },
          });
        });
        process.stdout.write(`hub ${input.code} added\n`);
      }),
    );

  const user = program.command('user').description('manage users');
  user
    .command('add')
    .description('add a user; the password is read from standard input')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .option(
      '--hub <code>',
      'a hub the user works in (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .requiredOption('--password-stdin', 'read the password from standard input')
    .action((o: { email: string; name: string; role: string; hub: string[] }) =>
      withDatabase(async ({ db }) => {
        const password = await readStdin();
        const input = {
          email: o.email,
          name: o.name,
          role: o.role as Role,
          hubCodes: o.hub,
          password,
        };
        const issues = await userInputIssues({ db, input });
        if (issues.length > 0) throw new CliFailure(`${issues[0]!.field}: ${issues[0]!.en}`);
        await db.transaction(async (tx) => {
          const row = await addUser({ db: tx, input });
          await writeAudit({
            db: tx,
            userId: null,
            entry: {
              action: 'create',
              entity: 'user',
              entityId: row.id,
              detail: { via: 'cli', role: row.role, hubs: o.hub },
            },
          });
        });
        process.stdout.write(`user ${input.email.trim().toLowerCase()} added\n`);
      }),
    );

  program
    .command('import')
    .description(
      'import a KoBo export (CSV or XLSX, FORM.md section 7); all-or-nothing unless --accept-valid',
    )
    .argument('<file>', 'the CSV or XLSX file')
    .option('--hub <code>', 'fill an empty hub with CODE and reject rows of any other hub')
    .option('--dry-run', 'check and report only; store nothing')
    .option('--accept-valid', 'store the valid rows even when some are rejected')
    .option('--progress', 'print the rows read on standard error, one line per batch')
    .action((file: string, o: ImportFlags) =>
      withDatabase(async ({ db }) => {
        const lang = cliLang();
        let input;
        try {
          accessSync(file, constants.R_OK);
          input = createReadStream(file);
        } catch {
          throw new CliFailure(`cannot read ${file}`);
        }
        const report = await runImport({
          db,
          actor: { user: null },
          input,
          options: {
            hub: o.hub ?? null,
            dryRun: !!o.dryRun,
            acceptValid: !!o.acceptValid,
            onRow: (row) => {
              if (row.outcome !== 'rejected') return;
              for (const line of formatRejectedLines(row, lang)) process.stdout.write(`${line}\n`);
            },
            onProgress: ({ rows }) => {
              // Lines for logs and scripts (the fault tests kill an import on one); on a
              // terminal, one counter that rewrites itself.
              const read = `${rows} ${noun(rows, 'row', 'rows')} read`;
              if (o.progress) process.stderr.write(`${read}\n`);
              else if (process.stderr.isTTY) process.stderr.write(`\r${read}`);
            },
          },
        });
        if (process.stderr.isTTY && !o.progress) process.stderr.write('\n');
        for (const issue of report.fileWarnings)
          process.stderr.write(`warning: ${lang === 'en' ? issue.message_en : issue.message_es}\n`);
        if (report.fileErrors.length)
          // File-level errors (FORM.md §7.2), e.g. no _uuid column (the Excel form): the whole
          // file is refused, once, instead of one message per row.
          throw new CliFailure(
            report.fileErrors
              .map((issue) => (lang === 'en' ? issue.message_en : issue.message_es))
              .join('\n'),
          );
        process.stdout.write(`${formatSummary(report)}\n`);
        const extra = (['superseded', 'conflict'] as const)
          .filter((k) => report.counts[k] > 0)
          .map((k) => `${k} ${report.counts[k]}`);
        if (extra.length) process.stdout.write(`${extra.join(', ')}\n`);
        if (report.dryRun) process.stdout.write('dry run: nothing stored\n');
        else if (!report.stored)
          throw new CliFailure(
            `${report.counts.rejected} ${noun(report.counts.rejected, 'row', 'rows')} rejected: nothing stored (use --accept-valid to store the valid rows)`,
          );
      }),
    );
  program
    .command('xlsform')
    .description('write the Hubs Form as an XLSForm for KoBoToolbox (survey, choices, settings)')
    .argument('<out>', 'the .xlsx file to write')
    .action((out: string) =>
      withDatabase(async ({ db }) => {
        if (!/\.xlsx$/iu.test(out)) throw new CliFailure('the output file must end in .xlsx');
        await writeXlsform({ registry: await loadHubChoices(db), out });
        process.stdout.write(`XLSForm written to ${out}\n`);
      }),
    );
  program
    .command('export')
    .description('export records (KoBo-compatible columns) as CSV or XLSX')
    .argument('<out>', 'OUT.csv or OUT.xlsx')
    .requiredOption('--from <YYYY-MM>', 'first month', month)
    .requiredOption('--to <YYYY-MM>', 'last month', month)
    .option('--hub <code>', 'only this hub')
    .action((out: string, o: { from: string; to: string; hub?: string }) =>
      withDatabase(async ({ db }) => {
        const format = /\.xlsx$/iu.test(out) ? 'xlsx' : /\.csv$/iu.test(out) ? 'csv' : null;
        if (!format) throw new CliFailure('the output file must end in .csv or .xlsx');
        if (o.from > o.to) throw new CliFailure('--from must not be after --to');
        const count = await writeExport({
          db,
          format,
          out,
          filter: { from: o.from, to: o.to, hubCodes: o.hub ? [o.hub] : 'all' },
        });
        process.stdout.write(`${count} ${noun(count, 'record', 'records')} exported to ${out}\n`);
      }),
    );
  registerOpsCommands(program);
  return program;
}

async function main(argv: string[]) {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed help or its own one-line error.
      return error.exitCode === 0 ? 0 : error.exitCode || 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ventanilla: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
