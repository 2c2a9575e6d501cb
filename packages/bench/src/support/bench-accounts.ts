import { logIn } from '@ventanilla/testkit';
import { addUser, hubs, type Database } from '@ventanilla/api/testing';
import { generateDemo } from '@ventanilla/demo';

/** The password of the benchmarks' admin and reviewer (scratch databases only). */
export const benchPassword = 'bench-password-2026';

/** The demo's hubs with their countries (the loader derives each record's country from them). */
export function listDemoHubs({ endMonth }: { endMonth: string }) {
  return generateDemo({ cases: 0, months: 1, endMonth, activities: 0 }).hubs;
}

/** Hub → country of the demo hubs (for a database loaded by an earlier run). */
export function mapHubCountries({ endMonth }: { endMonth: string }): Map<string, string> {
  return new Map(listDemoHubs({ endMonth }).map((h) => [h.code, h.country as string]));
}

/**
 * Inserts the demo's hubs and two accounts, admin@bench.org and reviewer@bench.org (password
 * `benchPassword`), and returns hub → country for the loader.
 */
export async function addBenchHubsAndUsers({
  database,
  endMonth,
}: {
  database: Database;
  endMonth: string;
}): Promise<Map<string, string>> {
  const demoHubs = listDemoHubs({ endMonth });
  await database.db
    .insert(hubs)
    .values(
      demoHubs.map((h) => ({
        code: h.code,
        name: h.name,
        country: h.country,
        admin1: h.admin1,
        type: h.type,
      })),
    )
    .onConflictDoNothing();
  for (const [email, role] of [
    ['admin@bench.org', 'admin'],
    ['reviewer@bench.org', 'reviewer'],
  ] as const)
    await addUser({
      db: database.db,
      input: { email, name: role, role, hubCodes: [], password: benchPassword },
    });
  return new Map(demoHubs.map((h) => [h.code, h.country as string]));
}

/** Signs a bench account in through the API's `login` mutation and returns its session token. */
export const signInToApi = ({ url, email }: { url: string; email: string }) =>
  logIn(url, { email, password: benchPassword });
