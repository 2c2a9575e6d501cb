import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { adminUrl, databaseUrlFor } from './pg-url.ts';
import { bundleEntries } from './cli-bundle.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb:
      | {
          kind: 'pglite';
          dumpFile: string;
          /** A migrated DATA_DIR that tests spawning the command copy (test/data-dir.ts). */
          dataDir: string;
        }
      | { kind: 'postgres'; url: string; template: string };
    /** The `ventanilla` command and the API entry, bundled once (cli-bundle.ts). */
    bundled: { cli: string; main: string; nodeArgs: string[] };
  }
}

/**
 * Migrates once. PGlite: into memory, dumped to a file each test file loads (~0.5 s instead
 * of a 2–4 s start + migrate); and into a DATA_DIR on disk that the tests spawning the
 * `ventanilla` command copy, instead of letting its first command create and migrate one. PostgreSQL (TEST_DB=postgres): into a template database each
 * test file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const bundled = await bundleEntries(fileURLToPath(new URL('../..', import.meta.url)));
  project.provide('bundled', bundled);
  const removeBundle = () =>
    rmSync(dirname(dirname(bundled.cli)), { recursive: true, force: true });
  if (process.env.TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    const template = `vt_template_${process.pid}`;
    const admin = postgres(adminUrl(url), { onnotice: () => {}, max: 1 });
    await admin.unsafe(`drop database if exists ${template}`);
    await admin.unsafe(`create database ${template}`);
    const database = await openDatabase({ databaseUrl: databaseUrlFor(url, template) });
    await migrateDatabase(database);
    await database.close();
    project.provide('testDb', { kind: 'postgres', url, template });
    return async () => {
      await admin.unsafe(`drop database if exists ${template}`);
      await admin.end();
      removeBundle();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'vt-test-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  const dump = await database.dumpDataDir!();
  const dumpFile = join(dir, 'template.tar');
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  const dataDir = join(dir, 'data-dir');
  const onDisk = await openDatabase({ dataDir });
  await migrateDatabase(onDisk);
  await onDisk.close();
  project.provide('testDb', { kind: 'pglite', dumpFile, dataDir });
  return () => {
    rmSync(dir, { recursive: true, force: true });
    removeBundle();
  };
}
