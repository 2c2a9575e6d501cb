import { newPersonCode } from '@ventanilla/domain/people/person-code';
import type { Rng } from '../prng.ts';
import type { DemoCase } from '../types.ts';
import type { DemoCaseContext, DemoMca, DemoPersonCode } from './types.ts';

const SOURCES = [
  ['own_initiative', 40],
  ['mca', 14],
  ['institution', 16],
  ['outreach', 12],
  ['phone', 10],
  ['online', 8],
] as const;

function pickSource(rng: Rng): NonNullable<DemoCaseContext['source']> {
  let r = rng.next() * SOURCES.reduce((a, [, w]) => a + w, 0);
  for (const [code, w] of SOURCES) if ((r -= w) < 0) return code;
  return 'own_initiative';
}

/**
 * Where people came from (for most cases) and, for a share of those who consented, a person
 * code; a later case of the same hub sometimes reuses an earlier code (a repeat visit). MCA
 * channelling names an MCA of the hub who had joined by the case's date.
 */
export function makeVisits(rng: Rng, cases: readonly DemoCase[], mcas: readonly DemoMca[]) {
  const mcasOf = new Map<string, DemoMca[]>();
  for (const m of mcas) mcasOf.set(m.hub, [...(mcasOf.get(m.hub) ?? []), m]);
  const codesOf = new Map<string, string[]>();
  const personCodes: DemoPersonCode[] = [];
  const caseContexts: DemoCaseContext[] = [];
  for (const c of cases) {
    let source: DemoCaseContext['source'] = rng.chance(0.8) ? pickSource(rng) : null;
    let mcaId: string | null = null;
    if (source === 'mca') {
      const active = (mcasOf.get(c.hub) ?? []).filter((m) => m.joinedOn <= c.date);
      if (active.length > 0) mcaId = rng.pick(active).id;
      else source = 'own_initiative';
    }
    let personCode: string | null = null;
    if (c.consent === 'yes' && rng.chance(0.3)) {
      const codes = codesOf.get(c.hub) ?? [];
      if (codes.length > 0 && rng.chance(0.25)) personCode = rng.pick(codes);
      else {
        do personCode = newPersonCode(() => rng.int(32));
        while (codes.includes(personCode));
        codes.push(personCode);
        codesOf.set(c.hub, codes);
        personCodes.push({ hub: c.hub, code: personCode, issuedOn: c.date });
      }
    }
    if (source !== null || personCode !== null)
      caseContexts.push({ caseUuid: c._meta._uuid, hub: c.hub, source, mcaId, personCode });
  }
  return { personCodes, caseContexts };
}
