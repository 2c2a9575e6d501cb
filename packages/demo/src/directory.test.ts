import { describe, expect, it } from 'vitest';
import { directoryNotes } from './directory.ts';
import { defaultDemo } from './test-fixture.ts';

describe('demo directory notes', () => {
  it('say the reach in words, never the generator codes (a user trial saw "national, emergency")', () => {
    const notes = defaultDemo().directory.map(directoryNotes);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note).toMatch(/^(Alcance|Organismo) /);
      expect(note).not.toMatch(/\b(state|national|international|emergency)\b/);
    }
    expect(directoryNotes({ level: 'national', emergency: true })).toBe(
      'Alcance nacional. Atiende urgencias',
    );
  });
});
