import { eq } from 'drizzle-orm';
import { isHubCode } from '@ventanilla/domain';
import type { Executor } from '../db/client.ts';
import { hubs } from '../db/schema/index.ts';

export type HubInput = {
  code: string;
  name: string;
  country: string;
  admin1?: string | null;
  type?: 'permanent' | 'mobile' | null;
  active?: boolean | null;
};

export type InputIssue = { field: string; en: string; es: string };

/** Checks a hub before it is stored; empty when fine. */
export function hubInputIssues(input: Partial<HubInput>, { partial = false } = {}): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!partial || input.code !== undefined) {
    if (!input.code || !isHubCode({ code: input.code }))
      issues.push({
        field: 'code',
        en: 'The code must be the country code, _ and a name in lowercase (for example cri_upala).',
        es: 'El código debe ser el código de país, _ y un nombre en minúsculas (por ejemplo cri_upala).',
      });
  }
  if (!partial || input.name !== undefined) {
    if (!input.name?.trim() || input.name.trim().length > 150)
      issues.push({
        field: 'name',
        en: 'Enter a name (up to 150 characters).',
        es: 'Escriba un nombre (hasta 150 caracteres).',
      });
  }
  if (!partial || input.country !== undefined) {
    if (!input.country || !/^[A-Z]{3}$/.test(input.country))
      issues.push({
        field: 'country',
        en: 'The country must be an ISO 3166-1 alpha-3 code (for example CRI).',
        es: 'El país debe ser un código ISO 3166-1 alfa-3 (por ejemplo CRI).',
      });
  }
  if (input.type && input.type !== 'permanent' && input.type !== 'mobile')
    issues.push({
      field: 'type',
      en: 'The type must be permanent or mobile.',
      es: 'El tipo debe ser permanent o mobile.',
    });
  return issues;
}

export class DuplicateError extends Error {}

/** Adds a hub; throws DuplicateError when the code exists. */
export async function addHub({ db, input }: { db: Executor; input: HubInput }) {
  const [existing] = await db.select({ id: hubs.id }).from(hubs).where(eq(hubs.code, input.code));
  if (existing) throw new DuplicateError(`hub ${input.code} already exists`);
  const [row] = await db
    .insert(hubs)
    .values({
      code: input.code,
      name: input.name.trim(),
      country: input.country,
      admin1: input.admin1?.trim() || null,
      type: input.type ?? 'permanent',
      active: input.active ?? true,
    })
    .returning();
  return row!;
}
