import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPersonCode, readPersonCode } from './person-code.ts';

const seed = Number(process.env.FC_SEED ?? 20261206);

describe('person codes', () => {
  it('reads back every code it issues, however it is typed', () => {
    console.log(`person-code property seed ${seed}`);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 8, maxLength: 8 }),
        (draws) => {
          const code = newPersonCode(() => draws.shift()!);
          expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
          expect(readPersonCode(code)).toBe(code);
          expect(readPersonCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
        },
      ),
      { seed },
    );
  });

  it('catches a changed symbol and two swapped neighbours', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 31 }),
        (draws, position, shift) => {
          const code = newPersonCode(() => draws.shift()!).replace(/-/g, '');
          const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
          const changed = [...code];
          changed[position] = alphabet[(alphabet.indexOf(code[position]!) + shift) % 32]!;
          // One changed symbol is caught unless the weighted change is a multiple of 31.
          const delta =
            (alphabet.indexOf(changed[position]!) - alphabet.indexOf(code[position]!)) *
            (position + 1);
          if (delta % 31 !== 0) expect(readPersonCode(changed.join(''))).toBeNull();
          const swapped = [...code];
          [swapped[position], swapped[position + 1]] = [swapped[position + 1]!, swapped[position]!];
          if (position < 7 && code[position] !== code[position + 1]) {
            const d = alphabet.indexOf(code[position]!) - alphabet.indexOf(code[position + 1]!);
            if (d % 31 !== 0) expect(readPersonCode(swapped.join(''))).toBeNull();
          }
        },
      ),
      { seed },
    );
  });

  it('reads look-alike letters as digits and refuses what is not a code', () => {
    const code = newPersonCode(() => 0); // 0000-0000-0
    expect(readPersonCode('oooo-OOOO-o')).toBe(code);
    expect(readPersonCode('0000-0000')).toBeNull();
    expect(readPersonCode('0000-0000-U')).toBeNull();
    expect(readPersonCode('María López')).toBeNull();
  });
});
