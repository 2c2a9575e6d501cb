import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quizAnswers } from '@ventanilla/domain/training/answers';

/**
 * The knowledge checks count towards a person's sign-off, so their answers stay on the server:
 * the app's scripts are public files (anyone can fetch them, signed in or not), and once every
 * answer and its explanation was in the curriculum they carried.
 */
const client = fileURLToPath(new URL('../build/client', import.meta.url));

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

describe('knowledge-check answers', () => {
  it('are in no script of the built app', () => {
    const explanations = Object.values(quizAnswers).flatMap((questions) =>
      Object.values(questions).flatMap(({ explanation }) => [explanation.es, explanation.en]),
    );
    expect(explanations.length).toBeGreaterThan(10);
    const files = scripts(client);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bcorrect:\s*\[/);
      for (const explanation of explanations) expect(text.includes(explanation), file).toBe(false);
    }
  });
});
