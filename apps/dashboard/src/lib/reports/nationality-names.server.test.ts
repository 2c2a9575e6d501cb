import { describe, expect, it } from 'vitest';
import { nationalityNamesOf } from './nationality-names.server.ts';
import type { Figures } from './types.ts';

describe('nationalityNamesOf', () => {
  it("names only the nationalities the figures list, in the reader's language", () => {
    const figures = {
      topNationalities: [
        { code: 'VEN', value: 12 },
        { code: 'HTI', value: 4 },
      ],
    } as unknown as Figures;
    expect(nationalityNamesOf(figures, 'es')).toEqual({ VEN: 'Venezuela', HTI: 'Haití' });
    expect(nationalityNamesOf(figures, 'en')).toEqual({ VEN: 'Venezuela', HTI: 'Haiti' });
  });
});
