/**
 * `@ventanilla/api/testing`: the API's internals that harnesses outside this app (the benchmarks
 * in packages/bench) drive in-process: open and migrate a database, start the real server on it,
 * add users and demo data, build record rows, import a KoBo file, compile an analytics query or a report's figures.
 * Code outside apps/api imports these from here, never from apps/api/src by path, so what it
 * depends on is declared in one place.
 */
export { compileDisaggregation } from './analytics/compile.ts';
export { compileAnalytics } from './analytics/compile-summaries.ts';
export { hashPassword } from './auth/password.ts';
export { openDatabase, type Database } from './db/client.ts';
export { migrateDatabase } from './db/migrate.ts';
export {
  activities,
  activityTopics,
  caseObservations,
  caseProfiles,
  caseServices,
  cases,
  caseVulnerabilityTypes,
  hubs,
  userHubs,
  users,
} from './db/schema/index.ts';
export { writeKoboFile, type KoboSourceRecord } from './import/kobo-file.ts';
export { runImport } from './import/run-import.ts';
export { figureStatements } from './reports/figure-sql.ts';
export { buildActivityRows, buildCaseRows } from './records/derive.ts';
export { seedDemo } from './seed/demo.ts';
export { createApi } from './server.ts';
export { addUser } from './services/users.ts';
export { adminUrl, databaseUrlFor } from './test/pg-url.ts';
