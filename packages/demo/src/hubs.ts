import { ALPHA2, PROGRAMME_COUNTRIES } from './codes.ts';
import { EXTRA_PLACES } from './hub-extra.ts';
import { COUNTRY_NATIONALITIES, NAMED_HUBS, type HubSpec } from './hub-specs.ts';
import type { DemoHub } from './types.ts';

/** Country order used to add extra hubs round-robin. */
const EXTRA_ORDER = ['MEX', 'GTM', 'HND', 'CRI', 'PAN', 'SLV', 'DOM', 'NIC', 'BLZ'] as const;

/** A unique three-letter officer-ID abbreviation for an extra hub. */
function abbreviation(town: string, taken: Set<string>): string {
  const letters = town
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  for (let i = 2; i < letters.length; i++) {
    const candidate = letters.slice(0, 2) + letters[i];
    if (!taken.has(candidate)) return candidate;
  }
  for (let n = 0; ; n++) {
    const candidate = `${letters.slice(0, 1)}${String(n).padStart(2, '0')}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The hub specs for `count` hubs: the named hubs first (cut to `count` if smaller), then extra
 * hubs added country by country. Every ninth extra hub is retired (inactive).
 */
export function buildHubSpecs(count: number = NAMED_HUBS.length): HubSpec[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('hubs must be an integer >= 1');
  const specs = NAMED_HUBS.slice(0, count).map((s) => ({ ...s }));
  const taken = new Set(specs.map((s) => `${s.country}-${s.abbr}`));
  const cursor = Object.fromEntries(PROGRAMME_COUNTRIES.map((c) => [c, 0])) as Record<
    string,
    number
  >;
  let extra = 0;
  let round = 0;
  while (specs.length < count) {
    const country = EXTRA_ORDER[round % EXTRA_ORDER.length]!;
    round++;
    const place = EXTRA_PLACES[country][cursor[country]!];
    if (!place) {
      if (round > 1000) throw new RangeError(`at most ${specs.length} hubs are available`);
      continue;
    }
    cursor[country]!++;
    const [slug, town, admin1, admin2, transit, mobile] = place;
    const abbrs = new Set([...taken].filter((t) => t.startsWith(country)).map((t) => t.slice(4)));
    const abbr = abbreviation(town, abbrs);
    taken.add(`${country}-${abbr}`);
    extra++;
    specs.push({
      code: `${country.toLowerCase()}_${slug}`,
      name: mobile
        ? `Ventanilla Móvil de ${town}`
        : `Ventanilla de Información sobre Migración de ${town}`,
      nameEn: mobile ? `${town} mobile hub` : `${town} migration information hub`,
      country,
      admin1,
      admin2,
      type: mobile ? 'mobile' : 'permanent',
      active: extra % 9 !== 0,
      abbr,
      officers: ['01', '02'],
      volume: 0.35 + ((extra * 37) % 50) / 100,
      transit,
      returned: 0.35,
      nationalities: COUNTRY_NATIONALITIES[country],
      nearby: [],
      peakMonths: [],
      transactional: false,
    });
  }
  return specs;
}

/** The public view of a hub spec. */
export function toDemoHub(spec: HubSpec): DemoHub {
  const officerPrefix = `${ALPHA2[spec.country]}-${spec.abbr}`;
  return {
    code: spec.code,
    name: spec.name,
    nameEn: spec.nameEn,
    country: spec.country,
    admin1: spec.admin1,
    admin2: spec.admin2,
    type: spec.type,
    active: spec.active,
    officerPrefix,
    officerIds: spec.officers.map((n) => `${officerPrefix}-${n}`),
  };
}
