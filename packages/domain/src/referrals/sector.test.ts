import { describe, expect, it } from 'vitest';
import { labelReferralSector, referralSectorCodes, TYPED_SECTOR } from './sector.ts';

describe('referral destination sectors', () => {
  it('are the directory sectors and the typed institutions, labelled in both languages', () => {
    expect(referralSectorCodes).toContain('anti_trafficking');
    expect(referralSectorCodes.at(-1)).toBe(TYPED_SECTOR);
    expect(labelReferralSector({ code: 'anti_trafficking', lang: 'en' })).toBe(
      'Anti-trafficking authority',
    );
    expect(labelReferralSector({ code: TYPED_SECTOR, lang: 'es' })).toMatch(/fuera del directorio/);
    expect(labelReferralSector({ code: 'unknown', lang: 'es' })).toBe('unknown');
  });
});
