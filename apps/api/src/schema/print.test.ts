import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printApiSchema, schemaFile } from './print.ts';

describe('schema.graphql', () => {
  it('matches the code (run `pnpm --filter @ventanilla/api schema:print` after changing the schema)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printApiSchema());
  });

  it('keeps the API.md operations', () => {
    const sdl = printApiSchema();
    expect(sdl).toContain('login(email: String!, password: String!): LoginResult!');
    expect(sdl).toContain('logout: Boolean!');
    expect(sdl).toContain('union LoginResult = AuthError | Session');
    expect(sdl).toMatch(/type Session \{[^}]*expiresAt: DateTime!/);
    expect(sdl).toMatch(/me: User\n/);
  });
});
