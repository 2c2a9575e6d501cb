import { cpSync } from 'node:fs';
import { inject } from 'vitest';

/**
 * Fills `target` (a DATA_DIR that does not exist yet) with a copy of the migrated PGlite data
 * directory made once per run (global-setup.ts): a copy takes milliseconds, creating and
 * migrating a data directory in a spawned command takes seconds of CPU.
 */
export function copyMigratedDataDir(target: string): void {
  const testDb = inject('testDb');
  if (testDb.kind !== 'pglite') throw new Error('copyMigratedDataDir is for PGlite runs');
  cpSync(testDb.dataDir, target, { recursive: true, errorOnExist: true, force: false });
}
