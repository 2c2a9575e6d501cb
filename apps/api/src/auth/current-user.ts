import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { userHubs, users } from '../db/schema/index.ts';

export type Role = 'hub_officer' | 'coordinator' | 'reviewer' | 'admin';
export const roles: readonly Role[] = ['hub_officer', 'coordinator', 'reviewer', 'admin'];

/** The signed-in caller as resolvers see it. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  hubCodes: string[];
};

/** Loads a user with their hub codes. */
export async function loadCurrentUser({
  db,
  userId,
}: {
  db: Executor;
  userId: string;
}): Promise<CurrentUser | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row || !row.active) return null;
  const hubs = await db
    .select({ code: userHubs.hubCode })
    .from(userHubs)
    .where(eq(userHubs.userId, userId));
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    hubCodes: hubs.map((h) => h.code).sort(),
  };
}
