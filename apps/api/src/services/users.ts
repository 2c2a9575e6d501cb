import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../auth/password.ts';
import { roles, type Role } from '../auth/current-user.ts';
import type { Executor } from '../db/client.ts';
import { hubs, userHubs, users } from '../db/schema/index.ts';
import { DuplicateError, type InputIssue } from './hubs.ts';

export type UserInput = {
  email: string;
  name: string;
  role: Role;
  hubCodes: string[];
  password: string;
};

export const minPasswordLength = 10;

/** Checks a user before it is stored; empty when fine. Unknown hub codes are reported. */
export async function userInputIssues({
  db,
  input,
  partial = false,
}: {
  db: Executor;
  input: Partial<UserInput>;
  partial?: boolean;
}): Promise<InputIssue[]> {
  const issues: InputIssue[] = [];
  if (!partial || input.email !== undefined) {
    if (!input.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim()))
      issues.push({
        field: 'email',
        en: 'Enter a valid email address.',
        es: 'Escriba un correo válido.',
      });
  }
  if (!partial || input.name !== undefined) {
    if (!input.name?.trim())
      issues.push({ field: 'name', en: 'Enter a name.', es: 'Escriba un nombre.' });
  }
  if (!partial || input.role !== undefined) {
    if (!input.role || !roles.includes(input.role))
      issues.push({
        field: 'role',
        en: `The role must be one of ${roles.join(', ')}.`,
        es: `El rol debe ser uno de ${roles.join(', ')}.`,
      });
  }
  if (!partial || input.password !== undefined) {
    if (!input.password || input.password.length < minPasswordLength)
      issues.push({
        field: 'password',
        en: `The password needs at least ${minPasswordLength} characters.`,
        es: `La contraseña necesita al menos ${minPasswordLength} caracteres.`,
      });
  }
  if (input.hubCodes && input.hubCodes.length > 0) {
    const found = await db
      .select({ code: hubs.code })
      .from(hubs)
      .where(inArray(hubs.code, input.hubCodes));
    const known = new Set(found.map((h) => h.code));
    const unknown = input.hubCodes.filter((c) => !known.has(c));
    if (unknown.length > 0)
      issues.push({
        field: 'hubCodes',
        en: `Unknown hub: ${unknown.join(', ')}.`,
        es: `Ventanilla desconocida: ${unknown.join(', ')}.`,
      });
  }
  return issues;
}

/** Adds a user with an argon2id password hash; throws DuplicateError when the email exists. */
export async function addUser({ db, input }: { db: Executor; input: UserInput }) {
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) throw new DuplicateError(`user ${email} already exists`);
  const passwordHash = await hashPassword({ password: input.password });
  const [row] = await db
    .insert(users)
    .values({ email, name: input.name.trim(), role: input.role, passwordHash })
    .returning();
  await setUserHubs({ db, userId: row!.id, hubCodes: input.hubCodes });
  return row!;
}

/** Replaces a user's hubs. */
export async function setUserHubs({
  db,
  userId,
  hubCodes,
}: {
  db: Executor;
  userId: string;
  hubCodes: string[];
}) {
  await db.delete(userHubs).where(eq(userHubs.userId, userId));
  const unique = [...new Set(hubCodes)];
  if (unique.length > 0)
    await db.insert(userHubs).values(unique.map((hubCode) => ({ userId, hubCode })));
}
